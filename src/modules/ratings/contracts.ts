/** Payloads of the ratings API (rounds, self-assessment, proposals, decisions, follow-up), shared with the web. */
import { z } from 'zod';
import { isoDate } from '../../platform/validation.ts';

const code = z.string().trim().min(1, 'Chưa nhập mã.').max(40, 'Mã quá dài.');
/** Free text kept as typed (line breaks matter in a self-review), NFC, trimmed. */
const text = (max: number) =>
  z
    .string({ error: 'Cần nhập chữ.' })
    .max(max, `Không quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').trim());
const id = z.string().min(1).max(64);
const version = z.number({ error: 'Thiếu số phiên bản.' }).int().min(1);
const year = z
  .number({ error: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(2010, 'Chỉ đánh giá từ năm 2010.')
  .max(2100, 'Năm không hợp lệ.');
const points = (max: number) =>
  z.number({ error: 'Điểm phải là số.' }).min(0, 'Điểm không âm.').max(max, `Điểm không quá ${max}.`);
/** A level code as users send it; whether it exists in the period's scale is the rules' to say. */
const levelCode = z.string().trim().min(1, 'Chưa chọn mức xếp loại.').max(20, 'Mức xếp loại không hợp lệ.');

export const periodSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('YEAR'), year }),
    z.strictObject({
      kind: z.literal('QUARTER'),
      year,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
        error: 'Quý phải là 1, 2, 3 hoặc 4.',
      }),
    }),
    z.strictObject({ kind: z.literal('TERM'), from: isoDate('Đầu nhiệm kỳ'), to: isoDate('Cuối nhiệm kỳ') }),
  ],
  { error: 'Kỳ đánh giá phải là năm, quý hoặc nhiệm kỳ.' },
);

export const openRoundSchema = z.strictObject({
  orgCode: code,
  period: periodSchema,
  deadline: isoDate('Hạn hoàn thành'),
  note: text(2000).optional(),
});
export type OpenRoundInput = z.infer<typeof openRoundSchema>;

export const roundListSchema = z.strictObject({
  org: code.optional(),
  status: z.enum(['OPEN', 'CLOSED', 'CANCELLED']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const roundParams = z.strictObject({ id });
export const ratingParams = z.strictObject({ id });
export const sheetQuery = z.strictObject({ org: code });

/** The member's own review (bản tự kiểm điểm): under 366 with scores, earlier scales without. */
export const selfAssessmentSchema = z.strictObject({
  selfCriticism: text(20000).refine((s) => s.length >= 10, 'Bản tự kiểm điểm cần ít nhất 10 ký tự.'),
  strengths: text(10000).optional(),
  shortcomings: text(10000).optional(),
  commitments: text(10000).optional(),
  scoreGeneral: points(30).optional(),
  scoreTasks: points(70).optional(),
  /** Quy định 366: points per criterion of the framework (criteria.ts); the group scores follow. */
  scores: z.record(z.string().max(40), points(70)).optional(),
  level: levelCode,
  version,
});
export type SelfAssessmentInput = z.infer<typeof selfAssessmentSchema>;

const taskFacts = z.strictObject({
  assigned: z.number().int().min(0).max(100000),
  completed: z.number().int().min(0).max(100000),
  onTime: z.number().int().min(0).max(100000),
  exceeded: z.number().int().min(0).max(100000),
});

const verdict = z.strictObject({
  ratingId: id,
  level: levelCode,
  scoreGeneral: points(30).optional(),
  scoreTasks: points(70).optional(),
  tasks: taskFacts.optional(),
  note: text(2000).optional(),
  version,
});

/** A sheet of proposals (the cell) or decisions (the committee): all or nothing. */
export const verdictsSchema = z.strictObject({
  items: z.array(verdict).min(1, 'Chưa có mức xếp loại nào.').max(5000, 'Mỗi lần ghi không quá 5.000 dòng.'),
});
export type VerdictsInput = z.infer<typeof verdictsSchema>;
export type VerdictInput = z.infer<typeof verdict>;

export const reopenSchema = z.strictObject({
  reason: text(2000).refine(
    (s) => s.length >= 10,
    'Mở lại kết quả đã quyết định phải nêu lý do (ít nhất 10 ký tự).',
  ),
  version,
});

export const DISCIPLINE_FORMS = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'] as const;

export const disciplineSchema = z
  .strictObject({
    memberId: id.optional(),
    orgCode: code.optional(),
    form: z.enum(DISCIPLINE_FORMS, { error: 'Hình thức kỷ luật không hợp lệ.' }),
    decidedOn: isoDate('Ngày quyết định kỷ luật'),
    decisionNumber: text(60).optional(),
    issuingBody: text(200).optional(),
    reason: text(2000).optional(),
    selfDetectedAndRemedied: z.boolean().default(false),
  })
  .refine((d) => Boolean(d.memberId) !== Boolean(d.orgCode), {
    message: 'Chọn đúng một đối tượng: đảng viên hoặc tổ chức đảng.',
    path: ['memberId'],
  });
export type DisciplineInput = z.infer<typeof disciplineSchema>;

export const commitmentSchema = z.strictObject({
  content: text(20000).refine((s) => s.length >= 10, 'Bản cam kết cần ít nhất 10 ký tự.'),
  version: version.optional(),
});
export const yearParams = z.strictObject({ year: z.coerce.number().int().min(2010).max(2100) });

export const remediationSchema = z
  .strictObject({
    roundId: id.optional(),
    memberId: id.optional(),
    orgCode: code.optional(),
    year,
    shortcoming: text(5000).refine((s) => s.length >= 5, 'Nêu hạn chế, khuyết điểm (ít nhất 5 ký tự).'),
    actions: text(5000).refine((s) => s.length >= 5, 'Nêu biện pháp khắc phục (ít nhất 5 ký tự).'),
    responsible: text(200).optional(),
    dueDate: isoDate('Hạn khắc phục'),
  })
  .refine((d) => Boolean(d.memberId) !== Boolean(d.orgCode), {
    message: 'Chọn đúng một đối tượng: đảng viên (cá nhân) hoặc tổ chức đảng (tập thể).',
    path: ['memberId'],
  });
export type RemediationInput = z.infer<typeof remediationSchema>;

export const remediationPatchSchema = z.strictObject({
  status: z.enum(['OPEN', 'DONE']).optional(),
  doneOn: isoDate('Ngày hoàn thành').optional(),
  result: text(5000).optional(),
  actions: text(5000).optional(),
  dueDate: isoDate('Hạn khắc phục').optional(),
  version,
});
export type RemediationPatch = z.infer<typeof remediationPatchSchema>;

export const remediationListSchema = z.strictObject({
  org: code.optional(),
  year: z.coerce.number().int().min(2010).max(2100).optional(),
  status: z.enum(['OPEN', 'DONE']).optional(),
});

const criterion = z.strictObject({
  code: z.string().regex(/^[A-Z0-9_]{1,40}$/, 'Mã tiêu chí: chữ in hoa, số và dấu gạch dưới.'),
  label: z.string().trim().min(3, 'Nhập tên tiêu chí.').max(300),
  maxPoints: z.number().min(0.5, 'Điểm tối đa phải dương.').max(70),
});

export const ratingSettingsSchema = z.strictObject({
  annualRuleSet: z.record(
    z.string().regex(/^20\d\d$/, 'Năm không hợp lệ.'),
    z.enum(['UNTIL_2017', 'QD132', 'QD124', 'QD366'], { error: 'Quy định không hợp lệ.' }),
  ),
  quotaBase: z.enum(['HTTNV', 'HTTNV_OR_BETTER'], { error: 'Cách tính tỷ lệ không hợp lệ.' }),
  criteria366: z
    .strictObject({
      general: z.array(criterion).min(1).max(20),
      tasks: z.array(criterion).min(1).max(20),
    })
    .optional(),
  version: z.number().int().min(1).optional(),
});
export type RatingSettingsInput = z.infer<typeof ratingSettingsSchema>;
