/**
 * The demo's rating history: every member, grassroots org and subordinate cell rated for each year
 * from 2015 whose annual review is over, under the scale in force that year (ratings/scales), with the
 * shares the seeds report (most HTTNV, about 12% of members HTXSNV, a few HTNV, rare failures).
 *
 * Each drawn level is then run through the rule set's own checks and lowered until nothing refuses it:
 * an org's level limited by its members' or cells' (Hướng dẫn 21-HD/BTCTW mục II.B tiết 1.3; Hướng dẫn
 * 27-HD/BTCTW "yếu kém"), the 20% quota of HTXSNV against HTTNV per grassroots org under 132, 124 and
 * 366, and under 366 a score inside its level's band. Who is rated follows Hướng dẫn 21-HD/BTCTW mục II:
 * not the exempt (any day of the year), not those admitted or founded in the last six months of the
 * year (applied to every year, so the history looks the same across the change of scale).
 * Pure and seeded: the same seed gives the same history, whatever ids the loader chose.
 */
import type { HistoryRating } from '../../imports/ratingWrite.ts';
import { type OrgGroup, orgGroupOf } from '../../ratings/orgGroup.ts';
import {
  checkCase,
  checkGroup,
  DEFAULT_SETTINGS,
  type LevelCode,
  levelsFor,
  type Period,
  type RatingCase,
  type RatingSettings,
  type RuleSet,
  ratingContext,
  SCORE_BANDS,
} from '../../ratings/scales/index.ts';
import { createRng, type Rng } from './random.ts';

export interface RatingOrgVersion {
  orgId: string;
  code: string;
  path: string;
  parentId: string | null;
  kind: string;
  validFrom: string;
  validTo: string | null;
}

export interface RatingPeriod {
  memberId: string;
  orgId: string;
  status: string;
  exemption: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface RatingMember {
  id: string;
  /** A key the plan gives the same member on every load (the ids are new each time). */
  stableKey: string;
  admittedOn: string;
}

export type PlannedRating = HistoryRating & { level: LevelCode };

/** The annual review runs from December to February: a year is history once March of the next has begun. */
export function lastReviewedYear(asOf: string): number {
  const y = Number(asOf.slice(0, 4));
  return asOf.slice(5) >= '03-01' ? y - 1 : y - 2;
}

export const FIRST_RATED_YEAR = 2015;

type Tier = 'top' | 'good' | 'ok' | 'low';
/** A member's steady tendency (20% strong, 70% steady, 10% weak) and each tendency's yearly odds. */
const MEMBER_ODDS: Record<'strong' | 'steady' | 'weak', readonly (readonly [Tier, number])[]> = {
  strong: [
    ['top', 0.4],
    ['good', 0.57],
    ['ok', 0.03],
  ],
  steady: [
    ['top', 0.055],
    ['good', 0.89],
    ['ok', 0.05],
    ['low', 0.005],
  ],
  weak: [
    ['good', 0.5],
    ['ok', 0.44],
    ['low', 0.06],
  ],
};
const ORG_ODDS: readonly (readonly [Tier, number])[] = [
  ['top', 0.15],
  ['good', 0.72],
  ['ok', 0.11],
  ['low', 0.02],
];
/** Before 2018 most grassroots orgs were "trong sạch, vững mạnh", the top of that scale. */
const ORG_ODDS_UNTIL_2017: readonly (readonly [Tier, number])[] = [
  ['top', 0.5],
  ['good', 0.4],
  ['ok', 0.08],
  ['low', 0.02],
];
const TIER_RANK: Record<Tier, number> = { top: 4, good: 3, ok: 2, low: 1 };

const levelOfRank = (rs: RuleSet, subject: 'MEMBER' | 'ORG', rank: number): LevelCode =>
  levelsFor(rs, subject).find((l) => l.rank === rank)!.code;

const covers = (p: { validFrom: string; validTo: string | null }, day: string) =>
  p.validFrom <= day && (p.validTo === null || p.validTo > day);

/** A score inside the level's band of Quy định 366-QĐ/TW Điều 11, split into general (≤ 30) and tasks (≤ 70). */
function scoreFor(level: LevelCode, rng: Rng) {
  const band = SCORE_BANDS.findIndex((b) => b.code === level);
  const min = Math.max(SCORE_BANDS[band]!.min, 35);
  const max = band === 0 ? 98 : SCORE_BANDS[band - 1]!.min - 0.5;
  const total = min + rng.int(0, (max - min) * 2) / 2;
  const share = Math.round(total * 0.3 * 2 + rng.int(-2, 2)) / 2;
  const general = Math.min(30, Math.max(total - 70, share, 0));
  return { total, general, tasks: total - general };
}

/** Lowers a level one step at a time until the rule set refuses nothing. */
function settle(ctx: ReturnType<typeof ratingContext>, c: RatingCase & { level: LevelCode }): LevelCode {
  let level = c.level;
  for (;;) {
    const found = checkCase(ctx, { ...c, level });
    const rank = levelsFor(ctx.ruleSet, c.subject).find((l) => l.code === level)!.rank;
    if (!found.some((f) => f.severity === 'error') || rank === 1) return level;
    level = levelOfRank(ctx.ruleSet, c.subject, rank - 1);
  }
}

/** Demotes HTXSNV to HTTNV, chosen at random, until the group is within the 20% quota. */
function withinQuota(
  ctx: ReturnType<typeof ratingContext>,
  subject: 'MEMBER' | 'ORG',
  rows: PlannedRating[],
  rng: Rng,
) {
  if (ctx.ruleSet.groupConstraints.length === 0) return;
  const group = () => ({ subject, label: '', levels: rows.map((r) => r.level) });
  while (checkGroup(ctx, group()).length > 0) {
    const top = rows.filter((r) => r.level === 'HTXSNV');
    if (!top.length) return;
    rng.pick(top).level = 'HTTNV';
  }
}

export function planRatingHistory(input: {
  seed: number;
  asOf: string;
  orgs: readonly RatingOrgVersion[];
  periods: readonly RatingPeriod[];
  members: readonly RatingMember[];
  settings?: RatingSettings;
}): PlannedRating[] {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const root = createRng(input.seed).fork('ratings');
  const member = new Map(input.members.map((m) => [m.id, m] as const));
  const tendency = new Map(
    input.members.map((m) => {
      const u = root.fork('tendency', m.stableKey).next();
      return [m.id, u < 0.2 ? 'strong' : u < 0.9 ? 'steady' : 'weak'] as const;
    }),
  );
  const byMember = new Map<string, RatingPeriod[]>();
  for (const p of input.periods) {
    const list = byMember.get(p.memberId) ?? [];
    list.push(p);
    byMember.set(p.memberId, list);
  }
  const out: PlannedRating[] = [];
  for (let year = FIRST_RATED_YEAR; year <= lastReviewedYear(input.asOf); year++) {
    const period: Period = { kind: 'YEAR', year };
    const ctx = ratingContext(period, settings);
    const rs = ctx.ruleSet;
    const end = `${year}-12-31`;
    const cutoff = `${year}-06-30`;
    const scored = rs.scoring !== undefined;
    const orgs = new Map(input.orgs.filter((v) => covers(v, end)).map((v) => [v.orgId, v] as const));
    const grassrootsOf = (id: string): RatingOrgVersion | undefined => {
      for (let o = orgs.get(id); o; o = o.parentId ? orgs.get(o.parentId) : undefined)
        if (orgGroupOf(o.kind) === 'GRASSROOTS') return o;
      return undefined;
    };
    // Members on the roll at the year's end, by cell, in the plan's own order.
    const byCell = new Map<string, { m: RatingMember; probationary: boolean }[]>();
    for (const [id, periods] of byMember) {
      const m = member.get(id);
      const last = periods.find((p) => covers(p, end));
      if (!m || !last || m.admittedOn > cutoff || !orgs.has(last.orgId)) continue;
      const exempt = periods.some(
        (p) =>
          p.exemption === 'EXEMPT' &&
          p.validFrom <= end &&
          (p.validTo === null || p.validTo > `${year}-01-01`),
      );
      if (exempt) continue;
      const list = byCell.get(last.orgId) ?? [];
      list.push({ m, probationary: last.status === 'PROBATIONARY' });
      byCell.set(last.orgId, list);
    }
    const memberRows = new Map<string, PlannedRating[]>();
    // Members are compared for the quota within their grassroots org ("trong từng tổ chức cơ sở đảng").
    const memberGroups = new Map<string, PlannedRating[]>();
    for (const cell of [...orgs.values()].sort((a, b) => a.code.localeCompare(b.code))) {
      const list = byCell.get(cell.orgId);
      if (!list) continue;
      list.sort((a, b) => a.m.stableKey.localeCompare(b.m.stableKey));
      const rng = root.fork('members', year, cell.code);
      const rows = list.map(({ m, probationary }) => {
        const drawn = levelOfRank(rs, 'MEMBER', TIER_RANK[rng.weighted(MEMBER_ODDS[tendency.get(m.id)!])]);
        const level = settle(ctx, {
          subject: 'MEMBER',
          id: m.id,
          level: drawn,
          probationary,
          since: m.admittedOn,
        });
        return rating('MEMBER', m.id, m.id, cell, null, level);
      });
      memberRows.set(cell.orgId, rows);
      const grassroots = grassrootsOf(cell.orgId);
      const key = grassroots?.code ?? cell.code;
      const group = memberGroups.get(key) ?? [];
      group.push(...rows);
      memberGroups.set(key, group);
    }
    for (const [key, rows] of memberGroups) withinQuota(ctx, 'MEMBER', rows, root.fork('quota', year, key));

    // Cells first (their members are rated), then the grassroots committees (their cells are).
    const rated = [...orgs.values()]
      .filter(
        (o) =>
          (orgGroupOf(o.kind) === 'GRASSROOTS' || orgGroupOf(o.kind) === 'CELL') && o.validFrom <= cutoff,
      )
      .sort(
        (a, b) =>
          Number(a.kind === 'DANG_BO_CO_SO') - Number(b.kind === 'DANG_BO_CO_SO') ||
          a.code.localeCompare(b.code),
      );
    const orgRows = new Map<string, PlannedRating>();
    const rng = root.fork('orgs', year);
    const odds = rs.id === 'UNTIL_2017' ? ORG_ODDS_UNTIL_2017 : ORG_ODDS;
    for (const o of rated) {
      const committee = o.kind === 'DANG_BO_CO_SO';
      const children = committee
        ? {
            kind: 'ORGS' as const,
            levels: [...orgRows.values()]
              .filter((r) => orgs.get(r.orgId)?.parentId === o.orgId)
              .map((r) => r.level),
          }
        : { kind: 'MEMBERS' as const, levels: (memberRows.get(o.orgId) ?? []).map((r) => r.level) };
      const drawn = levelOfRank(rs, 'ORG', TIER_RANK[rng.weighted(odds)]);
      const level = settle(ctx, { subject: 'ORG', id: o.orgId, level: drawn, since: o.validFrom, children });
      orgRows.set(o.orgId, rating('ORG', o.orgId, null, o, orgGroupOf(o.kind), level));
      // Once a committee's cells are all rated, they are compared with each other for the quota.
      if (committee) {
        const cells = [...orgRows.values()].filter((r) => orgs.get(r.orgId)?.parentId === o.orgId);
        withinQuota(ctx, 'ORG', cells, root.fork('quota', year, o.code));
      }
    }
    const grassroots = [...orgRows.values()].filter((r) => r.orgGroup === 'GRASSROOTS');
    withinQuota(ctx, 'ORG', grassroots, root.fork('quota', year, 'grassroots'));

    for (const rows of memberRows.values()) out.push(...rows);
    out.push(...orgRows.values());
    if (scored) {
      const scores = root.fork('scores', year);
      for (const r of out)
        if (r.year === year) {
          const s = scoreFor(r.level, scores);
          Object.assign(r, { score: s.total, scoreGeneral: s.general, scoreTasks: s.tasks });
        }
    }

    function rating(
      subject: 'MEMBER' | 'ORG',
      subjectId: string,
      memberId: string | null,
      org: RatingOrgVersion,
      orgGroup: OrgGroup | null,
      level: LevelCode,
    ): PlannedRating {
      return {
        subject,
        subjectId,
        memberId,
        orgId: org.orgId,
        orgPath: org.path,
        orgGroup,
        periodKind: 'YEAR',
        periodKey: `Y${year}`,
        year,
        quarter: null,
        ruleSet: rs.id,
        level,
        score: null,
      };
    }
  }
  return out;
}
