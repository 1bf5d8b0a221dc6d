import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../platform/validation.ts';
import {
  coverageUnitPatchSchema,
  coverageUnitSchema,
  establishSchema,
  orgCode,
  orgEventSchema,
} from './contracts.ts';
import { createCoverageUnit, updateCoverageUnit } from './coverage.ts';
import { establishOrg, orgDetails, recordOrgEvent, searchOrgs, treeChildren } from './service.ts';

const codeParams = z.strictObject({ code: orgCode });
const asOfQuery = z.strictObject({ asOf: isoDate('Ngày xem').optional() });

export function orgRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/orgs/tree',
    {
      schema: {
        tags: ['orgs'],
        summary: 'Cây tổ chức theo ngày: gốc trong phạm vi của người dùng, hoặc các tổ chức con của parent',
        querystring: z.strictObject({ asOf: isoDate('Ngày xem').optional(), parent: orgCode.optional() }),
      },
    },
    async (req) => ({
      items: await treeChildren(req.ctx, req.query.asOf ?? req.ctx.today, req.query.parent),
    }),
  );
  r.get(
    '/api/v1/orgs/search',
    {
      schema: {
        tags: ['orgs'],
        summary: 'Tìm tổ chức theo tên hoặc mã',
        querystring: z.strictObject({
          q: z.string().min(1, { error: 'Nhập từ khóa.' }).max(100, { error: 'Từ khóa tối đa 100 ký tự.' }),
          asOf: isoDate('Ngày xem').optional(),
          kinds: z
            .string()
            .regex(/^[A-Z_]+(,[A-Z_]+)*$/, { error: 'Danh sách loại tổ chức không hợp lệ.' })
            .optional()
            .describe('Loại tổ chức, cách nhau bởi dấu phẩy, ví dụ CHI_BO_CO_SO,CHI_BO_TRUC_THUOC'),
        }),
      },
    },
    async (req) => ({
      items: await searchOrgs(
        req.ctx,
        req.query.q,
        req.query.asOf ?? req.ctx.today,
        req.query.kinds?.split(',') ?? [],
      ),
    }),
  );
  r.get(
    '/api/v1/orgs/:code',
    { schema: { tags: ['orgs'], params: codeParams, querystring: asOfQuery } },
    async (req) => orgDetails(req.ctx, req.params.code, req.query.asOf ?? req.ctx.today),
  );
  r.post(
    '/api/v1/orgs',
    { schema: { tags: ['orgs'], summary: 'Thành lập tổ chức', body: establishSchema } },
    async (req, reply) => {
      reply.code(201);
      return establishOrg(req.ctx, req.body);
    },
  );
  r.post(
    '/api/v1/orgs/:code/events',
    {
      schema: {
        tags: ['orgs'],
        summary: 'Đổi tên, chuyển trực thuộc, điều chỉnh, sáp nhập, giải thể',
        params: codeParams,
        body: orgEventSchema,
      },
    },
    async (req, reply) => {
      reply.code(201);
      return recordOrgEvent(req.ctx, req.params.code, req.body);
    },
  );
  r.patch(
    '/api/v1/orgs/:code',
    {
      schema: {
        tags: ['orgs'],
        summary: 'Điều chỉnh loại hình hoặc loại tổ chức (ghi thành sự kiện UPDATE)',
        params: codeParams,
        body: orgEventSchema.omit({ type: true, name: true, parentCode: true, survivorCode: true }),
      },
    },
    async (req) => recordOrgEvent(req.ctx, req.params.code, { ...req.body, type: 'UPDATE' }),
  );
  r.post(
    '/api/v1/coverage-units',
    { schema: { tags: ['orgs'], summary: 'Thêm thôn, bản, trường, trạm y tế…', body: coverageUnitSchema } },
    async (req, reply) => {
      reply.code(201);
      return createCoverageUnit(req.ctx, req.body);
    },
  );
  r.patch(
    '/api/v1/coverage-units/:code',
    { schema: { tags: ['orgs'], params: codeParams, body: coverageUnitPatchSchema } },
    async (req) => {
      await updateCoverageUnit(req.ctx, req.params.code, req.body);
      return { ok: true };
    },
  );
}
