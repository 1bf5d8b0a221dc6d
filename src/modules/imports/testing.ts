/** Test helpers: real xlsx files built with ExcelJS, the way a clerk's spreadsheet would be. */
import { PassThrough } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
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

/** A zip of deflated entries, each declaring the unpacked size given (true or not), for hostile files. */
export function zipOf(entries: readonly { name: string; data: Buffer; size: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, size } of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    parts.push(local, n, data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    directory.push(dir, n);
    offset += 30 + n.length + data.length;
  }
  const dirSize = directory.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}

/** A zip whose only worksheet, named DangVien by its workbook.xml, is the given deflated data. */
export function namedSheetZip(data: Buffer, declaredSize: number): Uint8Array {
  const part = (text: string) => {
    const raw = Buffer.from(text);
    return { data: deflateRawSync(raw), size: raw.length };
  };
  return zipOf([
    {
      name: 'xl/workbook.xml',
      ...part('<workbook><sheets><sheet name="DangVien" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      ...part('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    },
    { name: 'xl/worksheets/sheet1.xml', data, size: declaredSize },
  ]);
}
