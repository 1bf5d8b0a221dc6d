import { describe, expect, it } from 'vitest';
import { monthsBetween, windowFigures } from '../../meetings/rules.ts';
import { type CommitteeOrgFacts, planCommitteeMeetings } from './committees.ts';
import type { PeriodFacts } from './meetings.ts';

// 60 grassroots committees, each with a cell of nine official members (a chi ủy) and one of eight.
const orgs: CommitteeOrgFacts[] = Array.from({ length: 60 }, (_, i) => [
  { id: `d${i}`, path: `/P/d${i}/`, name: `Đảng bộ ${i}`, kind: 'DANG_BO_CO_SO', since: '2010-01-01' },
  { id: `d${i}a`, path: `/P/d${i}/a/`, name: `Chi bộ ${i}A`, kind: 'CHI_BO_TRUC_THUOC', since: '2010-01-01' },
  { id: `d${i}b`, path: `/P/d${i}/b/`, name: `Chi bộ ${i}B`, kind: 'CHI_BO_TRUC_THUOC', since: '2010-01-01' },
]).flat();
// A committee established in May and a cell whose ninth official member came in March.
orgs.push({ id: 'new', path: '/P/new/', name: 'Đảng bộ mới', kind: 'DANG_BO_CO_SO', since: '2026-05-15' });
const member = (orgId: string, k: number, extra: Partial<PeriodFacts> = {}): PeriodFacts => ({
  memberId: `${orgId}m${k}`,
  orgId,
  hostOrgId: null,
  exemption: null,
  status: 'OFFICIAL',
  validFrom: '2010-01-01',
  validTo: null,
  ...extra,
});
const periods: PeriodFacts[] = orgs.flatMap((o) =>
  o.id.endsWith('a')
    ? Array.from({ length: 9 }, (_, k) => member(o.id, k, k === 0 ? { exemption: 'EXEMPT' } : {}))
    : o.id.endsWith('b')
      ? Array.from({ length: 8 }, (_, k) => member(o.id, k))
      : [],
);
const asOf = '2026-11-23';
let n = 0;
const plan = () =>
  planCommitteeMeetings(orgs, periods, { seed: 3, asOf, newId: () => `id${n++}`, focusCellId: 'd0a' });

describe('the demo year of committee meetings and conferences', () => {
  const meetings = plan();
  const of = (id: string, kind: string) => meetings.filter((m) => m.cellId === id && m.kind === kind);

  it('is the same for the same seed, and holds nothing on or after today', () => {
    n = 0;
    expect(plan().map((m) => [m.cellId, m.kind, m.heldOn])).toEqual(
      meetings.map((m) => [m.cellId, m.kind, m.heldOn]),
    );
    expect(meetings.every((m) => m.heldOn === m.plannedDate && m.plannedDate < asOf)).toBe(true);
    expect(meetings.every((m) => (m.month < '2026-11' ? m.status === 'CLOSED' : m.status === 'HELD'))).toBe(
      true,
    );
  });

  it('only committees meet: đảng ủy and chi bộ with nine official members, not one with eight', () => {
    expect(meetings.filter((m) => m.cellId.endsWith('b'))).toEqual([]);
    expect(of('d0a', 'CONGRESS')).toEqual([]);
    // The focus cell never skips: December to November, one a month, early in the month.
    expect(of('d0a', 'COMMITTEE').map((m) => m.month)).toHaveLength(12);
    expect(of('d0a', 'COMMITTEE').every((m) => Number(m.plannedDate.slice(8)) <= 5)).toBe(true);
    // Nothing before the org existed.
    expect(of('new', 'COMMITTEE').every((m) => m.plannedDate >= '2026-05-15')).toBe(true);
    expect(of('new', 'CONGRESS').map((m) => m.month)).toEqual(['2026-07']);
  });

  it('the chi ủy records three official members expected at the cell; a đảng ủy lists no one', () => {
    for (const m of of('d1a', 'COMMITTEE')) {
      expect(m.attendance).toHaveLength(3);
      expect(m.attendance.map((a) => a.memberId)).not.toContain('d1am0');
      expect(m.counts).toMatchObject({ expected: 3, unexcused: 0 });
    }
    expect(of('d1', 'COMMITTEE').every((m) => m.attendance.length === 0 && m.counts?.expected === 0)).toBe(
      true,
    );
  });

  it('leaves a few committees short of meetings and a few short of a conference, most not', () => {
    const committees = orgs.filter((o) => !o.id.endsWith('b') && o.id !== 'new');
    const short = committees.filter(
      (o) =>
        windowFigures(
          monthsBetween('2026-01-01', '2026-10-01'),
          of(o.id, 'COMMITTEE').map((m) => m.month),
          1,
          '2026-11',
        ).missed.length > 0,
    );
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(committees.length / 5);
    const conferences = orgs.filter((o) => o.kind === 'DANG_BO_CO_SO' && o.id !== 'new');
    const halves = conferences.map((o) => of(o.id, 'CONGRESS').map((m) => m.month));
    expect(halves.filter((h) => h.length === 2).length).toBeGreaterThan(conferences.length * 0.8);
    expect(halves.some((h) => h.length === 1)).toBe(true);
    expect(halves.flat().every((m) => m === '2026-01' || m === '2026-07')).toBe(true);
  });
});
