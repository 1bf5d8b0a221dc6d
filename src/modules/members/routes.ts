import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMemberSchema, memberListSchema, updateMemberSchema } from './contracts.ts';
import { createMember, getMember, listMembers, updateMember } from './service.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

export function memberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/members',
    { schema: { tags: ['members'], summary: 'Danh sách đảng viên', querystring: memberListSchema } },
    async (req) => listMembers(req.ctx, req.query),
  );
  r.get(
    '/api/v1/members/:id',
    { schema: { tags: ['members'], summary: 'Hồ sơ đảng viên', params: idParams } },
    async (req) => getMember(req.ctx, req.params.id),
  );
  r.post(
    '/api/v1/members',
    { schema: { tags: ['members'], summary: 'Thêm đảng viên', body: createMemberSchema } },
    async (req, reply) => {
      reply.code(201);
      return createMember(req.ctx, req.body);
    },
  );
  r.patch(
    '/api/v1/members/:id',
    {
      schema: {
        tags: ['members'],
        summary: 'Sửa hồ sơ đảng viên',
        params: idParams,
        body: updateMemberSchema,
      },
    },
    async (req) => updateMember(req.ctx, req.params.id, req.body),
  );
}
