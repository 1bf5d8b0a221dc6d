import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { one, rows } from '../../platform/db/query.ts';
import { type Listing, listingAt, type PlacementFacts } from './rules.ts';

/** The org's name in its latest version, for an org aliased `o`. */
export const ORG_NAME = sql`(SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1)`;

export interface MeetingRow {
  id: string;
  orgId: string;
  orgPath: string;
  orgCode: string;
  orgName: string;
  kind: string;
  model: boolean;
  month: string;
  plannedDate: string;
  startTime: string | null;
  place: string | null;
  topic: string;
  agenda: string | null;
  plannedOn: string;
  status: string;
  heldOn: string | null;
  minutes: unknown;
  expectedCount: number | null;
  presentCount: number | null;
  excusedCount: number | null;
  unexcusedCount: number | null;
  quorumMet: boolean | null;
  selfAssessment: unknown;
  confirmedAssessment: unknown;
  qualityLevel: string | null;
  closedAt: string | null;
  closedBy: string | null;
  cancelReason: string | null;
  version: number;
}

export const MEETING_SELECT = sql`SELECT m.id, m.org_id AS "orgId", m.org_path AS "orgPath", o.code AS "orgCode",
    ${ORG_NAME} AS "orgName", m.kind, m.model, m.month, m.planned_date AS "plannedDate", m.start_time AS "startTime",
    m.place, m.topic, m.agenda, m.planned_on AS "plannedOn", m.status, m.held_on AS "heldOn", m.minutes,
    m.expected_count AS "expectedCount", m.present_count AS "presentCount", m.excused_count AS "excusedCount",
    m.unexcused_count AS "unexcusedCount", m.quorum_met AS "quorumMet", m.self_assessment AS "selfAssessment",
    m.confirmed_assessment AS "confirmedAssessment", m.quality_level AS "qualityLevel", m.closed_at AS "closedAt",
    m.closed_by AS "closedBy", m.cancel_reason AS "cancelReason", m.version
  FROM meetings m JOIN orgs o ON o.id = m.org_id`;

const UUID = /^[0-9a-f-]{36}$/i;

export async function loadMeeting(db: Db, id: string): Promise<MeetingRow | undefined> {
  if (!UUID.test(id)) return undefined;
  return one<MeetingRow>(db, sql`${MEETING_SELECT} WHERE m.id = ${id}`);
}

export interface ListedMember {
  memberId: string;
  fullName: string;
  listing: Extract<Listing, { listed: true }>;
}

/**
 * Everyone listed at a cell's meeting on a date, from the membership periods in force that day:
 * the cell's own members and those temporarily transferred to it (rules.listingAt decides).
 */
export async function listedOn(db: Db, cellId: string, date: string): Promise<ListedMember[]> {
  const found = await rows<PlacementFacts & { memberId: string; fullName: string; sortKey: string }>(
    db,
    sql`SELECT p.member_id AS "memberId", mb.full_name AS "fullName", mb.sort_key AS "sortKey", p.org_id AS "orgId",
          p.host_org_id AS "hostOrgId", p.exemption, p.status
        FROM membership_periods p JOIN members mb ON mb.id = p.member_id
        WHERE (p.org_id = ${cellId} OR p.host_org_id = ${cellId})
          AND p.valid_from <= ${date}::date AND (p.valid_to IS NULL OR p.valid_to > ${date}::date)
        ORDER BY mb.sort_key COLLATE "C", mb.id`,
  );
  const out: ListedMember[] = [];
  for (const f of found) {
    const listing = listingAt(cellId, f);
    if (listing.listed) out.push({ memberId: f.memberId, fullName: f.fullName, listing });
  }
  return out;
}

export interface AttendanceRow {
  memberId: string;
  fullName: string;
  expected: boolean;
  official: boolean;
  status: string | null;
  reason: string | null;
  reply: string | null;
  replyReason: string | null;
}

export function attendanceOf(db: Db, meetingId: string): Promise<AttendanceRow[]> {
  return rows<AttendanceRow>(
    db,
    sql`SELECT a.member_id AS "memberId", mb.full_name AS "fullName", a.expected, a.official, a.status, a.reason,
          a.reply, a.reply_reason AS "replyReason"
        FROM meeting_attendance a JOIN members mb ON mb.id = a.member_id
        WHERE a.meeting_id = ${meetingId} ORDER BY mb.sort_key COLLATE "C", mb.id`,
  );
}
