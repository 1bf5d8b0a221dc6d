import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changesQuery, structureQuery } from './contracts.ts';
import { changesReport, structureReport } from './service.ts';

export function reportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/reports/structure',
    {
      schema: {
        tags: ['reports'],
        summary: 'Cơ cấu tổ chức và đảng viên của một tổ chức (cả cây con) vào một ngày',
        querystring: structureQuery,
      },
    },
    async (req) => structureReport(req.ctx, req.query),
  );
  r.get(
    '/api/v1/reports/changes',
    {
      schema: {
        tags: ['reports'],
        summary: 'Tăng, giảm đảng viên của một tổ chức (cả cây con) trong một khoảng thời gian',
        querystring: changesQuery,
      },
    },
    async (req) => changesReport(req.ctx, req.query),
  );
}
