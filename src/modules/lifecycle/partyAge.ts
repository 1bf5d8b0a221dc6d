/**
 * Party age and badge milestones, from a member's derived periods. Pure.
 *
 * Party age counts from the date of the (first) admission decision, minus the time outside the party
 * (Điều lệ Đảng Điều 5.4; Hướng dẫn 01-HD/TW 2021 mục 5.3). Periods start on the decision date, so
 * the gaps between them are exactly the time outside. A member who arrived from outside the
 * installation was a member before their first period: from their profile's decision date.
 */
import { addDays, addMonths, daysBetween } from '../../vn/dates.ts';

export interface PeriodSpan {
  validFrom: string;
  validTo: string | null;
}

/** Days outside the party between the first start and `on`. */
function gapDaysBefore(periods: readonly PeriodSpan[], on: string): number {
  let gaps = 0;
  for (let i = 1; i < periods.length; i++) {
    const prevEnd = periods[i - 1]!.validTo;
    const start = periods[i]!.validFrom;
    if (!prevEnd || prevEnd >= start || prevEnd >= on) continue;
    gaps += daysBetween(prevEnd, start < on ? start : on);
  }
  return gaps;
}

/** The date party age is counted from. */
export function partyAgeStart(
  periods: readonly PeriodSpan[],
  admissionDecisionDate: string | null,
): string | null {
  const first = periods[0]?.validFrom ?? null;
  if (admissionDecisionDate && (!first || admissionDecisionDate < first)) return admissionDecisionDate;
  return first;
}

/** Completed years of party age on a date (null if never a member by then). */
export function partyAgeOn(
  periods: readonly PeriodSpan[],
  admissionDecisionDate: string | null,
  asOf: string,
): number | null {
  let on = asOf;
  const start = partyAgeStart(periods, admissionDecisionDate);
  if (!start || start > on) return null;
  // A former member's party age stops growing when their membership ended.
  const lastEnd = periods.at(-1)?.validTo;
  if (lastEnd && lastEnd < on) on = lastEnd;
  const shifted = addDays(on, -gapDaysBefore(periods, on));
  let years = 0;
  while (addMonths(start, 12 * (years + 1)) <= shifted) years++;
  return years;
}

/** Badge milestones in years of party age (Hướng dẫn 01-HD/TW 2021 mục 18). */
export const BADGE_YEARS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

/** Usual award days (3/2, 19/5, 2/9, 7/11) as MM-DD. */
export const BADGE_AWARD_DAYS = ['02-03', '05-19', '09-02', '11-07'] as const;

/** The first usual award day on or after a date. */
export function nextAwardDay(from: string): string {
  const year = Number(from.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const md of BADGE_AWARD_DAYS) {
      const d = `${y}-${md}`;
      if (d >= from) return d;
    }
  }
  return `${year + 1}-${BADGE_AWARD_DAYS[0]}`;
}

export interface BadgeMilestone {
  years: number;
  /** The day the member completes that party age, assuming no further gaps. */
  reachedOn: string;
  /** The usual award day at or after it. */
  awardOn: string;
}

/** The next badge milestone a current member reaches on or after `on`. */
export function nextBadge(
  periods: readonly PeriodSpan[],
  admissionDecisionDate: string | null,
  on: string,
): BadgeMilestone | null {
  const start = partyAgeStart(periods, admissionDecisionDate);
  if (!start) return null;
  const gaps = gapDaysBefore(periods, on);
  for (const years of BADGE_YEARS) {
    const reachedOn = addDays(addMonths(start, 12 * years), gaps);
    if (reachedOn >= on) return { years, reachedOn, awardOn: nextAwardDay(reachedOn) };
  }
  return null;
}
