import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Database } from '../../platform/db/client.ts';
import { one, rows } from '../../platform/db/query.ts';
import { newId } from '../../platform/ids.ts';
import { addMonths } from '../../vn/dates.ts';
import { monthOf, nextMonth } from '../meetings/rules.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { writeRows } from './bulk.ts';
import { withoutBulkLoadConstraints } from './indexes.ts';
import { type CommitteeOrgFacts, planCommitteeMeetings } from './plan/committees.ts';
import { type CellFacts, type PeriodFacts, type PlannedMeeting, planMeetings } from './plan/meetings.ts';

const MEETING_COLUMNS = [
  'id',
  'org_id',
  'org_path',
  'kind',
  'model',
  'month',
  'planned_date',
  'start_time',
  'place',
  'topic',
  'agenda',
  'planned_on',
  'status',
  'held_on',
  'minutes',
  'expected_count',
  'present_count',
  'excused_count',
  'unexcused_count',
  'quorum_met',
  'self_assessment',
  'confirmed_assessment',
  'quality_level',
  'closed_at',
  'closed_by',
] as const;
const MEETING_TABLES = ['meetings', 'meeting_attendance', 'meeting_tasks', 'meeting_documents'];
const DOCUMENT_COLUMNS = [
  'id',
  'meeting_id',
  'file_name',
  'mime_type',
  'size',
  'sha256',
  'content',
  'uploaded_by',
];
const ATTENDANCE_COLUMNS = [
  'meeting_id',
  'member_id',
  'expected',
  'official',
  'status',
  'reason',
  'held_on',
] as const;
const TASK_COLUMNS = [
  'id',
  'meeting_id',
  'org_id',
  'org_path',
  'member_id',
  'title',
  'due_on',
  'status',
  'review_note',
  'reviewed_in_meeting_id',
] as const;

/** A one-page PDF: the demo's agenda attached to upcoming meetings. */
export function agendaPdf(title: string): Buffer {
  const ascii = title.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n4 0 obj << /Length ${ascii.length + 30} >> stream\nBT /F1 14 Tf 50 780 Td (${ascii}) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export interface MeetingsDemoResult {
  meetings: number;
  attendance: number;
  tasks: number;
}

/**
 * Writes a year of meetings for every cell (plan/meetings.ts) in bulk, as the member loader does, plus
 * an agenda document on each upcoming meeting, the committees' meetings and conferences
 * (plan/committees.ts), and the demo's upper-level assessor (`giamsat`, staff of
 * the committee above the demo cell) assigned to that cell this month and next.
 */
export async function loadMeetingsDemo(
  database: Database,
  opts: { seed: number; asOf: string; focusCellId: string | null; bench?: boolean },
): Promise<MeetingsDemoResult> {
  const db = database.db;
  // The planner covers the twelve months up to asOf's: periods ending before them do not matter.
  const from = addMonths(`${monthOf(opts.asOf)}-01`, -11);
  const cells = await rows<CellFacts>(
    db,
    sql`SELECT o.id, o.path, v.name FROM orgs o JOIN org_versions v ON v.org_id = o.id
        WHERE v.kind IN ('CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC') AND v.valid_to IS NULL ORDER BY o.path`,
  );
  const periods = await rows<PeriodFacts>(
    db,
    sql`SELECT member_id AS "memberId", org_id AS "orgId", host_org_id AS "hostOrgId", exemption, status,
          valid_from AS "validFrom", valid_to AS "validTo"
        FROM membership_periods WHERE valid_to IS NULL OR valid_to > ${from}::date`,
  );
  const result: MeetingsDemoResult = { meetings: 0, attendance: 0, tasks: 0 };
  // At benchmark size, foreign keys and secondary indexes are re-created once after the rows, as for the roll.
  const restore = cells.length > 2_000 ? await withoutBulkLoadConstraints(db, MEETING_TABLES) : null;
  // Cells are planned and written a thousand at a time, so the province benchmark's two million
  // attendance rows never sit in memory (or in one COPY) at once.
  for (let c = 0; c < cells.length; c += 1000) {
    const planned = planMeetings(cells.slice(c, c + 1000), periods, {
      seed: opts.seed,
      asOf: opts.asOf,
      newId,
      focusCellId: opts.focusCellId,
    });
    result.meetings += planned.length;
    await writeMeetings(database, planned, opts);
    result.attendance += planned.reduce((n, m) => n + m.attendance.length, 0);
    result.tasks += planned.reduce((n, m) => n + m.tasks.length, 0);
  }
  await restore?.();
  if (!opts.bench) {
    // Committees (đảng ủy, chi ủy) and grassroots conferences; the benchmark measures cells' meetings only.
    const orgs = await rows<CommitteeOrgFacts>(
      db,
      sql`SELECT o.id, o.path, v.name, v.kind,
            (SELECT min(w.valid_from) FROM org_versions w WHERE w.org_id = o.id)::text AS since
          FROM orgs o JOIN org_versions v ON v.org_id = o.id
          WHERE v.kind IN ('DANG_BO_CO_SO', 'DANG_BO_BO_PHAN', 'CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC')
            AND v.valid_to IS NULL ORDER BY o.path`,
    );
    const planned = planCommitteeMeetings(orgs, periods, {
      seed: opts.seed,
      asOf: opts.asOf,
      newId,
      focusCellId: opts.focusCellId,
    });
    await writeMeetings(database, planned, opts);
    result.meetings += planned.length;
    result.attendance += planned.reduce((n, m) => n + m.attendance.length, 0);
  }
  if (!opts.bench && opts.focusCellId) await addAssessor(database, opts.focusCellId, opts.asOf);
  return result;
}

async function writeMeetings(
  database: Database,
  planned: readonly PlannedMeeting[],
  opts: { focusCellId: string | null; bench?: boolean },
) {
  const SLICE = 5000;
  for (let i = 0; i < planned.length; i += SLICE) {
    const meetingRows: unknown[][] = [];
    const attendanceRows: unknown[][] = [];
    const taskRows: unknown[][] = [];
    const documentRows: unknown[][] = [];
    for (const m of planned.slice(i, i + SLICE)) {
      meetingRows.push([
        m.id,
        m.cellId,
        m.path,
        m.kind,
        m.model,
        m.month,
        m.plannedDate,
        m.startTime,
        m.place,
        m.topic,
        m.agenda,
        m.plannedOn,
        m.status,
        m.heldOn,
        m.minutes,
        m.counts?.expected ?? null,
        m.counts?.present ?? null,
        m.counts?.excused ?? null,
        m.counts?.unexcused ?? null,
        m.counts?.quorumMet ?? null,
        m.selfAssessment,
        m.confirmedAssessment,
        m.qualityLevel,
        m.status === 'CLOSED' ? `${m.heldOn}T15:00:00.000Z` : null,
        m.status === 'CLOSED' ? 'demo' : null,
      ]);
      for (const a of m.attendance)
        attendanceRows.push([m.id, a.memberId, a.expected, a.official, a.status, a.reason, m.heldOn]);
      for (const t of m.tasks)
        taskRows.push([
          t.id,
          m.id,
          m.cellId,
          m.path,
          t.memberId,
          t.title,
          t.dueOn,
          t.status,
          t.reviewNote,
          t.reviewedIn,
        ]);
      if (m.status === 'PLANNED' && (m.cellId === opts.focusCellId || !opts.bench)) {
        const pdf = agendaPdf(`Chuong trinh sinh hoat: ${m.topic}`);
        documentRows.push([
          newId(),
          m.id,
          'Chương trình sinh hoạt.pdf',
          'application/pdf',
          pdf.length,
          createHash('sha256').update(pdf).digest('hex'),
          `\\x${pdf.toString('hex')}`,
          'demo',
        ]);
      }
    }
    const batches = [
      { table: 'meetings', columns: MEETING_COLUMNS, rows: meetingRows },
      { table: 'meeting_attendance', columns: ATTENDANCE_COLUMNS, rows: attendanceRows },
      { table: 'meeting_tasks', columns: TASK_COLUMNS, rows: taskRows },
      { table: 'meeting_documents', columns: DOCUMENT_COLUMNS, rows: documentRows },
    ];
    await writeRows(database, batches);
  }
}

/** `giamsat`: staff of the committee above the demo cell, on the roster of that cell this month and next. */
async function addAssessor(database: Database, cellId: string, asOf: string) {
  const db = database.db;
  const parent = await one<{ id: string; path: string }>(
    db,
    sql`SELECT p.id, p.path FROM org_versions v JOIN orgs p ON p.id = v.parent_id
        WHERE v.org_id = ${cellId} AND v.valid_to IS NULL`,
  );
  const cell = await one<{ path: string }>(db, sql`SELECT path FROM orgs WHERE id = ${cellId}`);
  if (!parent || !cell) return;
  const userId = newId();
  await db.execute(sql`INSERT INTO users (id, username, password_hash, display_name, role, org_id)
    VALUES (${userId}, 'giamsat', ${await hashPassword(DEMO_PASSWORD)}, 'Cán bộ cấp trên dự sinh hoạt', 'org_staff', ${parent.id})
    ON CONFLICT (username) DO NOTHING`);
  for (const month of [monthOf(asOf), nextMonth(monthOf(asOf))])
    await db.execute(sql`INSERT INTO meeting_roster (id, org_id, org_path, month, user_id, assigned_by)
      VALUES (${newId()}, ${cellId}, ${cell.path}, ${month}, ${userId}, 'demo') ON CONFLICT DO NOTHING`);
}
