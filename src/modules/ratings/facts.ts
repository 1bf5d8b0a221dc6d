import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows, textArray } from '../../platform/db/query.ts';
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
  const children = await childLevels(db, list, period, stage);
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
 * For each org rated: the levels of its members (a cell, or a grassroots cell) or of its direct
 * subordinate orgs (a committee) in the same round, and how many of those units were disciplined in
 * the period. Two index range reads for the whole list, whatever its size.
 */
async function childLevels(
  db: Db,
  list: readonly RatingRow[],
  period: { from: string; to: string; roundId: string | null },
  stage: 'proposal' | 'decision',
) {
  const out = new Map<
    string,
    { children: RatingCase['children']; unitCount: number; disciplinedUnits: number }
  >();
  const orgRows = list.filter((x) => x.subject === 'ORG');
  if (!period.roundId || orgRows.length === 0) return out;
  const paths = orgRows.map((x) => x.orgPath);
  const top = paths.reduce(commonPath);
  const level = stage === 'proposal' ? sql`COALESCE(c.level, c.proposed_level)` : sql`c.level`;
  // Two range reads rather than one OR, which the planner turns into a scan of the whole round.
  type Kid = { subject: string; orgPath: string; subjectId: string; level: string | null };
  const select = sql`SELECT c.subject, c.org_path AS "orgPath", c.subject_id AS "subjectId", ${level} AS level
    FROM ratings c WHERE c.round_id = ${period.roundId}`;
  const [subOrgRows, memberRows] = await Promise.all([
    rows<Kid>(db, sql`${select} AND c.subject = 'ORG' AND ${underPath(sql`c.org_path`, top)}`),
    rows<Kid>(db, sql`${select} AND c.subject = 'MEMBER' AND c.org_path = ANY(${textArray(paths)})`),
  ]);
  const kids = [...subOrgRows, ...memberRows];
  const subOrgs = kids.filter((k) => k.subject === 'ORG');
  const disciplined = new Set(
    (
      await disciplinesIn(
        db,
        subOrgs.map((k) => k.subjectId),
        period.from,
        period.to,
      )
    ).map((d) => d.subjectId),
  );
  const depth = (p: string) => p.split('/').length;
  for (const r of orgRows) {
    const direct = subOrgs.filter(
      (k) => k.orgPath.startsWith(r.orgPath) && depth(k.orgPath) === depth(r.orgPath) + 1,
    );
    const committee = direct.length > 0;
    const levels = (
      committee ? direct : kids.filter((k) => k.subject === 'MEMBER' && k.orgPath === r.orgPath)
    )
      .map((k) => k.level)
      .filter((l): l is string => l !== null);
    out.set(r.subjectId, {
      children: { kind: committee ? 'ORGS' : 'MEMBERS', levels },
      unitCount: direct.length,
      disciplinedUnits: direct.filter((k) => disciplined.has(k.subjectId)).length,
    });
  }
  return out;
}

/** The longest common path of two org paths ('/A/B/' and '/A/C/' → '/A/'). */
function commonPath(a: string, b: string): string {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < x.length - 1 && i < y.length - 1 && x[i] === y[i]) i++;
  return `${x.slice(0, i).join('/')}/`;
}
