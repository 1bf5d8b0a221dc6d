import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { members } from '../members/schema.ts';
import { orgs } from '../orgs/schema.ts';

/**
 * A person being prepared for admission (quần chúng ưu tú, đối tượng kết nạp), placed in the cell
 * that will admit them. The profile mirrors a member's so the ceremony can create the member from it.
 * status: ACTIVE (in the pipeline), ADMITTED (the ceremony created memberId), WITHDRAWN (with a reason).
 */
export const admissionCandidates = pgTable(
  'admission_candidates',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    fullName: text('full_name').notNull(),
    birthName: text('birth_name'),
    gender: text('gender').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    ethnicity: text('ethnicity').notNull(),
    religion: text('religion'),
    religiousAdherence: text('religious_adherence'),
    hometown: text('hometown'),
    residence: text('residence'),
    citizenId: text('citizen_id'),
    phone: text('phone'),
    education: text('education'),
    professional: text('professional'),
    politicalTheory: text('political_theory'),
    foreignLanguage: text('foreign_language'),
    occupation: text('occupation'),
    jobTitle: text('job_title'),
    workplace: text('workplace'),
    /** Đoàn viên TNCS Hồ Chí Minh: may be introduced by the youth union's executive plus one member. */
    youthUnion: boolean('youth_union').notNull().default(false),
    /** Counts toward the plan's rural target. */
    rural: boolean('rural').notNull().default(false),
    /** Lives in a designated highland / ethnic-minority area: primary education may be accepted. */
    highlandArea: boolean('highland_area').notNull().default(false),
    status: text('status').notNull().default('ACTIVE'),
    memberId: text('member_id').references(() => members.id),
    withdrawnDate: date('withdrawn_date', { mode: 'string' }),
    withdrawnReason: text('withdrawn_reason'),
    /** Ceremony date once admitted: what the annual plan's progress counts. */
    ceremonyDate: date('ceremony_date', { mode: 'string' }),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('admission_candidates_org_idx').on(t.orgId, t.status),
    index('admission_candidates_ceremony_idx').on(t.ceremonyDate),
    // One person is in the pipeline once at a time; a withdrawn candidate may start again later.
    uniqueIndex('admission_candidates_citizen_id_key').on(t.citizenId).where(sql`status = 'ACTIVE'`),
  ],
);

/**
 * One row per recorded pipeline step: its legal date and its data (validated by the step's contract).
 * Re-recording a step replaces its row; the audit log keeps the previous values.
 */
export const admissionSteps = pgTable(
  'admission_steps',
  {
    candidateId: text('candidate_id')
      .notNull()
      .references(() => admissionCandidates.id),
    step: text('step').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    /** Non-blocking findings of the rules when the step was recorded (e.g. over 60, primary education). */
    warnings: jsonb('warnings').notNull().default(sql`'[]'::jsonb`),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.step] })],
);

/** An org's admission target for a year, in total and for the groups the reports follow. */
export const admissionPlans = pgTable(
  'admission_plans',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    targetTotal: integer('target_total').notNull(),
    targetYouthUnion: integer('target_youth_union'),
    targetWomen: integer('target_women'),
    targetEthnicMinority: integer('target_ethnic_minority'),
    targetRural: integer('target_rural'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('admission_plans_org_year_key').on(t.orgId, t.year)],
);

/** The configurable values of the admission rules (one row, key 'default'); absent means the defaults. */
export const admissionSettings = pgTable('admission_settings', {
  key: text('key').primaryKey(),
  values: jsonb('values').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
