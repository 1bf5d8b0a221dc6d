import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { codes, org, repeat } from './testing.ts';
import type { Period } from './types.ts';

const year = (y: number): Period => ({ kind: 'YEAR', year: y });
const cell = (level: string, ...levels: string[][]) =>
  org(level, { children: { kind: 'MEMBERS', levels: levels.flat() } });
const committee = (level: string, ...levels: string[][]) =>
  org(level, { children: { kind: 'ORGS', levels: levels.flat() } });
const check = (p: Period, c: ReturnType<typeof org>) => codes(checkRating(p, c));

describe('an org’s HTXSNV needs 100% of its members or units HTNV+, 80% HTTNV+ (Hướng dẫn 21)', () => {
  it('a cell at exactly 80% passes, below it fails', () => {
    expect(check(year(2020), cell('HTXSNV', repeat('HTTNV', 8), repeat('HTNV', 2)))).toEqual([]);
    expect(
      check(year(2020), cell('HTXSNV', repeat('HTXSNV', 1), repeat('HTTNV', 6), repeat('HTNV', 3))),
    ).toEqual(['CHILDREN_FOR_HTXSNV:error']);
  });

  it('one member KHTNV is enough to fail, whatever the share', () => {
    expect(check(year(2020), cell('HTXSNV', repeat('HTTNV', 9), ['KHTNV']))).toEqual([
      'CHILDREN_FOR_HTXSNV:error',
    ]);
  });

  it('a committee is measured on its subordinate orgs; lower levels are not limited', () => {
    expect(check(year(2021), committee('HTXSNV', repeat('HTTNV', 4), ['HTNV']))).toEqual([]);
    expect(check(year(2021), committee('HTXSNV', repeat('HTTNV', 3), repeat('HTNV', 2)))).toEqual([
      'CHILDREN_FOR_HTXSNV:error',
    ]);
    expect(check(year(2021), committee('HTTNV', repeat('HTNV', 5)))).toEqual([]);
  });

  it('warns without the children’s results, and only warns under 124', () => {
    expect(check(year(2020), org('HTXSNV'))).toEqual(['CHILDREN_UNKNOWN:warning']);
    expect(check(year(2024), cell('HTXSNV', repeat('HTTNV', 7), repeat('HTNV', 3)))).toEqual([
      'CHILDREN_FOR_HTXSNV:warning',
    ]);
  });
});

describe('124: leadership disciplined or over 20% of units disciplined ⇒ KHTNV', () => {
  it('20% exactly is not over; above is', () => {
    expect(check(year(2024), org('HTNV', { unitCount: 5, disciplinedUnits: 1 }))).toEqual([]);
    expect(check(year(2024), org('HTNV', { unitCount: 9, disciplinedUnits: 2 }))).toEqual([
      'DISCIPLINED_UNITS_CAP:error',
    ]);
    expect(check(year(2024), org('KHTNV', { unitCount: 9, disciplinedUnits: 2 }))).toEqual([]);
    expect(check(year(2024), org('HTTNV', { leadershipDisciplined: true }))).toEqual([
      'DISCIPLINED_UNITS_CAP:error',
    ]);
  });
});

describe('until 2017 (Hướng dẫn 27): an org with too many weak parts is "Yếu kém"', () => {
  it('a committee with over 1/3 of its orgs Yếu kém', () => {
    expect(check(year(2016), committee('HTNV', ['YEU_KEM'], repeat('TSVM', 2)))).toEqual([]);
    expect(check(year(2016), committee('HTNV', repeat('YEU_KEM', 2), repeat('TSVM', 3)))).toEqual([
      'FORCE_YEU_KEM:error',
    ]);
    expect(check(year(2016), committee('YEU_KEM', repeat('YEU_KEM', 2), repeat('TSVM', 3)))).toEqual([]);
  });

  it('a cell with over 1/2 of its members in violation', () => {
    expect(check(year(2015), cell('HTTNV', repeat('VI_PHAM_TU_CACH', 2), repeat('HTNV', 2)))).toEqual([]);
    expect(check(year(2015), cell('TSVM', repeat('VI_PHAM_TU_CACH', 3), repeat('HTNV', 2)))).toEqual([
      'FORCE_YEU_KEM:error',
    ]);
  });
});

describe('124: a collective’s HTXSNV needs no disciplined subordinate org or leadership member', () => {
  it('one disciplined unit, or a disciplined leadership member, caps it at HTTNV', () => {
    const ok = ['HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'];
    const base = { children: { kind: 'ORGS' as const, levels: ok }, unitCount: 5 };
    expect(check(year(2024), org('HTXSNV', { ...base, disciplinedUnits: 0 }))).toEqual([]);
    expect(check(year(2024), org('HTXSNV', { ...base, disciplinedUnits: 1 }))).toEqual([
      'HTXSNV_NO_DISCIPLINED_UNITS:error',
    ]);
    expect(check(year(2024), org('HTTNV', { ...base, disciplinedUnits: 1 }))).toEqual([]);
    expect(check(year(2024), org('HTXSNV', { ...base, leadershipDisciplined: true }))).toEqual([
      'DISCIPLINED_UNITS_CAP:error',
      'HTXSNV_NO_DISCIPLINED_UNITS:error',
    ]);
  });
});
