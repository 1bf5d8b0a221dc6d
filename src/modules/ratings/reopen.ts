import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, rows } from '../../platform/db/query.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { deciderOn, orgChain } from './orgChain.ts';
import { ratingPolicy } from './policy.ts';
import { ratingsByIds } from './queries.ts';
import { loadRound, rollDay } from './rounds.ts';

/**
 * Reopens a decided rating (DOMAIN.md: "results locked once decided; reopening needs a reason"): only
 * the committee that decides it, with a reason, kept in rating_reopenings and the audit log. The level
 * stays as it was until a new decision; a closed round goes back to open.
 */
export async function reopenRating(ctx: Ctx, id: string, input: { reason: string; version: number }) {
  const [x] = await ratingsByIds(ctx.db, [id]);
  if (!x) throw notFound('Không tìm thấy kết quả xếp loại.');
  if (!x.roundId) {
    await ratingPolicy.read(ctx, x.orgId);
    throw badRequest('Kết quả nhập từ lịch sử không mở lại được; sửa bằng cách nhập lại tệp xếp loại.');
  }
  const r = (await loadRound(ctx, x.roundId))!;
  const day = rollDay(r, ctx.today);
  const decider = deciderOn(await orgChain(ctx.db, x.orgPath, day), x.subject, x.orgGroup);
  if (!decider) throw badRequest('Không xác định được cấp ủy có thẩm quyền.');
  await ratingPolicy.decide(ctx, x.orgId, decider, x.name);
  if (x.version !== input.version) throw conflict('Kết quả vừa được cập nhật. Hãy tải lại trang.');
  if (!x.locked) throw badRequest(`Kết quả của ${x.name} chưa khóa: không cần mở lại.`);
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO rating_reopenings (id, rating_id, previous_level, reason, reopened_by)
      VALUES (${newId()}, ${id}, ${x.level}, ${input.reason}, ${ctx.actor.username})`);
    await tx.execute(
      sql`UPDATE ratings SET locked = FALSE, version = version + 1, updated_at = now() WHERE id = ${id}`,
    );
    if (r.status === 'CLOSED')
      await tx.execute(sql`UPDATE rating_rounds SET status = 'OPEN', closed_at = NULL, version = version + 1
        WHERE id = ${r.id}`);
    await recordAudit(tx, ctx, {
      action: 'rating.reopen',
      entityType: 'rating',
      entityId: id,
      before: { level: x.level, locked: true },
      after: { locked: false, reason: input.reason },
    });
  });
  return { id, locked: false, previousLevel: x.level };
}

/** The reopenings of a rating, newest first. */
export async function reopeningsOf(ctx: Ctx, id: string) {
  const [x] = await ratingsByIds(ctx.db, [id]);
  if (!x) throw notFound('Không tìm thấy kết quả xếp loại.');
  await ratingPolicy.read(ctx, x.orgId);
  return rows(
    ctx.db,
    sql`SELECT previous_level AS "previousLevel", reason, reopened_by AS "reopenedBy", reopened_at AS "reopenedAt"
        FROM rating_reopenings WHERE rating_id = ${id} ORDER BY reopened_at DESC`,
  );
}
