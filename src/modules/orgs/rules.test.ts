import { describe, expect, it } from 'vitest';
import {
  cycleProblem,
  deriveOrgVersions,
  eventDateProblem,
  type OrgKind,
  parentKindProblem,
  versionOn,
} from './rules.ts';

describe('parentKindProblem', () => {
  const ok: [OrgKind, OrgKind | null][] = [
    ['DANG_BO_TINH', null],
    ['DANG_BO_HUYEN', 'DANG_BO_TINH'],
    ['DANG_BO_CO_SO', 'DANG_BO_HUYEN'],
    ['DANG_BO_CO_SO', 'DANG_BO_TINH'], // since the 2025 reform communes sit under the province
    ['CHI_BO_CO_SO', 'DANG_BO_TRUC_THUOC'],
    ['DANG_BO_BO_PHAN', 'DANG_BO_CO_SO'],
    ['CHI_BO_TRUC_THUOC', 'DANG_BO_CO_SO'],
    ['CHI_BO_TRUC_THUOC', 'DANG_BO_BO_PHAN'],
  ];
  it.each(ok)('allows %s under %s', (child, parent) => expect(parentKindProblem(child, parent)).toBeNull());

  const refused: [OrgKind, OrgKind | null][] = [
    ['CHI_BO_TRUC_THUOC', 'DANG_BO_HUYEN'],
    ['CHI_BO_TRUC_THUOC', 'CHI_BO_CO_SO'],
    ['DANG_BO_CO_SO', 'DANG_BO_CO_SO'],
    ['CHI_BO_CO_SO', null],
    ['DANG_BO_TINH', 'DANG_BO_HUYEN'],
    ['DANG_BO_BO_PHAN', 'DANG_BO_HUYEN'],
  ];
  it.each(refused)('refuses %s under %s', (child, parent) =>
    expect(parentKindProblem(child, parent)).toMatch(/chỉ|cao nhất/),
  );
});

describe('deriveOrgVersions', () => {
  const est = {
    type: 'ESTABLISH' as const,
    effectiveDate: '2010-01-01',
    details: { name: 'A', kind: 'CHI_BO_CO_SO', sector: 'XA', parentId: 'p1' },
  };

  it('splits versions at each change and closes on dissolution', () => {
    const v = deriveOrgVersions([
      est,
      { type: 'RENAME', effectiveDate: '2015-06-01', details: { name: 'B' } },
      { type: 'MOVE', effectiveDate: '2020-01-01', details: { parentId: 'p2' } },
      { type: 'DISSOLVE', effectiveDate: '2025-07-01', details: {} },
    ]);
    expect(v.map((x) => [x.validFrom, x.validTo, x.name, x.parentId])).toEqual([
      ['2010-01-01', '2015-06-01', 'A', 'p1'],
      ['2015-06-01', '2020-01-01', 'B', 'p1'],
      ['2020-01-01', '2025-07-01', 'B', 'p2'],
    ]);
    expect(versionOn(v, '2015-05-31')?.name).toBe('A');
    expect(versionOn(v, '2015-06-01')?.name).toBe('B');
    expect(versionOn(v, '2025-06-30')).toBeDefined();
    expect(versionOn(v, '2025-07-01')).toBeUndefined();
    expect(versionOn(v, '2009-12-31')).toBeUndefined();
  });

  it('two changes on one day leave no zero-length version', () => {
    const v = deriveOrgVersions([
      est,
      { type: 'RENAME', effectiveDate: '2015-06-01', details: { name: 'B' } },
      { type: 'UPDATE', effectiveDate: '2015-06-01', details: { sector: 'PHUONG' } },
    ]);
    expect(v).toHaveLength(2);
    expect(v[1]).toMatchObject({ name: 'B', sector: 'PHUONG', validFrom: '2015-06-01', validTo: null });
  });
});

describe('eventDateProblem', () => {
  it('accepts the day of the last change and refuses the day before', () => {
    expect(eventDateProblem('2020-01-01', '2010-01-01', '2020-01-01', null)).toBeNull();
    expect(eventDateProblem('2019-12-31', '2010-01-01', '2020-01-01', null)).toContain('2020-01-01');
  });
  it('refuses dates before establishment or from dissolution on', () => {
    expect(eventDateProblem('2009-12-31', '2010-01-01', '2010-01-01', null)).toContain('thành lập');
    expect(eventDateProblem('2025-07-01', '2010-01-01', '2010-01-01', '2025-07-01')).toContain('giải thể');
    expect(eventDateProblem('2025-06-30', '2010-01-01', '2010-01-01', '2025-07-01')).toBeNull();
  });
});

describe('cycleProblem', () => {
  it('refuses the org itself and its descendants as parent', () => {
    expect(cycleProblem('a', 'a', new Set())).toMatch(/chính nó/);
    expect(cycleProblem('a', 'c', new Set(['b', 'c']))).toMatch(/cấp dưới/);
    expect(cycleProblem('a', 'z', new Set(['b', 'c']))).toBeNull();
    expect(cycleProblem('a', null, new Set(['b']))).toBeNull();
  });
});
