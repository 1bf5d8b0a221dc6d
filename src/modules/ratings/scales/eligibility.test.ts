import { describe, expect, it } from 'vitest';
import { checkRating, mustBeRated, ratingContext } from './check.ts';
import { codes, member, org } from './testing.ts';
import type { Period } from './types.ts';

const year = (y: number): Period => ({ kind: 'YEAR', year: y });
const check = (p: Period, c: ReturnType<typeof member>) => codes(checkRating(p, c));

describe('who is rated', () => {
  it('exempt members are not rated, under every rule set', () => {
    for (const y of [2016, 2020, 2024]) {
      expect(check(year(y), member('HTNV', { exempt: true }))).toEqual(['NOT_RATED:error']);
      expect(check(year(y), member(null, { exempt: true }))).toEqual([]);
    }
    // Nothing else is checked for someone not rated: no score or condition findings under 366.
    expect(check(year(2026), member('HTNV', { exempt: true, score: { total: 60 } }))).toEqual([
      'NOT_RATED:error',
    ]);
    expect(checkRating(year(2020), member('HTNV', { exempt: true }))[0]!.message).toContain(
      'Đảng viên được miễn công tác và sinh hoạt đảng: không đánh giá, xếp loại',
    );
  });

  it('probationary members are rated: a level is required', () => {
    expect(check(year(2020), member('HTTNV', { probationary: true, since: '2020-01-10' }))).toEqual([]);
    expect(check(year(2020), member(null, { probationary: true, since: '2020-01-10' }))).toEqual([
      'LEVEL_MISSING:error',
    ]);
    expect(checkRating(year(2020), member(null, { probationary: true }))[0]!.message).toContain(
      'Đảng viên dự bị phải được đánh giá, xếp loại năm 2020',
    );
  });

  it('under 132, members admitted less than 6 months before the end of the year are not rated', () => {
    expect(check(year(2020), member('HTTNV', { probationary: true, since: '2020-06-30' }))).toEqual([]);
    expect(check(year(2020), member('HTTNV', { probationary: true, since: '2020-07-01' }))).toEqual([
      'NOT_RATED:error',
    ]);
    expect(check(year(2020), member(null, { probationary: true, since: '2020-07-01' }))).toEqual([]);
    expect(check(year(2020), org('HTTNV', { since: '2020-09-01' }))).toEqual(['NOT_RATED:error']);
  });

  it('suspended members are not rated: refused under 132, a warning under 124', () => {
    expect(check(year(2020), member('HTNV', { suspended: true }))).toEqual(['NOT_RATED:error']);
    expect(check(year(2024), member('HTNV', { suspended: true }))).toEqual(['NOT_RATED:warning']);
  });
});

describe('mustBeRated, for the proposal sheet', () => {
  it('is true for probationary and ordinary members, false for the exempt and the too new', () => {
    const ctx = ratingContext(year(2020));
    expect(mustBeRated(ctx, member('HTTNV', { probationary: true, since: '2020-03-01' }))).toBe(true);
    expect(mustBeRated(ctx, member(null))).toBe(true);
    expect(mustBeRated(ctx, member('HTTNV', { exempt: true }))).toBe(false);
    expect(mustBeRated(ctx, member(null, { since: '2020-10-01' }))).toBe(false);
    // Before 2018 no six-month rule was found: a member admitted in October is rated.
    expect(mustBeRated(ratingContext(year(2016)), member(null, { since: '2016-10-01' }))).toBe(true);
  });
});
