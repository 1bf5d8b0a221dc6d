import { z } from 'zod';
import { isoDate, optionalText, text } from '../../platform/validation.ts';
import { createMemberSchema } from '../members/contracts.ts';
import { orgCode } from '../orgs/contracts.ts';
import { DOSSIER_ITEMS, type Step } from './rules.ts';

const flag = (label: string) => z.boolean({ error: `${label}: chọn có hoặc không.` }).default(false);
const version = z.number({ error: 'Thiếu phiên bản hồ sơ (version).' }).int();
const count = (label: string) =>
  z
    .number({ error: `${label}: cần nhập số.` })
    .int({ error: `${label} phải là số nguyên.` })
    .min(0, { error: `${label} không được âm.` })
    .max(100_000, { error: `${label} quá lớn.` });

/** The person's profile: the same fields and checks as a member's (members/contracts.ts). */
export const candidateProfileSchema = createMemberSchema.pick({
  fullName: true,
  birthName: true,
  gender: true,
  birthDate: true,
  ethnicity: true,
  religion: true,
  religiousAdherence: true,
  hometown: true,
  residence: true,
  citizenId: true,
  phone: true,
  education: true,
  professional: true,
  politicalTheory: true,
  foreignLanguage: true,
  occupation: true,
  jobTitle: true,
  workplace: true,
});

export const createCandidateSchema = candidateProfileSchema.extend({
  orgCode,
  youthUnion: flag('Đoàn viên'),
  rural: flag('Nông thôn'),
  highlandArea: flag('Vùng cao, vùng đồng bào dân tộc thiểu số'),
});
export type CreateCandidateInput = z.output<typeof createCandidateSchema>;

export const candidateListSchema = z.strictObject({
  org: orgCode.optional(),
  status: z
    .enum(['ACTIVE', 'ADMITTED', 'WITHDRAWN', 'ALL'], { error: 'Trạng thái không hợp lệ.' })
    .default('ACTIVE'),
  page: z.coerce
    .number({ error: 'Trang phải là số.' })
    .int()
    .min(1, { error: 'Trang bắt đầu từ 1.' })
    .default(1),
  pageSize: z.coerce
    .number({ error: 'Số dòng phải là số.' })
    .int()
    .min(1)
    .max(500, { error: 'Tối đa 500 dòng mỗi trang.' })
    .default(100),
});
export type CandidateListQuery = z.output<typeof candidateListSchema>;

export const withdrawSchema = z.strictObject({
  version,
  date: isoDate('Ngày rút hồ sơ'),
  reason: text('Lý do', 1000),
});
export type WithdrawInput = z.output<typeof withdrawSchema>;

const docNumber = (label: string) => text(label, 60);

/** Each step's body: its legal date, its data, and the candidate's version (optimistic locking). */
export const stepSchemas = {
  AWARENESS_CLASS: z.strictObject({
    version,
    date: isoDate('Ngày cấp giấy chứng nhận'),
    certificateNumber: docNumber('Số giấy chứng nhận'),
    issuer: optionalText('Nơi cấp', 200),
  }),
  SPONSORS: z
    .strictObject({
      version,
      date: isoDate('Ngày giới thiệu'),
      mode: z.enum(['TWO_MEMBERS', 'YOUTH_UNION'], { error: 'Chọn hình thức giới thiệu.' }),
      sponsors: z
        .array(
          z.strictObject({
            memberId: z
              .string({ error: 'Chọn đảng viên giới thiệu.' })
              .min(1, { error: 'Chọn đảng viên giới thiệu.' })
              .max(64),
            workedTogetherSince: isoDate('Ngày bắt đầu cùng công tác'),
          }),
          { error: 'Danh sách người giới thiệu không hợp lệ.' },
        )
        .max(2, { error: 'Tối đa 2 người giới thiệu.' }),
      youthUnionResolutionNumber: optionalText('Số nghị quyết của Đoàn', 60),
      youthUnionResolutionDate: isoDate('Ngày nghị quyết của Đoàn').nullish(),
    })
    .superRefine((v, ctx) => {
      if (v.mode !== 'YOUTH_UNION') return;
      if (!v.youthUnionResolutionNumber)
        ctx.addIssue({
          code: 'custom',
          path: ['youthUnionResolutionNumber'],
          message: 'Nhập số nghị quyết giới thiệu của Ban Chấp hành Đoàn.',
        });
      if (!v.youthUnionResolutionDate)
        ctx.addIssue({
          code: 'custom',
          path: ['youthUnionResolutionDate'],
          message: 'Nhập ngày nghị quyết giới thiệu của Ban Chấp hành Đoàn.',
        });
    }),
  BACKGROUND_CHECK: z.strictObject({
    version,
    date: isoDate('Ngày kết luận thẩm tra'),
    conclusion: z.enum(['MEETS', 'NOT_MEETS'], { error: 'Chọn kết luận thẩm tra lý lịch.' }),
    verifiedBy: optionalText('Đơn vị thẩm tra', 200),
    note: optionalText('Ghi chú thẩm tra', 2000),
  }),
  COMMENTS: z.strictObject({
    version,
    date: isoDate('Ngày tổng hợp nhận xét'),
    residenceCell: text('Nhận xét của chi ủy nơi cư trú', 2000),
    massOrganizations: text('Nhận xét của các đoàn thể', 2000),
  }),
  DOSSIER: z.strictObject({
    version,
    date: isoDate('Ngày hoàn thiện hồ sơ'),
    items: z
      .array(z.enum(DOSSIER_ITEMS, { error: 'Mục hồ sơ không có trong danh mục.' }), {
        error: 'Danh sách giấy tờ không hợp lệ.',
      })
      .max(DOSSIER_ITEMS.length),
  }),
  CELL_RESOLUTION: z.strictObject({
    version,
    date: isoDate('Ngày nghị quyết chi bộ'),
    number: optionalText('Số nghị quyết', 60),
    agree: count('Số đảng viên đồng ý'),
    total: count('Tổng số đảng viên chính thức'),
  }),
  COMMITTEE_RESOLUTION: z.strictObject({
    version,
    date: isoDate('Ngày nghị quyết đảng ủy'),
    number: docNumber('Số nghị quyết'),
    agree: count('Số cấp ủy viên đồng ý'),
    total: count('Tổng số cấp ủy viên'),
  }),
  DECISION: z.strictObject({
    version,
    date: isoDate('Ngày quyết định kết nạp'),
    number: docNumber('Số quyết định'),
    issuingBody: text('Cơ quan ban hành', 200),
  }),
  CEREMONY: z.strictObject({
    version,
    date: isoDate('Ngày lễ kết nạp'),
    lateApproval: optionalText('Ý kiến đồng ý của cấp ủy cấp trên', 500),
  }),
} satisfies Record<Step, z.ZodType>;

export type StepInput<S extends Step> = z.output<(typeof stepSchemas)[S]>;

export const planSchema = z.strictObject({
  targetTotal: count('Chỉ tiêu kết nạp'),
  targetYouthUnion: count('Chỉ tiêu đoàn viên').nullish(),
  targetWomen: count('Chỉ tiêu nữ').nullish(),
  targetEthnicMinority: count('Chỉ tiêu người dân tộc thiểu số').nullish(),
  targetRural: count('Chỉ tiêu ở nông thôn').nullish(),
  note: optionalText('Ghi chú', 1000),
  /** The version read; omit when creating the year's plan. */
  version: version.optional(),
});
export type PlanInput = z.output<typeof planSchema>;

export const planYear = z.coerce
  .number({ error: 'Năm phải là số.' })
  .int()
  .min(1930, { error: 'Năm không hợp lệ.' })
  .max(2100, { error: 'Năm không hợp lệ.' });

export const settingsSchema = z.strictObject({
  certificateValidityMonths: z
    .number({ error: 'Thời hạn giấy chứng nhận: cần nhập số tháng.' })
    .int()
    .min(1, { error: 'Thời hạn giấy chứng nhận ít nhất 1 tháng.' })
    .max(240, { error: 'Thời hạn giấy chứng nhận tối đa 240 tháng.' }),
  ceremonyWorkingDays: z
    .number({ error: 'Thời hạn tổ chức lễ: cần nhập số ngày làm việc.' })
    .int()
    .min(1, { error: 'Thời hạn tổ chức lễ ít nhất 1 ngày làm việc.' })
    .max(365, { error: 'Thời hạn tổ chức lễ tối đa 365 ngày làm việc.' }),
  primaryEducationInHighland: z.boolean({ error: 'Chọn có hoặc không.' }),
  version: version.optional(),
});
export type SettingsInput = z.output<typeof settingsSchema>;
