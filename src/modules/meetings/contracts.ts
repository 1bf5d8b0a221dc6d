import { z } from 'zod';
import { isoDate, optionalText, text } from '../../platform/validation.ts';
import { orgCode } from '../orgs/contracts.ts';
import { ATTENDANCE_CODES, isMonth, MEETING_KIND_CODES, QUALITY_CODES } from './rules.ts';

export const meetingId = z.string().max(64);
export const idParams = z.strictObject({ id: meetingId });
export const month = z
  .string({ error: 'Tháng: cần dạng YYYY-MM.' })
  .refine(isMonth, { error: 'Tháng phải có dạng YYYY-MM (ví dụ 2026-12).' });
const version = z.number({ error: 'Thiếu phiên bản (version).' }).int();
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ bắt đầu dạng HH:MM (ví dụ 19:30).' })
  .nullish();
const kind = z.enum(MEETING_KIND_CODES, { error: 'Loại sinh hoạt không hợp lệ.' });

export const planSchema = z.strictObject({
  orgCode,
  kind,
  model: z.boolean().default(false),
  plannedDate: isoDate('Ngày sinh hoạt'),
  startTime: time,
  place: optionalText('Địa điểm', 200),
  topic: text('Chủ đề', 300),
  agenda: optionalText('Chương trình', 4000),
});
export type PlanInput = z.output<typeof planSchema>;

export const planPatchSchema = planSchema
  .omit({ orgCode: true })
  .partial()
  .extend({
    version,
    status: z.enum(['CANCELLED'], { error: 'Chỉ có thể hủy (CANCELLED).' }).optional(),
    /** Required to cancel (at least 5 characters): shown on the meeting and kept in the audit log. */
    cancelReason: optionalText('Lý do hủy', 500),
    correctionReason: optionalText('Lý do đính chính', 500),
  });
export type PlanPatchInput = z.output<typeof planPatchSchema>;

export const listSchema = z.strictObject({
  org: orgCode.optional(),
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.output<typeof listSchema>;

const vote = z.strictObject({
  subject: text('Nội dung biểu quyết', 300),
  agree: z.number().int().min(0),
  disagree: z.number().int().min(0),
  abstain: z.number().int().min(0).default(0),
});

export const minutesSchema = z.strictObject({
  content: text('Nội dung sinh hoạt', 20000),
  opinions: optionalText('Ý kiến thảo luận', 20000),
  conclusions: optionalText('Kết luận, nghị quyết', 20000),
  votes: z.array(vote).max(20).default([]),
});

export const holdSchema = z.strictObject({
  version,
  heldOn: isoDate('Ngày sinh hoạt'),
  attendance: z
    .array(
      z.strictObject({
        memberId: z.string().max(64),
        status: z.enum(ATTENDANCE_CODES, {
          error: 'Điểm danh: có mặt, vắng có lý do hoặc vắng không lý do.',
        }),
        reason: optionalText('Lý do vắng', 300),
      }),
    )
    .max(2000),
  minutes: minutesSchema,
  correctionReason: optionalText('Lý do đính chính', 500),
});
export type HoldInput = z.output<typeof holdSchema>;

export const taskSchema = z.strictObject({
  memberId: z.string().max(64),
  title: text('Nhiệm vụ', 500),
  dueOn: isoDate('Hạn hoàn thành'),
  correctionReason: optionalText('Lý do đính chính', 500),
});
export type TaskInput = z.output<typeof taskSchema>;

/**
 * A correction of a task given at the meeting: its member, title or due date, or its withdrawal
 * (CANCELLED, for a task given by mistake). After closing, correctionReason is required.
 */
export const taskPatchSchema = z.strictObject({
  memberId: z.string({ error: 'Đảng viên: cần mã đảng viên.' }).max(64).optional(),
  title: text('Nhiệm vụ', 500).optional(),
  dueOn: isoDate('Hạn hoàn thành').optional(),
  status: z.enum(['CANCELLED'], { error: 'Chỉ có thể hủy nhiệm vụ (CANCELLED).' }).optional(),
  correctionReason: optionalText('Lý do đính chính', 500),
});
export type TaskPatchInput = z.output<typeof taskPatchSchema>;
export const taskParams = z.strictObject({ id: meetingId, taskId: z.string().max(64) });

export const reviewSchema = z.strictObject({
  reviews: z
    .array(
      z.strictObject({
        taskId: z.string().max(64),
        status: z.enum(['DONE', 'NOT_DONE', 'OPEN'], { error: 'Kết quả: DONE, NOT_DONE hoặc OPEN.' }),
        note: optionalText('Nhận xét', 1000),
      }),
    )
    .min(1, { error: 'Chọn ít nhất một nhiệm vụ để kiểm điểm.' })
    .max(500),
  correctionReason: optionalText('Lý do đính chính', 500),
});
export type ReviewInput = z.output<typeof reviewSchema>;

export const closeSchema = z.strictObject({ version });

export const assessmentSchema = z.strictObject({
  stage: z.enum(['SELF', 'CONFIRMED'], {
    error: 'Bước đánh giá: SELF (chi bộ tự đánh giá) hoặc CONFIRMED (cấp trên xác nhận).',
  }),
  scores: z.record(z.string().max(40), z.number({ error: 'Điểm phải là số.' })),
  comment: optionalText('Nhận xét', 2000),
});
export type AssessmentInput = z.output<typeof assessmentSchema>;

export const replySchema = z
  .strictObject({
    attending: z.boolean({ error: 'Chọn tham dự hoặc báo vắng.' }),
    reason: optionalText('Lý do vắng', 300),
  })
  .refine((r) => r.attending || Boolean(r.reason), {
    error: 'Báo vắng cần nêu lý do.',
    path: ['reason'],
  });
export type ReplyInput = z.output<typeof replySchema>;

export const rosterSchema = z.strictObject({
  orgCode,
  month,
  username: z.string().trim().min(1).max(100),
});
export type RosterInput = z.output<typeof rosterSchema>;

export const observationSchema = z.strictObject({
  attended: z.boolean({ error: 'Có dự hay không?' }),
  comment: optionalText('Nhận xét', 2000),
  level: z.enum(QUALITY_CODES, { error: 'Mức chất lượng: TOT, KHA, TRUNG_BINH hoặc CHUA_DAT.' }).nullish(),
});
export type ObservationInput = z.output<typeof observationSchema>;

export const taskStatusSchema = z.strictObject({
  status: z.enum(['DONE', 'OPEN'], { error: 'Trạng thái: DONE hoặc OPEN.' }),
});

export const dashboardSchema = z.strictObject({
  org: orgCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DashboardQuery = z.output<typeof dashboardSchema>;

export const reportSchema = z.strictObject({
  org: orgCode.optional(),
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
});
export type ReportQuery = z.output<typeof reportSchema>;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: cần một số.` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(min, { error: `${label}: từ ${min} đến ${max}.` })
    .max(max, { error: `${label}: từ ${min} đến ${max}.` });
const points = (label: string) =>
  z
    .number({ error: `${label}: cần một số điểm.` })
    .min(0, { error: `${label}: từ 0 đến 100 điểm.` })
    .max(100, { error: `${label}: từ 0 đến 100 điểm.` });

/** The configurable values of the meeting rules (rules.ts MeetingSettings); admin only (policy.ts). */
export const settingsSchema = z.strictObject({
  version: z.number({ error: 'Phiên bản (version) phải là số.' }).int().nullish(),
  planDeadlineDay: wholeNumber('Hạn nộp kế hoạch (ngày của tháng trước)', 1, 31),
  quorumNumerator: wholeNumber('Tử số của tỷ lệ tối thiểu', 1, 10),
  quorumDenominator: wholeNumber('Mẫu số của tỷ lệ tối thiểu', 1, 10),
  excusedLeaveQuorumBase: z.boolean({
    error: 'Vắng có lý do trừ khỏi số đảng viên triệu tập: có hoặc không.',
  }),
  maxDocumentBytes: wholeNumber('Dung lượng tài liệu tối đa (byte)', 1024, 50 * 1024 * 1024),
  rubric: z
    .array(
      z.strictObject({
        code: z
          .string({ error: 'Mã tiêu chí: cần chữ.' })
          .regex(/^[A-Z_]{2,40}$/, { error: 'Mã tiêu chí: 2–40 chữ in hoa không dấu hoặc dấu gạch dưới.' }),
        label: text('Tiêu chí', 200),
        maxPoints: wholeNumber('Điểm tối đa của tiêu chí', 1, 100),
      }),
      { error: 'Bộ tiêu chí phải là một danh sách.' },
    )
    .min(1, { error: 'Bộ tiêu chí cần ít nhất một tiêu chí.' })
    .max(20, { error: 'Bộ tiêu chí có tối đa 20 tiêu chí.' }),
  levelThresholds: z.strictObject(
    { TOT: points('Ngưỡng Tốt'), KHA: points('Ngưỡng Khá'), TRUNG_BINH: points('Ngưỡng Trung bình') },
    { error: 'Ngưỡng điểm: cần TOT, KHA, TRUNG_BINH.' },
  ),
  goodAttendancePercent: z
    .number({ error: 'Tỷ lệ dự để đạt Tốt: cần một số.' })
    .min(0, { error: 'Tỷ lệ dự để đạt Tốt: từ 0 đến 100%.' })
    .max(100, { error: 'Tỷ lệ dự để đạt Tốt: từ 0 đến 100%.' }),
  unexcusedAbsenceLimit: wholeNumber('Số lần vắng không lý do trong năm', 1, 12),
  committeeMeetingEveryMonths: wholeNumber('Chu kỳ họp cấp ủy (tháng, 0 = không theo dõi)', 0, 12),
  cellCommitteeMinOfficial: wholeNumber('Số đảng viên chính thức để chi bộ có chi ủy', 3, 100),
  congressesPerYear: wholeNumber('Số hội nghị đảng bộ cơ sở mỗi năm (0 = không theo dõi)', 0, 4),
});
export type SettingsInput = z.output<typeof settingsSchema>;
