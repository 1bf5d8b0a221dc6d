/**
 * The ratings report's SQL. Plain on purpose: docs/ratings.md ("Report") keeps a copy of each, which
 * docs.test.ts holds true. Both read rating_counts (migration 0018), which triggers on `ratings` keep
 * per scope path (an org's path and each of its ancestors'), year, group, rule set and level, so a
 * province's fifteen years are a few hundred index rows instead of three million ratings.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { jsonRows } from '../../../platform/db/query.ts';
import type { CountRow } from './rules.ts';

/** An org's code from its path ('/LC/TD/' → 'TD'; '/', the whole installation, → ''). */
export const codeOfPath = (path: string): string => path.split('/').at(-2) ?? '';

/**
 * The decided annual ratings of everything that was under the org when rated (the org's own
 * included), per year: by the org's code, so years before it moved count too (migration 0019).
 */
export const countsSql = (scopePath: string, fromYear: number, toYear: number): SQL => sql`
  SELECT year, grp, rule_set AS "ruleSet", level, sum(n)::int AS n
  FROM rating_counts
  WHERE scope_code = ${codeOfPath(scopePath)} AND year BETWEEN ${fromYear} AND ${toYear} AND n > 0
  GROUP BY year, grp, rule_set, level
  ORDER BY year, grp, rule_set, level`;

/**
 * The same for each org directly under the path, in the tree's latest state (orgs.path), with the
 * org's latest name. An org whose subtree has no rating in the years still gets its row. Compared
 * under the default collation so the counts' code index serves each child: compared under orgs'
 * "C" (migration 0003) every call scanned all of rating_counts (a province's 585k rows, 290 ms).
 */
export const childCountsSql = (scopePath: string, fromYear: number, toYear: number): SQL => sql`
  SELECT o.code, o.name, c.year, c.grp, c."ruleSet", c.level, c.n
  FROM (
    SELECT o.code,
           (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS name
    FROM orgs o
    WHERE starts_with(o.path, ${scopePath})
      AND cardinality(string_to_array(o.path, '/')) = cardinality(string_to_array(${scopePath}::text, '/')) + 1
  ) o
  LEFT JOIN LATERAL (
    SELECT year, grp, rule_set AS "ruleSet", level, sum(n)::int AS n FROM rating_counts
    WHERE scope_code = o.code COLLATE "default" AND year BETWEEN ${fromYear} AND ${toYear} AND n > 0
    GROUP BY year, grp, rule_set, level
  ) c ON true
  ORDER BY o.code, c.year, c.grp, c."ruleSet", c.level`;

export const ratingCounts = (db: Db, scopePath: string, fromYear: number, toYear: number) =>
  jsonRows<CountRow>(db, countsSql(scopePath, fromYear, toYear));

export type ChildCountRow = { code: string; name: string } & (CountRow | { [K in keyof CountRow]: null });

export const childRatingCounts = (db: Db, scopePath: string, fromYear: number, toYear: number) =>
  jsonRows<ChildCountRow>(db, childCountsSql(scopePath, fromYear, toYear));
