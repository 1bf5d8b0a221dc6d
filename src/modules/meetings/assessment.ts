import { sql } from 'drizzle-orm';
import { pathInScope, scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { badRequest, conflict, forbidden, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { orgByCode } from '../orgs/queries.ts';
import type { AssessmentInput, ObservationInput, RosterInput } from './contracts.ts';
import { meetingDetail } from './detail.ts';
import { meetingPolicy } from './policy.ts';
import { presentMeetingSummary } from './presenter.ts';
import { loadMeeting, MEETING_SELECT, type MeetingRow } from './queries.ts';
import { assess, isMonth, monthOf } from './rules.ts';
import { loadMeetingSettings } from './settings.ts';

/**
 * The quality assessment of a held meeting by the rubric: SELF by the cell, CONFIRMED by the level
 * above (Hướng dẫn 12-HD/BTCTW 2018, phần II mục 3: the upper-level cadre attending confirms it).
 * The confirmed level, once given, is the meeting's level.
 */
export async function assessMeeting(ctx: Ctx, id: string, input: AssessmentInput) {
  const m = await loadMeeting(ctx.db, id);
  if (!m) throw notFound('Không tìm thấy buổi sinh hoạt.');
  if (input.stage === 'SELF') await meetingPolicy.write(ctx, m.orgId);
  else await meetingPolicy.above(ctx, m.orgId, 'xác nhận chất lượng buổi sinh hoạt');
  if (m.status !== 'HELD' && m.status !== 'CLOSED')
    throw badRequest('Chỉ đánh giá buổi sinh hoạt đã diễn ra (đã ghi điểm danh và biên bản).');
  if (input.stage === 'CONFIRMED' && !m.selfAssessment)
    throw badRequest('Chi bộ cần tự đánh giá trước khi cấp trên xác nhận.');
  const settings = await loadMeetingSettings(ctx.db);
  const rate = m.expectedCount ? (100 * (m.presentCount ?? 0)) / m.expectedCount : null;
  const { assessment, problems } = assess(input.scores, rate, settings);
  if (!assessment) throw invalidFields(problems);
  const stored = {
    ...assessment,
    comment: input.comment ?? null,
    by: ctx.actor.username,
    at: new Date().toISOString(),
  };
  const self = input.stage === 'SELF' ? stored : (m.selfAssessment as { level: string } | null);
  const confirmed =
    input.stage === 'CONFIRMED' ? stored : (m.confirmedAssessment as { level: string } | null);
  const level = confirmed?.level ?? self?.level ?? null;
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE meetings SET
        self_assessment = COALESCE(${input.stage === 'SELF' ? JSON.stringify(stored) : null}::jsonb, self_assessment),
        confirmed_assessment = COALESCE(${input.stage === 'CONFIRMED' ? JSON.stringify(stored) : null}::jsonb,
          confirmed_assessment),
        quality_level = ${level}, version = version + 1, updated_at = now()
      WHERE id = ${id}`);
    await recordAudit(tx, ctx, {
      action: input.stage === 'SELF' ? 'meeting.assess.self' : 'meeting.assess.confirm',
      entityType: 'meeting',
      entityId: id,
      before: { self: m.selfAssessment, confirmed: m.confirmedAssessment },
      after: stored,
    });
  });
  return meetingDetail(ctx, id);
}

/** The committee above assigns one of its users to attend a cell's meetings in a month. */
export async function assignRoster(ctx: Ctx, input: RosterInput) {
  const org = await orgByCode(ctx.db, input.orgCode);
  if (!org) throw notFound(`Không tìm thấy tổ chức đảng mã ${input.orgCode}.`);
  await meetingPolicy.above(ctx, org.id, 'phân công dự sinh hoạt');
  const user = await one<{ id: string; orgId: string | null; role: string; path: string | null }>(
    ctx.db,
    sql`SELECT u.id, u.org_id AS "orgId", u.role, o.path FROM users u LEFT JOIN orgs o ON o.id = u.org_id
        WHERE u.username = ${input.username} AND u.disabled_at IS NULL`,
  );
  // The assignee belongs to the level above the cell: their scope holds the cell, and is not the cell.
  if (
    !user ||
    !['admin', 'org_staff', 'secretary', 'viewer'].includes(user.role) ||
    user.orgId === org.id ||
    !(user.role === 'admin' || (user.path && org.path?.startsWith(user.path)))
  )
    throw invalidFields([
      {
        path: 'username',
        message: 'Người được phân công phải là cán bộ của cấp ủy cấp trên phụ trách chi bộ này.',
      },
    ]);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO meeting_roster (id, org_id, org_path, month, user_id, assigned_by)
      VALUES (${id}, ${org.id}, ${org.path}, ${input.month}, ${user.id}, ${ctx.actor.username})`);
    await recordAudit(tx, ctx, {
      action: 'meeting.roster.assign',
      entityType: 'meeting_roster',
      entityId: id,
      after: input,
    });
  }).catch((e) => {
    if (uniqueViolation(e))
      throw conflict('Đồng chí này đã được phân công dự sinh hoạt chi bộ này trong tháng.');
    throw e;
  });
  return { id, ...input };
}

/** The roster of a month in the caller's scope (who attends which cell). */
export async function listRoster(ctx: Ctx, q: { month: string; org?: string }) {
  if (ctx.actor.role === 'member') throw forbidden();
  const scope = await scopeOf(ctx);
  let prefix = scope.pathPrefix;
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org || !pathInScope(scope, org.path)) throw notFound('Không tìm thấy tổ chức đảng.');
    prefix = org.path;
  }
  const items = await rows(
    ctx.db,
    sql`SELECT r.id, r.month, o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          u.username, u.display_name AS "displayName", r.attended, r.comment, r.level, r.reported_at AS "reportedAt"
        FROM meeting_roster r JOIN orgs o ON o.id = r.org_id JOIN users u ON u.id = r.user_id
        WHERE r.month = ${q.month} AND ${prefix ? underPath(sql`r.org_path`, prefix) : sql`TRUE`}
        ORDER BY o.path, u.username LIMIT 1000`,
  );
  return { month: q.month, items };
}

/** The assignee's schedule: the meetings of the cells they are assigned to, this month and next. */
export async function mySchedule(ctx: Ctx, q: { month?: string }) {
  if (!ctx.actor.userId) throw forbidden();
  const month = q.month && isMonth(q.month) ? q.month : monthOf(ctx.today);
  const items = await rows<
    MeetingRow & { rosterId: string; attended: boolean | null; reportedAt: string | null }
  >(
    ctx.db,
    sql`${MEETING_SELECT} JOIN meeting_roster r ON r.org_id = m.org_id AND r.month = m.month
        WHERE r.user_id = ${ctx.actor.userId} AND m.month >= ${month} AND m.status <> 'CANCELLED'
        ORDER BY m.planned_date, m.id LIMIT 200`,
  );
  const assigned = await rows(
    ctx.db,
    sql`SELECT r.month, o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          r.attended, r.level, r.reported_at AS "reportedAt"
        FROM meeting_roster r JOIN orgs o ON o.id = r.org_id
        WHERE r.user_id = ${ctx.actor.userId} AND r.month >= ${month} ORDER BY r.month, o.code`,
  );
  return { month, meetings: items.map(presentMeetingSummary), assigned };
}

/** The assignee reports on the meeting they were sent to: attended, comments, their view of its quality. */
export async function observeMeeting(ctx: Ctx, id: string, input: ObservationInput) {
  const m = await loadMeeting(ctx.db, id);
  if (!m) throw notFound('Không tìm thấy buổi sinh hoạt.');
  await meetingPolicy.read(ctx, m.orgId);
  const roster = await one<{ id: string }>(
    ctx.db,
    sql`SELECT id FROM meeting_roster WHERE org_id = ${m.orgId} AND month = ${m.month} AND user_id = ${ctx.actor.userId}`,
  );
  if (!roster) throw forbidden('Đồng chí không được phân công dự buổi sinh hoạt này.');
  if (m.status === 'PLANNED' && input.attended)
    throw badRequest('Buổi sinh hoạt chưa được ghi là đã diễn ra.');
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE meeting_roster SET meeting_id = ${id}, attended = ${input.attended},
        comment = ${input.comment ?? null}, level = ${input.level ?? null}, reported_at = now() WHERE id = ${roster.id}`);
    await recordAudit(tx, ctx, {
      action: 'meeting.observe',
      entityType: 'meeting',
      entityId: id,
      after: input,
    });
  });
  return meetingDetail(ctx, id);
}
