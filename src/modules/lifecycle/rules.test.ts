import { describe, expect, it } from 'vitest';
import {
  derivePeriods,
  effectiveEvents,
  type MembershipEventFacts,
  periodOn,
  probationEnds,
} from './rules.ts';

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
const admitted = (date = '2020-01-10') => ev('ADMISSION', date, { details: { ceremonyDate: date } });
const problemsOf = (events: MembershipEventFacts[]) => derivePeriods(events).problems.join(' ');
const spans = (events: MembershipEventFacts[]) =>
  derivePeriods(events).periods.map((p) => [
    p.orgId,
    p.status,
    p.exemption,
    p.hostOrgId,
    p.validFrom,
    p.validTo,
    p.startCause,
    p.endCause,
  ]);

describe('derivePeriods', () => {
  it('admission then recognition gives probationary then official in the same cell', () => {
    const { periods, problems } = derivePeriods([admitted(), ev('RECOGNITION', '2021-01-20')]);
    expect(problems).toEqual([]);
    expect(spans([admitted(), ev('RECOGNITION', '2021-01-20')])).toEqual([
      ['cellA', 'PROBATIONARY', null, null, '2020-01-10', '2021-01-20', 'ADMISSION', 'RECOGNITION'],
      ['cellA', 'OFFICIAL', null, null, '2021-01-20', null, 'RECOGNITION', null],
    ]);
    expect(periodOn(periods, '2021-01-19')?.status).toBe('PROBATIONARY');
    expect(periodOn(periods, '2021-01-20')?.status).toBe('OFFICIAL');
    expect(periodOn(periods, '2020-01-09')).toBeUndefined();
  });

  it('applies events in date order whatever order they were recorded in (back-dating)', () => {
    const events = [
      admitted(),
      ev('INTERNAL_MOVE', '2022-05-01', { orgId: 'cellB' }),
      ev('RECOGNITION', '2021-01-20'),
    ];
    expect(spans(events).map((s) => [s[0], s[1], s[4]])).toEqual([
      ['cellA', 'PROBATIONARY', '2020-01-10'],
      ['cellA', 'OFFICIAL', '2021-01-20'],
      ['cellB', 'OFFICIAL', '2022-05-01'],
    ]);
  });

  it('refuses anything before admission, and admission twice', () => {
    expect(problemsOf([ev('RECOGNITION', '2019-01-01'), admitted('2020-01-01')])).toContain(
      'chưa được kết nạp',
    );
    expect(problemsOf([ev('DIED', '2019-01-01')])).toContain('chưa được kết nạp');
    expect(problemsOf([admitted(), admitted('2021-01-01')])).toContain('đã là đảng viên');
  });

  describe('recognition (Điều lệ Điều 5: 12 months of probation from the ceremony)', () => {
    it('is allowed on the day probation ends and refused the day before', () => {
      const a = ev('ADMISSION', '2020-01-05', { details: { ceremonyDate: '2020-01-10' } });
      expect(problemsOf([a, ev('RECOGNITION', '2021-01-10')])).toBe('');
      expect(problemsOf([a, ev('RECOGNITION', '2021-01-09')])).toContain('chưa đủ 12 tháng');
    });
    it('after a ceremony on 29 February, probation ends on 28 February', () => {
      expect(probationEnds('2024-02-29')).toBe('2025-02-28');
      const a = ev('ADMISSION', '2024-02-20', { details: { ceremonyDate: '2024-02-29' } });
      expect(problemsOf([a, ev('RECOGNITION', '2025-02-28')])).toBe('');
      expect(problemsOf([a, ev('RECOGNITION', '2025-02-27')])).toContain('chưa đủ 12 tháng');
    });
    it('refuses recognizing an official member', () => {
      expect(
        problemsOf([admitted(), ev('RECOGNITION', '2021-02-01'), ev('RECOGNITION', '2021-03-01')]),
      ).toContain('đã là đảng viên chính thức');
    });
    it('recognition refused ends the membership of a probationary member only', () => {
      const r = derivePeriods([admitted(), ev('RECOGNITION_REFUSED', '2021-02-01')]);
      expect(r.periods.at(-1)).toMatchObject({ validTo: '2021-02-01', endCause: 'RECOGNITION_REFUSED' });
      expect(r.ended).toEqual({ cause: 'RECOGNITION_REFUSED', on: '2021-02-01' });
      expect(
        problemsOf([admitted(), ev('RECOGNITION', '2021-02-01'), ev('RECOGNITION_REFUSED', '2021-03-01')]),
      ).toContain('chỉ đảng viên dự bị');
    });
  });

  describe('permanent transfer inside the installation', () => {
    const issued = () => ev('TRANSFER_ISSUED', '2022-03-01', { orgId: 'cellB' });
    it('keeps the member in the sender until accepted, then moves them', () => {
      const t = issued();
      const before = derivePeriods([admitted(), t]);
      expect(before.pendingTransfer).toEqual({ eventId: t.id, toOrgId: 'cellB', issuedOn: '2022-03-01' });
      expect(periodOn(before.periods, '2022-04-01')?.orgId).toBe('cellA');
      const after = derivePeriods([
        admitted(),
        t,
        ev('TRANSFER_ACCEPTED', '2022-03-20', { orgId: 'cellB', details: { transferEventId: t.id } }),
      ]);
      expect(after.problems).toEqual([]);
      expect(after.pendingTransfer).toBeNull();
      expect(periodOn(after.periods, '2022-03-19')?.orgId).toBe('cellA');
      expect(periodOn(after.periods, '2022-03-20')).toMatchObject({
        orgId: 'cellB',
        startCause: 'TRANSFER_ACCEPTED',
      });
    });
    it('refuses accepting twice, accepting a returned transfer, and accepting before issue', () => {
      const t = issued();
      const accept = (d: string) =>
        ev('TRANSFER_ACCEPTED', d, { orgId: 'cellB', details: { transferEventId: t.id } });
      expect(problemsOf([admitted(), t, accept('2022-03-20'), accept('2022-03-21')])).toContain(
        'không có giấy chuyển',
      );
      expect(
        problemsOf([
          admitted(),
          t,
          ev('TRANSFER_RETURNED', '2022-03-10', { details: { transferEventId: t.id } }),
          accept('2022-03-20'),
        ]),
      ).toContain('không có giấy chuyển');
      expect(problemsOf([admitted(), t, accept('2022-02-20')])).toContain('không có giấy chuyển');
    });
    it('refuses other events while in transit, and a second transfer', () => {
      expect(problemsOf([admitted(), issued(), ev('EXEMPTION_START', '2022-04-01')])).toContain(
        'đang chuyển sinh hoạt',
      );
      expect(
        problemsOf([admitted(), issued(), ev('TRANSFER_ISSUED', '2022-04-01', { orgId: 'cellC' })]),
      ).toContain('đang chuyển sinh hoạt');
      expect(problemsOf([admitted(), ev('TRANSFER_ISSUED', '2022-03-01', { orgId: 'cellA' })])).toContain(
        'trùng',
      );
    });
    it('death during transit ends the membership and the transfer', () => {
      const r = derivePeriods([admitted(), issued(), ev('DIED', '2022-04-01')]);
      expect(r.problems).toEqual([]);
      expect(r.pendingTransfer).toBeNull();
      expect(r.periods.at(-1)).toMatchObject({ orgId: 'cellA', endCause: 'DIED' });
    });
  });

  it('departure and arrival across the installation boundary', () => {
    const r = derivePeriods([
      admitted(),
      ev('DEPARTURE', '2021-06-01', { orgId: null }),
      ev('ARRIVAL', '2023-02-01', { orgId: 'cellC', details: { status: 'OFFICIAL' } }),
    ]);
    expect(r.problems).toEqual([]);
    expect(
      r.periods.map((p) => [p.orgId, p.status, p.validFrom, p.validTo, p.startCause, p.endCause]),
    ).toEqual([
      ['cellA', 'PROBATIONARY', '2020-01-10', '2021-06-01', 'ADMISSION', 'DEPARTURE'],
      ['cellC', 'OFFICIAL', '2023-02-01', null, 'ARRIVAL', null],
    ]);
    expect(problemsOf([admitted(), ev('ARRIVAL', '2021-01-01', { orgId: 'cellB' })])).toContain(
      'đang là đảng viên',
    );
  });

  it('a history may begin with an arrival (admitted elsewhere)', () => {
    const r = derivePeriods([
      ev('ARRIVAL', '2023-02-01', { details: { status: 'PROBATIONARY', ceremonyDate: '2022-09-01' } }),
      ev('RECOGNITION', '2023-09-01'),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.periods.map((p) => p.status)).toEqual(['PROBATIONARY', 'OFFICIAL']);
    expect(
      problemsOf([
        ev('ARRIVAL', '2023-02-01', { details: { status: 'PROBATIONARY', ceremonyDate: '2022-09-01' } }),
        ev('RECOGNITION', '2023-08-31'),
      ]),
    ).toContain('chưa đủ 12 tháng');
  });

  it('temporary transfer keeps the home cell and records the host', () => {
    const r = derivePeriods([
      admitted(),
      ev('TEMP_TRANSFER_START', '2021-01-01', { orgId: 'cellH' }),
      ev('TEMP_TRANSFER_END', '2021-07-01', { orgId: null }),
    ]);
    expect(r.problems).toEqual([]);
    expect(periodOn(r.periods, '2021-03-01')).toMatchObject({ orgId: 'cellA', hostOrgId: 'cellH' });
    expect(periodOn(r.periods, '2021-07-01')).toMatchObject({ orgId: 'cellA', hostOrgId: null });
    expect(problemsOf([admitted(), ev('TEMP_TRANSFER_END', '2021-07-01')])).toContain(
      'không sinh hoạt tạm thời',
    );
  });

  it('exemption and temporary exemption are states of a member, one at a time', () => {
    const r = derivePeriods([
      admitted(),
      ev('EXEMPTION_START', '2021-01-01'),
      ev('EXEMPTION_END', '2022-01-01'),
    ]);
    expect(periodOn(r.periods, '2021-06-01')?.exemption).toBe('EXEMPT');
    expect(periodOn(r.periods, '2022-01-01')?.exemption).toBeNull();
    expect(
      problemsOf([admitted(), ev('EXEMPTION_START', '2021-01-01'), ev('TEMP_EXEMPTION_START', '2021-02-01')]),
    ).toContain('đang được miễn');
    expect(problemsOf([admitted(), ev('TEMP_EXEMPTION_END', '2021-02-01')])).toContain('không được tạm miễn');
  });

  describe('departures', () => {
    it('nothing may follow death', () => {
      expect(problemsOf([admitted(), ev('DIED', '2021-01-01'), ev('READMISSION', '2022-01-01')])).toContain(
        'đã từ trần',
      );
    });
    it('probationary members cannot be expelled (Điều lệ Điều 35)', () => {
      expect(problemsOf([admitted(), ev('EXPELLED', '2020-06-01')])).toContain(
        'dự bị không bị kỷ luật khai trừ',
      );
      expect(problemsOf([admitted(), ev('RECOGNITION', '2021-01-10'), ev('EXPELLED', '2021-06-01')])).toBe(
        '',
      );
    });
    it('removal needs a cause from the list', () => {
      expect(problemsOf([admitted(), ev('REMOVED', '2020-06-01')])).toContain('lý do');
      expect(
        problemsOf([admitted(), ev('REMOVED', '2020-06-01', { details: { cause: 'BO_SINH_HOAT' } })]),
      ).toBe('');
    });
    it('nothing may be recorded for a former member but a re-admission', () => {
      expect(
        problemsOf([admitted(), ev('RESIGNED', '2021-01-01'), ev('EXEMPTION_START', '2021-02-01')]),
      ).toContain('không còn là đảng viên');
    });
  });

  it('re-admission after resignation starts a new probation; admission is for first-timers only', () => {
    const r = derivePeriods([
      admitted(),
      ev('RESIGNED', '2021-01-01'),
      ev('READMISSION', '2024-01-01', { orgId: 'cellB' }),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.periods.at(-1)).toMatchObject({
      orgId: 'cellB',
      status: 'PROBATIONARY',
      startCause: 'READMISSION',
    });
    expect(problemsOf([admitted(), ev('RESIGNED', '2021-01-01'), admitted('2024-01-01')])).toContain(
      'kết nạp lại',
    );
    expect(problemsOf([ev('READMISSION', '2024-01-01')])).toContain('chưa từng là đảng viên');
    expect(
      problemsOf([admitted(), ev('DEPARTURE', '2021-01-01'), ev('READMISSION', '2024-01-01')]),
    ).toContain('chuyển đến');
  });

  it('two changes on one day leave one period that keeps its opening cause', () => {
    expect(spans([admitted('2020-01-10'), ev('INTERNAL_MOVE', '2020-01-10', { orgId: 'cellB' })])).toEqual([
      ['cellB', 'PROBATIONARY', null, null, '2020-01-10', null, 'ADMISSION', null],
    ]);
  });
});

describe('effectiveEvents', () => {
  it('a correction can void an event or replace its date', () => {
    const a = admitted('2020-01-10');
    const r = ev('RECOGNITION', '2021-01-20');
    const fixDate = ev('CORRECTION', '2021-02-01', {
      correctsEventId: r.id,
      details: { replacement: { effectiveDate: '2021-02-01' } },
    });
    expect(effectiveEvents([a, r, fixDate]).map((e) => [e.type, e.effectiveDate])).toEqual([
      ['ADMISSION', '2020-01-10'],
      ['RECOGNITION', '2021-02-01'],
    ]);
    const voidIt = ev('CORRECTION', '2021-01-20', { correctsEventId: r.id, details: { void: true } });
    expect(effectiveEvents([a, r, voidIt]).map((e) => e.type)).toEqual(['ADMISSION']);
  });
});
