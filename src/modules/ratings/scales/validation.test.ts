import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { codes, member, org } from './testing.ts';
import type { Period } from './types.ts';

const year = (y: number): Period => ({ kind: 'YEAR', year: y });
const levelErrors = (p: Period, c: Parameters<typeof checkRating>[1]) =>
  codes(checkRating(p, c)).filter((x) => x === 'LEVEL_NOT_IN_SCALE:error');

describe('a level that does not exist in the period’s scale', () => {
  it('TSVM is an org level until 2017 only', () => {
    expect(
      levelErrors(year(2016), org('TSVM', { children: { kind: 'MEMBERS', levels: ['HTTNV'] } })),
    ).toEqual([]);
    expect(levelErrors(year(2019), org('TSVM'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
    const f = checkRating(year(2019), org('TSVM'))[0]!;
    expect(f.message).toContain(
      'Mức xếp loại "TSVM" không có trong thang xếp loại tổ chức đảng của Quy định 132-QĐ/TW (năm 2019)',
    );
    expect(f.message).toContain('HTXSNV (Hoàn thành xuất sắc nhiệm vụ)');
    expect(f.message).toContain('(Hướng dẫn 21-HD/BTCTW');
  });

  it('YEU_KEM is for orgs and VI_PHAM_TU_CACH for members, both only until 2017', () => {
    expect(levelErrors(year(2016), member('YEU_KEM'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
    expect(levelErrors(year(2016), member('VI_PHAM_TU_CACH'))).toEqual([]);
    expect(levelErrors(year(2016), org('VI_PHAM_TU_CACH'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
    expect(levelErrors(year(2020), member('VI_PHAM_TU_CACH'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
    expect(levelErrors(year(2024), org('YEU_KEM'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
  });

  it('KHTNV exists from 2018, not before; TSVM was never a member level', () => {
    expect(levelErrors(year(2017), member('KHTNV'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
    expect(levelErrors(year(2018), member('KHTNV'))).toEqual([]);
    expect(levelErrors(year(2016), member('TSVM'))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
  });

  it('an unknown or lower-case code is refused, and nothing else is checked', () => {
    expect(codes(checkRating(year(2024), member('htxsnv', { exempt: true })))).toEqual([
      'LEVEL_NOT_IN_SCALE:error',
    ]);
    expect(codes(checkRating(year(2024), member('XUAT_SAC')))).toEqual(['LEVEL_NOT_IN_SCALE:error']);
  });
});

describe('a score out of range (Quy định 366: 100 points, general 30, tasks 70)', () => {
  const q = (score: { total: number; general?: number; tasks?: number }) =>
    codes(checkRating(year(2026), member('KHTNV', { score }))).filter((x) => x.startsWith('SCORE'));

  it('accepts 0 and 100 and the group maxima', () => {
    expect(q({ total: 0 })).toEqual([]);
    expect(q({ total: 100, general: 30, tasks: 70 })).toEqual([]);
  });

  it('refuses a total below 0, above 100 or not a number', () => {
    expect(q({ total: -1 })).toEqual(['SCORE_OUT_OF_RANGE:error']);
    expect(q({ total: 100.5 })).toEqual(['SCORE_OUT_OF_RANGE:error']);
    expect(q({ total: Number.NaN })).toEqual(['SCORE_OUT_OF_RANGE:error']);
  });

  it('refuses a group over its maximum, and a total that is not the sum of the groups', () => {
    expect(q({ total: 61, general: 31, tasks: 30 })).toEqual(['SCORE_OUT_OF_RANGE:error']);
    expect(q({ total: 71, general: 0, tasks: 71 })).toEqual(['SCORE_OUT_OF_RANGE:error']);
    expect(q({ total: 80, general: 25, tasks: 50 })).toEqual(['SCORE_OUT_OF_RANGE:error']);
    expect(
      checkRating(year(2026), member('KHTNV', { score: { total: 80, general: 25, tasks: 50 } }))[0]!.message,
    ).toContain('Tổng điểm 80 khác tổng hai nhóm tiêu chí (25 + 50)');
  });

  it('only notes a score under a scale without points', () => {
    expect(codes(checkRating(year(2020), member('HTTNV', { score: { total: 150 } })))).toEqual([
      'SCORE_NOT_USED:warning',
    ]);
  });
});
