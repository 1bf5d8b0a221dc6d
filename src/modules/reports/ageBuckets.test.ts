import { describe, expect, it } from 'vitest';
import { ageBandOf } from '../../vn/codes/index.ts';
import { addDays, ageOn } from '../../vn/dates.ts';
import { ageBuckets } from './ageBuckets.ts';

/** PostgreSQL's width_bucket(operand, thresholds) for an ascending array: how many thresholds are <= it. */
const widthBucket = (b: string, thresholds: readonly string[]) => thresholds.filter((t) => t <= b).length;

describe('ageBuckets', () => {
  it.each([
    '2025-12-31',
    '2024-02-29',
    '2025-02-28',
    '2025-03-01',
    '2024-03-01',
    '2026-01-01',
    '2000-02-29',
    '2021-10-14',
  ])('bands every birth date as the completed-years rule does, as of %s', (asOf) => {
    const { thresholds, bands } = ageBuckets(asOf);
    expect([...thresholds].sort()).toEqual(thresholds);
    // Every birth date within four days of a threshold, and a sweep of a day a week over 90 years.
    const births = new Set<string>();
    for (const t of thresholds) for (let k = -4; k <= 4; k++) births.add(addDays(t, k));
    for (let k = 0; k < 90 * 52; k++) births.add(addDays(asOf, -7 * k));
    for (const b of births) expect(bands[widthBucket(b, thresholds)], b).toBe(ageBandOf(ageOn(b, asOf)));
  });

  it('puts 29 February births in the right band on a non-leap as-of date', () => {
    // Born 29/2/1964: 61 on 28/2/2025 (in a non-leap year the birthday falls on 28/2).
    const { thresholds, bands } = ageBuckets('2025-02-28');
    expect(bands[widthBucket('1964-02-29', thresholds)]).toBe('61+');
    const before = ageBuckets('2025-02-27');
    expect(before.bands[widthBucket('1964-02-29', before.thresholds)]).toBe('56-60');
  });
});
