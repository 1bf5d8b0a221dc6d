import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, one, rows } from '../../platform/db/query.ts';
import { badRequest, forbidden, invalidFields, notFound } from '../../platform/errors.ts';
import { addDays, formatVnDate } from '../../vn/dates.ts';
import type { ReplyInput } from './contracts.ts';
import { type DocumentSummary, documentsOf } from './detail.ts';
import { presentMeetingSummary } from './presenter.ts';
import { listedOn, loadMeeting, MEETING_SELECT, type MeetingRow } from './queries.ts';
import { ATTENDANCE, type AttendanceStatus } from './rules.ts';

/** Whether the signed-in member is on the meeting's list (recorded, or listed on its day). */
export async function memberListedAt(ctx: Ctx, m: MeetingRow): Promise<boolean> {
  const memberId = ctx.actor.memberId;
  if (ctx.actor.role !== 'member' || !memberId) return false;
  const recorded = await one(
    ctx.db,
    sql`SELECT 1 FROM meeting_attendance WHERE meeting_id = ${m.id} AND member_id = ${memberId}`,
  );
  if (recorded) return true;
  if (m.status !== 'PLANNED') return false;
  return (await listedOn(ctx.db, m.orgId, m.plannedDate)).some((l) => l.memberId === memberId);
}

function ownMember(ctx: Ctx): string {
  if (ctx.actor.role !== 'member' || !ctx.actor.memberId)
    throw forbidden('Trang này dành cho đảng viên (tài khoản gắn với hồ sơ đảng viên).');
  return ctx.actor.memberId;
}

interface Card {
  id: string;
  fullName: string;
  birthDate: string;
  cardNumber: string | null;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  status: string | null;
  orgId: string | null;
  orgCode: string | null;
  orgName: string | null;
  hostOrgId: string | null;
  hostOrgName: string | null;
  exemption: string | null;
}

/**
 * The member's own view, one round of small indexed queries: card, upcoming meetings of the cells they
 * meet in (home, or the host of a temporary transfer) with documents and their reply, tasks, the last
 * meetings attended, and notifications.
 */
export async function myHome(ctx: Ctx) {
  const memberId = ownMember(ctx);
  const card = await one<Card>(
    ctx.db,
    sql`SELECT mb.id, mb.full_name AS "fullName", mb.birth_date AS "birthDate", mb.card_number AS "cardNumber",
          mb.admission_decision_date AS "admissionDecisionDate", mb.ceremony_date AS "ceremonyDate",
          mb.official_date AS "officialDate", mb.status, mb.org_id AS "orgId", o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = mb.org_id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          p.host_org_id AS "hostOrgId", p.exemption,
          (SELECT v.name FROM org_versions v WHERE v.org_id = p.host_org_id ORDER BY v.valid_from DESC LIMIT 1) AS "hostOrgName"
        FROM members mb LEFT JOIN orgs o ON o.id = mb.org_id
        LEFT JOIN membership_periods p ON p.member_id = mb.id AND p.valid_from <= ${ctx.today}::date
          AND (p.valid_to IS NULL OR p.valid_to > ${ctx.today}::date)
        WHERE mb.id = ${memberId}`,
  );
  if (!card) throw notFound('Không tìm thấy hồ sơ đảng viên.');
  const cellId = card.hostOrgId ?? card.orgId;
  const upcoming = cellId
    ? await rows<MeetingRow>(
        ctx.db,
        sql`${MEETING_SELECT} WHERE m.org_id = ${cellId} AND m.status = 'PLANNED' AND m.planned_date >= ${ctx.today}
            ORDER BY m.planned_date, m.id LIMIT 6`,
      )
    : [];
  const replies = cellId
    ? await rows<{ meetingId: string; reply: string | null; replyReason: string | null }>(
        ctx.db,
        sql`SELECT a.meeting_id AS "meetingId", a.reply, a.reply_reason AS "replyReason" FROM meeting_attendance a
            JOIN meetings m ON m.id = a.meeting_id
            WHERE a.member_id = ${memberId} AND m.org_id = ${cellId} AND m.status = 'PLANNED' AND m.planned_date >= ${ctx.today}`,
      )
    : [];
  const replyOf = new Map(replies.map((r) => [r.meetingId, r]));
  const docs = new Map<string, DocumentSummary[]>();
  for (const m of upcoming) docs.set(m.id, await documentsOf(ctx, m.id));
  const [tasks, history, year] = await Promise.all([
    rows<{
      id: string;
      title: string;
      dueOn: string;
      status: string;
      reviewNote: string | null;
      meetingId: string;
      meetingDate: string | null;
      topic: string;
    }>(
      ctx.db,
      sql`SELECT t.id, t.title, t.due_on AS "dueOn", t.status, t.review_note AS "reviewNote", t.meeting_id AS "meetingId",
            m.held_on AS "meetingDate", m.topic
          FROM meeting_tasks t JOIN meetings m ON m.id = t.meeting_id
          WHERE t.member_id = ${memberId} AND t.status <> 'CANCELLED' ORDER BY (t.status = 'OPEN') DESC, t.due_on DESC LIMIT 20`,
    ),
    rows<{
      meetingId: string;
      heldOn: string;
      kind: string;
      topic: string;
      status: string | null;
      reason: string | null;
      expected: boolean;
    }>(
      ctx.db,
      sql`SELECT a.meeting_id AS "meetingId", a.held_on AS "heldOn", m.kind, m.topic, a.status, a.reason, a.expected
          FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
          WHERE a.member_id = ${memberId} AND a.held_on IS NOT NULL ORDER BY a.held_on DESC LIMIT 12`,
    ),
    one<{ present: number; excused: number; unexcused: number; expected: number }>(
      ctx.db,
      sql`SELECT count(*) FILTER (WHERE status = 'PRESENT' AND expected)::int AS present,
            count(*) FILTER (WHERE status = 'ABSENT_EXCUSED' AND expected)::int AS excused,
            count(*) FILTER (WHERE status = 'ABSENT_UNEXCUSED' AND expected)::int AS unexcused,
            count(*) FILTER (WHERE expected)::int AS expected
          FROM meeting_attendance WHERE member_id = ${memberId}
            AND held_on >= ${`${ctx.today.slice(0, 4)}-01-01`} AND held_on <= ${ctx.today}`,
    ),
  ]);
  const notifications = [
    ...upcoming
      .filter((m) => !replyOf.get(m.id)?.reply && m.plannedDate <= addDays(ctx.today, 7))
      .map((m) => ({
        kind: 'MEETING_SOON',
        message: `Sinh hoạt "${m.topic}" ngày ${formatVnDate(m.plannedDate)}: hãy xác nhận tham dự hoặc báo vắng.`,
        meetingId: m.id as string | null,
      })),
    ...tasks
      .filter((t) => t.status === 'OPEN' && t.dueOn < ctx.today)
      .map((t) => ({
        kind: 'TASK_OVERDUE',
        message: `Nhiệm vụ "${t.title}" đã quá hạn ${formatVnDate(t.dueOn)}.`,
        meetingId: t.meetingId as string | null,
      })),
    ...tasks
      .filter((t) => t.status === 'OPEN' && t.dueOn >= ctx.today && t.dueOn <= addDays(ctx.today, 7))
      .map((t) => ({
        kind: 'TASK_DUE',
        message: `Nhiệm vụ "${t.title}" đến hạn ${formatVnDate(t.dueOn)}.`,
        meetingId: t.meetingId as string | null,
      })),
  ];
  return {
    asOf: ctx.today,
    card: {
      id: card.id,
      fullName: card.fullName,
      birthDate: card.birthDate,
      cardNumber: card.cardNumber,
      admissionDecisionDate: card.admissionDecisionDate,
      ceremonyDate: card.ceremonyDate,
      officialDate: card.officialDate,
      status: card.status,
      cell: card.orgCode ? { code: card.orgCode, name: card.orgName } : null,
      hostCell: card.hostOrgId ? { name: card.hostOrgName } : null,
      exemption: card.exemption,
    },
    upcoming: upcoming.map((m) => ({
      ...presentMeetingSummary(m),
      agenda: m.agenda,
      documents: docs.get(m.id) ?? [],
      reply: replyOf.get(m.id)?.reply ?? null,
      replyReason: replyOf.get(m.id)?.replyReason ?? null,
    })),
    tasks,
    history: history.map((h) => ({
      ...h,
      statusLabel: h.status ? ATTENDANCE[h.status as AttendanceStatus] : null,
    })),
    year: {
      year: Number(ctx.today.slice(0, 4)),
      ...(year ?? { present: 0, excused: 0, unexcused: 0, expected: 0 }),
      rate: year?.expected ? Math.round((1000 * year.present) / year.expected) / 10 : null,
    },
    notifications,
  };
}

/** The member confirms attendance or reports an absence with its reason, ahead of a planned meeting. */
export async function replyToMeeting(ctx: Ctx, id: string, input: ReplyInput) {
  const memberId = ownMember(ctx);
  const m = await loadMeeting(ctx.db, id);
  if (!m) throw notFound('Không tìm thấy buổi sinh hoạt.');
  const listed = (await listedOn(ctx.db, m.orgId, m.plannedDate)).find((l) => l.memberId === memberId);
  if (!listed) throw notFound('Không tìm thấy buổi sinh hoạt.');
  if (m.status !== 'PLANNED' || m.plannedDate < ctx.today)
    throw badRequest('Buổi sinh hoạt đã diễn ra hoặc đã hủy: không gửi xác nhận được nữa.');
  if (!listed.listing.expected)
    throw invalidFields([
      { path: 'attending', message: 'Đồng chí không thuộc diện phải dự buổi sinh hoạt này.' },
    ]);
  const reply = input.attending ? 'ATTEND' : 'ABSENT';
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO meeting_attendance (meeting_id, member_id, expected, official, reply, reply_reason, replied_at)
      VALUES (${id}, ${memberId}, true, ${listed.listing.official}, ${reply}, ${input.reason ?? null}, now())
      ON CONFLICT (meeting_id, member_id) DO UPDATE SET reply = EXCLUDED.reply, reply_reason = EXCLUDED.reply_reason,
        replied_at = now()`);
    await recordAudit(tx, ctx, {
      action: 'meeting.reply',
      entityType: 'meeting',
      entityId: id,
      after: { memberId, reply, reason: input.reason ?? null },
    });
  });
  return { meetingId: id, reply, reason: input.reason ?? null };
}

/** The member reports their own task done (or reopens it); the cell confirms it at its review. */
export async function setMyTaskStatus(ctx: Ctx, taskId: string, status: 'DONE' | 'OPEN') {
  const memberId = ownMember(ctx);
  const task = /^[0-9a-f-]{36}$/i.test(taskId)
    ? await one<{ id: string; status: string }>(
        ctx.db,
        sql`SELECT id, status FROM meeting_tasks WHERE id = ${taskId} AND member_id = ${memberId}`,
      )
    : undefined;
  if (!task) throw notFound('Không tìm thấy nhiệm vụ.');
  if (task.status === 'CANCELLED') throw badRequest('Nhiệm vụ đã được chi bộ hủy.');
  if (task.status === 'NOT_DONE') throw badRequest('Nhiệm vụ đã được chi bộ kiểm điểm: không đổi được nữa.');
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE meeting_tasks SET status = ${status} WHERE id = ${taskId}`);
    await recordAudit(tx, ctx, {
      action: 'meeting.task.self_report',
      entityType: 'meeting_task',
      entityId: taskId,
      before: { status: task.status },
      after: { status },
    });
  });
  return { id: taskId, status };
}
