/** Test helpers: real xlsx files built with ExcelJS, the way a clerk's spreadsheet would be. */
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { one } from '../../platform/db/query.ts';
import ExcelJS from '../exports/excel.ts';
import { writeTemplateWorkbook } from '../exports/workbook.ts';

export type SheetRows = Record<string, (string | number | Date | null)[][]>;

/** A workbook with the given sheets; each sheet's first array is its header row. */
export async function xlsx(sheets: SheetRows): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Collects what a streaming writer writes. */
export async function collect(write: (out: PassThrough) => Promise<void>): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export const templateBytes = () => collect((out) => writeTemplateWorkbook(out));

export const ORG_HEADER = [
  'Mã tổ chức',
  'Tên tổ chức',
  'Loại tổ chức',
  'Loại hình',
  'Mã tổ chức cấp trên',
  'Ngày thành lập',
  'Ngày giải thể',
];
export const MEMBER_HEADER = [
  'Mã đảng viên',
  'Số thẻ đảng viên',
  'Số lý lịch',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Trình độ học vấn',
  'Ngày quyết định kết nạp',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Mã chi bộ',
];
export const EVENT_HEADER = [
  'Mã đảng viên',
  'Loại biến động',
  'Ngày',
  'Mã tổ chức đi',
  'Mã tổ chức đến',
  'Số quyết định',
  'Ghi chú',
];

/** An org officer whose scope is the subtree of `orgCode`. */
export async function orgStaffOf(db: Db, today: string, orgCode: string): Promise<Ctx> {
  const org = await one<{ id: string }>(db, sql`SELECT id FROM orgs WHERE code = ${orgCode}`);
  return { db, today, actor: { ...systemActor(`tochuc.${orgCode}`), role: 'org_staff', orgId: org!.id } };
}
