/**
 * Province and nation scales: tree rules everywhere, member invariants on a sample, unique numbers
 * over the whole province, and the nation's lazy batches.
 */
import { describe, expect, it } from 'vitest';
import { parentKindProblem } from '../../orgs/rules.ts';
import { planDemo } from './index.ts';
import { coverageProblems, MemberChecker, orgProblems } from './invariants.ts';
import { PROVINCES } from './provinces.ts';
import type { DemoMember, DemoOrg } from './types.ts';

const AS_OF = '2026-03-15';

function parentRuleProblems(orgs: readonly DemoOrg[]): string[] {
  const kindOf = new Map(orgs.map((o) => [o.code, o.kind]));
  return orgs.flatMap((o) => {
    const problem = parentKindProblem(
      o.kind,
      o.parentCode === null ? null : (kindOf.get(o.parentCode) ?? null),
    );
    return problem ? [`${o.code}: ${problem}`] : [];
  });
}

describe('province scale (Lai Châu, grown)', () => {
  const plan = planDemo({ scale: 'province', seed: 5, asOf: AS_OF });

  it('is one province with its districts and blocs, every org kind present', () => {
    expect(orgProblems(plan.orgs, AS_OF)).toEqual([]);
    expect(parentRuleProblems(plan.orgs)).toEqual([]);
    expect(coverageProblems(plan.coverageUnits, plan.orgs)).toEqual([]);
    const roots = plan.orgs.filter((o) => o.parentCode === null);
    expect(roots.map((o) => o.name)).toEqual(['Đảng bộ tỉnh Lai Châu']);
    const kinds = new Set(plan.orgs.map((o) => o.kind));
    expect(kinds.size).toBe(7);
    const districts = plan.orgs.filter((o) => o.kind === 'DANG_BO_HUYEN');
    expect(districts.length).toBeGreaterThanOrEqual(8);
    expect(districts.length).toBeLessThanOrEqual(10);
    expect(districts.map((o) => o.code)).toContain('LC.TD');
    // Some villages without a cell, as upland provinces still have.
    const villages = plan.coverageUnits.filter((u) => u.kind === 'THON_BAN');
    expect(villages.some((u) => u.cellCodes.length === 0)).toBe(true);
  });

  it('generates ~200,000 members with unique numbers, invariants on a sample, in under 20 s', () => {
    expect(plan.memberCount).toBe(200_000);
    // CPU time, not wall time: other work on the machine must not fail the budget.
    const started = process.cpuUsage();
    const checker = new MemberChecker(plan.orgs, AS_OF);
    const citizen = new Set<string>();
    const dossier = new Set<string>();
    const card = new Set<string>();
    const cells = new Set(
      plan.orgs.filter((o) => o.kind === 'CHI_BO_CO_SO' || o.kind === 'CHI_BO_TRUC_THUOC').map((o) => o.code),
    );
    const filled = new Set<string>();
    let count = 0;
    const problems: string[] = [];
    for (const batch of plan.members()) {
      expect(batch.length).toBeLessThanOrEqual(5000);
      for (const m of batch) {
        citizen.add(m.citizenId);
        dossier.add(m.dossierNumber);
        if (m.cardNumber) card.add(m.cardNumber);
        filled.add(m.cellCode);
        if (count % 25 === 0) problems.push(...checker.check(m, false));
        count++;
      }
    }
    const cpu = process.cpuUsage(started);
    const seconds = (cpu.user + cpu.system) / 1e6;
    expect(problems.slice(0, 10)).toEqual([]);
    expect(count).toBe(200_000);
    expect(citizen.size).toBe(count);
    expect(dossier.size).toBe(count);
    expect(card.size).toBeGreaterThan(count * 0.9);
    expect([...filled].every((c) => cells.has(c))).toBe(true);
    expect(filled.size).toBe(cells.size);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});

describe('nation scale', () => {
  it('is a forest of 63 provinces with ~5.7 million members, streamed in batches', () => {
    const plan = planDemo({ scale: 'nation', seed: 5, asOf: AS_OF });
    expect(plan.memberCount).toBe(5_700_000);
    const roots = plan.orgs.filter((o) => o.parentCode === null);
    expect(roots).toHaveLength(63);
    expect(roots.every((o) => o.kind === 'DANG_BO_TINH')).toBe(true);
    expect(new Set(PROVINCES.map((p) => p.letters)).size).toBe(63);
    expect(new Set(PROVINCES.map((p) => p.cccd)).size).toBe(63);
    expect(orgProblems(plan.orgs, AS_OF)).toEqual([]);
    const checker = new MemberChecker(plan.orgs, AS_OF);
    const batches = plan.members();
    for (let i = 0; i < 3; i++) {
      const batch: DemoMember[] = batches.next().value ?? [];
      expect(batch).toHaveLength(5000);
      expect(batch.flatMap((m) => checker.check(m)).slice(0, 5)).toEqual([]);
    }
  }, 120_000);
});
