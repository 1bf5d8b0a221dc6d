import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { bandFor, suggestedLevel } from './score366.ts';
import { codes, member, org } from './testing.ts';
import type { Period, TaskFacts } from './types.ts';

const Y2026: Period = { kind: 'YEAR', year: 2026 };
const allOnTime = (n: number, exceeded = 0): TaskFacts => ({
  assigned: n,
  completed: n,
  onTime: n,
  exceeded,
});
/** A member meeting every condition of every level: only the score decides. */
const strong = (level: string, total: number) =>
  member(level, { score: { total }, tasks: allOnTime(10, 3), shortcomingsRemedied: true });
const check = (c: ReturnType<typeof member>) => codes(checkRating(Y2026, c));

describe('Quy định 366, Điều 11: the score bands, at their thresholds', () => {
  it('reads a total into its band, thresholds inclusive', () => {
    expect([100, 90, 89.99, 70, 69.99, 50, 49.99, 0].map(bandFor)).toEqual([
      'HTXSNV',
      'HTXSNV',
      'HTTNV',
      'HTTNV',
      'HTNV',
      'HTNV',
      'KHTNV',
      'KHTNV',
    ]);
  });

  it('HTXSNV from exactly 90, not at 89.99', () => {
    expect(check(strong('HTXSNV', 90))).toEqual([]);
    expect(check(strong('HTXSNV', 89.99))).toEqual(['LEVEL_ABOVE_SCORE:error']);
    expect(checkRating(Y2026, strong('HTXSNV', 89.5))[0]!.message).toBe(
      'Tổng điểm 89,5 chỉ đạt mức "Hoàn thành tốt nhiệm vụ" (từ 70 đến dưới 90 điểm); không thể xếp ' +
        '"Hoàn thành xuất sắc nhiệm vụ" (từ 90 điểm trở lên) (Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11)',
    );
  });

  it('HTTNV from exactly 70, HTNV from exactly 50, KHTNV below', () => {
    expect(check(strong('HTTNV', 70))).toEqual([]);
    expect(check(strong('HTTNV', 69.99))).toEqual(['LEVEL_ABOVE_SCORE:error']);
    expect(check(strong('HTNV', 50))).toEqual([]);
    expect(check(strong('HTNV', 49.99))).toEqual(['LEVEL_ABOVE_SCORE:error']);
    expect(check(strong('KHTNV', 0))).toEqual([]);
  });

  it('warns when the level is below what the score and the conditions reach', () => {
    expect(check(strong('HTTNV', 95))).toEqual(['LEVEL_BELOW_SCORE:warning']);
    // Below the band because a condition fails is the regulation working, not a warning.
    const noneExceeded = member('HTTNV', {
      score: { total: 95 },
      tasks: allOnTime(10, 0),
      shortcomingsRemedied: true,
    });
    expect(check(noneExceeded)).toEqual([]);
  });

  it('warns when there is no score to check the level against', () => {
    expect(check(member('HTTNV', { tasks: allOnTime(3) }))).toEqual(['SCORE_MISSING:warning']);
  });
});

describe('Quy định 366, Điều 11: the extra conditions of each level', () => {
  it('HTXSNV needs at least 30% of tasks exceeded: 3 of 10 is enough, 2 of 10 is not', () => {
    expect(
      check(member('HTXSNV', { score: { total: 95 }, tasks: allOnTime(10, 3), shortcomingsRemedied: true })),
    ).toEqual([]);
    const two = checkRating(
      Y2026,
      member('HTXSNV', { score: { total: 95 }, tasks: allOnTime(10, 2), shortcomingsRemedied: true }),
    );
    expect(codes(two)).toEqual(['LEVEL_CONDITIONS:error']);
    expect(two[0]!.message).toContain('ít nhất 30% nhiệm vụ hoàn thành vượt mức');
  });

  it('HTXSNV and HTTNV need every task done on time', () => {
    const late: TaskFacts = { assigned: 10, completed: 10, onTime: 9, exceeded: 5 };
    expect(
      check(member('HTXSNV', { score: { total: 95 }, tasks: late, shortcomingsRemedied: true })),
    ).toEqual(['LEVEL_CONDITIONS:error']);
    expect(check(member('HTTNV', { score: { total: 80 }, tasks: late }))).toEqual(['LEVEL_CONDITIONS:error']);
  });

  it('HTXSNV needs the shortcomings remedied', () => {
    expect(
      check(member('HTXSNV', { score: { total: 95 }, tasks: allOnTime(10, 5), shortcomingsRemedied: false })),
    ).toEqual(['LEVEL_CONDITIONS:error']);
  });

  it('an org’s HTXSNV needs no disciplined unit or leadership member', () => {
    const base = { score: { total: 92 }, tasks: allOnTime(10, 4), shortcomingsRemedied: true };
    expect(
      codes(
        checkRating(Y2026, org('HTXSNV', { ...base, disciplinedUnits: 0, leadershipDisciplined: false })),
      ),
    ).toEqual([]);
    expect(codes(checkRating(Y2026, org('HTXSNV', { ...base, disciplinedUnits: 1 })))).toEqual([
      'LEVEL_CONDITIONS:error',
    ]);
    expect(codes(checkRating(Y2026, org('HTXSNV', { ...base, leadershipDisciplined: true })))).toEqual([
      'LEVEL_CONDITIONS:error',
    ]);
  });

  it('HTNV allows at most 20% of tasks late: 2 of 10 passes, 3 of 10 fails (error for orgs, warning for members)', () => {
    const late = (onTime: number): TaskFacts => ({ assigned: 10, completed: 10, onTime, exceeded: 0 });
    expect(codes(checkRating(Y2026, org('HTNV', { score: { total: 60 }, tasks: late(8) })))).toEqual([]);
    expect(codes(checkRating(Y2026, org('HTNV', { score: { total: 60 }, tasks: late(7) })))).toEqual([
      'LEVEL_CONDITIONS:error',
    ]);
    expect(check(member('HTNV', { score: { total: 60 }, tasks: late(7) }))).toEqual([
      'LEVEL_CONDITIONS:warning',
    ]);
    const unfinished: TaskFacts = { assigned: 10, completed: 9, onTime: 9, exceeded: 0 };
    expect(codes(checkRating(Y2026, org('HTNV', { score: { total: 60 }, tasks: unfinished })))).toEqual([
      'LEVEL_CONDITIONS:error',
    ]);
  });

  it('warns when the facts to check a condition are missing', () => {
    expect(check(member('HTXSNV', { score: { total: 95 } }))).toEqual(['LEVEL_CONDITIONS_UNKNOWN:warning']);
  });

  it('refuses task counts that do not add up', () => {
    const bad: TaskFacts = { assigned: 5, completed: 6, onTime: 5, exceeded: 0 };
    expect(check(member('HTTNV', { score: { total: 80 }, tasks: bad }))).toEqual(['TASKS_INVALID:error']);
    expect(
      check(member('HTTNV', { score: { total: 80 }, tasks: { ...allOnTime(5), exceeded: 1.5 } })),
    ).toEqual(['TASKS_INVALID:error']);
  });

  it('suggests the best level the score and the conditions support', () => {
    expect(suggestedLevel(strong('HTTNV', 95))).toBe('HTXSNV');
    expect(suggestedLevel(member(null, { score: { total: 95 }, tasks: allOnTime(10, 0) }))).toBe('HTTNV');
    const late = { assigned: 10, completed: 10, onTime: 8, exceeded: 0 };
    expect(suggestedLevel(member(null, { score: { total: 95 }, tasks: late }))).toBe('HTNV');
    expect(suggestedLevel(member(null, { score: { total: 40 }, tasks: allOnTime(10, 9) }))).toBe('KHTNV');
    expect(suggestedLevel(member(null))).toBeNull();
  });
});
