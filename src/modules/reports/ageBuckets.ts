/**
 * Age bands as date ranges. The structure query cannot band ages itself without a second copy of the
 * completed-years rule, and grouping by raw birth date (≈ 25,000 values) kept a large hash table of
 * its own and ruled out a parallel plan. So TypeScript turns the as-of date into the birth dates where
 * a band starts, SQL buckets birth dates with `width_bucket`, and each bucket's band is read back
 * through the one rule (`ageOn`, `ageBandOf`).
 */
import { AGE_BAND, type AgeBand, ageBandOf, ageBandRange } from '../../vn/codes/index.ts';
import { addDays, ageOn, type IsoDate } from '../../vn/dates.ts';

export interface AgeBuckets {
  /** Ascending birth dates: bucket 0 is before the first, bucket i from the i-th (1-based) on. */
  thresholds: IsoDate[];
  /** The band of each bucket (thresholds.length + 1 of them); null under 18. */
  bands: (AgeBand | null)[];
}

/** The latest birth date at which a person is at least `age` completed years old on `asOf`. */
function latestBirthForAge(asOf: IsoDate, age: number): IsoDate {
  const year = String(Number(asOf.slice(0, 4)) - age).padStart(4, '0');
  // Start at the same month and day `age` years earlier (29/2 falls back to 28/2), then settle.
  let d = `${year}-${asOf.slice(5, 7)}-01`;
  d = addDays(d, Math.min(Number(asOf.slice(8, 10)), 28) - 1);
  while (ageOn(addDays(d, 1), asOf) >= age) d = addDays(d, 1);
  while (ageOn(d, asOf) < age) d = addDays(d, -1);
  return d;
}

export function ageBuckets(asOf: IsoDate): AgeBuckets {
  // Each band's youngest age, oldest band first, so the thresholds come out ascending.
  const minAges = AGE_BAND.items.map(({ code }) => ageBandRange(code).minAge).sort((a, b) => b - a);
  const thresholds = minAges.map((age) => addDays(latestBirthForAge(asOf, age), 1));
  const representatives = [addDays(thresholds[0]!, -1), ...thresholds];
  return { thresholds, bands: representatives.map((b) => ageBandOf(ageOn(b, asOf))) };
}
