import { z } from 'zod';
import { isoDate } from '../../platform/validation.ts';
import { orgCode } from '../orgs/contracts.ts';

export const structureQuery = z.strictObject({
  org: orgCode.optional().describe('Mã tổ chức; mặc định: tổ chức gốc trong phạm vi của người dùng'),
  asOf: isoDate('Ngày báo cáo').optional().describe('Mặc định: hôm nay'),
});
export type StructureQuery = z.output<typeof structureQuery>;

export const changesQuery = z.strictObject({
  org: orgCode.optional().describe('Mã tổ chức; mặc định: tổ chức gốc trong phạm vi của người dùng'),
  from: isoDate('Từ ngày').optional().describe('Mặc định: ngày 1/1 của năm chứa ngày "to"'),
  to: isoDate('Đến ngày').optional().describe('Mặc định: hôm nay'),
});
export type ChangesQuery = z.output<typeof changesQuery>;
