import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, rows } from '../../platform/db/query.ts';
import { badRequest, conflict, type FieldError, invalidFields, notFound } from '../../platform/errors.ts';
import type { VerdictInput, VerdictsInput } from './contracts.ts';
import { loadFacts } from './facts.ts';
import { deciderOn, orgChain } from './orgChain.ts';
import { ratingPolicy } from './policy.ts';
import { loadRatings, type RatingRow, ratingsByIds } from './queries.ts';
import { loadRound } from './rounds.ts';
import { checkCase, type Finding } from './scales/index.ts';
import { grassrootsPaths, groupFindings, roundContext, scoreOf } from './sheet.ts';

const WHAT = {
  MEMBER: 'đảng viên',
  CELL: 'chi bộ trực thuộc',
  PARTIAL: 'đảng bộ bộ phận',
  GRASSROOTS: 'tổ chức cơ sở đảng',
};
const whatOf = (r: RatingRow) =>
  r.subject === 'MEMBER' ? WHAT.MEMBER : WHAT[(r.orgGroup ?? 'GRASSROOTS') as keyof typeof WHAT];

/**
 * Writes a sheet of proposals (the cell, stage 'proposal') or decisions (the deciding committee, stage
 * 'decision'), all or nothing: every item is checked against the round's rule set with its facts, and
 * decisions also against the quota of their comparable group with the new levels in place. Errors
 * refuse the whole sheet with one message per item; warnings are stored on the rating. A decision
 * locks the rating; a locked rating changes only after a reopening.
 */
export async function writeVerdicts(
  ctx: Ctx,
  roundId: string,
  input: VerdictsInput,
  stage: 'proposal' | 'decision',
) {
  const r = await loadRound(ctx, roundId);
  if (!r) throw notFound('Không tìm thấy đợt đánh giá, xếp loại.');
  await ratingPolicy.roundView(ctx, r.orgPath);
  if (r.status !== 'OPEN')
    throw badRequest('Đợt đánh giá đã kết thúc: muốn sửa kết quả phải mở lại có lý do.');
  const ids = input.items.map((i) => i.ratingId);
  if (new Set(ids).size !== ids.length)
    throw invalidFields([
      { path: 'items', message: 'Một người hoặc tổ chức xuất hiện hai lần trong danh sách.' },
    ]);
  const list = await ratingsByIds(ctx.db, ids);
  const byId = new Map(list.map((x) => [x.id, x]));
  const { check, day, span } = await roundContext(ctx, r);
  const errors: FieldError[] = [];
  const at = (i: number, field: string, message: string) =>
    errors.push({ path: `items.${i}.${field}`, message });
  // Authorization first, per distinct org: nothing about another org's people leaks through messages.
  const allowed = new Map<string, Promise<void>>();
  for (const [i, item] of input.items.entries()) {
    const x = byId.get(item.ratingId);
    if (!x || x.roundId !== r.id) throw notFound(`Không tìm thấy dòng xếp loại thứ ${i + 1} trong đợt này.`);
    const key = `${x.subject}|${x.orgGroup}|${x.orgPath}`;
    if (!allowed.has(key)) allowed.set(key, authorize(ctx, x, stage, day));
    await allowed.get(key);
  }
  const facts = await loadFacts(ctx.db, list, span, stage);
  const warnings = new Map<string, Finding[]>();
  for (const [i, item] of input.items.entries()) {
    const x = byId.get(item.ratingId)!;
    if (x.version !== item.version) {
      throw conflict(`Dòng của ${x.name} vừa được cập nhật. Hãy tải lại bảng để xem bản mới nhất.`);
    }
    if (x.locked) at(i, 'level', `${x.name}: kết quả đã quyết định và khóa; muốn sửa phải mở lại có lý do.`);
    if (stage === 'proposal' && x.level !== null) at(i, 'level', `${x.name}: đã có quyết định xếp loại.`);
    const score = scoreOf(item.scoreGeneral ?? x.scoreGeneral, item.scoreTasks ?? x.scoreTasks);
    const found = checkCase(
      check,
      facts.of(x, item.level, {
        ...(score && { score }),
        ...((item.tasks ?? x.taskFacts) && { tasks: item.tasks ?? x.taskFacts! }),
      }),
    );
    for (const f of found) if (f.severity === 'error') at(i, 'level', `${x.name}: ${f.message}`);
    warnings.set(
      x.id,
      found.filter((f) => f.severity === 'warning'),
    );
  }
  if (stage === 'decision' && errors.length === 0)
    errors.push(...(await quotaErrors(ctx, r.id, input.items, check, day)));
  if (errors.length > 0)
    throw badRequest(`Không ghi được: ${errors.length} lỗi xếp loại trái quy định.`, errors);
  await inTransaction(ctx.db, async (tx) => {
    // One statement for the whole sheet (a grassroots org's is 1,600 rows, and each statement runs the
    // report counts' trigger); a row changed since it was read fails the version match and refuses all.
    const sheetRows = JSON.stringify(
      input.items.map((i) => ({
        id: i.ratingId,
        version: i.version,
        level: i.level,
        note: i.note ?? null,
        general: i.scoreGeneral ?? null,
        tasks: i.scoreTasks ?? null,
        facts: i.tasks ?? null,
        findings: (warnings.get(i.ratingId) ?? []).map(({ code, severity, message }) => ({
          code,
          severity,
          message,
        })),
      })),
    );
    const stageColumns =
      stage === 'proposal'
        ? sql`proposed_level = i.level, proposal_note = i.note, proposed_by = ${ctx.actor.username}, proposed_at = now()`
        : sql`level = i.level, decision_note = i.note, decided_by = ${ctx.actor.username}, decided_at = now(), locked = TRUE`;
    const written = await rows(
      tx,
      sql`UPDATE ratings r SET ${stageColumns},
            score_general = COALESCE(i.general, r.score_general), score_tasks = COALESCE(i.tasks, r.score_tasks),
            score = COALESCE(i.general, r.score_general) + COALESCE(i.tasks, r.score_tasks),
            task_facts = COALESCE(i.facts, r.task_facts), findings = i.findings,
            version = r.version + 1, updated_at = now()
          FROM jsonb_to_recordset(${sheetRows}::jsonb) AS i(id text, version int, level text, note text,
            general numeric, tasks numeric, facts jsonb, findings jsonb)
          WHERE r.id = i.id AND r.version = i.version
          RETURNING r.id`,
    );
    if (written.length !== input.items.length)
      throw conflict('Bảng xếp loại vừa được người khác cập nhật. Hãy tải lại bảng để xem bản mới nhất.');
    await recordAudit(tx, ctx, {
      action: stage === 'proposal' ? 'rating.propose' : 'rating.decide',
      entityType: 'rating_round',
      entityId: r.id,
      after: input.items.map(({ ratingId, level, note, scoreGeneral, scoreTasks }) => ({
        ratingId,
        level,
        note,
        scoreGeneral,
        scoreTasks,
      })),
    });
  });
  return { written: input.items.length };
}

async function authorize(ctx: Ctx, x: RatingRow, stage: 'proposal' | 'decision', day: string) {
  if (stage === 'proposal') return ratingPolicy.propose(ctx, x.orgId);
  const decider = deciderOn(await orgChain(ctx.db, x.orgPath, day), x.subject, x.orgGroup);
  if (!decider) throw badRequest(`Không xác định được cấp ủy có thẩm quyền quyết định xếp loại ${x.name}.`);
  return ratingPolicy.decide(ctx, x.orgId, decider, `${whatOf(x)} ${x.name}`);
}

/** The quota over each group the decisions touch, with the decided levels already there. */
async function quotaErrors(
  ctx: Ctx,
  roundId: string,
  items: readonly VerdictInput[],
  check: Parameters<typeof groupFindings>[0],
  day: string,
) {
  const touched = await ratingsByIds(
    ctx.db,
    items.map((i) => i.ratingId),
  );
  // Each group lives under one committee: a grassroots org (its members and cells) or the committee
  // above grassroots orgs. Read the round's ratings under those committees only.
  const universes = new Set<string>();
  for (const path of new Set(touched.map((x) => `${x.subject}|${x.orgGroup}|${x.orgPath}`))) {
    const [subject, group, orgPath] = path.split('|') as ['MEMBER' | 'ORG', string, string];
    const decider = deciderOn(await orgChain(ctx.db, orgPath, day), subject, group === 'null' ? null : group);
    if (decider) universes.add(decider.path);
  }
  const all = (
    await Promise.all(
      [...universes].map((u) =>
        loadRatings(ctx.db, sql`r.round_id = ${roundId} AND ${underPath(sql`r.org_path`, u)}`),
      ),
    )
  ).flat();
  const unique = [...new Map(all.map((x) => [x.id, x])).values()];
  const next = new Map(items.map((i) => [i.ratingId, i.level]));
  const groupOf = grassrootsPaths(unique, null);
  const names = new Map(unique.filter((x) => x.subject === 'ORG').map((x) => [x.orgPath, x.name]));
  const keyOf = (x: RatingRow) =>
    `${x.subject}|${x.subject === 'ORG' && x.orgGroup === 'GRASSROOTS'}|${groupOf(x)}`;
  const touchedGroups = new Set(touched.map(keyOf));
  const relevant = unique.filter((x) => touchedGroups.has(keyOf(x)));
  return groupFindings(
    check,
    relevant,
    (x) => next.get(x.id) ?? x.level,
    groupOf,
    (key) => names.get(key.replace(/^above:/, '')) ?? 'cấp ủy cấp trên',
  )
    .filter((f) => f.severity === 'error')
    .map((f) => ({ path: 'items', message: f.message }));
}
