import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { notFound } from '../../platform/errors.ts';
import { orgByCode } from '../orgs/queries.ts';
import { type CaseFacts, loadFacts } from './facts.ts';
import { type ChainOrg, deciderOn, orgChain } from './orgChain.ts';
import { ratingPolicy } from './policy.ts';
import { levelOut, presentRound, type RoundRow, roundPeriod } from './presenter.ts';
import { type LevelRow, levelRows, loadRatings, type RatingRow } from './queries.ts';
import { loadRound, rollDay } from './rounds.ts';
import {
  type CheckContext,
  checkCase,
  checkGroup,
  type Finding,
  levelsFor,
  mustBeRated,
  ratingContext,
  ruleSetById,
} from './scales/index.ts';
import { loadRatingSettings } from './settings.ts';

/** The rule context and the facts of a round's ratings, as the sheet and the decisions need them. */
export async function roundContext(ctx: Ctx, r: RoundRow) {
  const settings = await loadRatingSettings(ctx.db);
  const period = roundPeriod(r);
  const check = ratingContext(period, settings, ruleSetById(r.ruleSet));
  const day = rollDay(r, ctx.today);
  return { check, day, span: { from: r.periodFrom, to: r.periodTo, year: r.year, day, roundId: r.id } };
}

/** A member's or org's score as the rules read it. */
export const scoreOf = (general: number | null | undefined, tasks: number | null | undefined) =>
  general === null || general === undefined || tasks === null || tasks === undefined
    ? undefined
    : { total: Math.round((general + tasks) * 100) / 100, general, tasks };

/** Path of the grassroots org holding each rating, from the grassroots orgs rated in the same list. */
export function grassrootsPaths(list: readonly LevelRow[], fallback: string | null) {
  const roots = list
    .filter((r) => r.subject === 'ORG' && r.orgGroup === 'GRASSROOTS')
    .map((r) => r.orgPath)
    .sort((a, b) => b.length - a.length);
  return (r: LevelRow) =>
    roots.find((p) => r.orgPath.startsWith(p) && p !== r.orgPath) ??
    (r.orgGroup === 'GRASSROOTS' ? null : fallback);
}

/**
 * The quota of HTXSNV per comparable group (Quy định 132/124 and Hướng dẫn 21-HD/BTCTW mục II.B.2.3):
 * the members of one grassroots org, its subordinate cells, and the grassroots orgs under one
 * committee. `levelOf` gives each rating's level at this stage (proposed or decided).
 */
export function groupFindings(
  check: CheckContext,
  list: readonly LevelRow[],
  levelOf: (r: LevelRow) => string | null,
  groupOf: (r: LevelRow) => string | null,
  labelOf: (key: string) => string,
): Finding[] {
  const groups = new Map<string, { subject: 'MEMBER' | 'ORG'; levels: string[] }>();
  for (const r of list) {
    const level = levelOf(r);
    if (level === null) continue;
    const key = `${r.subject}|${r.subject === 'ORG' && r.orgGroup === 'GRASSROOTS' ? `above:${groupOf(r) ?? ''}` : (groupOf(r) ?? '')}`;
    const g = groups.get(key) ?? { subject: r.subject, levels: [] };
    g.levels.push(level);
    groups.set(key, g);
  }
  return [...groups.entries()].flatMap(([key, g]) =>
    checkGroup(check, { subject: g.subject, label: labelOf(key.split('|')[1]!), levels: g.levels }),
  );
}

export function presentRating(r: RatingRow, check: CheckContext, facts: CaseFacts, decider?: ChainOrg) {
  const current = r.level ?? r.proposedLevel;
  const score = scoreOf(r.scoreGeneral, r.scoreTasks);
  const c = facts.of(r, current, { ...(score && { score }), ...(r.taskFacts && { tasks: r.taskFacts }) });
  const found = checkCase(check, c);
  const notRated = !mustBeRated(check, c);
  return {
    id: r.id,
    subject: r.subject,
    memberId: r.memberId,
    name: r.name,
    org: { id: r.orgId, code: r.orgCode },
    orgGroup: r.orgGroup,
    probationary: c.probationary ?? false,
    exempt: c.exempt ?? false,
    toBeRated: !notRated,
    self: r.selfSubmittedAt
      ? {
          level: levelOut(r.ruleSet, r.subject, r.selfLevel),
          submittedAt: r.selfSubmittedAt,
          ...r.selfAssessment,
        }
      : null,
    proposed: levelOut(r.ruleSet, r.subject, r.proposedLevel),
    proposalNote: r.proposalNote,
    level: levelOut(r.ruleSet, r.subject, r.level),
    score: r.score,
    scoreGeneral: r.scoreGeneral,
    scoreTasks: r.scoreTasks,
    taskFacts: r.taskFacts,
    decisionNote: r.decisionNote,
    locked: r.locked,
    version: r.version,
    decider: decider ? { code: decider.code, name: decider.name } : null,
    findings: found
      .filter((f) => !(notRated && f.code === 'LEVEL_MISSING'))
      .map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
  };
}

/**
 * The proposal sheet (and decision sheet) of one org in a round: every member and org under it, with
 * self-assessments, proposed and decided levels, and each constraint's findings inline, plus the quota
 * of each comparable group. Read by the cell to propose and by the committee to decide.
 */
export async function ratingSheet(ctx: Ctx, roundId: string, orgCode: string) {
  const r = await loadRound(ctx, roundId);
  if (!r) throw notFound('Không tìm thấy đợt đánh giá, xếp loại.');
  const visible = await ratingPolicy.roundView(ctx, r.orgPath);
  const org = await orgByCode(ctx.db, orgCode);
  if (!org?.path?.startsWith(visible))
    throw notFound(`Không tìm thấy tổ chức đảng mã ${orgCode} trong đợt này.`);
  const { check, day, span } = await roundContext(ctx, r);
  const chain = await orgChain(ctx.db, org.path, day);
  const list = await loadRatings(
    ctx.db,
    sql`r.round_id = ${r.id} AND ${underPath(sql`r.org_path`, org.path)}`,
  );
  const facts = await loadFacts(ctx.db, list, span, 'proposal');
  const outerGrassroots = chain.findLast((o) => o.kind === 'DANG_BO_CO_SO' || o.kind === 'CHI_BO_CO_SO');
  const groupOf = grassrootsPaths(list, outerGrassroots?.path ?? null);
  // A cell's quota is its grassroots org's: read the whole grassroots org's levels, not just the cell's.
  const quotaList =
    outerGrassroots && outerGrassroots.path !== org.path
      ? await levelRows(
          ctx.db,
          sql`r.round_id = ${r.id} AND ${underPath(sql`r.org_path`, outerGrassroots.path)}`,
        )
      : list;
  const names = new Map(
    [
      ...chain,
      ...list.filter((x) => x.subject === 'ORG').map((x) => ({ path: x.orgPath, name: x.name })),
    ].map((o) => [o.path, o.name]),
  );
  const groups = groupFindings(
    check,
    quotaList,
    (x) => x.level ?? x.proposedLevel,
    grassrootsPaths(quotaList, outerGrassroots?.path ?? null),
    (key) => names.get(key.replace(/^above:/, '')) ?? 'toàn đợt',
  );
  const decidersCache = new Map<string, ChainOrg | undefined>();
  const deciderFor = async (x: RatingRow) => {
    const key = `${x.subject}|${x.orgGroup}|${groupOf(x) ?? x.orgPath}`;
    if (!decidersCache.has(key))
      decidersCache.set(key, deciderOn(await orgChain(ctx.db, x.orgPath, day), x.subject, x.orgGroup));
    return decidersCache.get(key);
  };
  const items = [];
  for (const x of list) items.push(presentRating(x, check, facts, await deciderFor(x)));
  const rs = check.ruleSet;
  return {
    round: presentRound(r, ctx.today),
    org: { code: orgCode, name: chain.at(-1)?.name ?? orgCode },
    scale: {
      members: levelsFor(rs, 'MEMBER').map(({ code, label }) => ({ code, label })),
      orgs: levelsFor(rs, 'ORG').map(({ code, label }) => ({ code, label })),
      scoring: rs.scoring ?? null,
    },
    canPropose: r.status === 'OPEN' && ['admin', 'org_staff', 'secretary'].includes(ctx.actor.role),
    actorOrgId: ctx.actor.orgId,
    items,
    groupFindings: groups.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
  };
}

/** How many subjects of the round must be rated and have no decided level (what blocks closing). */
export async function undecidedCount(ctx: Ctx, r: RoundRow): Promise<number> {
  const list = await loadRatings(ctx.db, sql`r.round_id = ${r.id} AND (r.level IS NULL OR NOT r.locked)`);
  if (list.length === 0) return 0;
  const { check, span } = await roundContext(ctx, r);
  const facts = await loadFacts(ctx.db, list, span, 'decision');
  return list.filter((x) => mustBeRated(check, facts.of(x, null))).length;
}
