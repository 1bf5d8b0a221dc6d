import { describe, expect, it } from 'vitest';
import { checkGroup, ratingContext } from './check.ts';
import { quotaAllowance } from './quota.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { codes, repeat } from './testing.ts';
import type { Period, RatingGroup, RatingSettings } from './types.ts';

const Y2024: Period = { kind: 'YEAR', year: 2024 };
const group = (
  top: number,
  good: number,
  rest = 0,
  subject: RatingGroup['subject'] = 'MEMBER',
): RatingGroup => ({
  subject,
  label: 'Đảng bộ xã A',
  levels: [...repeat('HTXSNV', top), ...repeat('HTTNV', good), ...repeat('HTNV', rest)],
});
const quota = (g: RatingGroup, period: Period = Y2024, settings: RatingSettings = DEFAULT_SETTINGS) =>
  codes(checkGroup(ratingContext(period, settings), g));

describe('the quota of HTXSNV: at most 20% of those rated HTTNV in a comparable group', () => {
  it('rounds the allowance down', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 45].map((n) => quotaAllowance(n, 20))).toEqual([0, 0, 1, 1, 2, 2, 3, 9]);
  });

  it('passes at exactly 20% and fails just over it', () => {
    expect(quota(group(2, 10))).toEqual([]);
    expect(quota(group(3, 10))).toEqual(['HTXSNV_QUOTA:error']);
    expect(quota(group(1, 5))).toEqual([]);
    expect(quota(group(2, 9))).toEqual(['HTXSNV_QUOTA:error']);
  });

  it('in small groups: 1 of 4 HTTNV is over, 1 with no HTTNV is over, 0 is always fine', () => {
    expect(quota(group(1, 4, 3))).toEqual(['HTXSNV_QUOTA:error']);
    expect(quota(group(1, 0, 6))).toEqual(['HTXSNV_QUOTA:error']);
    expect(quota(group(0, 0, 2))).toEqual([]);
  });

  it('counts only HTTNV in the base by default (the regulation’s wording), HTTNV and better when set', () => {
    expect(quota(group(2, 8))).toEqual(['HTXSNV_QUOTA:error']);
    expect(quota(group(2, 8), Y2024, { ...DEFAULT_SETTINGS, quotaBase: 'HTTNV_OR_BETTER' })).toEqual([]);
    expect(quota(group(3, 8), Y2024, { ...DEFAULT_SETTINGS, quotaBase: 'HTTNV_OR_BETTER' })).toEqual([
      'HTXSNV_QUOTA:error',
    ]);
  });

  it('says the group, the counts, the allowance and the article', () => {
    const [f] = checkGroup(ratingContext(Y2024), group(3, 10));
    expect(f!.message).toBe(
      'Đảng bộ xã A: 3 được xếp loại "Hoàn thành xuất sắc nhiệm vụ", vượt quá 20% của 10 được xếp loại ' +
        '"Hoàn thành tốt nhiệm vụ" (tối đa 2) (Quy định 124-QĐ/TW ngày 04/10/2023, tỷ lệ xếp loại ' +
        '"Hoàn thành xuất sắc nhiệm vụ" (như Hướng dẫn 21-HD/BTCTW, mục II.B, tiết 2.3.a))',
    );
  });

  it('binds members under 132 and 124, warns for orgs, and under 366; the old scale had none', () => {
    expect(quota(group(3, 10), { kind: 'YEAR', year: 2019 })).toEqual(['HTXSNV_QUOTA:error']);
    expect(quota(group(3, 10, 0, 'ORG'), { kind: 'YEAR', year: 2019 })).toEqual(['HTXSNV_QUOTA:warning']);
    expect(quota(group(3, 10), { kind: 'YEAR', year: 2026 })).toEqual(['HTXSNV_QUOTA:warning']);
    expect(quota(group(3, 10), { kind: 'YEAR', year: 2016 })).toEqual([]);
  });

  it('refuses a group checked in a period its rule set does not review', () => {
    expect(quota(group(0, 3), { kind: 'QUARTER', year: 2024, quarter: 4 })).toEqual([
      'PERIOD_NOT_IN_RULE_SET:error',
    ]);
  });
});
