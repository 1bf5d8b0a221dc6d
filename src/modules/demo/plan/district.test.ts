/**
 * The district scale against seed 002 (Tam Đường, 2021): shape, every member's invariants, and the
 * member structure of section II.3.1 (lines 181–197).
 */
import { describe, expect, it } from 'vitest';
import { ageBandOf, isCode } from '../../../vn/codes/index.ts';
import { ageOn } from '../../../vn/dates.ts';
import { derivePeriods, REMOVAL_CAUSES } from '../../lifecycle/rules.ts';
import { dateProblems } from '../../members/rules.ts';
import { initialEvents } from '../../members/service.ts';
import { parentKindProblem } from '../../orgs/rules.ts';
import {
  AGE_BAND,
  EDUCATION,
  EDUCATION_LEVELS,
  ETHNICITY,
  GENDER,
  OCCUPATION,
  POLITICAL,
  POLITICAL_LEVELS,
  PROFESSIONAL,
  PROFESSIONAL_LEVELS,
} from './distributions.ts';
import { historyPeriod, planDemo, SEED_CHANGES } from './index.ts';
import { coverageProblems, MemberChecker, orgProblems } from './invariants.ts';
import type { DemoEvent, DemoMember } from './types.ts';

const AS_OF = '2021-10-14';
// CPU time, not wall time: other work on the machine must not fail the budget.
const started = process.cpuUsage();
const plan = planDemo({ scale: 'district', seed: 2021, asOf: AS_OF });
const members: DemoMember[] = [];
const batchSizes: number[] = [];
for (const batch of plan.members()) {
  batchSizes.push(batch.length);
  members.push(...batch);
}
const cpu = process.cpuUsage(started);
const elapsed = (cpu.user + cpu.system) / 1000;
const former = [...plan.formerMembers()].flat();

/** A plan's history through the lifecycle rules, as the loader and the services run it. */
function periodsOf(history: readonly DemoEvent[]) {
  return derivePeriods(
    history.map((e, i) => ({
      id: `e${i}`,
      seq: i,
      type: e.type,
      effectiveDate: e.date,
      orgId: e.orgCode,
      correctsEventId: null,
      details: e.details,
    })),
  );
}

function tally<K extends string>(key: (m: DemoMember) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const m of members) out.set(key(m), (out.get(key(m)) ?? 0) + 1);
  return out;
}

/** Each category's share within 1 percentage point of the report's. */
function expectShares(actual: Map<string, number>, expected: readonly (readonly [string, number])[]) {
  const total = expected.reduce((a, [, n]) => a + n, 0);
  for (const [code, n] of expected) {
    const share = (actual.get(code) ?? 0) / members.length;
    expect(Math.abs(share - n / total), `${code}: ${share} vs ${n / total}`).toBeLessThan(0.01);
  }
}

describe('district scale (Tam Đường)', () => {
  it('plans and generates within a second', () => {
    expect(elapsed).toBeLessThan(1000);
    expect(batchSizes.every((n) => n <= 5000)).toBe(true);
  });

  it("has the report's org shape: 16 committees + 35 cells, 209 subordinate cells", () => {
    const kinds = new Map<string, number>();
    for (const o of plan.orgs) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({
      DANG_BO_HUYEN: 1,
      DANG_BO_CO_SO: 16,
      CHI_BO_CO_SO: 35,
      CHI_BO_TRUC_THUOC: 209,
    });
    const root = plan.orgs[0];
    expect(root).toMatchObject({ code: 'TD', name: 'Đảng bộ huyện Tam Đường', parentCode: null });
    const communes = plan.orgs.filter(
      (o) => o.kind === 'DANG_BO_CO_SO' && ['XA', 'THI_TRAN'].includes(o.sector),
    );
    expect(communes.map((o) => o.name)).toContain('Đảng bộ xã Bản Bo');
    expect(communes).toHaveLength(13);
    expect(plan.orgs.find((o) => o.code === 'TD.BANBO.NADON')?.name).toBe('Chi bộ bản Nà Đon');
  });

  it("keeps the org invariants and the project's parent rules", () => {
    expect(orgProblems(plan.orgs, AS_OF)).toEqual([]);
    const kindOf = new Map(plan.orgs.map((o) => [o.code, o.kind]));
    for (const o of plan.orgs) {
      expect(
        parentKindProblem(o.kind, o.parentCode === null ? null : (kindOf.get(o.parentCode) ?? null)),
      ).toBeNull();
      expect(isCode('orgKind', o.kind) && isCode('orgSector', o.sector)).toBe(true);
    }
  });

  it('covers 126 villages, 68 with a member as head, every village with a cell, two shared cells', () => {
    expect(coverageProblems(plan.coverageUnits, plan.orgs)).toEqual([]);
    const villages = plan.coverageUnits.filter((u) => u.kind === 'THON_BAN' || u.kind === 'TO_DAN_PHO');
    expect(villages).toHaveLength(126);
    expect(villages.filter((u) => u.headIsMember)).toHaveLength(68);
    expect(villages.every((u) => u.cellCodes.length === 1)).toBe(true);
    const perCell = new Map<string, number>();
    for (const v of villages)
      perCell.set(v.cellCodes[0] as string, (perCell.get(v.cellCodes[0] as string) ?? 0) + 1);
    expect([...perCell.values()].filter((n) => n > 1)).toEqual([2, 2]);
    const kinds = new Set(plan.coverageUnits.map((u) => u.kind));
    expect(kinds).toEqual(new Set(['THON_BAN', 'TO_DAN_PHO', 'TRUONG_HOC', 'Y_TE', 'DOANH_NGHIEP']));
    // Private enterprises without a cell (seed 002, line 261).
    expect(
      plan.coverageUnits.filter((u) => u.kind === 'DOANH_NGHIEP' && u.cellCodes.length === 0).length,
    ).toBeGreaterThan(0);
  });

  it("keeps every member's invariants", () => {
    expect(members).toHaveLength(2675);
    expect(plan.memberCount).toBe(2675);
    const checker = new MemberChecker(plan.orgs, AS_OF);
    const problems = members.flatMap((m) => checker.check(m));
    expect(problems.slice(0, 10)).toEqual([]);
    for (const m of members) {
      expect(dateProblems(m, AS_OF)).toEqual([]);
      const ageAtDecision = ageOn(m.birthDate, m.admissionDecisionDate);
      expect(ageAtDecision).toBeGreaterThanOrEqual(18);
      expect(ageAtDecision).toBeLessThanOrEqual(60);
      for (const [list, value] of [
        ['gender', m.gender],
        ['ethnicity', m.ethnicity],
        ['education', m.education],
        ['professional', m.professional],
        ['politicalTheory', m.politicalTheory],
        ['occupation', m.occupation],
      ] as const) {
        expect(isCode(list, value), `${list} ${value}`).toBe(true);
      }
      if (m.religion !== null) expect(isCode('religion', m.religion)).toBe(true);
    }
  });

  it('puts members in cells with at least three official members each', () => {
    const official = new Map<string, number>();
    for (const m of members)
      if (m.officialDate !== null) official.set(m.cellCode, (official.get(m.cellCode) ?? 0) + 1);
    const cells = plan.orgs.filter((o) => o.kind === 'CHI_BO_CO_SO' || o.kind === 'CHI_BO_TRUC_THUOC');
    for (const cell of cells) expect(official.get(cell.code) ?? 0, cell.code).toBeGreaterThanOrEqual(3);
  });

  it("follows the report's structure (section II.3.1)", () => {
    expectShares(
      tally((m) => m.gender),
      GENDER,
    );
    expectShares(
      tally((m) => m.ethnicity),
      ETHNICITY,
    );
    expectShares(
      tally((m) => ageBandOf(ageOn(m.birthDate, AS_OF)) ?? 'none'),
      AGE_BAND,
    );
    expectShares(
      tally((m) => m.education),
      EDUCATION_LEVELS.map((c, i) => [c, EDUCATION[i] as number] as const),
    );
    expectShares(
      tally((m) => m.professional),
      PROFESSIONAL_LEVELS.map((c, i) => [c, PROFESSIONAL[i] as number] as const),
    );
    expectShares(
      tally((m) => m.politicalTheory),
      POLITICAL_LEVELS.map((c, i) => [c, POLITICAL[i] as number] as const),
    );
    expectShares(
      tally((m) => m.occupation),
      Object.entries(OCCUPATION),
    );
    // Line 177: 103 probationary; line 197: 82 religious, 6 of them adherents.
    expect(members.filter((m) => m.officialDate === null)).toHaveLength(103);
    expect(members.filter((m) => m.religion !== null)).toHaveLength(82);
    expect(members.filter((m) => m.religiousAdherence === 'CHINH_THONG')).toHaveLength(6);
  });

  it('makes the pairs that go together go together', () => {
    for (const m of members) {
      if (['CAO_DANG', 'DAI_HOC', 'THAC_SI'].includes(m.professional)) expect(m.education).toBe('THPT');
      if (['CAO_CAP', 'CU_NHAN'].includes(m.politicalTheory))
        expect(['DAI_HOC', 'THAC_SI', 'TIEN_SI']).toContain(m.professional);
      // Retirement came at 60 for men and 55 for women, earlier on health grounds.
      if (m.occupation === 'NGHI_HUU') expect(ageOn(m.birthDate, AS_OF)).toBeGreaterThanOrEqual(50);
    }
    const villageCells = members.filter((m) => m.cellCode.startsWith('TD.BANBO.NA'));
    expect(villageCells.some((m) => m.jobTitle?.startsWith('Bí thư chi bộ'))).toBe(true);
    const kinhInOffices = members.filter((m) => m.occupation === 'CBCC_HUYEN' && m.ethnicity === '01').length;
    expect(kinhInOffices / 147).toBeGreaterThan(0.5);
  });

  it('is deterministic in the seed', () => {
    const again = planDemo({ scale: 'district', seed: 2021, asOf: AS_OF });
    expect(again.orgs).toEqual(plan.orgs);
    expect(again.coverageUnits).toEqual(plan.coverageUnits);
    expect(again.members().next().value).toEqual(members.slice(0, 5000));
    const other = planDemo({ scale: 'district', seed: 2022, asOf: AS_OF });
    expect(other.members().next().value?.[0]).not.toEqual(members[0]);
  });

  it('holds at the earliest as-of date too', () => {
    const early = planDemo({ scale: 'district', seed: 3, asOf: '2010-01-01' });
    expect(orgProblems(early.orgs, '2010-01-01')).toEqual([]);
    const checker = new MemberChecker(early.orgs, '2010-01-01');
    const problems = [...early.members()].flat().flatMap((m) => checker.check(m));
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("reproduces the seed's changes since 2010 (line 177) with the roll as of asOf unchanged", () => {
    const { from, to } = historyPeriod(AS_OF);
    expect([from, to]).toEqual(['2010-01-01', '2021-10-14']);
    expect(plan.formerCount).toBe(1113);
    expect(former).toHaveLength(1113);
    const established = new Map(plan.orgs.map((o) => [o.code, o.establishedOn]));
    const figures: Record<string, number> = {};
    const add = (k: string) => {
      figures[k] = (figures[k] ?? 0) + 1;
    };
    const inPeriod = (d: string | null) => d !== null && d >= from && d <= to;
    let start = 0;
    let end = 0;
    const problems: string[] = [];
    for (const m of [...members, ...former]) {
      const { periods, problems: p, pendingTransfer } = periodsOf(m.history);
      problems.push(...p.map((x) => `${m.fullName}: ${x}`));
      const last = periods.at(-1)!;
      expect(last.validTo === null, m.fullName).toBe(m.leftOn === null);
      expect(last.orgId).toBe(m.cellCode);
      if (pendingTransfer) expect(m.leftOn).toBeNull();
      for (const period of periods) {
        // Every period in the report's window lies inside its org's life, so no cell founded in the
        // period brings members with it (which a report would count as transferred in).
        const org = established.get(period.orgId)!;
        if (org >= from) expect(period.validFrom >= org, `${m.fullName} in ${period.orgId}`).toBe(true);
        if (period.validFrom < from && (period.validTo === null || period.validTo >= from)) start++;
        if (period.validTo === null) end++;
      }
      const first = periods[0]!;
      if (inPeriod(first.validFrom)) add(first.startCause === 'ADMISSION' ? 'admitted' : 'transferredIn');
      if (last.validTo !== null && inPeriod(last.validTo)) add(last.endCause!);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(figures).toEqual({
      admitted: SEED_CHANGES.admitted,
      transferredIn: SEED_CHANGES.transferredIn,
      DIED: SEED_CHANGES.died,
      EXPELLED: SEED_CHANGES.expelled,
      REMOVED: SEED_CHANGES.removed,
      RESIGNED: SEED_CHANGES.resigned,
      ADMISSION_ANNULLED: SEED_CHANGES.admissionAnnulled,
      DEPARTURE: SEED_CHANGES.transferredOut,
    });
    // 2,675 on the report's date = 1,657 at the start + 2,131 − 1,113.
    expect(end).toBe(2675);
    expect(start).toBe(2675 - 2131 + 1113);
  });

  it('gives former members profiles and histories that hold, with numbers no member has', () => {
    const checker = new MemberChecker(plan.orgs, AS_OF);
    const problems = [...members, ...former].flatMap((m) => checker.check(m));
    expect(problems.slice(0, 10)).toEqual([]);
    for (const m of former) {
      expect(m.leftOn! >= '2010-01-01' && m.leftOn! <= AS_OF).toBe(true);
      expect(dateProblems(m, m.leftOn!)).toEqual([]);
      const exit = m.history.at(-1)!;
      expect(exit.date).toBe(m.leftOn);
      if (exit.type === 'REMOVED') expect(Object.keys(REMOVAL_CAUSES)).toContain(exit.details.cause);
      if (exit.type === 'EXPELLED') expect(m.officialDate).not.toBeNull();
      if (exit.type === 'ADMISSION_ANNULLED') expect(m.officialDate).toBeNull();
    }
    // Deaths are mostly of old members.
    const deathAges = former
      .filter((m) => m.history.at(-1)!.type === 'DIED')
      .map((m) => ageOn(m.birthDate, m.leftOn!))
      .sort((a, b) => a - b);
    expect(deathAges[Math.floor(deathAges.length / 2)]).toBeGreaterThanOrEqual(60);
  });

  it('sprinkles moves inside communes, exemptions of the old, and two transfers waiting', () => {
    const events = members.flatMap((m) => m.history.map((e) => ({ m, e })));
    const moves = events.filter(({ e }) => e.type === 'INTERNAL_MOVE');
    expect(moves.length).toBeGreaterThan(50);
    const parent = new Map(plan.orgs.map((o) => [o.code, o.parentCode]));
    const sameCommittee = moves.filter(({ e }) => parent.get(e.orgCode!) === parent.get(e.fromOrgCode!));
    expect(sameCommittee.length / moves.length).toBeGreaterThan(0.9);
    const exempt = events.filter(({ e }) => e.type === 'EXEMPTION_START');
    expect(exempt.length).toBeGreaterThanOrEqual(5);
    for (const { m, e } of exempt) expect(ageOn(m.birthDate, e.date)).toBeGreaterThanOrEqual(70);
    const pending = events.filter(({ e }) => e.type === 'TRANSFER_ISSUED');
    expect(pending).toHaveLength(2);
    for (const { m, e } of pending) {
      expect(e.date > '2021-08-15' && e.date < AS_OF).toBe(true);
      expect(e.orgCode).not.toBe(m.cellCode);
      expect(m.history.at(-1)).toBe(e);
    }
  });

  it('starts histories the way the member form does (initialEvents)', () => {
    const simple = members.filter(
      (m) =>
        m.history.every((e) => e.type === 'ADMISSION' || e.type === 'RECOGNITION') ||
        (m.history[0]!.type === 'ARRIVAL' &&
          m.history.every((e) => e.type === 'ARRIVAL' || e.type === 'RECOGNITION')),
    );
    expect(simple.length).toBeGreaterThan(2000);
    for (const m of simple.slice(0, 300)) {
      const arrival = m.history[0]!.type === 'ARRIVAL' ? m.history[0]! : null;
      const expected = initialEvents('id', m.cellCode, {
        ...m,
        ...(arrival && { arrivalDate: arrival.date, arrivalFrom: arrival.details.externalOrg as string }),
      });
      expect(
        m.history.map((e) => ({ type: e.type, date: e.date, org: e.orgCode, details: e.details })),
      ).toEqual(
        expected.map((e) => ({
          type: e.type,
          date: e.effectiveDate,
          org: e.orgId,
          details: e.details ?? {},
        })),
      );
    }
  });

  it('rejects bad options', () => {
    expect(() => planDemo({ scale: 'district', seed: 1, asOf: '2021-02-30' })).toThrow(RangeError);
    expect(() => planDemo({ scale: 'district', seed: 1, asOf: '1999-01-01' })).toThrow(RangeError);
    expect(() => planDemo({ scale: 'galaxy' as 'district', seed: 1, asOf: AS_OF })).toThrow(RangeError);
  });
});
