/**
 * The statistics' definitions as pure functions (docs/statistics.md). No I/O, no clock: the SQL
 * counts members by each attribute's raw value; these functions turn those counts into the report's
 * figures and breakdowns.
 */

import { CODE_LISTS, type CodeListName, isEthnicMinority } from '../../vn/codes/index.ts';
import { ageBuckets } from './ageBuckets.ts';

export const UNKNOWN = 'UNKNOWN';
export const UNKNOWN_LABEL = 'Chưa rõ';
/** Religion breakdowns: a member with no religion recorded follows none (members form, mẫu 2-HSĐV). */
export const NO_RELIGION = 'NONE';
export const NO_RELIGION_LABEL = 'Không theo tôn giáo';

export interface BreakdownEntry {
  code: string;
  label: string;
  count: number;
}

export const BREAKDOWNS = [
  'gender',
  'ethnicity',
  'ageBand',
  'education',
  'professional',
  'politicalTheory',
  'occupation',
  'religion',
  'religiousAdherence',
] as const;
export type BreakdownName = (typeof BREAKDOWNS)[number];

/** The dimensions the structure query groups by (one grouping set each), and the total. */
export const DIMENSIONS = [
  'total',
  'gender',
  'ethnicity',
  'ageBucket',
  'education',
  'professional',
  'politicalTheory',
  'occupation',
  'religion',
  'religiousAdherence',
  'status',
  'exemption',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One row of the structure query: how many members had this value of this dimension. */
export interface GroupCount {
  dim: Dimension;
  code: string | null;
  n: number;
}

export interface MemberFigures {
  total: number;
  female: number;
  ethnicMinority: number;
  probationary: number;
  official: number;
  exempted: number;
  temporarilyExempted: number;
  religious: number;
}

/**
 * Every code of the list in the list's order (zero counts included), then extra entries (for
 * religion: "none"), then "unknown" when some values are missing or not in the list. Sums to the total.
 */
export function breakdown(
  list: CodeListName,
  counts: ReadonlyMap<string | null, number>,
  extra: readonly { code: string; label: string }[] = [],
): BreakdownEntry[] {
  const entries: BreakdownEntry[] = [...CODE_LISTS[list].items, ...extra].map((item) => ({
    code: item.code,
    label: item.label,
    count: counts.get(item.code) ?? 0,
  }));
  const known = new Set(entries.map((e) => e.code));
  let unknown = 0;
  for (const [code, n] of counts) if (code === null || !known.has(code)) unknown += n;
  if (unknown) entries.push({ code: UNKNOWN, label: UNKNOWN_LABEL, count: unknown });
  return entries;
}

/** Members by age bucket (ageBuckets.ts: null for no birth date) counted into the statistics' bands. */
export function ageBandCounts(byBucket: ReadonlyMap<string | null, number>, asOf: string) {
  const { bands } = ageBuckets(asOf);
  const out = new Map<string | null, number>();
  for (const [bucket, n] of byBucket) {
    const band = bucket === null ? null : (bands[Number(bucket)] ?? null);
    out.set(band, (out.get(band) ?? 0) + n);
  }
  return out;
}

export function buildStructure(rows: readonly GroupCount[], asOf: string) {
  const by = new Map<Dimension, Map<string | null, number>>(DIMENSIONS.map((d) => [d, new Map()]));
  for (const r of rows) {
    const m = by.get(r.dim)!;
    m.set(r.code, (m.get(r.code) ?? 0) + r.n);
  }
  const get = (dim: Dimension, code: string | null) => by.get(dim)!.get(code) ?? 0;
  const total = get('total', null);
  let ethnicMinority = 0;
  for (const [code, n] of by.get('ethnicity')!) if (code && isEthnicMinority(code)) ethnicMinority += n;
  const none = [{ code: NO_RELIGION, label: NO_RELIGION_LABEL }];
  const members: MemberFigures = {
    total,
    female: get('gender', 'NU'),
    ethnicMinority,
    probationary: get('status', 'PROBATIONARY'),
    official: get('status', 'OFFICIAL'),
    exempted: get('exemption', 'EXEMPT'),
    temporarilyExempted: get('exemption', 'TEMPORARY'),
    religious: total - get('religion', NO_RELIGION),
  };
  const breakdowns: Record<BreakdownName, BreakdownEntry[]> = {
    gender: breakdown('gender', by.get('gender')!),
    ethnicity: breakdown('ethnicity', by.get('ethnicity')!),
    ageBand: breakdown('ageBand', ageBandCounts(by.get('ageBucket')!, asOf)),
    education: breakdown('education', by.get('education')!),
    professional: breakdown('professional', by.get('professional')!),
    politicalTheory: breakdown('politicalTheory', by.get('politicalTheory')!),
    occupation: breakdown('occupation', by.get('occupation')!),
    religion: breakdown('religion', by.get('religion')!, none),
    religiousAdherence: breakdown('religiousAdherence', by.get('religiousAdherence')!, none),
  };
  return { members, breakdowns };
}

/** How the changes query labels a member's entry into or exit from the subtree. */
export type EntryCause = 'admitted' | 'readmitted' | 'transferredIn';
export type ExitCause = 'died' | 'expelled' | 'removed' | 'resigned' | 'admissionAnnulled' | 'transferredOut';

/**
 * A member entering the subtree: by the cause that opened their period when they had no period the
 * day before (admission, re-admission, arrival from outside the installation); any entry from an
 * org outside the subtree (a transfer accepted, a move, a merge, an org moved in) is a transfer in.
 * `moved` = the member had a period the day before (in another org, or the same org moved in).
 */
export function entryCause(startCause: string | null, moved: boolean): EntryCause {
  if (moved) return 'transferredIn';
  if (startCause === 'ADMISSION') return 'admitted';
  if (startCause === 'READMISSION') return 'readmitted';
  return 'transferredIn';
}

/**
 * A member leaving the subtree: by the cause that closed their period when they have no period the
 * next day (Điều lệ Đảng 2011: từ trần, khai trừ, xóa tên, xin ra khỏi Đảng; hủy quyết định kết
 * nạp; a probation not recognized ends in removal from the roll); leaving for an org outside the
 * subtree or outside the installation is a transfer out.
 */
export function exitCause(endCause: string | null, moved: boolean): ExitCause {
  if (moved) return 'transferredOut';
  switch (endCause) {
    case 'DIED':
      return 'died';
    case 'EXPELLED':
      return 'expelled';
    case 'REMOVED':
    case 'RECOGNITION_REFUSED':
      return 'removed';
    case 'RESIGNED':
      return 'resigned';
    case 'ADMISSION_ANNULLED':
      return 'admissionAnnulled';
    default:
      return 'transferredOut';
  }
}

export interface ChangeFigures {
  startCount: number;
  endCount: number;
  increase: { total: number; admitted: number; readmitted: number; transferredIn: number };
  decrease: {
    total: number;
    died: number;
    expelled: number;
    removed: number;
    resigned: number;
    admissionAnnulled: number;
    transferredOut: number;
  };
}

/** Sums the changes query's rows (direction, cause, moved, n) into the report's figures. */
export function buildChanges(
  rows: readonly {
    direction: 'in' | 'out' | 'start' | 'end';
    cause: string | null;
    moved: boolean;
    n: number;
  }[],
): ChangeFigures {
  let startCount = 0;
  let endCount = 0;
  const increase = { total: 0, admitted: 0, readmitted: 0, transferredIn: 0 };
  const decrease = {
    total: 0,
    died: 0,
    expelled: 0,
    removed: 0,
    resigned: 0,
    admissionAnnulled: 0,
    transferredOut: 0,
  };
  for (const r of rows) {
    if (r.direction === 'start') startCount += r.n;
    else if (r.direction === 'end') endCount += r.n;
    else if (r.direction === 'in') {
      increase[entryCause(r.cause, r.moved)] += r.n;
      increase.total += r.n;
    } else {
      decrease[exitCause(r.cause, r.moved)] += r.n;
      decrease.total += r.n;
    }
  }
  return { startCount, endCount, increase, decrease };
}
