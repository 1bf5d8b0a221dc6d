import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type MemberListQuery, memberListSchema } from '../members/contracts.ts';
import { orgCode } from '../orgs/contracts.ts';
import { type ExportWriter, installationExport, memberListExport, rollExport } from './service.ts';

/** Streams a workbook as a download; the writer was authorized before anything is sent. */
export function sendWorkbook(reply: FastifyReply, fileName: string, write: ExportWriter) {
  const out = new PassThrough();
  write(out).catch((e) => out.destroy(e as Error));
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(out);
}

const byOrg = z.strictObject({ org: orgCode.optional() });
const listFilters = (memberListSchema as unknown as z.ZodObject).omit({ page: true, pageSize: true });

export function exportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/exports/installation.xlsx',
    { schema: { tags: ['exports'], summary: 'Toàn bộ (hoặc cây con) theo mẫu nhập', querystring: byOrg } },
    async (req, reply) =>
      sendWorkbook(reply, 'toan-bo.xlsx', await installationExport(req.ctx, req.query.org)),
  );
  r.get(
    '/api/v1/exports/roll.xlsx',
    { schema: { tags: ['exports'], summary: 'Sổ danh sách đảng viên (mẫu 7-HSĐV)', querystring: byOrg } },
    async (req, reply) =>
      sendWorkbook(reply, 'so-danh-sach-dang-vien.xlsx', await rollExport(req.ctx, req.query.org)),
  );
  r.get(
    '/api/v1/exports/members.xlsx',
    { schema: { tags: ['exports'], summary: 'Danh sách đảng viên đang lọc', querystring: listFilters } },
    async (req, reply) =>
      sendWorkbook(
        reply,
        'danh-sach-dang-vien.xlsx',
        await memberListExport(req.ctx, { ...(req.query as MemberListQuery), page: 1, pageSize: 200 }),
      ),
  );
}
