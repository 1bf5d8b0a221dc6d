/**
 * The targets the shares are held against, as the seeds' resolutions set them (DOMAIN.md, "Targets in
 * the seeds"; seeds/002, first target): more than 90% of grassroots orgs and of members rated
 * "hoàn thành tốt nhiệm vụ trở lên" each year, and 10–15% of members "hoàn thành xuất sắc nhiệm vụ".
 * The report applies both to each group (grassroots orgs, subordinate cells, members) so a committee
 * sees all three against the same bar.
 */
export interface Target {
  /** Share in percent the result must exceed (exclusive) or reach (inclusive). */
  min: number;
  minExclusive: boolean;
  /** Upper bound in percent, inclusive; null when there is none. */
  max: number | null;
}

export const GOOD_OR_BETTER_TARGET: Target = { min: 90, minExclusive: true, max: null };
export const EXCELLENT_TARGET: Target = { min: 10, minExclusive: false, max: 15 };

/** Whether count out of rated meets the target; null when nobody was rated. Exact, in integers. */
export function meets(target: Target, count: number, rated: number): boolean | null {
  if (rated === 0) return null;
  const low = target.minExclusive ? count * 100 > target.min * rated : count * 100 >= target.min * rated;
  return low && (target.max === null || count * 100 <= target.max * rated);
}
