import { z } from 'zod';
import { isoDate, optionalDate, optionalText, text } from '../../platform/validation.ts';
import { ORG_CODE, type OrgKind } from './rules.ts';

const KINDS = [
  'DANG_BO_TINH',
  'DANG_BO_HUYEN',
  'DANG_BO_TRUC_THUOC',
  'DANG_BO_CO_SO',
  'CHI_BO_CO_SO',
  'DANG_BO_BO_PHAN',
  'CHI_BO_TRUC_THUOC',
] as const satisfies readonly OrgKind[];
const SECTORS = [
  'XA',
  'PHUONG',
  'THI_TRAN',
  'DAC_KHU',
  'CO_QUAN',
  'SU_NGHIEP',
  'DN_NHA_NUOC',
  'DN_NGOAI_NHA_NUOC',
  'QUAN_DOI',
  'CONG_AN',
  'THON_BAN',
  'TO_DAN_PHO',
  'TRUONG_HOC',
  'Y_TE',
  'KHAC',
] as const;

const kind = z.enum(KINDS, { error: 'Loại tổ chức không hợp lệ.' });
const sector = z.enum(SECTORS, { error: 'Loại hình tổ chức không hợp lệ.' });
export const orgCode = z
  .string({ error: 'Mã tổ chức: cần nhập chữ.' })
  .trim()
  .regex(ORG_CODE, { error: 'Mã tổ chức gồm chữ không dấu, số, dấu chấm, gạch; tối đa 40 ký tự.' });

const decision = {
  effectiveDate: isoDate('Ngày hiệu lực'),
  decisionNumber: optionalText('Số quyết định', 60),
  decisionDate: optionalDate('Ngày quyết định'),
  issuingBody: optionalText('Cơ quan ban hành', 200),
  note: optionalText('Ghi chú', 2000),
};

export const establishSchema = z.strictObject({
  code: orgCode,
  name: text('Tên tổ chức', 200),
  kind,
  sector,
  parentCode: orgCode.nullish(),
  ...decision,
});
export type EstablishInput = z.output<typeof establishSchema>;

export const orgEventSchema = z.strictObject({
  type: z.enum(['RENAME', 'MOVE', 'UPDATE', 'MERGE', 'DISSOLVE'], { error: 'Loại thay đổi không hợp lệ.' }),
  name: text('Tên mới', 200).optional(),
  parentCode: orgCode.optional(),
  survivorCode: orgCode.optional(),
  kind: kind.optional(),
  sector: sector.optional(),
  version: z.number({ error: 'Phiên bản phải là số.' }).int().optional(),
  ...decision,
});
export type OrgEventInput = z.output<typeof orgEventSchema>;

export const coverageUnitSchema = z.strictObject({
  code: orgCode,
  name: text('Tên đơn vị', 200),
  kind: z.enum(['THON_BAN', 'TO_DAN_PHO', 'TRUONG_HOC', 'Y_TE', 'DOANH_NGHIEP'], {
    error: 'Loại đơn vị không hợp lệ.',
  }),
  ownerCode: orgCode,
  cellCodes: z.array(orgCode).max(20).default([]),
  headIsMember: z.boolean({ error: 'Trưởng thôn là đảng viên: chọn có hoặc không.' }).default(false),
});
export type CoverageUnitInput = z.output<typeof coverageUnitSchema>;

export const coverageUnitPatchSchema = coverageUnitSchema
  .omit({ code: true, ownerCode: true })
  .partial()
  .extend({
    version: z.number().int(),
  });
