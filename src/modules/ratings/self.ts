import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { badRequest, conflict, forbidden, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { formatVnDate } from '../../vn/dates.ts';
import type { SelfAssessmentInput } from './contracts.ts';
import { groupScores } from './criteria.ts';
import { loadFacts } from './facts.ts';
import { levelOut, presentRound } from './presenter.ts';
import { loadRatings } from './queries.ts';
import { loadRound } from './rounds.ts';
import { checkCase, levelsFor, periodFromKey, periodLabel, ruleSetById } from './scales/index.ts';
import { loadRatingSettings } from './settings.ts';
import { roundContext, scoreOf } from './sheet.ts';

const labelOfKey = (key: string) => {
  const p = periodFromKey(key);
  return p ? periodLabel(p) : key;
};

function ownMember(ctx: Ctx): string {
  if (ctx.actor.role !== 'member' || !ctx.actor.memberId)
    throw forbidden('Chỉ đảng viên tự kiểm điểm, cam kết cho chính mình.');
  return ctx.actor.memberId;
}

/**
 * The member's own page of ratings: the open reviews waiting for their self-assessment (with the
 * scale and, under 366, the two groups of criteria to score), their past results and commitments.
 */
export async function myRatings(ctx: Ctx) {
  const memberId = ownMember(ctx);
  const mine = await loadRatings(ctx.db, sql`r.member_id = ${memberId}`);
  const settings = await loadRatingSettings(ctx.db);
  // A member has a rating per period; the few rounds among them are read once each.
  const rounds = new Map<string, Awaited<ReturnType<typeof loadRound>>>();
  const open = [];
  const history = [];
  for (const x of mine) {
    if (x.roundId && !rounds.has(x.roundId)) rounds.set(x.roundId, await loadRound(ctx, x.roundId));
    const round = x.roundId ? rounds.get(x.roundId) : undefined;
    const rs = ruleSetById(x.ruleSet);
    const entry = {
      id: x.id,
      year: x.year,
      periodKey: x.periodKey,
      ruleSet: { id: rs.id, name: rs.name },
      self: x.selfSubmittedAt
        ? { level: levelOut(x.ruleSet, 'MEMBER', x.selfLevel), ...x.selfAssessment }
        : null,
      selfSubmittedAt: x.selfSubmittedAt,
      proposed: levelOut(x.ruleSet, 'MEMBER', x.proposedLevel),
      level: x.locked ? levelOut(x.ruleSet, 'MEMBER', x.level) : null,
      score: x.locked ? x.score : null,
      version: x.version,
    };
    if (round && round.status === 'OPEN' && !x.locked)
      open.push({
        ...entry,
        round: presentRound(round, ctx.today),
        canSubmit: round.deadline >= ctx.today && x.proposedLevel === null,
        scale: levelsFor(rs, 'MEMBER').map(({ code, label }) => ({ code, label })),
        scoring: rs.scoring ?? null,
        criteria: rs.scoring ? settings.criteria366 : null,
      });
    else if (x.level !== null && x.locked)
      history.push({
        ...entry,
        periodLabel: labelOfKey(x.periodKey),
      });
  }
  const commitments = await rows<{ year: number; content: string; version: number; updatedAt: string }>(
    ctx.db,
    sql`SELECT year, content, version, updated_at AS "updatedAt" FROM rating_commitments
        WHERE member_id = ${memberId} ORDER BY year DESC`,
  );
  return { open, history: history.sort((a, b) => b.periodKey.localeCompare(a.periodKey)), commitments };
}

/**
 * The member's self-assessment (bản tự kiểm điểm) in an open round, until the deadline and until the
 * cell has proposed. Bad levels and scores are refused; other findings are shown to the cell later.
 */
export async function submitSelfAssessment(ctx: Ctx, ratingId: string, input: SelfAssessmentInput) {
  const memberId = ownMember(ctx);
  const [x] = await loadRatings(ctx.db, sql`r.id = ${ratingId}`);
  if (!x || x.memberId !== memberId || !x.roundId) throw notFound('Không tìm thấy kỳ đánh giá của đồng chí.');
  const r = (await loadRound(ctx, x.roundId))!;
  if (r.status !== 'OPEN' || x.locked) throw badRequest('Kỳ đánh giá đã kết thúc.');
  if (r.deadline < ctx.today)
    throw badRequest(`Đã quá hạn tự kiểm điểm (${formatVnDate(r.deadline)}); đồng chí báo bí thư chi bộ.`);
  if (x.proposedLevel !== null)
    throw conflict('Chi bộ đã đề xuất mức xếp loại: bản tự kiểm điểm không sửa được nữa.');
  if (x.version !== input.version)
    throw conflict('Bản tự kiểm điểm vừa được cập nhật ở nơi khác. Hãy tải lại trang.');
  const { check, span } = await roundContext(ctx, r);
  const scored = Boolean(check.ruleSet.scoring);
  if (scored && !input.scores && (input.scoreGeneral === undefined || input.scoreTasks === undefined))
    throw invalidFields([
      {
        path: 'scoreGeneral',
        message: `${check.ruleSet.name}: tự chấm điểm cả hai nhóm tiêu chí (chung và kết quả nhiệm vụ).`,
      },
    ]);
  const groups =
    scored && input.scores ? groupScores((await loadRatingSettings(ctx.db)).criteria366, input.scores) : null;
  if (groups && 'problems' in groups) throw invalidFields(groups.problems);
  if (
    groups &&
    ((input.scoreGeneral !== undefined && input.scoreGeneral !== groups.general) ||
      (input.scoreTasks !== undefined && input.scoreTasks !== groups.tasks))
  )
    throw invalidFields([{ path: 'scoreGeneral', message: 'Điểm hai nhóm khác tổng điểm các tiêu chí.' }]);
  const general = groups ? groups.general : input.scoreGeneral;
  const tasks = groups ? groups.tasks : input.scoreTasks;
  const score = scoreOf(general, tasks);
  const facts = await loadFacts(ctx.db, [x], span, 'proposal');
  const errors = checkCase(check, facts.of(x, input.level, score ? { score } : {})).filter(
    (f) => f.code === 'LEVEL_NOT_IN_SCALE' || f.code === 'SCORE_OUT_OF_RANGE' || f.code === 'NOT_RATED',
  );
  if (errors.length) throw invalidFields(errors.map((f) => ({ path: 'level', message: f.message })));
  const { version: _v, level, scoreGeneral: _g, scoreTasks: _t, ...text } = input;
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE ratings SET self_assessment = ${JSON.stringify({ ...text, ...(score && { scoreGeneral: score.general, scoreTasks: score.tasks, total: score.total }) })}::jsonb,
        self_level = ${level}, self_submitted_at = now(),
        score_general = ${general ?? null}, score_tasks = ${tasks ?? null},
        score = ${score?.total ?? null}, version = version + 1, updated_at = now()
      WHERE id = ${ratingId}`);
    await recordAudit(tx, ctx, {
      action: 'rating.self',
      entityType: 'rating',
      entityId: ratingId,
      after: { level, score },
    });
  });
  return {
    id: ratingId,
    period: periodLabel(check.period),
    level: levelOut(x.ruleSet, 'MEMBER', level),
    score: score?.total ?? null,
  };
}

/** The member's commitment for a year (bản cam kết), kept with a version so two tabs do not overwrite. */
export async function saveCommitment(ctx: Ctx, year: number, input: { content: string; version?: number }) {
  const memberId = ownMember(ctx);
  if (year > Number(ctx.today.slice(0, 4)) + 1)
    throw invalidFields([{ path: 'year', message: 'Chỉ cam kết cho năm nay hoặc năm tới.' }]);
  const existing = await one<{ id: string; version: number; content: string }>(
    ctx.db,
    sql`SELECT id, version, content FROM rating_commitments WHERE member_id = ${memberId} AND year = ${year}`,
  );
  if (existing && existing.version !== input.version)
    throw conflict('Bản cam kết vừa được cập nhật ở nơi khác. Hãy tải lại trang.');
  await inTransaction(ctx.db, async (tx) => {
    if (existing)
      await tx.execute(sql`UPDATE rating_commitments SET content = ${input.content}, version = version + 1,
          updated_at = now() WHERE id = ${existing.id}`);
    else
      await tx.execute(sql`INSERT INTO rating_commitments (id, member_id, year, content)
          VALUES (${newId()}, ${memberId}, ${year}, ${input.content})`);
    await recordAudit(tx, ctx, {
      action: 'rating.commitment',
      entityType: 'member',
      entityId: memberId,
      before: existing ? { content: existing.content } : undefined,
      after: { year, content: input.content },
    });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict('Bản cam kết năm này vừa được lưu ở nơi khác. Hãy tải lại trang.');
    throw e;
  });
  return { year, content: input.content, version: (existing?.version ?? 0) + 1 };
}
