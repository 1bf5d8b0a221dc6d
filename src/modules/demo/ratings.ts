/**
 * Writes the demo's rating history (plan/ratings.ts) in bulk, from the orgs and periods just loaded.
 * The rows are history brought in, as a district starting with Nền Móng would bring its past years
 * through the XepLoai sheet: source 'IMPORT', decided and locked, with no round behind them (a 'ROUND'
 * rating belongs to a round with its self-assessments and proposals, which past years never had here).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';
import { HISTORY_RATING_COLUMNS, historyRatingRows } from '../imports/ratingWrite.ts';
import { writeRows } from './bulk.ts';
import {
  FIRST_RATED_YEAR,
  planRatingHistory,
  type RatingMember,
  type RatingOrgVersion,
  type RatingPeriod,
} from './plan/ratings.ts';

export async function loadRatingsDemo(
  database: Database,
  opts: { seed: number; asOf: string },
): Promise<number> {
  const db = database.db;
  const since = `${FIRST_RATED_YEAR}-01-01`;
  const orgs = await rows<RatingOrgVersion>(
    db,
    sql`SELECT o.id AS "orgId", o.code, o.path, v.parent_id AS "parentId", v.kind, v.valid_from::text AS "validFrom",
          v.valid_to::text AS "validTo"
        FROM orgs o JOIN org_versions v ON v.org_id = o.id`,
  );
  const periods = await rows<RatingPeriod>(
    db,
    sql`SELECT member_id AS "memberId", org_id AS "orgId", status, exemption, valid_from::text AS "validFrom",
          valid_to::text AS "validTo"
        FROM membership_periods WHERE valid_to IS NULL OR valid_to > ${since}::date`,
  );
  // The citizen ID comes from the seeded plan; the member's id is new on every load.
  const members = await rows<RatingMember>(
    db,
    sql`SELECT id, COALESCE(citizen_id, card_number, id) AS "stableKey",
          COALESCE(admission_decision_date, ceremony_date)::text AS "admittedOn"
        FROM members`,
  );
  const planned = planRatingHistory({ seed: opts.seed, asOf: opts.asOf, orgs, periods, members });
  await writeRows(database, [
    { table: 'ratings', columns: HISTORY_RATING_COLUMNS, rows: historyRatingRows(planned, 'demo') },
  ]);
  return planned.length;
}
