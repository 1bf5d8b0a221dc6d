import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { badRequest, conflict, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { formatVnDate } from '../../vn/dates.ts';
import type { HoldInput, ReviewInput, TaskInput, TaskPatchInput } from './contracts.ts';
import { meetingDetail } from './detail.ts';
import { writableMeeting } from './plans.ts';
import { presentMeetingSummary } from './presenter.ts';
import { attendanceOf, listedOn } from './queries.ts';
import { type AttendanceStatus, heldInFuture, quorum, summarizeAttendance } from './rules.ts';
import { loadMeetingSettings } from './settings.ts';

const STALE = 'Buổi sinh hoạt vừa được cập nhật (hoặc đã gửi rồi). Hãy tải lại trang để xem bản mới nhất.';

/**
 * Records that the meeting was held: the attendance of everyone listed on the day, and the minutes.
 * Every expected member needs a status; nobody outside the cell's list may be recorded. Recording again
 * (before closing, or after with a correction reason) replaces the previous record; the audit log keeps it.
 */
export async function holdMeeting(ctx: Ctx, id: string, input: HoldInput) {
  const m = await writableMeeting(ctx, id, input);
  if (heldInFuture(input.heldOn, ctx.today))
    throw invalidFields([{ path: 'heldOn', message: 'Ngày sinh hoạt không được sau hôm nay.' }]);
  const listed = await listedOn(ctx.db, m.orgId, input.heldOn);
  const byId = new Map(listed.map((l) => [l.memberId, l]));
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  for (const [i, a] of input.attendance.entries()) {
    if (!byId.has(a.memberId))
      problems.push({
        path: `attendance.${i}.memberId`,
        message: `Người thứ ${i + 1} trong danh sách điểm danh không sinh hoạt ở chi bộ này vào ngày ${formatVnDate(input.heldOn)}.`,
      });
    if (seen.has(a.memberId))
      problems.push({
        path: `attendance.${i}.memberId`,
        message: `Người thứ ${i + 1} bị điểm danh hai lần.`,
      });
    seen.add(a.memberId);
  }
  const committee = m.kind === 'COMMITTEE';
  // A committee meeting (chi ủy) lists only those the secretary records; the others list the whole cell.
  const missing = committee ? [] : listed.filter((l) => l.listing.expected && !seen.has(l.memberId));
  if (missing.length)
    problems.push({
      path: 'attendance',
      message: `Chưa điểm danh: ${missing
        .slice(0, 5)
        .map((l) => l.fullName)
        .join(', ')}${missing.length > 5 ? ` và ${missing.length - 5} người nữa` : ''}.`,
    });
  if (problems.length) throw invalidFields(problems);

  const given = new Map(input.attendance.map((a) => [a.memberId, a]));
  const entries = (committee ? listed.filter((l) => given.has(l.memberId)) : listed).map((l) => ({
    memberId: l.memberId,
    expected: committee ? true : l.listing.expected,
    official: l.listing.official,
    status: (given.get(l.memberId)?.status ?? null) as AttendanceStatus | null,
    reason: given.get(l.memberId)?.reason ?? null,
  }));
  const settings = await loadMeetingSettings(ctx.db);
  const summary = summarizeAttendance(entries);
  const q = quorum(entries, settings);
  const before = {
    ...presentMeetingSummary(m),
    minutes: m.minutes,
    attendance: await attendanceOf(ctx.db, id),
  };
  await inTransaction(ctx.db, async (tx) => {
    const done = await rows(
      tx,
      sql`UPDATE meetings SET status = ${m.status === 'CLOSED' ? 'CLOSED' : 'HELD'}, held_on = ${input.heldOn},
            minutes = ${JSON.stringify(input.minutes)}::jsonb, expected_count = ${summary.expected},
            present_count = ${summary.present}, excused_count = ${summary.excused},
            unexcused_count = ${summary.unexcused}, quorum_met = ${q.met}, version = version + 1, updated_at = now()
          WHERE id = ${id} AND version = ${m.version} RETURNING id`,
    );
    if (!done.length) throw conflict(STALE);
    const keep = entries.map((e) => e.memberId);
    await tx.execute(
      sql`DELETE FROM meeting_attendance WHERE meeting_id = ${id}
          AND NOT (member_id = ANY(${`{${keep.map((k) => `"${k}"`).join(',')}}`}::text[]))`,
    );
    for (const e of entries)
      await tx.execute(sql`INSERT INTO meeting_attendance (meeting_id, member_id, expected, official, status, reason, held_on)
        VALUES (${id}, ${e.memberId}, ${e.expected}, ${e.official}, ${e.status}, ${e.reason}, ${input.heldOn})
        ON CONFLICT (meeting_id, member_id) DO UPDATE SET expected = EXCLUDED.expected, official = EXCLUDED.official,
          status = EXCLUDED.status, reason = EXCLUDED.reason, held_on = EXCLUDED.held_on`);
    await recordAudit(tx, ctx, {
      action: m.status === 'CLOSED' ? 'meeting.correct' : 'meeting.hold',
      entityType: 'meeting',
      entityId: id,
      before,
      after: { ...input, summary, quorum: q },
    });
  });
  return meetingDetail(ctx, id);
}

/** Gives a task to a member listed at the meeting, due on or after the meeting. */
export async function addTask(ctx: Ctx, id: string, input: TaskInput) {
  const m = await writableMeeting(ctx, id, input);
  if (!m.heldOn) throw badRequest('Ghi điểm danh và biên bản trước khi giao nhiệm vụ.');
  const listed = await one(
    ctx.db,
    sql`SELECT 1 FROM meeting_attendance WHERE meeting_id = ${id} AND member_id = ${input.memberId}`,
  );
  if (!listed)
    throw invalidFields([
      { path: 'memberId', message: 'Chỉ giao nhiệm vụ cho đảng viên trong danh sách buổi sinh hoạt.' },
    ]);
  if (input.dueOn < m.heldOn)
    throw invalidFields([{ path: 'dueOn', message: 'Hạn hoàn thành không được trước ngày sinh hoạt.' }]);
  const taskId = newId();
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO meeting_tasks (id, meeting_id, org_id, org_path, member_id, title, due_on)
      VALUES (${taskId}, ${id}, ${m.orgId}, ${m.orgPath}, ${input.memberId}, ${input.title}, ${input.dueOn})`);
    await recordAudit(tx, ctx, {
      action: m.status === 'CLOSED' ? 'meeting.task.correct' : 'meeting.task.add',
      entityType: 'meeting_task',
      entityId: taskId,
      after: { meetingId: id, ...input },
    });
  }).catch((e) => {
    if (uniqueViolation(e))
      throw conflict('Nhiệm vụ này đã được giao cho đảng viên này ở buổi sinh hoạt này.');
    throw e;
  });
  return meetingDetail(ctx, id);
}

const TASK_NOT_FOUND = 'Không tìm thấy nhiệm vụ này ở buổi sinh hoạt.';

/**
 * Corrects a task given at this meeting: another member listed at it, another title or due date, or
 * its withdrawal (a task given by mistake). Before closing the secretary edits freely; after closing a
 * correction reason is required (writableMeeting) and the audit log keeps the task before and after.
 */
export async function updateTask(ctx: Ctx, id: string, taskId: string, input: TaskPatchInput) {
  const m = await writableMeeting(ctx, id, input);
  if (!m.heldOn) throw badRequest('Ghi điểm danh và biên bản trước khi sửa nhiệm vụ.');
  const task = /^[0-9a-f-]{36}$/i.test(taskId)
    ? await one<{ memberId: string; title: string; dueOn: string; status: string }>(
        ctx.db,
        sql`SELECT member_id AS "memberId", title, due_on AS "dueOn", status FROM meeting_tasks
            WHERE id = ${taskId} AND meeting_id = ${id}`,
      )
    : undefined;
  if (!task) throw notFound(TASK_NOT_FOUND);
  if (task.status === 'CANCELLED') throw badRequest('Nhiệm vụ đã hủy: không sửa được nữa.');
  const changes = ['memberId', 'title', 'dueOn', 'status'] as const;
  if (!changes.some((k) => input[k] !== undefined))
    throw invalidFields([
      { path: 'title', message: 'Chưa có gì để sửa: đổi đảng viên, nội dung, hạn hoặc hủy nhiệm vụ.' },
    ]);
  const problems: { path: string; message: string }[] = [];
  if (input.memberId !== undefined && input.memberId !== task.memberId) {
    const listed = await one(
      ctx.db,
      sql`SELECT 1 FROM meeting_attendance WHERE meeting_id = ${id} AND member_id = ${input.memberId}`,
    );
    if (!listed)
      problems.push({
        path: 'memberId',
        message: 'Chỉ giao nhiệm vụ cho đảng viên trong danh sách buổi sinh hoạt.',
      });
  }
  if (input.dueOn !== undefined && input.dueOn < m.heldOn)
    problems.push({ path: 'dueOn', message: 'Hạn hoàn thành không được trước ngày sinh hoạt.' });
  if (problems.length) throw invalidFields(problems);
  const after = {
    memberId: input.memberId ?? task.memberId,
    title: input.title ?? task.title,
    dueOn: input.dueOn ?? task.dueOn,
    status: input.status ?? task.status,
  };
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE meeting_tasks SET member_id = ${after.memberId}, title = ${after.title},
        due_on = ${after.dueOn}, status = ${after.status} WHERE id = ${taskId}`);
    await recordAudit(tx, ctx, {
      action: m.status === 'CLOSED' ? 'meeting.task.correct' : 'meeting.task.update',
      entityType: 'meeting_task',
      entityId: taskId,
      before: { meetingId: id, ...task },
      after: { meetingId: id, ...after, correctionReason: input.correctionReason ?? null },
    });
  }).catch((e) => {
    if (uniqueViolation(e))
      throw conflict('Nhiệm vụ này đã được giao cho đảng viên này ở buổi sinh hoạt này.');
    throw e;
  });
  return meetingDetail(ctx, id);
}

/** Reviews tasks given at earlier meetings of the same cell: done, not done, or still open. */
export async function reviewTasks(ctx: Ctx, id: string, input: ReviewInput) {
  const m = await writableMeeting(ctx, id, input);
  if (!m.heldOn) throw badRequest('Ghi điểm danh và biên bản trước khi kiểm điểm nhiệm vụ.');
  const ids = input.reviews.map((r) => r.taskId);
  const found = await rows<{ id: string; status: string; heldOn: string }>(
    ctx.db,
    sql`SELECT t.id, t.status, pm.held_on AS "heldOn" FROM meeting_tasks t JOIN meetings pm ON pm.id = t.meeting_id
        WHERE t.org_id = ${m.orgId} AND t.id = ANY(${`{${ids.map((k) => `"${k.replace(/"/g, '')}"`).join(',')}}`}::text[])`,
  );
  const byId = new Map(found.map((t) => [t.id, t]));
  const problems = input.reviews.flatMap((r, i) => {
    const t = byId.get(r.taskId);
    if (!t) return [{ path: `reviews.${i}.taskId`, message: 'Không có nhiệm vụ này ở chi bộ.' }];
    if (t.status === 'CANCELLED')
      return [{ path: `reviews.${i}.taskId`, message: 'Nhiệm vụ đã hủy: không kiểm điểm.' }];
    if (!(t.heldOn < m.heldOn!))
      return [
        { path: `reviews.${i}.taskId`, message: 'Chỉ kiểm điểm nhiệm vụ giao ở buổi sinh hoạt trước.' },
      ];
    return [];
  });
  if (problems.length) throw invalidFields(problems);
  await inTransaction(ctx.db, async (tx) => {
    for (const r of input.reviews)
      await tx.execute(sql`UPDATE meeting_tasks SET status = ${r.status}, review_note = ${r.note ?? null},
          reviewed_in_meeting_id = ${id} WHERE id = ${r.taskId}`);
    await recordAudit(tx, ctx, {
      action: m.status === 'CLOSED' ? 'meeting.task.correct' : 'meeting.task.review',
      entityType: 'meeting',
      entityId: id,
      before: found,
      after: input,
    });
  });
  return meetingDetail(ctx, id);
}

/** The secretary closes and locks the minutes; later changes need a correction reason. */
export async function closeMeeting(ctx: Ctx, id: string, input: { version: number }) {
  const m = await writableMeeting(ctx, id, { version: input.version, closedOk: true });
  if (m.status === 'CLOSED') throw conflict('Biên bản đã được khóa rồi.');
  if (m.status !== 'HELD') throw badRequest('Ghi điểm danh và biên bản trước khi khóa.');
  await inTransaction(ctx.db, async (tx) => {
    const done = await rows(
      tx,
      sql`UPDATE meetings SET status = 'CLOSED', closed_at = now(), closed_by = ${ctx.actor.username},
            version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${m.version} RETURNING id`,
    );
    if (!done.length) throw conflict(STALE);
    await recordAudit(tx, ctx, { action: 'meeting.close', entityType: 'meeting', entityId: id });
  });
  return meetingDetail(ctx, id);
}
