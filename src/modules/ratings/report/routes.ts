import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendWorkbook } from '../../exports/routes.ts';
import { ratingsReportQuery } from './contracts.ts';
import { ratingsReport, ratingsReportChildren } from './service.ts';
import { writeRatingsWorkbook } from './xlsx.ts';

export function ratingsReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/reports/ratings',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Kết quả xếp loại chất lượng tổ chức cơ sở đảng, chi bộ trực thuộc và đảng viên theo năm (cả cây con)',
        querystring: ratingsReportQuery,
      },
    },
    async (req) => ratingsReport(req.ctx, req.query),
  );
  r.get(
    '/api/v1/reports/ratings/children',
    {
      schema: {
        tags: ['reports'],
        summary: 'Kết quả xếp loại chất lượng theo từng tổ chức trực thuộc (xem chi tiết)',
        querystring: ratingsReportQuery,
      },
    },
    async (req) => ratingsReportChildren(req.ctx, req.query),
  );
  r.get(
    '/api/v1/reports/ratings.xlsx',
    {
      schema: {
        tags: ['reports'],
        summary: 'Bảng kết quả xếp loại chất lượng theo năm (xlsx), kèm trang theo từng tổ chức trực thuộc',
        querystring: ratingsReportQuery,
      },
    },
    async (req, reply) => {
      // Both computed (and so authorized and validated) before a byte is sent.
      const report = await ratingsReport(req.ctx, req.query);
      const children = await ratingsReportChildren(req.ctx, req.query);
      return sendWorkbook(
        reply,
        `xep-loai-${report.org.code ?? 'toan-he-thong'}-${report.fromYear}-${report.toYear}.xlsx`,
        writeRatingsWorkbook(report, children),
      );
    },
  );
}
