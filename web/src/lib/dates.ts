import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';
const ISO = 'YYYY-MM-DD';

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; empty stays empty. Legal dates are dates: no time zone involved. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A UTC timestamp shown in Vietnam's time (UTC+7, no daylight saving). */
export function formatTimestamp(ts: string | null | undefined): string {
  if (!ts) return '';
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  const vn = new Date(d.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(vn.getUTCHours())}:${p(vn.getUTCMinutes())} ${p(vn.getUTCDate())}/${p(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}`;
}

export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format(ISO) : null);
export const fromIso = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso, ISO) : null);

/** Today in Vietnam as 'YYYY-MM-DD', whatever the computer's time zone. */
export function todayIso(): string {
  const vn = new Date(Date.now() + 7 * 3600_000);
  return vn.toISOString().slice(0, 10);
}
