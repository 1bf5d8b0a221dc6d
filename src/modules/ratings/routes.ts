import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  commitmentSchema,
  disciplineSchema,
  openRoundSchema,
  ratingParams,
  ratingSettingsSchema,
  remediationListSchema,
  remediationPatchSchema,
  remediationSchema,
  reopenSchema,
  roundListSchema,
  roundParams,
  selfAssessmentSchema,
  sheetQuery,
  verdictsSchema,
  yearParams,
} from './contracts.ts';
import {
  createRemediation,
  listDisciplines,
  listRemediation,
  recordDiscipline,
  updateRemediation,
} from './followup.ts';
import { reopeningsOf, reopenRating } from './reopen.ts';
import { closeRound, listRounds, openRound, roundDetail } from './rounds.ts';
import { myRatings, saveCommitment, submitSelfAssessment } from './self.ts';
import { getRatingSettings, saveRatingSettings } from './settings.ts';
import { ratingSheet } from './sheet.ts';
import { writeVerdicts } from './verdicts.ts';

const tags = ['ratings'];

export function ratingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/ratings/rounds',
    { schema: { tags, summary: 'Các đợt đánh giá, xếp loại chất lượng', querystring: roundListSchema } },
    (req) => listRounds(req.ctx, req.query),
  );
  r.post(
    '/api/v1/ratings/rounds',
    { schema: { tags, summary: 'Mở đợt đánh giá, xếp loại', body: openRoundSchema } },
    async (req, reply) => {
      reply.code(201);
      return openRound(req.ctx, req.body);
    },
  );
  r.get(
    '/api/v1/ratings/rounds/:id',
    { schema: { tags, summary: 'Đợt đánh giá và tiến độ', params: roundParams } },
    (req) => roundDetail(req.ctx, req.params.id),
  );
  r.post(
    '/api/v1/ratings/rounds/:id/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc đợt (khi mọi đối tượng đã có quyết định)',
        params: roundParams,
        body: z.strictObject({ version: z.number().int().min(1) }),
      },
    },
    (req) => closeRound(req.ctx, req.params.id, req.body.version),
  );
  r.get(
    '/api/v1/ratings/rounds/:id/sheet',
    {
      schema: {
        tags,
        summary: 'Bảng đề xuất, quyết định xếp loại của một tổ chức (kèm cảnh báo theo quy định)',
        params: roundParams,
        querystring: sheetQuery,
      },
    },
    (req) => ratingSheet(req.ctx, req.params.id, req.query.org),
  );
  r.put(
    '/api/v1/ratings/rounds/:id/proposals',
    { schema: { tags, summary: 'Chi bộ đề xuất mức xếp loại', params: roundParams, body: verdictsSchema } },
    (req) => writeVerdicts(req.ctx, req.params.id, req.body, 'proposal'),
  );
  r.put(
    '/api/v1/ratings/rounds/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Cấp ủy có thẩm quyền quyết định xếp loại (khóa kết quả)',
        params: roundParams,
        body: verdictsSchema,
      },
    },
    (req) => writeVerdicts(req.ctx, req.params.id, req.body, 'decision'),
  );
  r.post(
    '/api/v1/ratings/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Mở lại kết quả đã quyết định (có lý do)',
        params: ratingParams,
        body: reopenSchema,
      },
    },
    (req) => reopenRating(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/v1/ratings/:id/reopenings',
    { schema: { tags, summary: 'Các lần mở lại kết quả', params: ratingParams } },
    (req) => reopeningsOf(req.ctx, req.params.id),
  );
  r.get('/api/v1/ratings/settings', { schema: { tags, summary: 'Cấu hình xếp loại' } }, (req) =>
    getRatingSettings(req.ctx),
  );
  r.put(
    '/api/v1/ratings/settings',
    { schema: { tags, summary: 'Sửa cấu hình xếp loại (quản trị)', body: ratingSettingsSchema } },
    (req) => saveRatingSettings(req.ctx, req.body),
  );
  r.get('/api/v1/ratings/me', { schema: { tags, summary: 'Đánh giá, xếp loại của tôi' } }, (req) =>
    myRatings(req.ctx),
  );
  r.put(
    '/api/v1/ratings/me/:id/self',
    { schema: { tags, summary: 'Nộp bản tự kiểm điểm', params: ratingParams, body: selfAssessmentSchema } },
    (req) => submitSelfAssessment(req.ctx, req.params.id, req.body),
  );
  r.put(
    '/api/v1/ratings/me/commitments/:year',
    { schema: { tags, summary: 'Bản cam kết của tôi', params: yearParams, body: commitmentSchema } },
    (req) => saveCommitment(req.ctx, req.params.year, req.body),
  );
  r.get(
    '/api/v1/ratings/disciplines',
    {
      schema: {
        tags,
        summary: 'Kỷ luật của một đảng viên hoặc tổ chức',
        querystring: z.strictObject({
          memberId: z.string().max(64).optional(),
          orgCode: z.string().max(40).optional(),
        }),
      },
    },
    (req) => listDisciplines(req.ctx, req.query),
  );
  r.post(
    '/api/v1/ratings/disciplines',
    { schema: { tags, summary: 'Ghi quyết định kỷ luật', body: disciplineSchema } },
    async (req, reply) => {
      reply.code(201);
      return recordDiscipline(req.ctx, req.body);
    },
  );
  r.get(
    '/api/v1/ratings/remediations',
    {
      schema: {
        tags,
        summary: 'Kế hoạch khắc phục hạn chế, khuyết điểm',
        querystring: remediationListSchema,
      },
    },
    (req) => listRemediation(req.ctx, req.query),
  );
  r.post(
    '/api/v1/ratings/remediations',
    { schema: { tags, summary: 'Lập kế hoạch khắc phục', body: remediationSchema } },
    async (req, reply) => {
      reply.code(201);
      return createRemediation(req.ctx, req.body);
    },
  );
  r.patch(
    '/api/v1/ratings/remediations/:id',
    {
      schema: {
        tags,
        summary: 'Cập nhật, hoàn thành kế hoạch khắc phục',
        params: ratingParams,
        body: remediationPatchSchema,
      },
    },
    (req) => updateRemediation(req.ctx, req.params.id, req.body),
  );
}
