import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { codes, member } from './testing.ts';
import type { Discipline, Period } from './types.ts';

const year = (y: number): Period => ({ kind: 'YEAR', year: y });
const disciplined = (level: string, d: Partial<Discipline> = {}) =>
  member(level, { disciplines: [{ decidedOn: '2024-12-15', ...d }] });
const check = (p: Period, c: ReturnType<typeof member>) => codes(checkRating(p, c));

describe('discipline in the period caps the level', () => {
  it('a member disciplined in December 2024 cannot be rated above KHTNV for 2024 (124)', () => {
    expect(check(year(2024), disciplined('HTTNV'))).toEqual(['DISCIPLINE_CAP:error']);
    expect(check(year(2024), disciplined('HTNV'))).toEqual(['DISCIPLINE_CAP:error']);
    expect(check(year(2024), disciplined('KHTNV'))).toEqual([]);
    expect(checkRating(year(2024), disciplined('HTXSNV'))[0]!.message).toContain(
      'Bị thi hành kỷ luật ngày 15/12/2024, trong kỳ năm 2024: xếp loại cao nhất là "Không hoàn thành nhiệm vụ"',
    );
  });

  it('counts the decision date: 31 December is in the year, 1 January is the next', () => {
    expect(check(year(2024), disciplined('HTTNV', { decidedOn: '2024-12-31' }))).toEqual([
      'DISCIPLINE_CAP:error',
    ]);
    expect(check(year(2024), disciplined('HTTNV', { decidedOn: '2025-01-01' }))).toEqual([]);
    expect(check(year(2024), disciplined('HTTNV', { decidedOn: '2023-12-31' }))).toEqual([]);
  });

  it('counts a violation once: not again when an earlier period already counted it', () => {
    expect(check(year(2024), disciplined('HTTNV', { countedInEarlierPeriod: true }))).toEqual([]);
  });

  it('under 124 excepts a violation self-detected and remedied; under 132 it still counts', () => {
    expect(check(year(2024), disciplined('HTTNV', { selfDetectedAndRemedied: true }))).toEqual([]);
    const in2020 = member('HTTNV', {
      disciplines: [{ decidedOn: '2020-12-15', selfDetectedAndRemedied: true }],
    });
    expect(check(year(2020), in2020)).toEqual(['DISCIPLINE_CAP:error']);
  });

  it('under 366, December discipline caps the fourth quarter and the year, as a warning', () => {
    const dec = member('HTTNV', {
      score: { total: 80 },
      tasks: { assigned: 2, completed: 2, onTime: 2, exceeded: 0 },
      disciplines: [{ decidedOn: '2025-12-10' }],
    });
    expect(check({ kind: 'QUARTER', year: 2025, quarter: 4 }, dec)).toEqual(['DISCIPLINE_CAP:warning']);
    expect(check(year(2025), dec)).toEqual(['DISCIPLINE_CAP:warning']);
    expect(check({ kind: 'QUARTER', year: 2026, quarter: 1 }, dec)).toEqual([]);
  });

  it('before 2018, discipline caps at "Đủ tư cách, hoàn thành nhiệm vụ" as a warning', () => {
    const old = member('HTTNV', { disciplines: [{ decidedOn: '2016-12-20' }] });
    expect(check(year(2016), old)).toEqual(['DISCIPLINE_CAP:warning']);
    expect(check(year(2016), { ...old, level: 'HTNV' })).toEqual([]);
  });
});

describe('long sick leave caps the level (132)', () => {
  it('3 months or more: no higher than HTNV', () => {
    expect(check(year(2020), member('HTTNV', { sickLeaveMonths: 3 }))).toEqual(['SICK_LEAVE_CAP:error']);
    expect(check(year(2020), member('HTNV', { sickLeaveMonths: 3 }))).toEqual([]);
    expect(check(year(2020), member('HTTNV', { sickLeaveMonths: 2.9 }))).toEqual([]);
  });
});

describe('whom the discipline cap speaks of', () => {
  const orgDisciplined = (y: number) => ({
    subject: 'ORG' as const,
    id: 'cb1',
    level: 'HTTNV',
    disciplines: [{ decidedOn: `${y}-11-02` }],
  });

  it('members only under 132 (Hướng dẫn 21), collectives too under 124', () => {
    expect(check(year(2020), orgDisciplined(2020))).toEqual([]);
    expect(check(year(2024), orgDisciplined(2024))).toEqual(['DISCIPLINE_CAP:error']);
  });
});
