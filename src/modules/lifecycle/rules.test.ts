import { describe, expect, it } from 'vitest';
import { derivePeriods, effectiveEvents, type MembershipEventFacts, periodOn } from './rules.ts';

let seq = 0;
const ev = (
  type: MembershipEventFacts['type'],
  effectiveDate: string,
  extra: Partial<MembershipEventFacts> = {},
): MembershipEventFacts => ({
  id: `e${++seq}`,
  seq,
  type,
  effectiveDate,
  orgId: 'cellA',
  correctsEventId: null,
  details: {},
  ...extra,
});

describe('derivePeriods', () => {
  it('admission then recognition gives probationary then official in the same cell', () => {
    const { periods, problems } = derivePeriods([
      ev('ADMISSION', '2020-01-10'),
      ev('RECOGNITION', '2021-01-20'),
    ]);
    expect(problems).toEqual([]);
    expect(periods).toEqual([
      { orgId: 'cellA', status: 'PROBATIONARY', validFrom: '2020-01-10', validTo: '2021-01-20' },
      { orgId: 'cellA', status: 'OFFICIAL', validFrom: '2021-01-20', validTo: null },
    ]);
    expect(periodOn(periods, '2021-01-19')?.status).toBe('PROBATIONARY');
    expect(periodOn(periods, '2021-01-20')?.status).toBe('OFFICIAL');
    expect(periodOn(periods, '2020-01-09')).toBeUndefined();
  });

  it('applies events in date order whatever order they were recorded in (back-dating)', () => {
    const { periods } = derivePeriods([
      ev('ADMISSION', '2020-01-10'),
      ev('INTERNAL_MOVE', '2022-05-01', { orgId: 'cellB' }),
      ev('RECOGNITION', '2021-01-20'),
    ]);
    expect(periods.map((p) => [p.orgId, p.status, p.validFrom])).toEqual([
      ['cellA', 'PROBATIONARY', '2020-01-10'],
      ['cellA', 'OFFICIAL', '2021-01-20'],
      ['cellB', 'OFFICIAL', '2022-05-01'],
    ]);
  });

  it('refuses recognition of an official member and anything before admission', () => {
    expect(
      derivePeriods([
        ev('ADMISSION', '2020-01-10'),
        ev('RECOGNITION', '2021-01-20'),
        ev('RECOGNITION', '2021-02-01'),
      ]).problems[0],
    ).toContain('đã là đảng viên chính thức');
    expect(
      derivePeriods([ev('RECOGNITION', '2019-01-01'), ev('ADMISSION', '2020-01-10')]).problems[0],
    ).toContain('chưa được kết nạp');
    expect(derivePeriods([ev('INTERNAL_MOVE', '2019-01-01', { orgId: 'cellB' })]).problems[0]).toContain(
      'chưa là đảng viên',
    );
  });
});

describe('effectiveEvents', () => {
  it('a correction replaces the date of the event it names; a void removes it', () => {
    const admission = ev('ADMISSION', '2020-01-10');
    const recognition = ev('RECOGNITION', '2021-01-20');
    const fix = ev('CORRECTION', '2021-02-01', {
      correctsEventId: recognition.id,
      details: { replacement: { effectiveDate: '2021-02-01' } },
    });
    expect(effectiveEvents([admission, recognition, fix]).map((e) => [e.type, e.effectiveDate])).toEqual([
      ['ADMISSION', '2020-01-10'],
      ['RECOGNITION', '2021-02-01'],
    ]);
    const voided = ev('CORRECTION', '2021-01-20', {
      correctsEventId: recognition.id,
      details: { void: true },
    });
    expect(effectiveEvents([admission, recognition, voided]).map((e) => e.type)).toEqual(['ADMISSION']);
  });
});
