import { sql } from 'drizzle-orm';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { badRequest, conflict, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { formatVnDate } from '../../vn/dates.ts';
import { orgByCode, orgOn } from '../orgs/queries.ts';
import type { OpenRoundInput } from './contracts.ts';
import { ratingPolicy } from './policy.ts';
import { presentRound, type RoundRow } from './presenter.ts';
import { periodKey, periodLabel, periodRange, ruleSetFor } from './scales/index.ts';
import { loadRatingSettings } from './settings.ts';
import { undecidedCount } from './sheet.ts';

const SAME_PERIOD = 'Đã có đợt đánh giá, xếp loại kỳ này cho tổ chức này hoặc cấp trên, cấp dưới của nó.';

/** Orgs that open rounds: grassroots orgs and the levels above (not a subordinate cell). */
const OPENERS = ['DANG_BO_TINH', 'DANG_BO_HUYEN', 'DANG_BO_TRUC_THUOC', 'DANG_BO_CO_SO', 'CHI_BO_CO_SO'];

export const ROUND_SELECT = sql`SELECT r.id, r.org_id AS "orgId", o.code AS "orgCode", r.org_path AS "orgPath",
    r.period_kind AS "periodKind", r.period_key AS "periodKey", r.year, r.quarter,
    r.period_from AS "periodFrom", r.period_to AS "periodTo", r.rule_set AS "ruleSet", r.deadline, r.status,
    r.note, r.opened_by AS "openedBy", r.opened_at AS "openedAt", r.closed_at AS "closedAt", r.version
  FROM rating_rounds r JOIN orgs o ON o.id = r.org_id`;

export const loadRound = (ctx: Ctx, id: string) =>
  one<RoundRow>(ctx.db, sql`${ROUND_SELECT} WHERE r.id = ${id}`);

/** The day whose roll a round rates: the period's last day, or today while the period is still running. */
export const rollDay = (r: { periodTo: string }, today: string) => (r.periodTo < today ? r.periodTo : today);

/**
 * Opens a round: fixes the governing rule set, and lists everyone to be reviewed on the roll day —
 * every member whose home cell is in the subtree (temporarily transferred members are rated at home,
 * Hướng dẫn 21-HD/BTCTW, mục II), every grassroots org, subordinate cell and partial committee. Who of
 * them is not rated (the exempt, the too new) is the rule set's to say on the proposal sheet.
 * Subjects already rated for the period (imported history) keep their rating.
 */
export async function openRound(ctx: Ctx, input: OpenRoundInput) {
  const org = await orgByCode(ctx.db, input.orgCode);
  if (!org?.path) throw notFound(`Không tìm thấy tổ chức đảng mã ${input.orgCode}.`);
  await ratingPolicy.write(ctx, org.id);
  const path = org.path;
  const period = input.period;
  const { from, to } = periodRange(period);
  if (from > to)
    throw invalidFields([{ path: 'period.to', message: 'Cuối nhiệm kỳ phải sau đầu nhiệm kỳ.' }]);
  if (from > ctx.today)
    throw invalidFields([
      { path: 'period', message: `Kỳ ${periodLabel(period)} chưa bắt đầu: chưa mở đợt đánh giá được.` },
    ]);
  if (input.deadline < ctx.today)
    throw invalidFields([{ path: 'deadline', message: 'Hạn hoàn thành đã qua.' }]);
  const settings = await loadRatingSettings(ctx.db);
  const ruleSet = ruleSetFor(period, settings);
  if (!ruleSet.periodKinds.includes(period.kind))
    throw invalidFields([
      { path: 'period.kind', message: `${ruleSet.name} không có kỳ đánh giá này (${periodLabel(period)}).` },
    ]);
  const day = rollDay({ periodTo: to }, ctx.today);
  const state = await orgOn(ctx.db, org.id, day);
  if (!state)
    throw invalidFields([{ path: 'orgCode', message: `Tổ chức không hoạt động ngày ${formatVnDate(day)}.` }]);
  if (!OPENERS.includes(state.kind))
    throw invalidFields([
      { path: 'orgCode', message: 'Đợt đánh giá, xếp loại do tổ chức cơ sở đảng hoặc cấp ủy cấp trên mở.' },
    ]);
  const key = periodKey(period);
  const overlapping = await one(
    ctx.db,
    sql`SELECT 1 FROM rating_rounds WHERE period_key = ${key} AND status <> 'CANCELLED'
          AND (${underPath(sql`org_path`, org.path)} OR ${org.path} LIKE org_path || '%')`,
  );
  if (overlapping) throw conflict(SAME_PERIOD);
  const id = newId();
  const quarter = period.kind === 'QUARTER' ? period.quarter : null;
  const year = period.kind === 'TERM' ? Number(to.slice(0, 4)) : period.year;
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO rating_rounds (id, org_id, org_path, period_kind, period_key, year, quarter,
        period_from, period_to, rule_set, deadline, note, opened_by)
      VALUES (${id}, ${org.id}, ${org.path}, ${period.kind}, ${key}, ${year}, ${quarter}, ${from}, ${to},
        ${ruleSet.id}, ${input.deadline}, ${input.note ?? null}, ${ctx.actor.username})`);
    await tx.execute(sql`INSERT INTO ratings (id, round_id, source, subject, subject_id, member_id, org_id, org_path,
        period_kind, period_key, year, quarter, rule_set)
      SELECT gen_random_uuid()::text, ${id}, 'ROUND', 'MEMBER', p.member_id, p.member_id, p.org_id, o.path,
        ${period.kind}, ${key}, ${year}, ${quarter}, ${ruleSet.id}
      FROM membership_periods p JOIN orgs o ON o.id = p.org_id
      WHERE p.valid_from <= ${day}::date AND (p.valid_to IS NULL OR p.valid_to > ${day}::date)
        AND ${underPath(sql`o.path`, path)}
      ON CONFLICT (subject, subject_id, period_key) DO NOTHING`);
    await tx.execute(sql`INSERT INTO ratings (id, round_id, source, subject, subject_id, org_id, org_path, org_group,
        period_kind, period_key, year, quarter, rule_set)
      SELECT gen_random_uuid()::text, ${id}, 'ROUND', 'ORG', o.id, o.id, o.path,
        CASE v.kind WHEN 'CHI_BO_TRUC_THUOC' THEN 'CELL' WHEN 'DANG_BO_BO_PHAN' THEN 'PARTIAL' ELSE 'GRASSROOTS' END,
        ${period.kind}, ${key}, ${year}, ${quarter}, ${ruleSet.id}
      FROM org_versions v JOIN orgs o ON o.id = v.org_id
      WHERE v.valid_from <= ${day}::date AND (v.valid_to IS NULL OR v.valid_to > ${day}::date)
        AND v.kind IN ('DANG_BO_CO_SO', 'CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC', 'DANG_BO_BO_PHAN')
        AND ${underPath(sql`o.path`, path)}
      ON CONFLICT (subject, subject_id, period_key) DO NOTHING`);
    await recordAudit(tx, ctx, {
      action: 'rating.round.open',
      entityType: 'rating_round',
      entityId: id,
      after: input,
    });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict(SAME_PERIOD);
    throw e;
  });
  return roundDetail(ctx, id);
}

/** A round with its progress over the part of its subtree the caller sees. */
export async function roundDetail(ctx: Ctx, id: string) {
  const r = await loadRound(ctx, id);
  if (!r) throw notFound('Không tìm thấy đợt đánh giá, xếp loại.');
  const prefix = await ratingPolicy.roundView(ctx, r.orgPath);
  const progress = await one<Record<string, number>>(
    ctx.db,
    sql`SELECT count(*) FILTER (WHERE subject = 'MEMBER')::int AS members,
          count(*) FILTER (WHERE subject = 'MEMBER' AND self_submitted_at IS NOT NULL)::int AS "selfAssessed",
          count(*) FILTER (WHERE subject = 'MEMBER' AND proposed_level IS NOT NULL)::int AS "membersProposed",
          count(*) FILTER (WHERE subject = 'MEMBER' AND level IS NOT NULL)::int AS "membersDecided",
          count(*) FILTER (WHERE subject = 'ORG')::int AS orgs,
          count(*) FILTER (WHERE subject = 'ORG' AND proposed_level IS NOT NULL)::int AS "orgsProposed",
          count(*) FILTER (WHERE subject = 'ORG' AND level IS NOT NULL)::int AS "orgsDecided"
        FROM ratings WHERE round_id = ${id} AND ${underPath(sql`org_path`, prefix)}`,
  );
  return { ...presentRound(r, ctx.today), progress };
}

/** Rounds the caller can take part in: opened in their subtree or above it. */
export async function listRounds(
  ctx: Ctx,
  q: { org?: string; status?: string; page: number; pageSize: number },
) {
  if (ctx.actor.role === 'member') throw notFound('Không tìm thấy đợt đánh giá, xếp loại.');
  const scope = await scopeOf(ctx);
  let filterPath: string | null = null;
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org?.path) throw notFound(`Không tìm thấy tổ chức đảng mã ${q.org}.`);
    await ratingPolicy.read(ctx, org.id);
    filterPath = org.path;
  }
  const mine = scope.pathPrefix;
  const where = sql`WHERE TRUE
    ${mine === null ? sql`` : sql`AND (${underPath(sql`r.org_path`, mine)} OR ${mine} LIKE r.org_path || '%')`}
    ${filterPath === null ? sql`` : sql`AND (${underPath(sql`r.org_path`, filterPath)} OR ${filterPath} LIKE r.org_path || '%')`}
    ${q.status ? sql`AND r.status = ${q.status}` : sql``}`;
  const total = (await one<{ n: number }>(
    ctx.db,
    sql`SELECT count(*)::int AS n FROM rating_rounds r ${where}`,
  ))!.n;
  const items = await rows<RoundRow>(
    ctx.db,
    sql`${ROUND_SELECT} ${where} ORDER BY r.period_to DESC, r.opened_at DESC
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { items: items.map((r) => presentRound(r, ctx.today)), total };
}

/**
 * Closes a round once every subject to be rated has a decided level. Decisions are already locked one
 * by one; closing marks the round done for the dashboards and stops new self-assessments.
 */
export async function closeRound(ctx: Ctx, id: string, version: number) {
  const r = await loadRound(ctx, id);
  if (!r) throw notFound('Không tìm thấy đợt đánh giá, xếp loại.');
  await ratingPolicy.write(ctx, r.orgId);
  if (r.version !== version) throw conflict('Đợt đánh giá vừa được cập nhật. Hãy tải lại trang.');
  if (r.status !== 'OPEN') throw badRequest('Đợt đánh giá không còn mở.');
  const left = await undecidedCount(ctx, r);
  if (left > 0)
    throw badRequest(
      `Còn ${left} đảng viên, tổ chức đảng phải xếp loại nhưng chưa có quyết định: chưa kết thúc đợt được.`,
    );
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE rating_rounds SET status = 'CLOSED', closed_at = now(), version = version + 1
      WHERE id = ${id}`);
    await recordAudit(tx, ctx, { action: 'rating.round.close', entityType: 'rating_round', entityId: id });
  });
  return roundDetail(ctx, id);
}
