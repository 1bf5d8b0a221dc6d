import { describe, expect, it } from 'vitest';
import {
  assess,
  correctionProblem,
  DEFAULT_SETTINGS,
  hasCommittee,
  heldInFuture,
  listingAt,
  monthsBetween,
  overAbsenceLimit,
  owedPeriods,
  planDeadline,
  planIsLate,
  planIsMissing,
  quartersBetween,
  quorum,
  sniffDocumentType,
  summarizeAttendance,
  windowEnd,
  windowFigures,
  windowOf,
} from './rules.ts';

const S = DEFAULT_SETTINGS;

describe('plan deadline (default the 20th of the month before, configurable)', () => {
  it('is the 20th of the previous month, across a year end', () => {
    expect(planDeadline('2026-12', S)).toBe('2026-11-20');
    expect(planDeadline('2027-01', S)).toBe('2026-12-20');
  });
  it('clamps a day past the end of the month before', () => {
    expect(planDeadline('2026-03', { planDeadlineDay: 30 })).toBe('2026-02-28');
    expect(planDeadline('2024-03', { planDeadlineDay: 31 })).toBe('2024-02-29');
  });
  it('a plan on the deadline is on time, the day after is late', () => {
    expect(planIsLate('2026-11-20', '2026-12', S)).toBe(false);
    expect(planIsLate('2026-11-21', '2026-12', S)).toBe(true);
  });
  it('a plan is missing only once the deadline has passed', () => {
    expect(planIsMissing('2026-12', '2026-11-20', false, S)).toBe(false);
    expect(planIsMissing('2026-12', '2026-11-21', false, S)).toBe(true);
    expect(planIsMissing('2026-12', '2026-11-21', true, S)).toBe(false);
  });
});

describe('who is expected (exempt listed not expected; temporary transfers at the host)', () => {
  const base = { orgId: 'A', hostOrgId: null, exemption: null, status: 'OFFICIAL' } as const;
  it('a member of the cell is expected', () => {
    expect(listingAt('A', base)).toMatchObject({ listed: true, expected: true, official: true });
    expect(listingAt('B', base)).toEqual({ listed: false });
  });
  it('exempt and temporarily exempt members are listed but not expected', () => {
    expect(listingAt('A', { ...base, exemption: 'EXEMPT' })).toMatchObject({ listed: true, expected: false });
    expect(listingAt('A', { ...base, exemption: 'TEMPORARY' })).toMatchObject({
      listed: true,
      expected: false,
    });
  });
  it('a temporarily transferred member is expected at the host, not at home', () => {
    const away = { ...base, hostOrgId: 'B', status: 'PROBATIONARY' } as const;
    expect(listingAt('B', away)).toMatchObject({ listed: true, expected: true, official: false });
    expect(listingAt('A', away)).toMatchObject({ listed: true, expected: false });
  });
});

describe('attendance and quorum (Quy định 24-QĐ/TW mục 9.3.2; two thirds by default)', () => {
  const row = (
    status: 'PRESENT' | 'ABSENT_EXCUSED' | 'ABSENT_UNEXCUSED' | null,
    expected = true,
    official = true,
  ) => ({
    expected,
    official,
    status,
  });
  it('the rate counts expected members present', () => {
    const s = summarizeAttendance([
      row('PRESENT'),
      row('PRESENT'),
      row('ABSENT_EXCUSED'),
      row('PRESENT', false),
    ]);
    expect(s).toEqual({ expected: 3, present: 2, excused: 1, unexcused: 0, rate: 66.7 });
    expect(summarizeAttendance([]).rate).toBeNull();
  });
  it('6 of 9 official members is a quorum, 5 of 9 is not', () => {
    const nine = (present: number) =>
      Array.from({ length: 9 }, (_, i) => row(i < present ? 'PRESENT' : 'ABSENT_EXCUSED'));
    expect(quorum(nine(6), S)).toEqual({ base: 9, present: 6, required: 6, met: true });
    expect(quorum(nine(5), S).met).toBe(false);
  });
  it('probationary members do not count; an absent exempt member leaves the base, a present one counts', () => {
    const rows = [
      row('PRESENT'),
      row('PRESENT'),
      row('ABSENT_UNEXCUSED'),
      row('PRESENT', true, false),
      row(null, false),
    ];
    expect(quorum(rows, S)).toMatchObject({ base: 3, present: 2, required: 2, met: true });
    expect(quorum([...rows, row('PRESENT', false)], S)).toMatchObject({ base: 4, present: 3, required: 3 });
  });
  it('optionally, excused absences leave the base', () => {
    const rows = [row('PRESENT'), row('ABSENT_EXCUSED'), row('ABSENT_EXCUSED')];
    expect(quorum(rows, S).met).toBe(false);
    expect(quorum(rows, { ...S, excusedLeaveQuorumBase: true })).toMatchObject({ base: 1, met: true });
  });
  it('three absences without reason in a year reach the limit', () => {
    expect(overAbsenceLimit(2, S)).toBe(false);
    expect(overAbsenceLimit(3, S)).toBe(true);
  });
});

describe('quality assessment (rubric after Hướng dẫn 12-HD/BTCTW 2018)', () => {
  const full = Object.fromEntries(S.rubric.map((c) => [c.code, c.maxPoints]));
  it('90 points or more is Tốt, at the thresholds', () => {
    expect(assess(full, 95, S).assessment).toMatchObject({ total: 100, level: 'TOT' });
    expect(assess({ ...full, CONTENT: 15 }, 95, S).assessment).toMatchObject({ total: 90, level: 'TOT' });
    expect(assess({ ...full, CONTENT: 14 }, 95, S).assessment?.level).toBe('KHA');
    expect(assess({ ...full, CONTENT: 0, RESULTS: 0, LEADERSHIP: 0 }, 95, S).assessment).toMatchObject({
      total: 45,
      level: 'CHUA_DAT',
    });
  });
  it('attendance of 85% or less cannot be Tốt (mục 3.1: trên 85%)', () => {
    expect(assess(full, 85, S).assessment?.level).toBe('KHA');
    expect(assess(full, 85.1, S).assessment?.level).toBe('TOT');
  });
  it('refuses missing, unknown and out-of-range scores', () => {
    const { assessment, problems } = assess(
      { ...full, CONTENT: 26, OTHER: 1, RESULTS: undefined as never },
      90,
      S,
    );
    expect(assessment).toBeNull();
    expect(problems.map((p) => p.path).sort()).toEqual(['scores.CONTENT', 'scores.OTHER', 'scores.RESULTS']);
  });
});

describe('holding and locking', () => {
  it('a meeting cannot be held after today', () => {
    expect(heldInFuture('2026-11-23', '2026-11-23')).toBe(false);
    expect(heldInFuture('2026-11-24', '2026-11-23')).toBe(true);
  });
  it('a closed meeting needs a reason to change', () => {
    expect(correctionProblem('HELD', null)).toBeNull();
    expect(correctionProblem('CLOSED', '')).toContain('lý do');
    expect(correctionProblem('CLOSED', 'Ghi nhầm người vắng')).toBeNull();
  });
});

describe('months and quarters owed', () => {
  it('counts the months and quarters touched, both ends included', () => {
    expect(monthsBetween('2026-01-31', '2026-03-01')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(quartersBetween('2026-03-31', '2026-04-01')).toEqual(['2026-Q1', '2026-Q2']);
  });
  it('owes nothing before the cell existed, after it ended, or after today', () => {
    const live = { from: '2026-03-15', to: '2026-09-01' };
    expect(owedPeriods('2026-01-01', '2026-12-31', live, '2026-11-23').months).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    expect(owedPeriods('2026-01-01', '2026-12-31', { from: '2010-01-01', to: null }, '2026-02-10')).toEqual({
      months: ['2026-01', '2026-02'],
      quarters: ['2026-Q1'],
    });
  });
});

describe('documents are typed by content', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('recognizes PDF, PNG, JPEG', () => {
    expect(sniffDocumentType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });
  it('tells DOCX from XLSX from any other zip; refuses a renamed executable', () => {
    const zip = (names: string) =>
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(names)]);
    expect(sniffDocumentType(zip('[Content_Types].xml word/document.xml'))).toContain('wordprocessingml');
    expect(sniffDocumentType(zip('[Content_Types].xml xl/workbook.xml'))).toContain('spreadsheetml');
    expect(sniffDocumentType(zip('hello.txt'))).toBeNull();
    expect(sniffDocumentType(bytes(0x4d, 0x5a, 0x90, 0))).toBeNull();
  });
});

describe('committee meetings and congresses (Điều lệ Điều 24.2, 24.4)', () => {
  it('a đảng ủy always has a committee; a cell from nine official members (configurable)', () => {
    expect(hasCommittee('DANG_BO_CO_SO', 0, S)).toBe(true);
    expect(hasCommittee('DANG_BO_BO_PHAN', 0, S)).toBe(true);
    expect(hasCommittee('CHI_BO_TRUC_THUOC', 8, S)).toBe(false);
    expect(hasCommittee('CHI_BO_TRUC_THUOC', 9, S)).toBe(true);
    expect(hasCommittee('CHI_BO_CO_SO', 9, S)).toBe(true);
    expect(hasCommittee('CHI_BO_CO_SO', 4, { cellCommitteeMinOfficial: 4 })).toBe(true);
    expect(hasCommittee('DANG_BO_HUYEN', 100, S)).toBe(false);
  });

  it('windows of N months restart every January', () => {
    expect(windowOf('2026-01', 1)).toBe('2026-01');
    expect(windowOf('2026-03', 3)).toBe('2026-01');
    expect(windowOf('2026-04', 3)).toBe('2026-04');
    expect(windowOf('2026-06', 6)).toBe('2026-01');
    expect(windowOf('2026-07', 6)).toBe('2026-07');
    expect(windowOf('2026-12', 12)).toBe('2026-01');
    expect(windowEnd('2026-07', 6)).toBe('2026-12');
    expect(windowEnd('2026-11', 1)).toBe('2026-11');
  });

  it('counts each owed window once, missed only once over', () => {
    const owed = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
    // Two meetings in one quarter count once; the current quarter (Jul–Sep) is not missed yet.
    expect(windowFigures(owed, ['2026-02', '2026-03'], 3, '2026-07')).toEqual({
      expected: 3,
      held: 1,
      missed: ['2026-04'],
    });
    // Monthly: the current month is open.
    expect(windowFigures(owed, ['2026-07'], 1, '2026-07').missed).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    // Only owed windows count: a meeting in a month the org did not owe fills none of them.
    expect(windowFigures(['2026-05', '2026-06'], ['2026-01'], 1, '2026-08')).toEqual({
      expected: 2,
      held: 0,
      missed: ['2026-05', '2026-06'],
    });
    expect(windowFigures([], [], 1, '2026-08')).toEqual({ expected: 0, held: 0, missed: [] });
  });
});
