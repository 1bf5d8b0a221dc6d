import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/schema.ts';

/**
 * The member profile. orgId and status are the member's current placement, a cache of the open
 * membership period kept in the same transaction, so the roll's hot list query reads one table.
 */
export const members = pgTable(
  'members',
  {
    id: text('id').primaryKey(),
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
    cardNumber: text('card_number'),
    dossierNumber: text('dossier_number'),
    badgeNumber: text('badge_number'),
    admissionDecisionDate: date('admission_decision_date', { mode: 'string' }),
    ceremonyDate: date('ceremony_date', { mode: 'string' }),
    officialDate: date('official_date', { mode: 'string' }),
    orgId: text('org_id').references(() => orgs.id),
    status: text('status'),
    /** orgs.path of orgId: scope and subtree filters are prefix matches on it. */
    orgPath: text('org_path'),
    /** Folded (no case, no diacritics) name and numbers: what the search box matches. */
    searchText: text('search_text').notNull(),
    /** ASCII key giving the Vietnamese order of people under COLLATE "C". */
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('members_citizen_id_key').on(t.citizenId),
    uniqueIndex('members_card_number_key').on(t.cardNumber),
    uniqueIndex('members_dossier_number_key').on(t.dossierNumber),
    index('members_org_sort_idx').on(t.orgId, t.sortKey),
    // Narrow enough for index-only counts of the roll under any combination of list filters; partial,
    // because the roll never lists former members (status NULL) and a province has ~30% of them.
    index('members_facts_idx')
      .on(
        t.orgPath,
        t.status,
        t.gender,
        t.ethnicity,
        t.birthDate,
        t.education,
        t.professional,
        t.politicalTheory,
        t.occupation,
      )
      .where(sql`status IS NOT NULL`),
    index('members_sort_idx').on(t.sortKey),
    // The list's date sorts: an ordered index lets a page stop after 20 rows instead of sorting all matches.
    index('members_birth_date_idx').on(t.birthDate),
    index('members_ceremony_date_idx').on(t.ceremonyDate),
  ],
);
