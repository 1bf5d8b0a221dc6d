import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { RULE_SETS, ruleSetFor, ruleSetOn } from './registry.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { codes, member } from './testing.ts';
import type { Period } from './types.ts';

const year = (y: number): Period => ({ kind: 'YEAR', year: y });
const quarter = (y: number, q: 1 | 2 | 3 | 4): Period => ({ kind: 'QUARTER', year: y, quarter: q });

describe('which rule set governs a period', () => {
  it('lists the rule sets oldest first', () => {
    const dates = RULE_SETS.map((r) => r.effectiveFrom ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('switches on each regulation’s first day', () => {
    expect(ruleSetOn('2018-03-07').id).toBe('UNTIL_2017');
    expect(ruleSetOn('2018-03-08').id).toBe('QD132');
    expect(ruleSetOn('2023-10-03').id).toBe('QD132');
    expect(ruleSetOn('2023-10-04').id).toBe('QD124');
    expect(ruleSetOn('2025-08-29').id).toBe('QD124');
    expect(ruleSetOn('2025-08-30').id).toBe('QD366');
  });

  it('rates a year under the rule set in force at its end', () => {
    expect([2010, 2017, 2018, 2022, 2023, 2024, 2026].map((y) => ruleSetFor(year(y)).id)).toEqual([
      'UNTIL_2017',
      'UNTIL_2017',
      'QD132',
      'QD132',
      'QD124',
      'QD124',
      'QD366',
    ]);
  });

  it('rates the annual review of 2025 under 366 by default, under 124 when set', () => {
    expect(DEFAULT_SETTINGS.annualRuleSet[2025]).toBe('QD366');
    expect(ruleSetFor(year(2025)).id).toBe('QD366');
    const settings = { ...DEFAULT_SETTINGS, annualRuleSet: { 2025: 'QD124' as const } };
    expect(ruleSetFor(year(2025), settings).id).toBe('QD124');
    // The setting concerns the annual review only: quarters still follow their dates.
    expect(ruleSetFor(quarter(2025, 4), settings).id).toBe('QD366');
  });

  it('rates a quarter before 30/8/2025 under 124, which has no quarterly review, and one after under 366', () => {
    expect(ruleSetFor(quarter(2025, 2)).id).toBe('QD124');
    expect(codes(checkRating(quarter(2025, 2), member('HTTNV')))).toEqual(['PERIOD_NOT_IN_RULE_SET:error']);
    expect(checkRating(quarter(2025, 2), member('HTTNV'))[0]!.message).toContain(
      'không có kỳ đánh giá hằng quý',
    );
    expect(ruleSetFor(quarter(2025, 3)).id).toBe('QD366');
    const after = checkRating(
      quarter(2025, 3),
      member('HTTNV', {
        score: { total: 75 },
        shortcomingsRemedied: true,
        tasks: { assigned: 4, completed: 4, onTime: 4, exceeded: 0 },
      }),
    );
    expect(after).toEqual([]);
  });

  it('applies the 2025 setting to what is checked: a score decides under 366, not under 124', () => {
    const c = member('HTXSNV', { score: { total: 85 } });
    expect(codes(checkRating(year(2025), c))).toContain('LEVEL_ABOVE_SCORE:error');
    const under124 = checkRating(year(2025), c, { ...DEFAULT_SETTINGS, annualRuleSet: { 2025: 'QD124' } });
    expect(codes(under124)).toEqual(['SCORE_NOT_USED:warning']);
  });

  it('rates a term only under 366', () => {
    const term: Period = { kind: 'TERM', from: '2020-10-01', to: '2025-09-30' };
    expect(ruleSetFor(term).id).toBe('QD366');
    const old: Period = { kind: 'TERM', from: '2015-10-01', to: '2020-09-30' };
    expect(codes(checkRating(old, member('HTTNV')))).toEqual(['PERIOD_NOT_IN_RULE_SET:error']);
  });
});
