import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows } from '../../platform/db/query.ts';
import { addDays, addMonths, formatVnDate } from '../../vn/dates.ts';
import { cellsOf } from './cells.ts';
import { monthOf, nextMonth, planDeadline, planIsMissing } from './rules.ts';
import { loadMeetingSettings } from './settings.ts';

/** A to-do item about meetings, in the shape of the lifecycle to-do list (todo/service.ts). */
export interface MeetingTodo {
  kind:
    | 'ABSENT_WITHOUT_REASON'
    | 'PLAN_MISSING'
    | 'REGULAR_MEETING_MISSING'
    | 'MEETING_SOON'
    | 'TASK_OVERDUE';
  /** 'meeting' subjects lead to the member's own view. */
  subject: { type: 'member' | 'org' | 'meeting'; id: string; name: string };
  orgCode: string;
  orgName: string;
  dueOn: string;
  overdue: boolean;
  message: string;
}

/**
 * Members absent without reason at least the limit of times this calendar year (default 3: Điều lệ
 * Đảng Điều 8.2, Quy định 24-QĐ/TW mục 8 — consider removal from the roll).
 */
export async function absenceTodos(db: Db, prefix: string | null, today: string): Promise<MeetingTodo[]> {
  const settings = await loadMeetingSettings(db);
  const found = await rows<{
    id: string;
    name: string;
    orgCode: string;
    orgName: string;
    n: number;
    last: string;
  }>(
    db,
    sql`SELECT a.member_id AS id, mb.full_name AS name, o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          count(*)::int AS n, max(a.held_on) AS last
        FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id JOIN members mb ON mb.id = a.member_id
        JOIN orgs o ON o.id = m.org_id
        WHERE ${prefix ? underPath(sql`m.org_path`, prefix) : sql`TRUE`} AND a.status = 'ABSENT_UNEXCUSED' AND a.expected
          AND a.held_on >= ${`${today.slice(0, 4)}-01-01`} AND a.held_on <= ${today} AND mb.status IS NOT NULL
        GROUP BY a.member_id, mb.full_name, o.id, o.code
        HAVING count(*) >= ${settings.unexcusedAbsenceLimit}`,
  );
  return found.map((f) => ({
    kind: 'ABSENT_WITHOUT_REASON',
    subject: { type: 'member', id: f.id, name: f.name },
    orgCode: f.orgCode,
    orgName: f.orgName,
    dueOn: f.last,
    overdue: true,
    message: `Vắng sinh hoạt không lý do ${f.n} lần trong năm ${today.slice(0, 4)} (lần gần nhất ${formatVnDate(f.last)}): chi bộ xem xét theo Điều lệ Đảng (xóa tên).`,
  }));
}

/**
 * Cells whose regular plan for next month is missing after the deadline, and cells that held no
 * regular meeting last month (Điều lệ Điều 24.2: the cell meets monthly).
 */
export async function planTodos(db: Db, prefix: string | null, today: string): Promise<MeetingTodo[]> {
  const settings = await loadMeetingSettings(db);
  const upcoming = nextMonth(monthOf(today));
  const last = monthOf(addMonths(`${monthOf(today)}-01`, -1));
  const cells = (await cellsOf(db, prefix, `${last}-01`, today)).filter((c) => c.liveTo === null);
  const meetings = await rows<{ orgId: string; month: string; held: boolean }>(
    db,
    sql`SELECT DISTINCT m.org_id AS "orgId", m.month, m.status IN ('HELD', 'CLOSED') AS held FROM meetings m
        WHERE ${prefix ? underPath(sql`m.org_path`, prefix) : sql`TRUE`} AND m.kind = 'REGULAR'
          AND m.status <> 'CANCELLED' AND m.month IN (${upcoming}, ${last})`,
  );
  const planned = new Set(meetings.filter((m) => m.month === upcoming).map((m) => m.orgId));
  const heldLast = new Set(meetings.filter((m) => m.month === last && m.held).map((m) => m.orgId));
  const out: MeetingTodo[] = [];
  const deadline = planDeadline(upcoming, settings);
  for (const c of cells) {
    const subject = { type: 'org' as const, id: c.code, name: c.name };
    if (planIsMissing(upcoming, today, planned.has(c.id), settings))
      out.push({
        kind: 'PLAN_MISSING',
        subject,
        orgCode: c.code,
        orgName: c.name,
        dueOn: deadline,
        overdue: true,
        message: `Chưa có kế hoạch sinh hoạt thường kỳ tháng ${upcoming.slice(5)}/${upcoming.slice(0, 4)} (hạn ${formatVnDate(deadline)}).`,
      });
    if (c.liveFrom < `${last}-01` && !heldLast.has(c.id))
      out.push({
        kind: 'REGULAR_MEETING_MISSING',
        subject,
        orgCode: c.code,
        orgName: c.name,
        dueOn: addMonths(`${last}-01`, 1),
        overdue: true,
        message: `Không có buổi sinh hoạt thường kỳ nào được ghi trong tháng ${last.slice(5)}/${last.slice(0, 4)}.`,
      });
  }
  return out;
}

/**
 * A member's own reminders, for the notification bell: meetings of their cell within seven days they
 * have not answered, and their tasks past due.
 */
export async function memberMeetingTodos(db: Db, memberId: string, today: string): Promise<MeetingTodo[]> {
  const soon = await rows<{
    id: string;
    topic: string;
    plannedDate: string;
    orgCode: string;
    orgName: string;
  }>(
    db,
    sql`SELECT m.id, m.topic, m.planned_date AS "plannedDate", o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName"
        FROM membership_periods p
        JOIN meetings m ON m.org_id = COALESCE(p.host_org_id, p.org_id) JOIN orgs o ON o.id = m.org_id
        LEFT JOIN meeting_attendance a ON a.meeting_id = m.id AND a.member_id = p.member_id
        WHERE p.member_id = ${memberId} AND p.valid_from <= ${today}::date AND (p.valid_to IS NULL OR p.valid_to > ${today}::date)
          AND p.exemption IS NULL AND m.status = 'PLANNED' AND m.planned_date >= ${today}
          AND m.planned_date <= ${addDays(today, 7)} AND a.reply IS NULL`,
  );
  const late = await rows<{ id: string; title: string; dueOn: string; orgCode: string; orgName: string }>(
    db,
    sql`SELECT t.id, t.title, t.due_on AS "dueOn", o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName"
        FROM meeting_tasks t JOIN orgs o ON o.id = t.org_id
        WHERE t.member_id = ${memberId} AND t.status = 'OPEN' AND t.due_on < ${today}`,
  );
  return [
    ...soon.map((m) => ({
      kind: 'MEETING_SOON' as const,
      subject: { type: 'meeting' as const, id: m.id, name: m.topic },
      orgCode: m.orgCode,
      orgName: m.orgName,
      dueOn: m.plannedDate,
      overdue: false,
      message: `Sinh hoạt ngày ${formatVnDate(m.plannedDate)}: xác nhận tham dự hoặc báo vắng.`,
    })),
    ...late.map((t) => ({
      kind: 'TASK_OVERDUE' as const,
      subject: { type: 'meeting' as const, id: t.id, name: t.title },
      orgCode: t.orgCode,
      orgName: t.orgName,
      dueOn: t.dueOn,
      overdue: true,
      message: `Nhiệm vụ được giao đã quá hạn ${formatVnDate(t.dueOn)}.`,
    })),
  ];
}
