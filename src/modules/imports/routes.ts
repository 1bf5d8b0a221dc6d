import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, badRequest } from '../../platform/errors.ts';
import { sendWorkbook } from '../exports/routes.ts';
import { writeTemplate } from '../exports/service.ts';
import { annotatedCopy } from './annotate.ts';
import { checkFile, MAX_FILE_BYTES } from './fileCheck.ts';
import { assertMayImport, type ImportFile, importFiles } from './service.ts';

const tooLarge = () =>
  new AppError(
    413,
    'too-large',
    'Tệp quá lớn',
    `Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp nhỏ hơn.`,
  );

/** The uploaded files of a multipart request, each within the import's own size limit. */
async function uploads(req: FastifyRequest): Promise<ImportFile[]> {
  if (!req.isMultipart()) throw badRequest('Hãy gửi tệp dạng multipart/form-data (trường "file").');
  const files: ImportFile[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      files.push({ name: part.filename || 'tep.xlsx', bytes: new Uint8Array(await part.toBuffer()) });
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw tooLarge();
    throw badRequest('Không đọc được tệp gửi lên.');
  }
  if (!files.length)
    throw badRequest('Chưa chọn tệp để nhập.', [{ path: 'file', message: 'Chọn tệp .xlsx hoặc .csv.' }]);
  return files;
}

const query = z.strictObject({
  dryRun: z.enum(['true', 'false'], { error: 'dryRun là true hoặc false.' }).optional(),
});

/** Upload → report (dryRun=true) → confirm (the same files, dryRun=false); all-or-nothing per batch. */
export async function importRoutes(app: FastifyInstance) {
  // Only these routes take multipart bodies, with the import's limit instead of the global 1 MB.
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 10, fields: 10, parts: 20 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/imports/template',
    { schema: { tags: ['imports'], summary: 'Tải mẫu nhập dữ liệu (.xlsx)' } },
    async (req, reply) => {
      assertMayImport(req.ctx);
      return sendWorkbook(reply, 'mau-nhap-du-lieu.xlsx', writeTemplate);
    },
  );
  r.post(
    '/api/v1/imports',
    {
      schema: {
        tags: ['imports'],
        summary: 'Kiểm tra (dryRun=true) hoặc nhập một lô tệp',
        querystring: query,
      },
    },
    async (req, reply) => {
      assertMayImport(req.ctx);
      const files = await uploads(req);
      const report = await importFiles(req.ctx, files, { dryRun: req.query.dryRun === 'true' });
      if (!report.ok && !report.dryRun)
        return reply
          .code(400)
          .type('application/problem+json; charset=utf-8')
          .send({
            type: '/problems/import-invalid',
            title: 'Tệp có lỗi',
            status: 400,
            detail: `Không nhập: tệp có ${report.errorCount} lỗi. Không có dữ liệu nào được ghi.`,
            errors: report.problems
              .filter((p) => p.severity === 'error')
              .slice(0, 500)
              .map((p) => ({
                path: [p.sheet, p.row, p.column].filter((x) => x !== null).join(':'),
                message: p.message,
              })),
            report,
          });
      reply.code(report.written ? 201 : 200);
      return report;
    },
  );
  r.post(
    '/api/v1/imports/annotated',
    { schema: { tags: ['imports'], summary: 'Bản sao tệp có cột lỗi' } },
    async (req, reply) => {
      assertMayImport(req.ctx);
      const files = await uploads(req);
      const report = await importFiles(req.ctx, files, { dryRun: true });
      // The clerk's own workbook with the error column; a CSV batch or an unreadable file gets the list only.
      const file = files.length === 1 ? files[0]! : null;
      const xlsx = file && checkFile(file.bytes, file.name).kind === 'xlsx' ? file.bytes : null;
      const bytes = await annotatedCopy(xlsx, report.problems).catch(() =>
        annotatedCopy(null, report.problems),
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="loi-nhap.xlsx"`)
        .send(Buffer.from(bytes));
    },
  );
}
