import { describe, expect, it } from 'vitest';
import { summarizeAttendance } from '../../meetings/rules.ts';
import { type CellFacts, type PeriodFacts, planMeetings } from './meetings.ts';

const cells: CellFacts[] = Array.from({ length: 60 }, (_, i) => ({
  id: `c${i}`,
  path: `/P/c${i}/`,
  name: `Chi bộ ${i}`,
}));
const periods: PeriodFacts[] = cells.flatMap((c, i) =>
  Array.from({ length: 10 }, (_, k) => ({
    memberId: `${c.id}m${k}`,
    orgId: c.id,
    hostOrgId: k === 9 ? cells[(i + 1) % cells.length]!.id : null,
    exemption: k === 8 ? ('EXEMPT' as const) : null,
    status: k < 7 ? ('OFFICIAL' as const) : ('PROBATIONARY' as const),
    validFrom: '2010-01-01',
    validTo: null,
  })),
);
let n = 0;
const plan = () =>
  planMeetings(cells, periods, { seed: 1, asOf: '2026-12-02', newId: () => `id${n++}`, focusCellId: 'c0' });

describe('the demo year of meetings', () => {
  const meetings = plan();
  it('is the same for the same seed', () => {
    n = 0;
    const again = plan();
    expect(again.map((m) => [m.cellId, m.plannedDate, m.qualityLevel])).toEqual(
      meetings.map((m) => [m.cellId, m.plannedDate, m.qualityLevel]),
    );
  });
  it('has realistic gaps: some months skipped, some plans late, next month partly planned; the demo cell never skips', () => {
    const regular = meetings.filter((m) => m.kind === 'REGULAR' && m.month <= '2026-12');
    expect(regular.length).toBeLessThan(cells.length * 12);
    expect(regular.length).toBeGreaterThan(cells.length * 10);
    expect(meetings.filter((m) => m.cellId === 'c0' && m.kind === 'REGULAR')).toHaveLength(13);
    expect(meetings.some((m) => m.plannedOn > `${m.month}-00` && m.plannedOn.slice(0, 7) === m.month)).toBe(
      true,
    );
    const january = meetings.filter((m) => m.month === '2027-01');
    expect(january.length).toBeGreaterThan(0);
    expect(january.every((m) => m.status === 'PLANNED')).toBe(true);
  });
  it('lists attendance by the same rules as the app, with counts that add up', () => {
    const held = meetings.filter((m) => m.heldOn);
    expect(held.every((m) => m.heldOn! < '2026-12-02')).toBe(true);
    for (const m of held.slice(0, 200)) {
      expect(m.counts).toMatchObject(summarizeAttendance(m.attendance));
      const exempt = m.attendance.find((a) => a.memberId.endsWith('m8'));
      expect(exempt).toMatchObject({ expected: false, status: null });
      // The member on a temporary transfer is expected at the host, not at home.
      expect(m.attendance.find((a) => a.memberId === `${m.cellId}m9`)?.expected).toBe(false);
      expect(m.attendance.some((a) => a.memberId.endsWith('m9') && a.expected)).toBe(true);
    }
    expect(held.filter((m) => m.status === 'CLOSED' && m.confirmedAssessment).length).toBeGreaterThan(0);
    expect(new Set(held.map((m) => m.qualityLevel)).size).toBeGreaterThan(1);
  });
  it('gives tasks and reviews them at a later closed meeting', () => {
    const tasks = meetings.flatMap((m) => m.tasks);
    expect(tasks.filter((t) => t.status === 'DONE').length).toBeGreaterThan(tasks.length / 2);
    expect(tasks.every((t) => (t.status === 'OPEN') === (t.reviewedIn === null))).toBe(true);
  });
});
