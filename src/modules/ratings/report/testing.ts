/**
 * Rating rows written straight into `ratings` for the report's tests and bench, as the rounds service
 * and the import will write them: the triggers of migration 0018 then count them like any other.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { rows } from '../../../platform/db/query.ts';
import { newId } from '../../../platform/ids.ts';
import { orgGroupOf } from '../orgGroup.ts';
import { ruleSetFor } from '../scales/index.ts';

export interface RatingRow {
  /** The cell of a member, or the rated org. */
  orgCode: string;
  subject: 'MEMBER' | 'ORG';
  year: number;
  /** null: not decided yet. */
  level: string | null;
  quarter?: 1 | 2 | 3 | 4;
  ruleSet?: string;
  memberId?: string;
}

/** Inserts the rows in one statement; returns their ids. */
export async function insertRatings(db: Db, list: readonly RatingRow[]): Promise<string[]> {
  const orgs = new Map(
    (
      await rows<{ id: string; code: string; path: string; kind: string }>(
        db,
        sql`SELECT o.id, o.code, o.path,
              (SELECT v.kind FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS kind
            FROM orgs o`,
      )
    ).map((o) => [o.code, o]),
  );
  const ids: string[] = [];
  const values = list.map((r) => {
    const org = orgs.get(r.orgCode);
    if (!org) throw new Error(`no org ${r.orgCode}`);
    const id = newId();
    ids.push(id);
    const period = r.quarter
      ? ({ kind: 'QUARTER', year: r.year, quarter: r.quarter } as const)
      : ({ kind: 'YEAR', year: r.year } as const);
    const key = r.quarter ? `Q${r.year}-${r.quarter}` : `Y${r.year}`;
    const subjectId = r.subject === 'ORG' ? org.id : (r.memberId ?? newId());
    return sql`(${id}, 'IMPORT', ${r.subject}, ${subjectId}, ${r.memberId ?? null}, ${org.id}, ${org.path},
      ${r.subject === 'ORG' ? orgGroupOf(org.kind) : null}, ${period.kind}, ${key}, ${r.year}, ${r.quarter ?? null},
      ${r.ruleSet ?? ruleSetFor(period).id}, ${r.level})`;
  });
  await db.execute(sql`INSERT INTO ratings (id, source, subject, subject_id, member_id, org_id, org_path, org_group,
    period_kind, period_key, year, quarter, rule_set, level) VALUES ${sql.join(values, sql`, `)}`);
  return ids;
}
