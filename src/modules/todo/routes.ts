import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgCode } from '../orgs/contracts.ts';
import { notifications, todoList } from './service.ts';

export function todoRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/todo',
    {
      schema: {
        tags: ['todo'],
        summary: 'Việc cần làm của tổ chức (tính từ dữ liệu)',
        querystring: z.strictObject({ org: orgCode.optional() }),
      },
    },
    async (req) => todoList(req.ctx, req.query.org),
  );
  r.get(
    '/api/v1/notifications',
    { schema: { tags: ['todo'], summary: 'Thông báo của người dùng đang đăng nhập' } },
    async (req) => notifications(req.ctx),
  );
}
