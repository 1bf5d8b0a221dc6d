import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** The stable identity of an org. Everything that changes over time lives in org_versions. */
export const orgs = pgTable('orgs', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  /**
   * '/ROOT/…/CODE/': codes from the root down in the org's latest state. Scopes are path prefixes,
   * so "everything under X" is one LIKE instead of a recursive query. Kept by the orgs service.
   */
  path: text('path'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An org's attributes over a half-open date range [validFrom, validTo). The tree as of a date is the
 * set of versions covering it. Rewritten from org_events by the orgs service in the same transaction.
 */
export const orgVersions = pgTable(
  'org_versions',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    sector: text('sector').notNull(),
    parentId: text('parent_id').references(() => orgs.id),
    /** Folded name and code (no case, no diacritics), for the tree's search box. */
    searchText: text('search_text'),
  },
  (t) => [
    index('org_versions_org_idx').on(t.orgId, t.validFrom),
    index('org_versions_parent_idx').on(t.parentId),
  ],
);

/** Append-only, dated changes of an org with the decision that made them. */
export const orgEvents = pgTable(
  'org_events',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
    type: text('type').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuingBody: text('issuing_body'),
    note: text('note'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_events_org_idx').on(t.orgId, t.effectiveDate)],
);

/** Villages, residential groups, schools, clinics and enterprises that should have a cell. */
export const coverageUnits = pgTable('coverage_units', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  /** The grassroots org (commune) the unit belongs to, for "% of villages with a cell". */
  ownerOrgId: text('owner_org_id')
    .notNull()
    .references(() => orgs.id),
  headIsMember: boolean('head_is_member').notNull().default(false),
  version: integer('version').notNull().default(1),
});

export const coverageLinks = pgTable(
  'coverage_links',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => coverageUnits.id),
    orgId: text('org_id')
      .notNull()
      .references(() => orgs.id),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.orgId] }), index('coverage_links_org_idx').on(t.orgId)],
);
