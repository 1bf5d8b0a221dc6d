import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgCode } from '../orgs/contracts.ts';
import {
  candidateListSchema,
  createCandidateSchema,
  planSchema,
  planYear,
  settingsSchema,
  withdrawSchema,
} from './contracts.ts';
import { STEPS } from './rules.ts';
import {
  createCandidate,
  getCandidate,
  getPlan,
  getSettings,
  listCandidates,
  recordStep,
  savePlan,
  saveSettings,
  withdrawCandidate,
} from './service.ts';

const idParams = z.strictObject({ id: z.string().max(64) });
const tags = ['admission'];

export function admissionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/admission/candidates',
    { schema: { tags, summary: 'Danh sách người vào Đảng', querystring: candidateListSchema } },
    async (req) => listCandidates(req.ctx, req.query),
  );
  r.post(
    '/api/v1/admission/candidates',
    { schema: { tags, summary: 'Thêm người vào Đảng (đối tượng kết nạp)', body: createCandidateSchema } },
    async (req, reply) => {
      reply.code(201);
      return createCandidate(req.ctx, req.body);
    },
  );
  r.get(
    '/api/v1/admission/candidates/:id',
    { schema: { tags, summary: 'Hồ sơ kết nạp của một người', params: idParams } },
    async (req) => getCandidate(req.ctx, req.params.id),
  );
  r.put(
    '/api/v1/admission/candidates/:id/steps/:step',
    {
      schema: {
        tags,
        summary: 'Ghi (hoặc ghi lại) một bước của quy trình kết nạp; bước CEREMONY tạo hồ sơ đảng viên',
        description:
          'Thân yêu cầu theo từng bước: luôn có version và date; xem docs/api.md. Lỗi quy định trả 400 kèm lời nhắn từng trường.',
        params: z.strictObject({
          id: z.string().max(64),
          step: z.enum(STEPS, { error: 'Bước không hợp lệ.' }),
        }),
        body: z.looseObject({}),
      },
    },
    async (req) => recordStep(req.ctx, req.params.id, req.params.step, req.body),
  );
  r.post(
    '/api/v1/admission/candidates/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Rút hồ sơ (dừng xét kết nạp), có lý do',
        params: idParams,
        body: withdrawSchema,
      },
    },
    async (req) => withdrawCandidate(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/v1/admission/plans',
    {
      schema: {
        tags,
        summary: 'Kế hoạch kết nạp năm của một tổ chức và tiến độ',
        querystring: z.strictObject({ org: orgCode.optional(), year: planYear }),
      },
    },
    async (req) => getPlan(req.ctx, req.query),
  );
  r.put(
    '/api/v1/admission/plans/:code/:year',
    {
      schema: {
        tags,
        summary: 'Đặt kế hoạch kết nạp năm (gửi version khi sửa)',
        params: z.strictObject({ code: orgCode, year: planYear }),
        body: planSchema,
      },
    },
    async (req) => savePlan(req.ctx, req.params.code, req.params.year, req.body),
  );
  r.get(
    '/api/v1/admission/settings',
    { schema: { tags, summary: 'Cấu hình quy trình kết nạp' } },
    async (req) => getSettings(req.ctx),
  );
  r.put(
    '/api/v1/admission/settings',
    { schema: { tags, summary: 'Sửa cấu hình quy trình kết nạp (quản trị)', body: settingsSchema } },
    async (req) => saveSettings(req.ctx, req.body),
  );
}
