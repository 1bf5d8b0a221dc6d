import { sql } from 'drizzle-orm';
import { pathInScope, scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { badRequest, conflict, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { addMonths, formatVnDate } from '../../vn/dates.ts';
import { orgByCode, orgOn } from '../orgs/queries.ts';
import { isCell } from '../orgs/rules.ts';
import type { ListQuery, PlanInput, PlanPatchInput } from './contracts.ts';
import { correctClosedPlan } from './corrections.ts';
import { meetingDetail } from './detail.ts';
import { meetingPolicy } from './policy.ts';
import { presentMeetingSummary } from './presenter.ts';
import { loadMeeting, MEETING_SELECT, type MeetingRow } from './queries.ts';
import { correctionProblem, monthOf, planDeadline, planIsLate } from './rules.ts';
import { loadMeetingSettings } from './settings.ts';

const SAME_MONTH = 'Chi bộ đã có kế hoạch sinh hoạt thường kỳ cho tháng này.';

/** Kinds held by a cell's members; committee meetings and congresses may be at any org. */
const CELL_ONLY = ['REGULAR', 'THEMATIC'];

/**
 * What a plan's date and kind must satisfy, at planning and at every change of the plan: the org
 * exists on the day, regular and thematic meetings are a cell's, not more than 13 months ahead.
 */
async function planProblem(ctx: Ctx, orgId: string, kind: string, plannedDate: string, kindPath = 'kind') {
  const state = await orgOn(ctx.db, orgId, plannedDate);
  if (!state)
    return invalidFields([
      { path: 'plannedDate', message: `Tổ chức không hoạt động vào ngày ${formatVnDate(plannedDate)}.` },
    ]);
  if (CELL_ONLY.includes(kind) && !isCell(state.kind))
    return invalidFields([{ path: kindPath, message: 'Sinh hoạt thường kỳ, chuyên đề là của chi bộ.' }]);
  if (plannedDate > addMonths(ctx.today, 13))
    return invalidFields([{ path: 'plannedDate', message: 'Chỉ lên kế hoạch trong vòng 13 tháng tới.' }]);
  return null;
}

/** Plans a meeting: the org exists and is in the caller's keeping; a month has one regular meeting. */
export async function planMeeting(ctx: Ctx, input: PlanInput) {
  const org = await orgByCode(ctx.db, input.orgCode);
  if (!org) throw notFound(`Không tìm thấy tổ chức đảng mã ${input.orgCode}.`);
  await meetingPolicy.write(ctx, org.id);
  const problem = await planProblem(ctx, org.id, input.kind, input.plannedDate, 'orgCode');
  if (problem) throw problem;
  const month = monthOf(input.plannedDate);
  if (input.kind === 'REGULAR' && (await regularPlanned(ctx, org.id, month)))
    throw conflict(SAME_MONTH, [{ path: 'plannedDate', message: SAME_MONTH }]);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO meetings (id, org_id, org_path, kind, model, month, planned_date, start_time, place,
        topic, agenda, planned_on)
      VALUES (${id}, ${org.id}, ${org.path}, ${input.kind}, ${input.model}, ${month}, ${input.plannedDate},
        ${input.startTime ?? null}, ${input.place ?? null}, ${input.topic}, ${input.agenda ?? null}, ${ctx.today})`);
    await recordAudit(tx, ctx, { action: 'meeting.plan', entityType: 'meeting', entityId: id, after: input });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict(SAME_MONTH, [{ path: 'plannedDate', message: SAME_MONTH }]);
    throw e;
  });
  return meetingDetail(ctx, id);
}

/** Whether the cell has another (not cancelled) regular meeting in the month. */
const regularPlanned = async (ctx: Ctx, orgId: string, month: string, except: string | null = null) =>
  Boolean(
    await one(
      ctx.db,
      sql`SELECT 1 FROM meetings WHERE org_id = ${orgId} AND month = ${month} AND kind = 'REGULAR'
            AND status <> 'CANCELLED' AND id IS DISTINCT FROM ${except}`,
    ),
  );

/** A meeting the caller may write, with the version they read. Closed meetings need a correction reason. */
export async function writableMeeting(
  ctx: Ctx,
  id: string,
  opts: { version?: number; correctionReason?: string | null; closedOk?: boolean } = {},
): Promise<MeetingRow> {
  const m = await loadMeeting(ctx.db, id);
  if (!m) throw notFound('Không tìm thấy buổi sinh hoạt.');
  await meetingPolicy.write(ctx, m.orgId);
  if (opts.version !== undefined && opts.version !== m.version)
    throw conflict(
      'Buổi sinh hoạt vừa được cập nhật (hoặc đã gửi rồi). Hãy tải lại trang để xem bản mới nhất.',
    );
  if (m.status === 'CANCELLED') throw badRequest('Buổi sinh hoạt đã hủy.');
  const locked = opts.closedOk ? null : correctionProblem(m.status, opts.correctionReason);
  if (locked) throw invalidFields([{ path: 'correctionReason', message: locked }]);
  return m;
}

const HELD_PLAN = 'Buổi sinh hoạt đã diễn ra: không đổi ngày, loại hay hủy được nữa.';

/**
 * Edits the plan (date, time, place, topic, agenda, kind) or cancels it, before the meeting is held.
 * Once held only its description (time, place, topic, agenda, model mark) may change, and once closed
 * only as a correction with a reason (corrections.ts). A cancellation needs a reason; every change is
 * audited with the plan before.
 */
export async function updatePlan(ctx: Ctx, id: string, input: PlanPatchInput) {
  const m = await writableMeeting(ctx, id, { version: input.version, closedOk: true });
  if (m.status === 'CLOSED') return correctClosedPlan(ctx, m, input);
  const moves = input.plannedDate !== undefined || input.kind !== undefined || input.status !== undefined;
  if (m.status !== 'PLANNED' && moves) throw badRequest(HELD_PLAN);
  const cancelling = input.status === 'CANCELLED';
  if (cancelling && !(input.cancelReason && input.cancelReason.length >= 5))
    throw invalidFields([
      { path: 'cancelReason', message: 'Hủy buổi sinh hoạt phải nêu lý do (ít nhất 5 ký tự).' },
    ]);
  if (!cancelling && input.cancelReason)
    throw invalidFields([
      { path: 'cancelReason', message: 'Lý do hủy chỉ đi cùng việc hủy (status CANCELLED).' },
    ]);
  const plannedDate = input.plannedDate ?? m.plannedDate;
  const kind = input.kind ?? m.kind;
  const month = monthOf(plannedDate);
  if (!cancelling && (input.plannedDate !== undefined || input.kind !== undefined)) {
    const problem = await planProblem(ctx, m.orgId, kind, plannedDate);
    if (problem) throw problem;
    if (kind === 'REGULAR' && (await regularPlanned(ctx, m.orgId, month, id)))
      throw conflict(SAME_MONTH, [{ path: 'plannedDate', message: SAME_MONTH }]);
  }
  await inTransaction(ctx.db, async (tx) => {
    const done = await rows(
      tx,
      sql`UPDATE meetings SET kind = ${kind}, model = ${input.model ?? m.model}, month = ${month},
            planned_date = ${plannedDate}, start_time = ${input.startTime === undefined ? m.startTime : input.startTime},
            place = ${input.place === undefined ? m.place : input.place}, topic = ${input.topic ?? m.topic},
            agenda = ${input.agenda === undefined ? m.agenda : input.agenda}, status = ${input.status ?? m.status},
            cancel_reason = ${cancelling ? input.cancelReason! : null},
            version = version + 1, updated_at = now()
          WHERE id = ${id} AND version = ${m.version} RETURNING id`,
    );
    if (!done.length) throw conflict('Buổi sinh hoạt vừa được cập nhật. Hãy tải lại trang.');
    await recordAudit(tx, ctx, {
      action: cancelling ? 'meeting.cancel' : 'meeting.plan.update',
      entityType: 'meeting',
      entityId: id,
      before: { ...presentMeetingSummary(m), agenda: m.agenda },
      after: input,
    });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict(SAME_MONTH, [{ path: 'plannedDate', message: SAME_MONTH }]);
    throw e;
  });
  return meetingDetail(ctx, id);
}

/** Meetings of an org's subtree (default: the caller's scope), newest first. */
export async function listMeetings(ctx: Ctx, q: ListQuery) {
  let prefix = (await scopeOf(ctx)).pathPrefix;
  if (ctx.actor.role === 'member') throw notFound('Không tìm thấy buổi sinh hoạt.');
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org || !pathInScope(await scopeOf(ctx), org.path)) throw notFound('Không tìm thấy tổ chức đảng.');
    await meetingPolicy.read(ctx, org.id);
    prefix = org.path;
  } else await meetingPolicy.read(ctx, ctx.actor.orgId ?? '');
  const where = sql.join(
    [
      prefix ? underPath(sql`m.org_path`, prefix) : sql`TRUE`,
      q.from ? sql`m.planned_date >= ${q.from}` : sql`TRUE`,
      q.to ? sql`m.planned_date <= ${q.to}` : sql`TRUE`,
    ],
    sql` AND `,
  );
  const [items, total] = await Promise.all([
    rows<MeetingRow>(
      ctx.db,
      sql`${MEETING_SELECT} WHERE ${where} ORDER BY m.planned_date DESC, m.id
          LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    ),
    one<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM meetings m WHERE ${where}`),
  ]);
  const settings = await loadMeetingSettings(ctx.db);
  return {
    items: items.map((m) => ({
      ...presentMeetingSummary(m),
      planDeadline: planDeadline(m.month, settings),
      planLate: m.kind === 'REGULAR' && planIsLate(m.plannedOn, m.month, settings),
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
