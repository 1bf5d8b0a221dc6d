import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../platform/db/query.ts';
import { type TestApp, TODAY, testApp } from '../../testing/app.ts';
import { orgGroupOf } from '../ratings/orgGroup.ts';
import {
  bandFor,
  checkCase,
  checkGroup,
  findLevel,
  type RuleSetId,
  ratingContext,
  ruleSetById,
  ruleSetFor,
} from '../ratings/scales/index.ts';
import { loadDemo } from './load.ts';
import { lastReviewedYear, planRatingHistory } from './plan/ratings.ts';

interface Rated {
  subject: 'MEMBER' | 'ORG';
  subjectId: string;
  orgId: string;
  orgPath: string;
  orgGroup: string | null;
  year: number;
  ruleSet: RuleSetId;
  level: string;
  score: number | null;
  general: number | null;
  tasks: number | null;
  source: string;
  locked: boolean;
}

let t: TestApp;
let all: Rated[];
let kindByCode: Map<string, string>;
beforeAll(async () => {
  t = await testApp();
  await loadDemo(t.database, { scale: 'district', seed: 7, asOf: TODAY });
  all = await rows<Rated>(
    t.database.db,
    sql`SELECT subject, subject_id AS "subjectId", org_id AS "orgId", org_path AS "orgPath", org_group AS "orgGroup", year,
          rule_set AS "ruleSet", level, score::float8 AS score, score_general::float8 AS general, score_tasks::float8 AS tasks,
          source, locked
        FROM ratings WHERE round_id IS NULL`,
  );
  const kinds = await rows<{ code: string; kind: string }>(
    t.database.db,
    sql`SELECT o.code, v.kind FROM orgs o JOIN org_versions v ON v.org_id = o.id WHERE v.valid_to IS NULL`,
  );
  kindByCode = new Map(kinds.map((k) => [k.code, k.kind] as const));
}, 240_000);
afterAll(() => t.close());

const members = () => all.filter((r) => r.subject === 'MEMBER');
const share = (list: Rated[], level: string) => list.filter((r) => r.level === level).length / list.length;

// The history only: this period's open round (ratingsRound.ts) is the rounds' to test.
describe('the demo rating history', () => {
  it('covers 2015 to the last reviewed year, decided, locked and brought in as history', () => {
    const years = [...new Set(all.map((r) => r.year))].sort();
    expect(lastReviewedYear(TODAY)).toBe(2025);
    expect(lastReviewedYear('2026-02-28')).toBe(2024);
    expect(years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(all.every((r) => r.source === 'IMPORT' && r.locked)).toBe(true);
    // Every year has its members, grassroots orgs (51) and subordinate cells rated.
    for (const year of years) {
      const of = all.filter((r) => r.year === year);
      expect(of.filter((r) => r.subject === 'MEMBER').length).toBeGreaterThan(1500);
      expect(of.filter((r) => r.orgGroup === 'GRASSROOTS').length).toBeGreaterThan(40);
      expect(of.filter((r) => r.orgGroup === 'CELL').length).toBeGreaterThan(150);
    }
  });

  it("rates each year under the rule set in force then, with levels of that rule set's scale", () => {
    for (const r of all) {
      expect(r.ruleSet).toBe(ruleSetFor({ kind: 'YEAR', year: r.year }).id);
      expect(findLevel(ruleSetById(r.ruleSet), r.subject, r.level), `${r.year} ${r.level}`).toBeDefined();
    }
    expect(new Set(all.filter((r) => r.year <= 2017 && r.subject === 'ORG').map((r) => r.level))).toContain(
      'TSVM',
    );
    expect(all.some((r) => r.year >= 2018 && (r.level === 'TSVM' || r.level === 'YEU_KEM'))).toBe(false);
  });

  it("has the seeds' shares: most HTTNV, 10–15% of members HTXSNV, a few HTNV, rare failures", () => {
    const m = members();
    expect(share(m, 'HTXSNV')).toBeGreaterThan(0.1);
    expect(share(m, 'HTXSNV')).toBeLessThan(0.15);
    expect(share(m, 'HTTNV')).toBeGreaterThan(0.7);
    expect(share(m, 'HTNV')).toBeGreaterThan(0.03);
    expect(share(m, 'HTNV')).toBeLessThan(0.12);
    const failed = share(m, 'KHTNV') + share(m, 'VI_PHAM_TU_CACH');
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(0.02);
  });

  it('rates no member in a year they were not a member, nor in a year they were exempt', async () => {
    const [outside] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM ratings r WHERE r.round_id IS NULL AND r.subject = 'MEMBER' AND NOT EXISTS (
            SELECT 1 FROM membership_periods p WHERE p.member_id = r.member_id AND p.org_id = r.org_id
              AND p.valid_from <= make_date(r.year, 12, 31) AND (p.valid_to IS NULL OR p.valid_to > make_date(r.year, 12, 31)))`,
    );
    expect(outside!.n).toBe(0);
    const [exempt] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM ratings r JOIN membership_periods p ON p.member_id = r.member_id
          WHERE r.round_id IS NULL AND p.exemption = 'EXEMPT' AND p.valid_from <= make_date(r.year, 12, 31)
            AND (p.valid_to IS NULL OR p.valid_to > make_date(r.year, 1, 1))`,
    );
    expect(exempt!.n).toBe(0);
    const [exemptSomeYear] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(DISTINCT member_id)::int AS n FROM membership_periods WHERE exemption = 'EXEMPT'`,
    );
    expect(exemptSomeYear!.n).toBeGreaterThan(0);
  });

  it('keeps HTXSNV within 20% of HTTNV in every grassroots org and year under 132, 124 and 366', () => {
    const groups = new Map<string, Rated[]>();
    for (const r of members()) {
      const codes = r.orgPath.split('/').filter(Boolean);
      const grassroots = codes.find((c) => orgGroupOf(kindByCode.get(c)!) === 'GRASSROOTS')!;
      const key = `${r.year}|${grassroots}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    let checked = 0;
    for (const [key, list] of groups) {
      const ctx = ratingContext({ kind: 'YEAR', year: list[0]!.year });
      if (ctx.ruleSet.id === 'UNTIL_2017') continue;
      const found = checkGroup(ctx, { subject: 'MEMBER', label: key, levels: list.map((r) => r.level) });
      expect(found, key).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("gives every org a level its members' and cells' results allow", () => {
    const childLevels = new Map<string, string[]>();
    for (const r of all) {
      const parent =
        r.subject === 'MEMBER' ? r.orgId : r.orgGroup === 'CELL' ? r.orgPath.split('/').at(-3)! : null;
      if (!parent) continue;
      const key = `${r.year}|${r.subject === 'MEMBER' ? 'M' : 'O'}|${parent}`;
      childLevels.set(key, [...(childLevels.get(key) ?? []), r.level]);
    }
    const codeOf = new Map(
      all.filter((r) => r.subject === 'ORG').map((r) => [r.orgId, r.orgPath.split('/').at(-2)!]),
    );
    for (const r of all.filter((x) => x.subject === 'ORG')) {
      const committee = kindByCode.get(codeOf.get(r.orgId)!) === 'DANG_BO_CO_SO';
      const levels =
        childLevels.get(`${r.year}|${committee ? 'O' : 'M'}|${committee ? codeOf.get(r.orgId) : r.orgId}`) ??
        [];
      const found = checkCase(ratingContext({ kind: 'YEAR', year: r.year }), {
        subject: 'ORG',
        id: r.orgId,
        level: r.level,
        children: { kind: committee ? 'ORGS' : 'MEMBERS', levels },
        ...(r.score !== null ? { score: { total: r.score, general: r.general!, tasks: r.tasks! } } : {}),
      });
      expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('scores 2025 (Quy định 366-QĐ/TW) inside each level band, general ≤ 30 and tasks ≤ 70', () => {
    const scored = all.filter((r) => r.ruleSet === 'QD366');
    expect(scored.length).toBeGreaterThan(1500);
    for (const r of scored) {
      expect(bandFor(r.score!)).toBe(r.level);
      expect(r.general! + r.tasks!).toBeCloseTo(r.score!, 6);
      expect(r.general!).toBeLessThanOrEqual(30);
      expect(r.tasks!).toBeLessThanOrEqual(70);
    }
    expect(all.filter((r) => r.ruleSet !== 'QD366').every((r) => r.score === null)).toBe(true);
  });

  it('is the same history for the same seed, whatever ids the loader gave', () => {
    const input = {
      seed: 7,
      asOf: TODAY,
      orgs: [
        {
          orgId: 'd',
          code: 'D',
          path: '/D/',
          parentId: null,
          kind: 'DANG_BO_HUYEN',
          validFrom: '2000-01-01',
          validTo: null,
        },
        {
          orgId: 'g',
          code: 'D.G',
          path: '/D/D.G/',
          parentId: 'd',
          kind: 'DANG_BO_CO_SO',
          validFrom: '2000-01-01',
          validTo: null,
        },
        {
          orgId: 'c',
          code: 'D.G.C',
          path: '/D/D.G/D.G.C/',
          parentId: 'g',
          kind: 'CHI_BO_TRUC_THUOC',
          validFrom: '2000-01-01',
          validTo: null,
        },
      ],
      members: Array.from({ length: 30 }, (_, i) => ({
        id: `m${i}`,
        stableKey: `k${i}`,
        admittedOn: '2010-01-01',
      })),
      periods: Array.from({ length: 30 }, (_, i) => ({
        memberId: `m${i}`,
        orgId: 'c',
        status: 'OFFICIAL',
        exemption: null,
        validFrom: '2010-01-01',
        validTo: i === 0 ? '2019-05-01' : null,
      })),
    };
    const once = planRatingHistory(input);
    const renamed = planRatingHistory({
      ...input,
      members: input.members.map((m) => ({ ...m, id: `x${m.id}` })),
      periods: input.periods.map((p) => ({ ...p, memberId: `x${p.memberId}` })),
    });
    const strip = (list: typeof once) => list.map((r) => ({ ...r, subjectId: '', memberId: '' }));
    expect(strip(renamed)).toEqual(strip(once));
    // The member who left in May 2019 has no rating from 2019 on.
    expect(once.filter((r) => r.memberId === 'm0').map((r) => r.year)).toEqual([2015, 2016, 2017, 2018]);
  });
});
