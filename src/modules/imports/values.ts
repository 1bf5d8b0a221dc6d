/**
 * One cell to one value, or a Vietnamese reason it cannot be: dates typed as Excel dates, serial
 * numbers or dd/mm/yyyy text; codes by code, label or alias. Pure.
 */
import {
  CODE_LISTS,
  type CodeListName,
  isNoReligion,
  parseEducation,
  resolveCode,
} from '../../vn/codes/index.ts';
import { isValidIsoDate, parseVnDate } from '../../vn/dates.ts';
import { resolveFileEventType } from './eventTypes.ts';
import { FILE_LISTS, resolveFileList } from './ratingCodes.ts';
import type { Cell } from './read.ts';
import type { ColumnDef } from './sheets.ts';

export type Parsed = { ok: true; value: string | null } | { ok: false; message: string };

const ok = (value: string | null): Parsed => ({ ok: true, value });
const bad = (message: string): Parsed => ({ ok: false, message });
const pad = (n: number) => String(n).padStart(2, '0');

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug is before any date we hold). */
export function excelSerialToIso(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n >= 2_958_466) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isoFromDate(d: Date): string {
  // ExcelJS gives a date cell as midnight UTC of that calendar day.
  const shifted = new Date(d.getTime() + 12 * 3_600_000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

export const cellText = (v: Cell): string =>
  v === null ? '' : v instanceof Date ? isoFromDate(v) : typeof v === 'number' ? String(v) : v;

export function parseDate(v: Cell): Parsed {
  if (v === null) return ok(null);
  if (v instanceof Date) return ok(isoFromDate(v));
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso ? ok(iso) : bad('Không phải ngày hợp lệ.');
  }
  const iso = parseVnDate(v) ?? (isValidIsoDate(v.trim()) ? v.trim() : null);
  if (iso) return ok(iso);
  if (/^\d{1,5}(\.\d+)?$/.test(v.trim())) return parseDate(Number(v));
  return bad('Ngày phải có dạng dd/mm/yyyy (ví dụ 03/02/1990).');
}

export function parseCode(list: CodeListName, v: Cell, label: string): Parsed {
  if (v === null) return ok(null);
  const text = cellText(v);
  if (list === 'religion' && isNoReligion(text)) return ok(null);
  if (list === 'education') {
    const e = parseEducation(text);
    if (e) return ok(e.code);
  }
  const code = resolveCode(list, text);
  if (code) return ok(code);
  return bad(`${label}: "${text}" không có trong danh mục ${CODE_LISTS[list].label.toLowerCase()}.`);
}

export function parseCell(col: ColumnDef, v: Cell): Parsed {
  if (v === null) return col.required ? bad(`Thiếu ${col.header.toLowerCase()}.`) : ok(null);
  switch (col.kind.type) {
    case 'date':
      return parseDate(v);
    case 'code':
      return parseCode(col.kind.list, v, col.header);
    case 'eventType': {
      const t = resolveFileEventType(cellText(v));
      return t
        ? ok(t)
        : bad(`Loại biến động "${cellText(v)}" không có trong danh mục (xem trang DM_BienDong).`);
    }
    case 'fileList': {
      const code = resolveFileList(col.kind.list, cellText(v));
      const { label } = FILE_LISTS[col.kind.list];
      return code
        ? ok(code)
        : bad(`${col.header}: "${cellText(v)}" không có trong danh mục ${label.toLowerCase()}.`);
    }
    case 'number':
      return parseNumber(col, v);
    case 'text': {
      const text = cellText(v);
      const max = col.kind.max ?? 300;
      return text.length > max ? bad(`${col.header} dài quá ${max} ký tự.`) : ok(text);
    }
  }
}

/** A number typed as a number or as text, with a decimal point or the Vietnamese decimal comma. */
function parseNumber(col: ColumnDef, v: Cell): Parsed {
  if (col.kind.type !== 'number') throw new Error('parseNumber: not a number column');
  const { min, max, integer } = col.kind;
  const text = cellText(v).trim().replace(',', '.');
  const n = typeof v === 'number' ? v : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n)) return bad(`${col.header} phải là số.`);
  if (integer && !Number.isInteger(n)) return bad(`${col.header} phải là số nguyên.`);
  if (n < min || n > max) return bad(`${col.header} phải từ ${min} đến ${max}.`);
  return ok(String(n));
}
