import { z } from 'zod';
import { isoDate, optionalDate, optionalText, text } from '../../platform/validation.ts';
import { COVERAGE_UNIT_KIND, ORG_KIND, ORG_SECTOR } from '../../vn/codes/index.ts';
import { ORG_CODE } from './rules.ts';

/** The zod enum of a code list's codes: the lists in src/vn/codes are the one source. */
const codesOf = <C extends string>(list: { items: readonly { code: C }[] }) =>
  list.items.map((i) => i.code) as [C, ...C[]];

const kind = z.enum(codesOf(ORG_KIND), { error: 'Loại tổ chức không hợp lệ.' });
const sector = z.enum(codesOf(ORG_SECTOR), { error: 'Loại hình tổ chức không hợp lệ.' });
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
  kind: z.enum(codesOf(COVERAGE_UNIT_KIND), {
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
