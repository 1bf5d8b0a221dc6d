/** A legal date as `YYYY-MM-DD` (the wire and storage format). Legal dates are dates, not timestamps. */
export type IsoDate = string;

// Records of party members reach back to births around 1900; nothing plausible lies past 2200, and a
// bounded range catches typos like 0202 or 20205 early.
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Same separator twice: "5/3/1990", "05.03.1990", "05-03-1990".
const VN_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

type Ymd = { y: number; m: number; d: number };

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isValidYmd({ y, m, d }: Ymd): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso({ y, m, d }: Ymd): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function parseIso(s: string): Ymd | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

// Arithmetic on a malformed date is a programming error upstream, not user input to recover from.
function mustParse(iso: IsoDate): Ymd {
  const ymd = parseIso(iso);
  if (!ymd) throw new RangeError(`Invalid ISO date: ${JSON.stringify(iso)}`);
  return ymd;
}

function mustBeInteger(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`Expected an integer, got ${n}`);
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), so date
// arithmetic needs no Date object and no time zone.
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** A real calendar date written `YYYY-MM-DD`, year 1900–2200. */
export function isValidIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && parseIso(s) !== null;
}

/** Reads "dd/mm/yyyy" or "d/m/yyyy" (also with "." or "-"); null when it is not a real date. */
export function parseVnDate(s: string): IsoDate | null {
  const match = VN_DATE.exec(s.trim());
  if (!match) return null;
  const ymd = { y: Number(match[4]), m: Number(match[3]), d: Number(match[1]) };
  return isValidYmd(ymd) ? toIso(ymd) : null;
}

/** "dd/mm/yyyy" for screens; "" for a missing date. Throws on a malformed date. */
export function formatVnDate(iso: IsoDate | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const { y, m, d } = mustParse(iso);
  return `${pad(d, 2)}/${pad(m, 2)}/${pad(y, 4)}`;
}

/** -1, 0 or 1, usable as a sort comparator; ISO dates order like strings. */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  mustBeInteger(n);
  return toIso(fromDayNumber(toDayNumber(mustParse(iso)) + n));
}

/** Whole days from `a` to `b` (negative when b precedes a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(mustParse(b)) - toDayNumber(mustParse(a));
}

/** Calendar months; a day missing in the target month becomes its last day (31/1 + 1 → 28/2 or 29/2). */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  mustBeInteger(n);
  const { y, m, d } = mustParse(iso);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return toIso({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/**
 * Completed years of age on a date. Someone born on 29/2 completes a year on 28/2 in common years,
 * the same day addMonths(birth, 12 * n) gives, so `ageOn(b, d) >= n` ⇔ `d >= addMonths(b, 12 * n)`.
 * Negative when `on` precedes `birth`.
 */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = mustParse(birth);
  const o = mustParse(on);
  let years = o.y - b.y;
  const birthdayThisYear = Math.min(b.d, daysInMonth(o.y, b.m));
  if (o.m < b.m || (o.m === b.m && o.d < birthdayThisYear)) years -= 1;
  return years;
}

function weekdayOfDayNumber(days: number): number {
  // 1970-01-01 was a Thursday.
  return (((days + 4) % 7) + 7) % 7;
}

function isWorkingDayNumber(days: number, holidays: ReadonlySet<IsoDate>): boolean {
  const dow = weekdayOfDayNumber(days);
  return dow !== 0 && dow !== 6 && !holidays.has(toIso(fromDayNumber(days)));
}

/** 0 = Sunday … 6 = Saturday, as Date.prototype.getUTCDay. */
export function dayOfWeek(iso: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(mustParse(iso)));
}

/** Monday to Friday and not a listed holiday. */
export function isWorkingDay(iso: IsoDate, holidays: ReadonlySet<IsoDate> = new Set()): boolean {
  return isWorkingDayNumber(toDayNumber(mustParse(iso)), holidays);
}

/**
 * The n-th working day after `iso` (before it when n is negative); `iso` itself for n = 0. Deadlines
 * such as "within 30 working days of the decision" end on addWorkingDays(decision, 30).
 */
export function addWorkingDays(iso: IsoDate, n: number, holidays: ReadonlySet<IsoDate> = new Set()): IsoDate {
  mustBeInteger(n);
  const step = n < 0 ? -1 : 1;
  let days = toDayNumber(mustParse(iso));
  let remaining = Math.abs(n);
  while (remaining > 0) {
    days += step;
    if (isWorkingDayNumber(days, holidays)) remaining -= 1;
  }
  return toIso(fromDayNumber(days));
}
