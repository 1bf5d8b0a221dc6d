/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian). Millions of
 * members need several dates each, so the hot path stays on integers and converts to ISO once.
 * Semantics match src/vn/dates.ts (addMonths clamps to the month's last day; ageOn counts a 29/2
 * birthday on 28/2), so the plan passes the project's own date rules.
 */
import type { IsoDate } from './types.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// H. Hinnant's days_from_civil / civil_from_days.
export function dayFromYmd(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function parseDay(iso: IsoDate): number {
  const match = ISO.exec(iso);
  const y = Number(match?.[1]);
  const m = Number(match?.[2]);
  const d = Number(match?.[3]);
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Invalid ISO date: ${JSON.stringify(iso)}`);
  }
  return dayFromYmd(y, m, d);
}

export function formatDay(day: number): IsoDate {
  const [y, m, d] = ymdFromDay(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Calendar months; a day missing in the target month becomes that month's last day. */
export function addMonthsDay(day: number, months: number): number {
  const [y, m, d] = ymdFromDay(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return dayFromYmd(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addYearsDay(day: number, years: number): number {
  return addMonthsDay(day, 12 * years);
}

/** Completed years of age on a day. */
export function ageOnDay(birth: number, on: number): number {
  const [by, bm, bd] = ymdFromDay(birth);
  const [oy, om, od] = ymdFromDay(on);
  let years = oy - by;
  const birthday = Math.min(bd, daysInMonth(oy, bm));
  if (om < bm || (om === bm && od < birthday)) years -= 1;
  return years;
}
