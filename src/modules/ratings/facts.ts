import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows } from '../../platform/db/query.ts';
import { disciplinesIn, memberFacts, orgSince, type RatingRow, remediationDone } from './queries.ts';
import type { Discipline, RatingCase } from './scales/index.ts';

/** What the rules read besides the level: one lookup per kind of fact for the whole sheet. */
export interface CaseFacts {
  of(r: RatingRow, level: string | null, extra?: Partial<RatingCase>): RatingCase;
}

/**
 * Facts for a set of ratings of one period: each member's status and exemption on the roll day and
 * admission date, the disciplines decided in the period, whether earlier shortcomings were remedied,
 * and for orgs their age and what their members or subordinate orgs were rated (`stage` 'proposal'
 * counts proposed levels where nothing is decided yet; 'decision' counts decided levels only).
 */
export async function loadFacts(
  db: Db,
  list: readonly RatingRow[],
  period: { from: string; to: string; year: number; day: string; roundId: string | null },
  stage: 'proposal' | 'decision',
): Promise<CaseFacts> {
  const memberIds = list.filter((r) => r.memberId).map((r) => r.memberId!);
  const orgIds = list.filter((r) => r.subject === 'ORG').map((r) => r.subjectId);
  const subjects = list.map((r) => r.subjectId);
  const [members, since, disc, remedied] = await Promise.all([
    memberIds.length ? memberFacts(db, memberIds, period.day) : [],
    orgIds.length ? orgSince(db, orgIds) : [],
    disciplinesIn(db, subjects, period.from, period.to),
    remediationDone(db, subjects, period.year),
  ]);
  const byMember = new Map(members.map((m) => [m.memberId, m]));
  const orgAge = new Map(since.map((s) => [s.orgId, s.since]));
  const discBy = new Map<string, Discipline[]>();
  for (const d of disc)
    discBy.set(d.subjectId, [
      ...(discBy.get(d.subjectId) ?? []),
      { decidedOn: d.decidedOn, selfDetectedAndRemedied: d.selfDetectedAndRemedied },
    ]);
  const remedyBy = new Map(remedied.map((r) => [r.subjectId, r.done]));
  const children = await childLevels(db, list, period.roundId, stage);
  return {
    of(r, level, extra = {}) {
      const base: RatingCase = {
        subject: r.subject,
        id: r.id,
        level,
        disciplines: discBy.get(r.subjectId) ?? [],
        shortcomingsRemedied: remedyBy.get(r.subjectId) ?? true,
      };
      if (r.subject === 'MEMBER') {
        const m = byMember.get(r.memberId!);
        return {
          ...base,
          exempt: m?.exemption === 'EXEMPT',
          probationary: m?.status === 'PROBATIONARY',
          ...(m?.since && { since: m.since }),
          ...extra,
        };
      }
      const c = children.get(r.subjectId);
      return {
        ...base,
        ...(orgAge.get(r.subjectId) && { since: orgAge.get(r.subjectId)! }),
        ...(c && { children: c.children, unitCount: c.unitCount, disciplinedUnits: c.disciplinedUnits }),
        ...extra,
      };
    },
  };
}

/**
 * For each org rated: the levels of its members (a cell, or a grassroots cell) or of its subordinate
 * orgs (a committee) in the same round, and how many of those units were disciplined in the period.
 */
async function childLevels(
  db: Db,
  list: readonly RatingRow[],
  roundId: string | null,
  stage: 'proposal' | 'decision',
) {
  const out = new Map<
    string,
    { children: RatingCase['children']; unitCount: number; disciplinedUnits: number }
  >();
  if (!roundId) return out;
  const level = stage === 'proposal' ? sql`COALESCE(c.level, c.proposed_level)` : sql`c.level`;
  for (const r of list.filter((x) => x.subject === 'ORG')) {
    const isCommittee =
      r.orgGroup === 'PARTIAL' || (r.orgGroup === 'GRASSROOTS' && (await hasSubOrgs(db, roundId, r)));
    const kids = await rows<{ level: string | null; disciplined: boolean }>(
      db,
      isCommittee
        ? sql`SELECT ${level} AS level, EXISTS (SELECT 1 FROM disciplines d WHERE d.subject_id = c.subject_id
                AND d.decided_on BETWEEN rr.period_from AND rr.period_to) AS disciplined
              FROM ratings c JOIN rating_rounds rr ON rr.id = c.round_id
              WHERE c.round_id = ${roundId} AND c.subject = 'ORG' AND c.subject_id <> ${r.subjectId}
                AND ${underPath(sql`c.org_path`, r.orgPath)}`
        : sql`SELECT ${level} AS level, FALSE AS disciplined FROM ratings c
              WHERE c.round_id = ${roundId} AND c.subject = 'MEMBER' AND c.org_id = ${r.subjectId}`,
    );
    const levels = kids.map((k) => k.level).filter((l): l is string => l !== null);
    out.set(r.subjectId, {
      children: { kind: isCommittee ? 'ORGS' : 'MEMBERS', levels },
      unitCount: isCommittee ? kids.length : 0,
      disciplinedUnits: isCommittee ? kids.filter((k) => k.disciplined).length : 0,
    });
  }
  return out;
}

const hasSubOrgs = async (db: Db, roundId: string, r: RatingRow) =>
  (
    await rows(
      db,
      sql`SELECT 1 FROM ratings c WHERE c.round_id = ${roundId} AND c.subject = 'ORG'
            AND c.subject_id <> ${r.subjectId} AND ${underPath(sql`c.org_path`, r.orgPath)} LIMIT 1`,
    )
  ).length > 0;
