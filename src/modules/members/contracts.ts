import { z } from 'zod';
import { isoDate, optionalDate, optionalText, text } from '../../platform/validation.ts';
import { type CodeListName, isCode } from '../../vn/codes/index.ts';
import { orgCode } from '../orgs/contracts.ts';
import { CARD_NUMBER, CITIZEN_ID, DOSSIER_NUMBER, PHONE } from './rules.ts';

const coded = (list: CodeListName, label: string) =>
  z.string({ error: `${label}: chọn một giá trị trong danh mục.` }).refine((v) => isCode(list, v), {
    error: `${label} không có trong danh mục.`,
  });
const optionalCoded = (list: CodeListName, label: string) =>
  z
    .union([coded(list, label), z.literal('').transform(() => null), z.null()], {
      error: `${label} không có trong danh mục.`,
    })
    .optional();
const pattern = (re: RegExp, message: string, label: string) =>
  z
    .union([
      z
        .string({ error: `${label}: cần nhập chữ số.` })
        .transform((s) => s.replace(/\s+/g, '').toUpperCase())
        .pipe(z.string().regex(re, { error: message })),
      z.literal('').transform(() => null),
      z.null(),
    ])
    .optional();

const profile = {
  fullName: text('Họ và tên', 120),
  birthName: optionalText('Họ tên khai sinh', 120),
  gender: coded('gender', 'Giới tính'),
  birthDate: isoDate('Ngày sinh'),
  ethnicity: coded('ethnicity', 'Dân tộc'),
  religion: optionalCoded('religion', 'Tôn giáo'),
  religiousAdherence: optionalCoded('religiousAdherence', 'Mức độ tôn giáo'),
  hometown: optionalText('Quê quán', 300),
  residence: optionalText('Nơi ở hiện nay', 300),
  citizenId: pattern(CITIZEN_ID, 'Số CCCD gồm đúng 12 chữ số.', 'Số CCCD'),
  phone: z
    .union([
      z.string().trim().regex(PHONE, { error: 'Số điện thoại không hợp lệ.' }),
      z.literal('').transform(() => null),
      z.null(),
    ])
    .optional(),
  education: optionalCoded('education', 'Trình độ học vấn'),
  professional: optionalCoded('professional', 'Trình độ chuyên môn'),
  politicalTheory: optionalCoded('politicalTheory', 'Lý luận chính trị'),
  foreignLanguage: optionalText('Ngoại ngữ', 100),
  occupation: optionalCoded('occupation', 'Nghề nghiệp'),
  jobTitle: optionalText('Chức vụ', 200),
  workplace: optionalText('Nơi làm việc', 300),
  cardNumber: pattern(CARD_NUMBER, 'Số thẻ đảng viên gồm 6–12 chữ số.', 'Số thẻ đảng viên'),
  dossierNumber: pattern(
    DOSSIER_NUMBER,
    'Số lý lịch gồm 6 chữ số và 1–3 chữ cái mã tỉnh (ví dụ 012345LC).',
    'Số lý lịch',
  ),
  badgeNumber: optionalText('Số huy hiệu', 40),
  admissionDecisionDate: optionalDate('Ngày quyết định kết nạp'),
  ceremonyDate: isoDate('Ngày vào Đảng'),
  officialDate: optionalDate('Ngày chính thức'),
  orgCode,
};

export const createMemberSchema = z.strictObject({
  ...profile,
  /** A member admitted elsewhere: their history here begins with their arrival on this date. */
  arrivalDate: optionalDate('Ngày chuyển đến'),
  /** Where they came from (an org outside the installation). */
  arrivalFrom: optionalText('Chuyển đến từ', 200),
});
export type CreateMemberInput = z.output<typeof createMemberSchema>;

export const updateMemberSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v.optional()])),
  version: z.number({ error: 'Thiếu phiên bản hồ sơ (version).' }).int(),
}) as unknown as z.ZodType<Partial<CreateMemberInput> & { version: number }>;
export type UpdateMemberInput = Partial<CreateMemberInput> & { version: number };

const listFilterCode = (list: CodeListName, label: string) => coded(list, label).optional();

export const memberListSchema = z.strictObject({
  q: z.string().max(100, { error: 'Từ khóa tìm kiếm tối đa 100 ký tự.' }).optional(),
  org: orgCode.optional(),
  status: z.enum(['PROBATIONARY', 'OFFICIAL'], { error: 'Trạng thái không hợp lệ.' }).optional(),
  gender: listFilterCode('gender', 'Giới tính'),
  ethnicity: z.union([coded('ethnicity', 'Dân tộc'), z.literal('MINORITY')]).optional(),
  ageBand: listFilterCode('ageBand', 'Độ tuổi'),
  education: listFilterCode('education', 'Trình độ học vấn'),
  professional: listFilterCode('professional', 'Trình độ chuyên môn'),
  politicalTheory: listFilterCode('politicalTheory', 'Lý luận chính trị'),
  occupation: listFilterCode('occupation', 'Nghề nghiệp'),
  sort: z
    .enum(['name', 'birthDate', '-birthDate', 'ceremonyDate', '-ceremonyDate'], {
      error: 'Cách sắp xếp không hợp lệ.',
    })
    .default('name'),
  page: z.coerce
    .number({ error: 'Trang phải là số.' })
    .int()
    .min(1, { error: 'Trang bắt đầu từ 1.' })
    .max(100_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: 'Số dòng phải là số.' })
    .int()
    .min(1)
    .max(200, { error: 'Tối đa 200 dòng mỗi trang.' })
    .default(20),
});
export type MemberListQuery = z.output<typeof memberListSchema>;
