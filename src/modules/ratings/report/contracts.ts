import { z } from 'zod';
import { orgCode } from '../../orgs/contracts.ts';

/** The oldest year a rating can be about: the Party's founding year. */
export const FIRST_YEAR = 1930;
/** A report wider than this is a typo, and the table would not fit a page anyway. */
export const MAX_SPAN_YEARS = 30;

// Years come as text in a query string or on the command line. Checked by refinements, not by
// z.number(), so a word gets this message rather than zod's type error.
const year = (label: string) =>
  z
    .union([z.number(), z.string()], { error: `${label}: cần một năm (số).` })
    .transform((v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : v))
    .refine(Number.isFinite, { error: `${label}: cần một năm (số).`, abort: true })
    .refine(Number.isInteger, { error: `${label}: cần một năm (số nguyên).`, abort: true })
    .refine((n) => n >= FIRST_YEAR, { error: `${label} phải từ năm ${FIRST_YEAR} trở đi.`, abort: true })
    .refine((n) => n <= 2100, { error: `${label} không hợp lệ.` });

export const ratingsReportQuery = z.strictObject({
  org: orgCode.optional().describe('Mã tổ chức; mặc định: tổ chức gốc trong phạm vi của người dùng'),
  fromYear: year('Từ năm').optional().describe('Mặc định: 9 năm trước năm "toYear"'),
  toYear: year('Đến năm').optional().describe('Mặc định: năm nay'),
});
export type RatingsReportQuery = z.input<typeof ratingsReportQuery>;
