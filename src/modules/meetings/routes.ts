import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, invalidFields } from '../../platform/errors.ts';
import { assessMeeting, assignRoster, listRoster, mySchedule, observeMeeting } from './assessment.ts';
import { committeeCompliance } from './committees.ts';
import {
  assessmentSchema,
  closeSchema,
  dashboardSchema,
  holdSchema,
  idParams,
  listSchema,
  month,
  observationSchema,
  planPatchSchema,
  planSchema,
  replySchema,
  reportSchema,
  reviewSchema,
  rosterSchema,
  settingsSchema,
  taskParams,
  taskPatchSchema,
  taskSchema,
  taskStatusSchema,
} from './contracts.ts';
import { meetingDashboard } from './dashboard.ts';
import { meetingDetail } from './detail.ts';
import { downloadDocument, tooLarge, uploadDocument } from './documents.ts';
import { addTask, closeMeeting, holdMeeting, reviewTasks, updateTask } from './holding.ts';
import { myHome, replyToMeeting, setMyTaskStatus } from './member.ts';
import { listMeetings, planMeeting, updatePlan } from './plans.ts';
import { meetingsReport } from './report.ts';
import { getMeetingSettings, saveMeetingSettings } from './settings.ts';

const tags = ['meetings'];
/** The upload route's own ceiling; the configured limit (default 10 MB) is checked by the service. */
export const UPLOAD_HARD_LIMIT = 50 * 1024 * 1024;

export function meetingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/meetings',
    { schema: { tags, summary: 'Danh sách buổi sinh hoạt', querystring: listSchema } },
    (req) => listMeetings(req.ctx, req.query),
  );
  r.post(
    '/api/v1/meetings',
    { schema: { tags, summary: 'Lên kế hoạch buổi sinh hoạt', body: planSchema } },
    async (req, reply) => {
      reply.code(201);
      return planMeeting(req.ctx, req.body);
    },
  );
  r.get(
    '/api/v1/meetings/dashboard',
    { schema: { tags, summary: 'Tổng hợp sinh hoạt chi bộ cho cấp trên', querystring: dashboardSchema } },
    (req) => meetingDashboard(req.ctx, req.query),
  );
  r.get(
    '/api/v1/meetings/committees',
    {
      schema: {
        tags,
        summary: 'Cấp ủy họp định kỳ và hội nghị đảng bộ trong năm (theo dữ liệu)',
        querystring: dashboardSchema,
      },
    },
    (req) => committeeCompliance(req.ctx, req.query),
  );
  r.get(
    '/api/v1/meetings/roster',
    {
      schema: {
        tags,
        summary: 'Phân công dự sinh hoạt của một tháng',
        querystring: z.strictObject({ month, org: z.string().max(40).optional() }),
      },
    },
    (req) => listRoster(req.ctx, req.query),
  );
  r.post(
    '/api/v1/meetings/roster',
    { schema: { tags, summary: 'Phân công cán bộ cấp trên dự sinh hoạt chi bộ', body: rosterSchema } },
    async (req, reply) => {
      reply.code(201);
      return assignRoster(req.ctx, req.body);
    },
  );
  r.get('/api/v1/meetings/settings', { schema: { tags, summary: 'Cấu hình sinh hoạt chi bộ' } }, (req) =>
    getMeetingSettings(req.ctx),
  );
  r.put(
    '/api/v1/meetings/settings',
    { schema: { tags, summary: 'Sửa cấu hình sinh hoạt chi bộ (quản trị)', body: settingsSchema } },
    (req) => saveMeetingSettings(req.ctx, req.body),
  );
  r.get(
    '/api/v1/meetings/:id',
    { schema: { tags, summary: 'Chi tiết buổi sinh hoạt', params: idParams } },
    (req) => meetingDetail(req.ctx, req.params.id),
  );
  r.patch(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Sửa kế hoạch hoặc hủy buổi sinh hoạt',
        params: idParams,
        body: planPatchSchema,
      },
    },
    (req) => updatePlan(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/hold',
    { schema: { tags, summary: 'Ghi điểm danh và biên bản', params: idParams, body: holdSchema } },
    (req) => holdMeeting(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/tasks',
    { schema: { tags, summary: 'Giao nhiệm vụ cho đảng viên', params: idParams, body: taskSchema } },
    async (req, reply) => {
      reply.code(201);
      return addTask(req.ctx, req.params.id, req.body);
    },
  );
  r.patch(
    '/api/v1/meetings/:id/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Sửa hoặc hủy nhiệm vụ đã giao (sau khi khóa biên bản: phải nêu lý do đính chính)',
        params: taskParams,
        body: taskPatchSchema,
      },
    },
    (req) => updateTask(req.ctx, req.params.id, req.params.taskId, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/task-reviews',
    {
      schema: {
        tags,
        summary: 'Kiểm điểm nhiệm vụ của các buổi trước',
        params: idParams,
        body: reviewSchema,
      },
    },
    (req) => reviewTasks(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/close',
    { schema: { tags, summary: 'Khóa biên bản', params: idParams, body: closeSchema } },
    (req) => closeMeeting(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/assessment',
    {
      schema: {
        tags,
        summary: 'Đánh giá chất lượng (chi bộ tự đánh giá, cấp trên xác nhận)',
        params: idParams,
        body: assessmentSchema,
      },
    },
    (req) => assessMeeting(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/observation',
    {
      schema: {
        tags,
        summary: 'Báo cáo của cán bộ cấp trên được phân công dự',
        params: idParams,
        body: observationSchema,
      },
    },
    (req) => observeMeeting(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/v1/meetings/:id/reply',
    {
      schema: {
        tags,
        summary: 'Đảng viên xác nhận tham dự hoặc báo vắng',
        params: idParams,
        body: replySchema,
      },
    },
    (req) => replyToMeeting(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/v1/meetings/:id/documents/:docId',
    {
      schema: {
        tags,
        summary: 'Tải tài liệu (có ghi nhật ký)',
        params: z.strictObject({ id: z.string().max(64), docId: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      const doc = await downloadDocument(req.ctx, req.params.id, req.params.docId);
      return reply
        .type(doc.mimeType)
        .header(
          'content-disposition',
          `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(doc.content);
    },
  );
  r.get('/api/v1/me/home', { schema: { tags, summary: 'Trang của tôi (đảng viên)' } }, (req) =>
    myHome(req.ctx),
  );
  r.get(
    '/api/v1/me/schedule',
    {
      schema: {
        tags,
        summary: 'Lịch dự sinh hoạt được phân công',
        querystring: z.strictObject({ month: month.optional() }),
      },
    },
    (req) => mySchedule(req.ctx, req.query),
  );
  r.post(
    '/api/v1/me/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Đảng viên báo đã hoàn thành nhiệm vụ',
        params: idParams,
        body: taskStatusSchema,
      },
    },
    (req) => setMyTaskStatus(req.ctx, req.params.id, req.body.status),
  );
  r.get(
    '/api/v1/reports/meetings',
    { schema: { tags, summary: 'Báo cáo sinh hoạt chi bộ trong một khoảng', querystring: reportSchema } },
    (req) => meetingsReport(req.ctx, req.query),
  );
  // Uploads in their own plugin: the multipart parser and its limit apply to this route only.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: UPLOAD_HARD_LIMIT, files: 1, fields: 5 } });
    scope.post(
      '/api/v1/meetings/:id/documents',
      {
        schema: {
          tags,
          summary: 'Đính kèm tài liệu (PDF, DOCX, XLSX, ảnh), multipart/form-data trường "file"',
          params: idParams,
        },
      },
      async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
        const file = await readUpload(req);
        reply.code(201);
        return uploadDocument(req.ctx, req.params.id, file);
      },
    );
  });
}

async function readUpload(req: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!req.isMultipart())
    throw invalidFields([{ path: 'file', message: 'Gửi tệp dạng multipart/form-data, trường "file".' }]);
  try {
    const part = await req.file();
    if (!part) throw invalidFields([{ path: 'file', message: 'Chưa chọn tệp.' }]);
    return { fileName: part.filename, bytes: await part.toBuffer() };
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(UPLOAD_HARD_LIMIT);
    throw invalidFields([{ path: 'file', message: 'Không đọc được tệp gửi lên.' }]);
  }
}
