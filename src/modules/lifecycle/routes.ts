import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  correctEventSchema,
  recordEventSchema,
  transferDecisionSchema,
  transferListSchema,
} from './contracts.ts';
import {
  correctMembershipEvent,
  decideTransfer,
  listTransfers,
  membershipState,
  recordMembershipEvent,
} from './service.ts';

const id = z.string().max(64);

export function lifecycleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/members/:id/membership',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Lịch sử đảng tịch: biến động, các giai đoạn, tuổi đảng',
        params: z.strictObject({ id }),
      },
    },
    async (req) => membershipState(req.ctx, req.params.id),
  );
  r.post(
    '/api/v1/members/:id/events',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Ghi một biến động đảng viên',
        params: z.strictObject({ id }),
        body: recordEventSchema,
      },
    },
    async (req, reply) => {
      reply.code(201);
      return recordMembershipEvent(req.ctx, req.params.id, req.body);
    },
  );
  r.post(
    '/api/v1/members/:id/events/:eventId/corrections',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Đính chính một biến động (có lý do)',
        params: z.strictObject({ id, eventId: id }),
        body: correctEventSchema,
      },
    },
    async (req, reply) => {
      reply.code(201);
      return correctMembershipEvent(req.ctx, req.params.id, req.params.eventId, req.body);
    },
  );
  r.get(
    '/api/v1/transfers',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Chuyển sinh hoạt đang chờ tiếp nhận: hộp đến (in) hoặc đi (out)',
        querystring: transferListSchema,
      },
    },
    async (req) => listTransfers(req.ctx, req.query),
  );
  for (const decision of ['accept', 'return'] as const) {
    r.post(
      `/api/v1/transfers/:eventId/${decision}`,
      {
        schema: {
          tags: ['lifecycle'],
          summary: decision === 'accept' ? 'Tiếp nhận chuyển sinh hoạt' : 'Trả lại giấy chuyển sinh hoạt',
          params: z.strictObject({ eventId: id }),
          body: transferDecisionSchema,
        },
      },
      async (req) => decideTransfer(req.ctx, req.params.eventId, decision, req.body),
    );
  }
}
