import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { jsonRows, rows, textArray } from '../../platform/db/query.ts';
import type { RuleSetId, TaskFacts } from './scales/index.ts';

/** A rating with the name of who or what is rated, as the sheet, the decisions and the member's view read it. */
export interface RatingRow {
  id: string;
  roundId: string | null;
  source: string;
  subject: 'MEMBER' | 'ORG';
  subjectId: string;
  memberId: string | null;
  orgId: string;
  orgCode: string;
  orgPath: string;
  orgGroup: string | null;
  periodKey: string;
  year: number;
  ruleSet: RuleSetId;
  name: string;
  sortKey: string;
  selfAssessment: Record<string, unknown> | null;
  selfLevel: string | null;
  selfSubmittedAt: string | null;
  proposedLevel: string | null;
  proposalNote: string | null;
  level: string | null;
  score: number | null;
  scoreGeneral: number | null;
  scoreTasks: number | null;
  taskFacts: TaskFacts | null;
  decisionNote: string | null;
  decidedBy: string | null;
  locked: boolean;
  version: number;
}

const RATING_SELECT = sql`SELECT r.id, r.round_id AS "roundId", r.source, r.subject, r.subject_id AS "subjectId",
    r.member_id AS "memberId", r.org_id AS "orgId", r.org_path AS "orgPath",
    r.org_group AS "orgGroup", r.period_key AS "periodKey", r.year, r.rule_set AS "ruleSet",
    COALESCE(m.full_name, (SELECT v.name FROM org_versions v WHERE v.org_id = r.org_id ORDER BY v.valid_from DESC LIMIT 1)) AS name,
    COALESCE(m.sort_key, r.org_path) AS "sortKey",
    r.self_assessment AS "selfAssessment", r.self_level AS "selfLevel", r.self_submitted_at AS "selfSubmittedAt",
    r.proposed_level AS "proposedLevel", r.proposal_note AS "proposalNote", r.level,
    r.score::float8 AS score, r.score_general::float8 AS "scoreGeneral", r.score_tasks::float8 AS "scoreTasks",
    r.task_facts AS "taskFacts", r.decision_note AS "decisionNote", r.decided_by AS "decidedBy", r.locked, r.version
  FROM ratings r LEFT JOIN members m ON m.id = r.member_id`;

/**
 * Ratings matching a condition on `r`, orgs first (the higher first) then members in Vietnamese name
 * order. Sorted here and the org code read off the path: on PGlite the SQL sort and a join to `orgs`
 * cost more than the rest of a grassroots org's sheet.
 */
export async function loadRatings(db: Db, where: SQL): Promise<RatingRow[]> {
  const list = await jsonRows<Omit<RatingRow, 'orgCode'>>(db, sql`${RATING_SELECT} WHERE ${where}`);
  const depth = (p: string) => p.length;
  return list
    .map((r) => ({ ...r, orgCode: r.orgPath.split('/').at(-2) ?? '' }))
    .sort((a, b) =>
      a.subject !== b.subject
        ? a.subject === 'ORG'
          ? -1
          : 1
        : depth(a.orgPath) - depth(b.orgPath) || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
    );
}

/** Only what the quota needs, for a whole grassroots org without reading its members' names. */
export type LevelRow = Pick<RatingRow, 'id' | 'subject' | 'orgGroup' | 'orgPath' | 'level' | 'proposedLevel'>;

export const levelRows = (db: Db, where: SQL) =>
  jsonRows<LevelRow>(
    db,
    sql`SELECT r.id, r.subject, r.org_group AS "orgGroup", r.org_path AS "orgPath", r.level,
          r.proposed_level AS "proposedLevel" FROM ratings r WHERE ${where}`,
  );

export const ratingsByIds = (db: Db, ids: readonly string[]) =>
  loadRatings(db, sql`r.id = ANY(${textArray(ids)})`);

/** What a member's record says on the roll day: status, exemption and admission. */
export interface MemberFactsRow {
  memberId: string;
  status: string | null;
  exemption: string | null;
  since: string | null;
}

export function memberFacts(db: Db, memberIds: readonly string[], day: string): Promise<MemberFactsRow[]> {
  return rows<MemberFactsRow>(
    db,
    sql`SELECT m.id AS "memberId", p.status, p.exemption,
          COALESCE(m.admission_decision_date, m.ceremony_date)::text AS since
        FROM members m LEFT JOIN membership_periods p ON p.member_id = m.id
          AND p.valid_from <= ${day}::date AND (p.valid_to IS NULL OR p.valid_to > ${day}::date)
        WHERE m.id = ANY(${textArray(memberIds)})`,
  );
}

export const orgSince = (db: Db, orgIds: readonly string[]) =>
  rows<{ orgId: string; since: string }>(
    db,
    sql`SELECT org_id AS "orgId", min(valid_from)::text AS since FROM org_versions
        WHERE org_id = ANY(${textArray(orgIds)}) GROUP BY org_id`,
  );

export const disciplinesIn = (db: Db, subjectIds: readonly string[], from: string, to: string) =>
  rows<{ subjectId: string; decidedOn: string; selfDetectedAndRemedied: boolean }>(
    db,
    sql`SELECT subject_id AS "subjectId", decided_on::text AS "decidedOn",
          self_detected_and_remedied AS "selfDetectedAndRemedied"
        FROM disciplines WHERE subject_id = ANY(${textArray(subjectIds)})
          AND decided_on BETWEEN ${from}::date AND ${to}::date`,
  );

/** Per subject: whether every remediation plan from earlier years is done (366's HTXSNV condition). */
export const remediationDone = (db: Db, subjectIds: readonly string[], year: number) =>
  rows<{ subjectId: string; done: boolean }>(
    db,
    sql`SELECT subject_id AS "subjectId", bool_and(status = 'DONE') AS done FROM remediation_plans
        WHERE subject_id = ANY(${textArray(subjectIds)}) AND year < ${year} GROUP BY subject_id`,
  );
