import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { members } from '../members/schema.ts';
import { orgs } from '../orgs/schema.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * A cell's meeting (sinh hoạt chi bộ), from its plan to its closed minutes. Counts of the attendance
 * are cached on the row when the meeting is recorded, so the dashboards over a province's 180,000
 * meetings never read its 2 million attendance rows.
 * status: PLANNED → HELD (attendance and minutes recorded) → CLOSED (locked; corrections need a reason),
 * or CANCELLED.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    /** orgs.path of the org: scope and subtree filters are prefix ranges on it. */
    orgPath: text('org_path').notNull(),
    kind: text('kind').notNull(),
    model: boolean('model').notNull().default(false),
    /** 'YYYY-MM': the month the meeting belongs to (the plan's month). */
    month: text('month').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    place: text('place'),
    topic: text('topic').notNull(),
    agenda: text('agenda'),
    /** The day the plan was entered: compared with the deadline (the 20th of the month before). */
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('PLANNED'),
    heldOn: date('held_on', { mode: 'string' }),
    /** { content, opinions, conclusions, votes: [{ subject, agree, disagree, abstain }] } */
    minutes: jsonb('minutes'),
    expectedCount: integer('expected_count'),
    presentCount: integer('present_count'),
    excusedCount: integer('excused_count'),
    unexcusedCount: integer('unexcused_count'),
    quorumMet: boolean('quorum_met'),
    /** Self-assessment by the cell and confirmation by the level above: { scores, total, level, comment, by, at }. */
    selfAssessment: jsonb('self_assessment'),
    confirmedAssessment: jsonb('confirmed_assessment'),
    /** The confirmed level if any, else the self-assessed one: what the dashboards count. */
    qualityLevel: text('quality_level'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    /** Why a planned meeting was cancelled (required to cancel; shown on the meeting). */
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_org_date_idx').on(t.orgId, t.plannedDate),
    index('meetings_path_month_idx').on(t.orgPath, t.month),
    // One regular meeting a month per cell: a second plan for the same month is the same submission twice.
    uniqueIndex('meetings_regular_month_key')
      .on(t.orgId, t.month)
      .where(sql`kind = 'REGULAR' AND status <> 'CANCELLED'`),
  ],
);

/** Documents attached to a meeting, stored in the database so backups carry them. */
export const meetingDocuments = pgTable(
  'meeting_documents',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    fileName: text('file_name').notNull(),
    /** The type found in the content (magic bytes), never the one the browser claimed. */
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meeting_documents_content_key').on(t.meetingId, t.sha256)],
);

/**
 * Everyone listed for a meeting: expected members, and exempt or temporarily-away members listed but
 * not expected. reply is the member's own answer ahead of time; status what the secretary recorded.
 */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    expected: boolean('expected').notNull().default(true),
    official: boolean('official').notNull().default(true),
    /** PRESENT, ABSENT_EXCUSED, ABSENT_UNEXCUSED; null until recorded. */
    status: text('status'),
    reason: text('reason'),
    /** ATTEND or ABSENT, sent by the member ahead of the meeting. */
    reply: text('reply'),
    replyReason: text('reply_reason'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    /** Denormalized for the per-member yearly count (absences without reason). */
    heldOn: date('held_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.memberId] }),
    index('meeting_attendance_member_idx').on(t.memberId, t.heldOn),
  ],
);

/** Tasks a meeting gives to named members, reviewed at a later meeting. */
export const meetingTasks = pgTable(
  'meeting_tasks',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** OPEN, DONE, NOT_DONE. */
    status: text('status').notNull().default('OPEN'),
    reviewNote: text('review_note'),
    reviewedInMeetingId: text('reviewed_in_meeting_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meeting_tasks_member_idx').on(t.memberId, t.status),
    index('meeting_tasks_path_idx').on(t.orgPath, t.status, t.dueOn),
    index('meeting_tasks_meeting_idx').on(t.meetingId),
    uniqueIndex('meeting_tasks_same_key').on(t.meetingId, t.memberId, t.title),
  ],
);

/**
 * The monthly roster of upper-level attendance: a committee above assigns one of its members or staff
 * (a user) to attend a cell's meetings in a month; the assignee reports on what they saw.
 */
export const meetingRoster = pgTable(
  'meeting_roster',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    month: text('month').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    assignedBy: text('assigned_by'),
    /** The assignee's report: which meeting, attended or not, comment, their view of the quality. */
    meetingId: text('meeting_id'),
    attended: boolean('attended'),
    comment: text('comment'),
    level: text('level'),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('meeting_roster_key').on(t.orgId, t.month, t.userId),
    index('meeting_roster_user_idx').on(t.userId, t.month),
    index('meeting_roster_path_idx').on(t.orgPath, t.month),
  ],
);

/** The configurable values of the meeting rules (one row, key 'default'); absent means the defaults. */
export const meetingSettings = pgTable('meeting_settings', {
  key: text('key').primaryKey(),
  values: jsonb('values').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
