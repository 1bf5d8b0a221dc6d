import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { rows } from '../../platform/db/query.ts';
import { notFound } from '../../platform/errors.ts';
import { meetingPolicy } from './policy.ts';
import { presentMeeting } from './presenter.ts';
import { attendanceOf, listedOn, loadMeeting } from './queries.ts';
import { ATTENDANCE, planDeadline, planIsLate, quorum, summarizeAttendance } from './rules.ts';
import { loadMeetingSettings } from './settings.ts';

export interface DocumentSummary {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedAt: string;
}

export const documentsOf = (ctx: Ctx, meetingId: string) =>
  rows<DocumentSummary>(
    ctx.db,
    sql`SELECT id, file_name AS "fileName", mime_type AS "mimeType", size, uploaded_at AS "uploadedAt"
        FROM meeting_documents WHERE meeting_id = ${meetingId} ORDER BY uploaded_at, id`,
  );

export interface TaskRow {
  id: string;
  meetingId: string;
  memberId: string;
  memberName: string;
  title: string;
  dueOn: string;
  status: string;
  reviewNote: string | null;
  reviewedInMeetingId: string | null;
}

const TASK_SELECT = sql`SELECT t.id, t.meeting_id AS "meetingId", t.member_id AS "memberId", mb.full_name AS "memberName",
    t.title, t.due_on AS "dueOn", t.status, t.review_note AS "reviewNote", t.reviewed_in_meeting_id AS "reviewedInMeetingId"
  FROM meeting_tasks t JOIN members mb ON mb.id = t.member_id`;

/**
 * Everything about one meeting for the people who run or oversee it: the plan and its documents, who
 * is listed (with their replies, and attendance once held), minutes, tasks given, earlier tasks to
 * review, assessments, the upper level's reports, and what the caller may do.
 */
export async function meetingDetail(ctx: Ctx, id: string) {
  const m = await loadMeeting(ctx.db, id);
  if (!m) throw notFound('Không tìm thấy buổi sinh hoạt.');
  await meetingPolicy.read(ctx, m.orgId);
  const settings = await loadMeetingSettings(ctx.db);
  const stored = await attendanceOf(ctx.db, id);
  // Before the meeting is held, the list is who would be listed on the planned day, with their replies.
  let attendance = stored;
  if (m.status === 'PLANNED') {
    const replies = new Map(stored.map((a) => [a.memberId, a]));
    attendance = (await listedOn(ctx.db, m.orgId, m.plannedDate)).map((l) => ({
      memberId: l.memberId,
      fullName: l.fullName,
      expected: m.kind === 'COMMITTEE' ? false : l.listing.expected,
      official: l.listing.official,
      status: null,
      reason: null,
      reply: replies.get(l.memberId)?.reply ?? null,
      replyReason: replies.get(l.memberId)?.replyReason ?? null,
      note: l.listing.note,
    }));
  }
  const facts = attendance.map((a) => ({
    expected: a.expected,
    official: a.official,
    status: a.status as keyof typeof ATTENDANCE | null,
  }));
  const [documents, given, toReview, observers] = await Promise.all([
    documentsOf(ctx, id),
    rows(ctx.db, sql`${TASK_SELECT} WHERE t.meeting_id = ${id} ORDER BY t.due_on, t.id`),
    rows(
      ctx.db,
      sql`${TASK_SELECT} JOIN meetings pm ON pm.id = t.meeting_id
          WHERE t.org_id = ${m.orgId} AND t.meeting_id <> ${id}
            AND pm.held_on < ${m.heldOn ?? m.plannedDate}
            AND (t.status = 'OPEN' OR t.reviewed_in_meeting_id = ${id})
          ORDER BY t.due_on, t.id LIMIT 200`,
    ),
    rows<{
      id: string;
      username: string;
      displayName: string;
      attended: boolean | null;
      comment: string | null;
      level: string | null;
    }>(
      ctx.db,
      sql`SELECT r.id, u.username, u.display_name AS "displayName", r.attended, r.comment, r.level,
            r.reported_at AS "reportedAt", r.meeting_id AS "meetingId"
          FROM meeting_roster r JOIN users u ON u.id = r.user_id
          WHERE r.org_id = ${m.orgId} AND r.month = ${m.month} ORDER BY u.username`,
    ),
  ]);
  return {
    ...presentMeeting(m),
    planDeadline: planDeadline(m.month, settings),
    planLate: m.kind === 'REGULAR' && planIsLate(m.plannedOn, m.month, settings),
    documents,
    attendanceList: attendance.map((a) => ({
      ...a,
      statusLabel: a.status ? ATTENDANCE[a.status as keyof typeof ATTENDANCE] : null,
    })),
    summary: summarizeAttendance(facts),
    quorum: quorum(facts, settings),
    tasks: given,
    previousTasks: toReview,
    observers,
    rubric: settings.rubric,
    can: {
      edit: (await meetingPolicy.canWrite(ctx, m.orgId)) && m.status !== 'CANCELLED',
      confirm: await meetingPolicy.isAbove(ctx, m.orgId),
      observe: observers.some((o) => o.username === ctx.actor.username),
    },
  };
}
