/** What the ratings API returns: explicit shapes, never raw rows. */
import { labelOf, type Period, periodLabel, type RuleSetId, ruleSetById } from './scales/index.ts';

export interface RoundRow {
  id: string;
  orgId: string;
  orgCode: string;
  orgPath: string;
  periodKind: 'YEAR' | 'QUARTER' | 'TERM';
  periodKey: string;
  year: number;
  quarter: number | null;
  periodFrom: string;
  periodTo: string;
  ruleSet: RuleSetId;
  deadline: string;
  status: string;
  note: string | null;
  openedBy: string | null;
  openedAt: string | Date;
  closedAt: string | Date | null;
  version: number;
}

export const roundPeriod = (
  r: Pick<RoundRow, 'periodKind' | 'year' | 'quarter' | 'periodFrom' | 'periodTo'>,
): Period =>
  r.periodKind === 'YEAR'
    ? { kind: 'YEAR', year: r.year }
    : r.periodKind === 'QUARTER'
      ? { kind: 'QUARTER', year: r.year, quarter: r.quarter as 1 | 2 | 3 | 4 }
      : { kind: 'TERM', from: r.periodFrom, to: r.periodTo };

const iso = (t: string | Date | null) => (t === null ? null : new Date(t).toISOString());

export function presentRound(r: RoundRow, today: string) {
  const rs = ruleSetById(r.ruleSet);
  return {
    id: r.id,
    org: { id: r.orgId, code: r.orgCode },
    period: roundPeriod(r),
    periodLabel: periodLabel(roundPeriod(r)),
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    ruleSet: { id: rs.id, name: rs.name, scored: Boolean(rs.scoring) },
    deadline: r.deadline,
    overdue: r.status === 'OPEN' && r.deadline < today,
    status: r.status,
    note: r.note,
    openedBy: r.openedBy,
    openedAt: iso(r.openedAt),
    closedAt: iso(r.closedAt),
    version: r.version,
  };
}

/** A level with its label under the rating's rule set, or null. */
export const levelOut = (ruleSet: RuleSetId, subject: 'MEMBER' | 'ORG', code: string | null) =>
  code === null ? null : { code, label: labelOf(ruleSetById(ruleSet), subject, code) };
