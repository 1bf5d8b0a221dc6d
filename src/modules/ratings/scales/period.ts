/** Review periods as date ranges, and their Vietnamese names. */
import type { IsoDate } from '../../../vn/dates.ts';
import type { Period } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const QUARTER_END_DAY = ['31', '30', '30', '31'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** First and last day of the period, both inclusive. */
export function periodRange(p: Period): { from: IsoDate; to: IsoDate } {
  if (p.kind === 'YEAR') return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
  if (p.kind === 'QUARTER') {
    const first = (p.quarter - 1) * 3 + 1;
    return {
      from: `${p.year}-${pad(first)}-01`,
      to: `${p.year}-${pad(first + 2)}-${QUARTER_END_DAY[p.quarter - 1]}`,
    };
  }
  return { from: p.from, to: p.to };
}

export const inPeriod = (p: Period, date: IsoDate): boolean => {
  const { from, to } = periodRange(p);
  return date >= from && date <= to;
};

/** "năm 2025", "quý III/2025", "nhiệm kỳ 2020–2025". */
export function periodLabel(p: Period): string {
  if (p.kind === 'YEAR') return `năm ${p.year}`;
  if (p.kind === 'QUARTER') return `quý ${ROMAN[p.quarter - 1]}/${p.year}`;
  return `nhiệm kỳ ${p.from.slice(0, 4)}–${p.to.slice(0, 4)}`;
}

export const PERIOD_KIND_LABELS = { TERM: 'nhiệm kỳ', YEAR: 'hằng năm', QUARTER: 'hằng quý' } as const;

/** The key a period is stored under (ratings.period_key, rating_rounds.period_key): 'Y2025', 'Q2025-3', 'T2020-10-01_2025-09-30'. */
export function periodKey(p: Period): string {
  if (p.kind === 'YEAR') return `Y${p.year}`;
  if (p.kind === 'QUARTER') return `Q${p.year}-${p.quarter}`;
  return `T${p.from}_${p.to}`;
}

/** The period a key names (periodKey's inverse), or null for a key that is not one. */
export function periodFromKey(key: string): Period | null {
  let m = /^Y(\d{4})$/.exec(key);
  if (m) return { kind: 'YEAR', year: Number(m[1]) };
  m = /^Q(\d{4})-([1-4])$/.exec(key);
  if (m) return { kind: 'QUARTER', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = /^T(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m ? { kind: 'TERM', from: m[1]!, to: m[2]! } : null;
}
