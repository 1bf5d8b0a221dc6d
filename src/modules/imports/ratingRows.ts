/**
 * The XepLoai sheet's rows as typed ratings, with what a row shows on its own: who is rated (a member
 * needs "Mã đảng viên", an org "Mã tổ chức") and which period. Pure; the scale of the period, the
 * member or org existing then and the ratings already recorded are checked in ratingPlan.ts.
 */
import { ORG_CODE } from '../orgs/rules.ts';
import type { Period } from '../ratings/scales/index.ts';
import type { ReadSheet } from './read.ts';
import type { Problems } from './report.ts';
import { headerOf, parseRows } from './rows.ts';
import { RATING_SHEET } from './sheets.ts';

export interface RatingRecord {
  row: number;
  subject: 'MEMBER' | 'ORG';
  memberKey: string | null;
  orgCode: string | null;
  period: Extract<Period, { kind: 'YEAR' | 'QUARTER' }>;
  level: string;
  score: number | null;
  note: string | null;
}

export function parseRatings(sheet: ReadSheet | undefined, problems: Problems): RatingRecord[] {
  const src = sheet?.source ?? RATING_SHEET.name;
  const out: RatingRecord[] = [];
  for (const { row, values: v } of parseRows(sheet, RATING_SHEET, problems)) {
    let good = true;
    const fail = (key: string, value: string | null, message: string) => {
      good = false;
      problems.error(src, row, headerOf(RATING_SHEET, key), value, message);
    };
    const subject = v.subject === 'DV' ? 'MEMBER' : 'ORG';
    if (subject === 'MEMBER' && !v.memberKey)
      fail('memberKey', null, 'Xếp loại đảng viên (DV): thiếu mã đảng viên.');
    if (subject === 'ORG' && !v.orgCode) fail('orgCode', null, 'Xếp loại tổ chức (TC): thiếu mã tổ chức.');
    if (subject === 'ORG' && v.memberKey)
      fail(
        'memberKey',
        v.memberKey,
        'Xếp loại tổ chức (TC) không ghi mã đảng viên; xếp loại đảng viên ghi Đối tượng DV.',
      );
    if (v.orgCode && !ORG_CODE.test(v.orgCode)) fail('orgCode', v.orgCode, 'Mã tổ chức không hợp lệ.');
    if (!good) continue;
    const year = Number(v.year);
    const period: RatingRecord['period'] =
      v.period === 'NAM'
        ? { kind: 'YEAR', year }
        : { kind: 'QUARTER', year, quarter: Number(v.period!.slice(1)) as 1 | 2 | 3 | 4 };
    out.push({
      row,
      subject,
      memberKey: subject === 'MEMBER' ? v.memberKey! : null,
      orgCode: v.orgCode ?? null,
      period,
      level: v.level!,
      score: v.score === null || v.score === undefined ? null : Number(v.score),
      note: v.note ?? null,
    });
  }
  return out;
}
