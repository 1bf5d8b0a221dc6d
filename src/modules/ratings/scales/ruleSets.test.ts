import { describe, expect, it } from 'vitest';
import { checkRating } from './check.ts';
import { RULE_SETS, ruleSetOn } from './registry.ts';
import { member, org } from './testing.ts';
import type { RuleSet } from './types.ts';

const codesOf = (rs: RuleSet) => ({
  members: rs.memberLevels.map((l) => l.code),
  orgs: rs.orgLevels.map((l) => l.code),
});

describe('each rule set’s scale', () => {
  it('until 2017: TSVM…Yếu kém for orgs, "Đủ tư cách" levels and "Vi phạm tư cách" for members', () => {
    expect(codesOf(RULE_SETS[0]!)).toEqual({
      members: ['HTXSNV', 'HTTNV', 'HTNV', 'VI_PHAM_TU_CACH'],
      orgs: ['TSVM', 'HTTNV', 'HTNV', 'YEU_KEM'],
    });
    expect(RULE_SETS[0]!.memberLevels[0]!.label).toBe('Đủ tư cách, hoàn thành xuất sắc nhiệm vụ');
    expect(RULE_SETS[0]!.orgLevels[0]!.label).toBe('Trong sạch, vững mạnh');
  });

  it('132, 124 and 366: the same four levels for members and orgs', () => {
    for (const rs of RULE_SETS.slice(1)) {
      expect(codesOf(rs)).toEqual({
        members: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
        orgs: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      });
    }
  });

  it('ranks every scale strictly from best to worst', () => {
    for (const rs of RULE_SETS) {
      for (const levels of [rs.memberLevels, rs.orgLevels])
        expect(levels.map((l) => l.rank)).toEqual([4, 3, 2, 1]);
    }
  });

  it('reviews yearly until 124, and by term, year and quarter under 366, which alone scores', () => {
    expect(RULE_SETS.map((r) => [r.id, r.periodKinds, r.scoring?.max ?? null])).toEqual([
      ['UNTIL_2017', ['YEAR'], null],
      ['QD132', ['YEAR'], null],
      ['QD124', ['YEAR'], null],
      ['QD366', ['TERM', 'YEAR', 'QUARTER'], 100],
    ]);
    expect(RULE_SETS[3]!.scoring).toEqual({ max: 100, generalMax: 30, tasksMax: 70 });
  });

  it('names its article in every message', () => {
    const findings = [
      ...checkRating(
        { kind: 'YEAR', year: 2020 },
        member('HTTNV', { disciplines: [{ decidedOn: '2020-05-05' }] }),
      ),
      ...checkRating(
        { kind: 'YEAR', year: 2016 },
        org('TSVM', { children: { kind: 'ORGS', levels: ['YEU_KEM'] } }),
      ),
      ...checkRating({ kind: 'YEAR', year: 2026 }, member('HTXSNV', { score: { total: 80 } })),
    ];
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings)
      expect(f.message.endsWith(`(${f.citation.document}, ${f.citation.article})`)).toBe(true);
  });
});

describe('a future regulation', () => {
  it('is one more rule set in the list, governing from its first day', () => {
    const future: RuleSet = {
      ...RULE_SETS[3]!,
      id: 'QD366',
      name: 'Quy định tương lai',
      effectiveFrom: '2030-01-01',
    };
    const sets = [...RULE_SETS, future];
    expect(ruleSetOn('2029-12-31', sets).name).toBe('Quy định 366-QĐ/TW');
    expect(ruleSetOn('2030-01-01', sets).name).toBe('Quy định tương lai');
  });
});
