/** What the XepLoai rows are checked against, read in set queries: settings, periods, recorded ratings. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rows, textArray } from '../../platform/db/query.ts';
import { loadRatingSettings } from '../ratings/settings.ts';
import type { MemberPeriod, RatingFacts } from './ratingPlan.ts';
import { ratingKey } from './ratingPlan.ts';

const CHUNK = 5000;

/**
 * `outside`: members rated without a DangVien row (their periods come from the database);
 * `subjects`: every member and org id the sheet rates (their recorded ratings).
 */
export async function loadRatingFacts(
  db: Db,
  outside: readonly string[],
  subjects: readonly string[],
): Promise<RatingFacts> {
  const facts: RatingFacts = {
    settings: await loadRatingSettings(db),
    members: new Map(),
    existing: new Map(),
  };
  for (let i = 0; i < outside.length; i += CHUNK) {
    const ids = textArray(outside.slice(i, i + CHUNK));
    const admitted = await rows<{ id: string; admittedOn: string | null }>(
      db,
      sql`SELECT id, admission_decision_date::text AS "admittedOn" FROM members WHERE id = ANY(${ids})`,
    );
    for (const m of admitted) facts.members.set(m.id, { admittedOn: m.admittedOn, periods: [] });
    const periods = await rows<MemberPeriod & { memberId: string }>(
      db,
      sql`SELECT member_id AS "memberId", org_id AS "orgId", status, exemption, valid_from::text AS "validFrom",
            valid_to::text AS "validTo"
          FROM membership_periods WHERE member_id = ANY(${ids}) ORDER BY member_id, valid_from`,
    );
    for (const { memberId, ...p } of periods) facts.members.get(memberId)?.periods.push(p);
  }
  for (let i = 0; i < subjects.length; i += CHUNK) {
    const ids = textArray(subjects.slice(i, i + CHUNK));
    const found = await rows<{
      subject: string;
      subjectId: string;
      periodKey: string;
      level: string | null;
      score: number | null;
    }>(
      db,
      sql`SELECT subject, subject_id AS "subjectId", period_key AS "periodKey", level, score::float8 AS score
          FROM ratings WHERE subject_id = ANY(${ids})`,
    );
    for (const r of found)
      facts.existing.set(ratingKey(r.subject, r.subjectId, r.periodKey), { level: r.level, score: r.score });
  }
  return facts;
}
