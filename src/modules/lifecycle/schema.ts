import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { members } from '../members/schema.ts';
import { orgs } from '../orgs/schema.ts';

/** Append-only membership history. A wrong event is corrected by a CORRECTION event, never deleted. */
export const membershipEvents = pgTable(
  'membership_events',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    type: text('type').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    orgId: text('org_id').references(() => orgs.id),
    fromOrgId: text('from_org_id').references(() => orgs.id),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuingBody: text('issuing_body'),
    note: text('note'),
    correctsEventId: text('corrects_event_id'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('membership_events_member_idx').on(t.memberId, t.effectiveDate)],
);

/** The coded member attributes after gender, ethnicity and birth date, as periods and sets copy them. */
const laterCodedAttributes = () => ({
  education: text('education'),
  professional: text('professional'),
  politicalTheory: text('political_theory'),
  occupation: text('occupation'),
  religion: text('religion'),
  religiousAdherence: text('religious_adherence'),
});

/**
 * Every distinct combination of the coded attributes and status periods carry (attributeSets.ts): the
 * structure report counts periods by this small integer instead of by ten text columns.
 */
export const attributeSets = pgTable('attribute_sets', {
  id: serial('id').primaryKey(),
  /** The values joined by U+001F, U+001E for null (attribute_set_key in migration 0021). */
  key: text('key').notNull().unique(),
  gender: text('gender'),
  ethnicity: text('ethnicity'),
  ...laterCodedAttributes(),
  status: text('status').notNull(),
  exemption: text('exemption'),
});

/** Derived from the events: which org and status a member had over [validFrom, validTo). */
export const membershipPeriods = pgTable(
  'membership_periods',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    status: text('status').notNull(),
    /** null, EXEMPT (miễn công tác và sinh hoạt) or TEMPORARY (tạm miễn). */
    exemption: text('exemption'),
    /** The host org of a temporary transfer; the home org (orgId) keeps the member. */
    hostOrgId: text('host_org_id').references(() => orgs.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** The event type that opened this period and the one that closed it: what the changes report counts. */
    startCause: text('start_cause').notNull().default('ADMISSION'),
    endCause: text('end_cause'),
    /**
     * The org of the member's adjacent previous / next period (none after a gap): lets the changes
     * report tell a move from an entry or exit without joining the periods to themselves.
     */
    prevOrgId: text('prev_org_id'),
    nextOrgId: text('next_org_id'),
    /**
     * The member's coded attributes, copied from `members` (history.ts MEMBER_FACTS): the structure
     * report counts the periods in force without joining 5.7M members. Triggers (migration 0015) fill
     * them on insert when a writer leaves them out and follow every later profile edit.
     */
    gender: text('gender'),
    ethnicity: text('ethnicity'),
    birthDate: date('birth_date', { mode: 'string' }),
    ...laterCodedAttributes(),
    /** The period's combination of the attributes above and status; kept by migration 0021's triggers. */
    attributeSetId: integer('attribute_set_id').references(() => attributeSets.id),
  },
  (t) => [
    index('membership_periods_member_idx').on(t.memberId),
    index('membership_periods_org_idx').on(t.orgId, t.validFrom),
    index('membership_periods_from_idx').on(t.validFrom),
    index('membership_periods_to_idx').on(t.validTo),
  ],
);
