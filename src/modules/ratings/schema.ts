import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { members } from '../members/schema.ts';
import { orgs } from '../orgs/schema.ts';

/**
 * A rating round (đợt kiểm điểm, đánh giá, xếp loại): a level opens it for a period over its subtree,
 * with a deadline. status: OPEN → CLOSED (every decision locked), or CANCELLED.
 * rule_set is fixed when the round opens (registry.ts and the settings), so a later settings change
 * never re-judges a round under way.
 */
export const ratingRounds = pgTable(
  'rating_rounds',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    /** 'YEAR' | 'QUARTER' | 'TERM' (scales/types.ts Period). */
    periodKind: text('period_kind').notNull(),
    /** The period's key, as on ratings: 'Y2025', 'Q2025-3', 'T2020-10-01_2025-09-30'. */
    periodKey: text('period_key').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    ruleSet: text('rule_set').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('OPEN'),
    note: text('note'),
    openedBy: text('opened_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('rating_rounds_path_idx').on(t.orgPath),
    // One round per org and period: opening it twice is the same click twice.
    uniqueIndex('rating_rounds_org_period_key').on(t.orgId, t.periodKey).where(sql`status <> 'CANCELLED'`),
  ],
);

/**
 * One member's or one org's rating for one period: from a round (self-assessment → proposal →
 * decision) or imported history. One row per subject and period, whatever its source.
 * For a member, org_id is the org they belonged to when rated (their cell), so the history keeps
 * where they were; for an org, it is the org itself.
 * org_group classifies an ORG subject when rated: 'GRASSROOTS' (tổ chức cơ sở đảng) or 'CELL'
 * (chi bộ trực thuộc đảng ủy cơ sở); the reports count the two apart, as the seeds do.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id').references(() => ratingRounds.id),
    /** 'ROUND' | 'IMPORT'. */
    source: text('source').notNull(),
    /** 'MEMBER' | 'ORG'. */
    subject: text('subject').notNull(),
    /** The member id or the org id: the key of uniqueness whatever the subject. */
    subjectId: text('subject_id').notNull(),
    memberId: text('member_id').references(() => members.id),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    orgGroup: text('org_group'),
    periodKind: text('period_kind').notNull(),
    periodKey: text('period_key').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    ruleSet: text('rule_set').notNull(),
    /** The member's own: { selfCriticism, commitments, scores: { criterion: n }, total, level }. */
    selfAssessment: jsonb('self_assessment'),
    selfLevel: text('self_level'),
    selfSubmittedAt: timestamp('self_submitted_at', { withTimezone: true }),
    /** The cell's proposal (members) or the subordinate org's own proposal (orgs). */
    proposedLevel: text('proposed_level'),
    proposalNote: text('proposal_note'),
    proposedBy: text('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    /** The decided level: what the reports count. Null until decided. */
    level: text('level'),
    /** Quy định 366-QĐ/TW: the 100-point score (general ≤ 30 + tasks ≤ 70). */
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
    scoreGeneral: numeric('score_general', { precision: 5, scale: 2, mode: 'number' }),
    scoreTasks: numeric('score_tasks', { precision: 5, scale: 2, mode: 'number' }),
    /** Quy định 366: the task figures its levels' conditions read, { assigned, completed, onTime, exceeded }. */
    taskFacts: jsonb('task_facts'),
    decisionNote: text('decision_note'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Decided results are locked; a reopening (rating_reopenings) unlocks with a reason. */
    locked: boolean('locked').notNull().default(false),
    /** Warnings shown when it was decided or imported (scales' findings), kept for review. */
    findings: jsonb('findings'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ratings_subject_period_key').on(t.subject, t.subjectId, t.periodKey),
    index('ratings_round_idx').on(t.roundId, t.orgPath),
    // The reports: a subtree's ratings per year and level.
    index('ratings_path_year_idx').on(t.orgPath, t.year),
    index('ratings_member_idx').on(t.memberId),
  ],
);

/** Every reopening of a decided rating, with its reason (also in the audit log). */
export const ratingReopenings = pgTable(
  'rating_reopenings',
  {
    id: text('id').primaryKey(),
    ratingId: text('rating_id')
      .notNull()
      .references(() => ratings.id),
    previousLevel: text('previous_level'),
    reason: text('reason').notNull(),
    reopenedBy: text('reopened_by'),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rating_reopenings_rating_idx').on(t.ratingId)],
);

/**
 * A discipline decision (kỷ luật) on a member or an org: what caps a rating in its period. Recorded
 * with its decision; the inspection module will own it later.
 */
export const disciplines = pgTable(
  'disciplines',
  {
    id: text('id').primaryKey(),
    subject: text('subject').notNull(),
    subjectId: text('subject_id').notNull(),
    memberId: text('member_id').references(() => members.id),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    /** KHIEN_TRACH | CANH_CAO | CACH_CHUC | KHAI_TRU | GIAI_TAN. */
    form: text('form').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decisionNumber: text('decision_number'),
    issuingBody: text('issuing_body'),
    reason: text('reason'),
    selfDetectedAndRemedied: boolean('self_detected_and_remedied').notNull().default(false),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('disciplines_subject_idx').on(t.subjectId, t.decidedOn)],
);

/** A member's annual commitment (bản cam kết tu dưỡng, rèn luyện, phấn đấu). */
export const ratingCommitments = pgTable(
  'rating_commitments',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    year: integer('year').notNull(),
    content: text('content').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rating_commitments_member_year_key').on(t.memberId, t.year)],
);

/**
 * A remediation plan (kế hoạch khắc phục hạn chế, khuyết điểm) for a shortcoming a review found, for
 * the collective (subject ORG) or an individual (subject MEMBER), tracked to done.
 * status: OPEN → DONE.
 */
export const remediationPlans = pgTable(
  'remediation_plans',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id').references(() => ratingRounds.id),
    subject: text('subject').notNull(),
    subjectId: text('subject_id').notNull(),
    memberId: text('member_id').references(() => members.id),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    year: integer('year').notNull(),
    shortcoming: text('shortcoming').notNull(),
    actions: text('actions').notNull(),
    responsible: text('responsible'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('OPEN'),
    doneOn: date('done_on', { mode: 'string' }),
    result: text('result'),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('remediation_plans_path_idx').on(t.orgPath, t.year),
    index('remediation_plans_subject_idx').on(t.subjectId),
  ],
);

/** Installation rating settings (scales/settings.ts defaults overridden here), one row. */
export const ratingSettings = pgTable('rating_settings', {
  key: text('key').primaryKey(),
  values: jsonb('values').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
