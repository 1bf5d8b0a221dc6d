/**
 * The report queries. Plain SQL on purpose: docs/statistics.md keeps a copy of each so a reviewer
 * can read them and their EXPLAIN. Both run in one pass over the periods in force, whatever the size
 * of the subtree; no query per member or per org.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { inTransaction, one, rows, textArray } from '../../platform/db/query.ts';
import { addDays } from '../../vn/dates.ts';
import { MEMBER_FACTS } from '../lifecycle/history.ts';
import { ageBuckets } from './ageBuckets.ts';
import type { Interval, OrgVersionEdge } from './intervals.ts';
import type { Dimension, GroupCount } from './rules.ts';

/**
 * CTE `sub`: the org and everything under it on d (orgId null: every root and everything under it).
 * Each step joins the versions in force on d through their parent index; going through a CTE of all
 * versions in force instead took 1.7–2.2 s for Hà Nội at nation scale, this 0.2–0.4 s.
 */
const subtreeOn = (orgId: string | null, d: string): SQL => {
  const inForce = sql`v.valid_from <= ${d}::date AND (v.valid_to IS NULL OR v.valid_to > ${d}::date)`;
  return sql`
  sub AS (
    SELECT v.org_id, v.kind FROM org_versions v
    WHERE ${orgId === null ? sql`v.parent_id IS NULL` : sql`v.org_id = ${orgId}`} AND ${inForce}
    UNION ALL
    SELECT v.org_id, v.kind FROM org_versions v JOIN sub s ON v.parent_id = s.org_id WHERE ${inForce}
  )`;
};

export interface OrgCounts {
  committees: number;
  cells: number;
  subordinateCells: number;
}

/** The org and every org under it on d, with its kind on d. */
export function subtreeOrgs(db: Db, orgId: string, d: string) {
  return rows<{ orgId: string; kind: string }>(
    db,
    sql`WITH RECURSIVE ${subtreeOn(orgId, d)} SELECT org_id AS "orgId", kind FROM sub`,
  );
}

/** Grassroots orgs and subordinate cells among the orgs of a subtree (the org itself included). */
export function countKinds(orgs: readonly { kind: string }[]): OrgCounts {
  const out: OrgCounts = { committees: 0, cells: 0, subordinateCells: 0 };
  for (const o of orgs) {
    if (o.kind === 'DANG_BO_CO_SO') out.committees++;
    else if (o.kind === 'CHI_BO_CO_SO') out.cells++;
    else if (o.kind === 'CHI_BO_TRUC_THUOC') out.subordinateCells++;
  }
  return out;
}

/**
 * The same counts for the whole installation: every org in force on d is in it, so one scan of the
 * versions in force instead of walking 322,000 of them down from the roots (1.2 s on the nation).
 */
export async function installationOrgCounts(db: Db, d: string): Promise<OrgCounts> {
  const row = await one<OrgCounts>(
    db,
    sql`SELECT count(*) FILTER (WHERE kind = 'DANG_BO_CO_SO')::int AS committees,
               count(*) FILTER (WHERE kind = 'CHI_BO_CO_SO')::int AS cells,
               count(*) FILTER (WHERE kind = 'CHI_BO_TRUC_THUOC')::int AS "subordinateCells"
        FROM org_versions v
        WHERE v.valid_from <= ${d}::date AND (v.valid_to IS NULL OR v.valid_to > ${d}::date)`,
  );
  return row ?? { committees: 0, cells: 0, subordinateCells: 0 };
}

/**
 * The structure query's grouping sets, over the combinations counted first (structureSql). Each set
 * groups by several dimensions at once; TypeScript sums each dimension out of its set.
 */
const STRUCTURE_SETS = [
  [
    'gender',
    'ethnicity',
    'education',
    'politicalTheory',
    'religion',
    'religiousAdherence',
    'status',
    'exemption',
  ],
  ['professional', 'occupation'],
  ['ageBucket'],
] as const satisfies readonly (readonly Dimension[])[];

/** Each dimension's column in `roll`: the member attributes periods carry, adherence as computed there. */
const DIMENSION_COLUMN: Record<Exclude<Dimension, 'total'>, string> = {
  ...MEMBER_FACTS,
  religiousAdherence: 'adherence',
  status: 'status',
  exemption: 'exemption',
  ageBucket: 'age_bucket',
};

/**
 * Members placed in the subtree on d (their period covers d: valid_from <= d < valid_to), counted by
 * each attribute in one pass over their periods, which carry the member's coded attributes
 * (lifecycle/schema.ts): no join to members. Religion: no religion is 'NONE'; adherence is 'NONE' for
 * members without a religion.
 * The subtree comes in as an array of org ids (subtreeOrgs; null: every org in force on d, the
 * whole installation) rather than as a recursive CTE: the planner guessed the CTE at 800 times its real
 * size on the nation and chose a plan that ran for minutes; an array's length it knows.
 */
export async function structureCounts(
  db: Db,
  orgIds: readonly string[] | null,
  d: string,
): Promise<GroupCount[]> {
  // The planner multiplies the distinct attribute sets by the distinct birth dates and expects a
  // million combinations (there are 64,000 on the nation), so it sorted 5.7 million periods on disk
  // for a group aggregate (15 s); hashing them in the parallel workers takes 2–3 s.
  const found = await reportRows<{ set: number; n: number } & Record<string, string | null>>(
    db,
    structureSql(orgIds, d),
    { hashOnly: true },
  );
  const out: GroupCount[] = [];
  for (const row of found) {
    const set = STRUCTURE_SETS[row.set]!;
    if (row.set === 0) out.push({ dim: 'total', code: null, n: row.n });
    for (const dim of set) out.push({ dim, code: row[DIMENSION_COLUMN[dim]] ?? null, n: row.n });
  }
  return out;
}

/**
 * The report queries' settings, for their transaction only. PostgreSQL compiles these large aggregate
 * queries with LLVM when their estimated cost is high, which took 1.7 s per report at nation scale
 * and saved less than it cost (PGlite has no JIT; the setting is harmless there). With the default
 * 4 MB of work memory the structure query sorted a province's periods on disk instead of hashing them.
 */
function reportRows<T>(db: Db, query: SQL, opts: { hashOnly?: boolean } = {}): Promise<T[]> {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    await tx.execute(sql`SET LOCAL work_mem = '32MB'`);
    if (opts.hashOnly) {
      await tx.execute(sql`SET LOCAL enable_sort = off`);
      // The same misestimate makes the planner price each worker's million expected groups as
      // tuples to pass to the leader, and it hashed the nation's periods in one process (5.1 s)
      // instead of three (2.8 s). The workers pass their real few combinations.
      await tx.execute(sql`SET LOCAL parallel_tuple_cost = 0`);
    }
    return rows<T>(tx, query);
  });
}

/**
 * Two steps. `combos` counts the periods in force by every dimension at once (ages as buckets of
 * birth dates, ageBuckets.ts): a plain GROUP BY, which PostgreSQL runs in parallel workers — grouping
 * sets never run in parallel, and on the nation the one pass over 5.7 million periods was most of the
 * time. The combinations are few (21,000 for a province of 200,000), so the grouping sets over them
 * cost nothing.
 */
/**
 * A date[] constant. Cast from a text[] parameter, PostgreSQL converted the array again for every row
 * (the cast is not folded); an array literal of unknown type cast once is a constant.
 */
const dateArray = (dates: readonly string[]): SQL => sql`${`{${dates.join(',')}}`}::date[]`;

export function structureSql(orgIds: readonly string[] | null, d: string): SQL {
  const inForce = sql`mp.valid_from <= ${d}::date AND (mp.valid_to IS NULL OR mp.valid_to > ${d}::date)`;
  const where =
    orgIds === null
      ? sql`WHERE ${inForce}`
      : sql`WHERE mp.org_id = ANY(${textArray([...orgIds])}) AND ${inForce}`;
  const firsts = STRUCTURE_SETS.map((set) => DIMENSION_COLUMN[set[0]]);
  // GROUPING(first column of each set) is 0 for its own set only: the bits tell the sets apart.
  const setOf = STRUCTURE_SETS.map((_, i) => {
    const mask = STRUCTURE_SETS.reduce(
      (m, _s, j) => (j === i ? m : m | (1 << (STRUCTURE_SETS.length - 1 - j))),
      0,
    );
    return `WHEN ${mask} THEN ${i}`;
  }).join(' ');
  const sets = STRUCTURE_SETS.map((set) => `(${set.map((dim) => DIMENSION_COLUMN[dim]).join(', ')})`).join(
    ', ',
  );
  const columns = [...new Set(STRUCTURE_SETS.flat().map((dim) => DIMENSION_COLUMN[dim]))];
  const { thresholds } = ageBuckets(d);
  // The per-row work stays in the parallel scan's plainest form: two integers, the period's attribute
  // set (lifecycle/attributeSets.ts) and its birth-date bucket. The sets' values, religion's defaults
  // and the bucket's text come in on the few combinations afterwards.
  return sql`WITH raw AS (
          SELECT mp.attribute_set_id, width_bucket(mp.birth_date, ${dateArray(thresholds)}) AS raw_age,
                 count(*) AS n
          FROM membership_periods mp
          ${where}
          GROUP BY 1, 2
        ),
        combos AS (
          SELECT s.gender, s.ethnicity, s.education, s.professional, s.political_theory, s.occupation,
                 COALESCE(s.religion, 'NONE') AS religion,
                 CASE WHEN s.religion IS NULL THEN 'NONE' ELSE s.religious_adherence END AS adherence,
                 s.status, s.exemption, raw.raw_age::text AS age_bucket, raw.n
          FROM raw JOIN attribute_sets s ON s.id = raw.attribute_set_id
        )
        SELECT CASE GROUPING(${sql.raw(firsts.join(', '))}) ${sql.raw(setOf)} END AS set,
               ${sql.raw(columns.join(', '))}, sum(n)::int AS n
        FROM combos
        GROUP BY GROUPING SETS (${sql.raw(sets)})`;
}

/**
 * The versions of every org that was ever under the org (at any date, following parent links of any
 * version), the org's own included: enough to compute when each was in its subtree (intervals.ts).
 * orgId null: every version of every org.
 */
export function versionsEverUnder(db: Db, orgId: string | null) {
  const columns = sql`v.org_id AS "orgId", v.parent_id AS "parentId", v.kind,
    v.valid_from::text AS "validFrom", v.valid_to::text AS "validTo"`;
  if (orgId === null)
    return rows<OrgVersionEdge & { kind: string }>(db, sql`SELECT ${columns} FROM org_versions v`);
  return rows<OrgVersionEdge & { kind: string }>(
    db,
    sql`WITH RECURSIVE ever AS (
          SELECT ${orgId}::text AS id
          UNION
          SELECT v.org_id FROM org_versions v JOIN ever e ON v.parent_id = e.id
        )
        SELECT ${columns} FROM org_versions v JOIN ever e ON e.id = v.org_id`,
  );
}

export interface SubtreeSpans {
  orgIds: string[];
  froms: string[];
  tos: string[];
}

export function spansOf(intervals: ReadonlyMap<string, readonly Interval[]>): SubtreeSpans {
  const out: SubtreeSpans = { orgIds: [], froms: [], tos: [] };
  for (const [orgId, list] of intervals) {
    for (const i of list) {
      out.orgIds.push(orgId);
      out.froms.push(i.from);
      out.tos.push(i.to);
    }
  }
  return out;
}

/** CTE `s`: (org_id, s_from, s_to) — org_id was in the subtree on the days [s_from, s_to). */
const spansCte = (s: SubtreeSpans): SQL => sql`
  s AS (
    SELECT * FROM unnest(${textArray(s.orgIds)}, ${textArray(s.froms)}::date[], ${textArray(s.tos)}::date[])
      AS s(org_id, s_from, s_to)
  )`;

export interface ChangeRow {
  /** 'start' and 'end': the members placed in the subtree on from − 1 and on to. */
  direction: 'in' | 'out' | 'start' | 'end';
  cause: string | null;
  /** The member was placed somewhere (outside the subtree) the day before / stays placed the day after. */
  moved: boolean;
  n: number;
}

/**
 * Entries into and exits from the subtree on the days t of [from, to]:
 * - entered: a period starting on t in an org of the subtree, where the member's period ending on t
 *   (if any: prev_org_id, kept with each period) was in an org outside the subtree on t − 1;
 * - moved in: an org entering the subtree on t carries the members whose period spans t − 1 and t;
 * - left: a period ending on t in an org of the subtree on t − 1, where the member's next period
 *   (if any, starting on t: next_org_id) is in an org outside the subtree on t;
 * - moved out: an org leaving the subtree on t carries the members whose period spans t − 1 and t.
 * Every day's count changes by entries − exits, so endCount = startCount + increase − decrease. The
 * two counts come from the same statement (one snapshot), so concurrent writes cannot break that.
 */
export function changeCounts(db: Db, spans: SubtreeSpans, from: string, to: string): Promise<ChangeRow[]> {
  return reportRows<ChangeRow>(db, changesSql(spans, from, to));
}

export function changesSql(spans: SubtreeSpans, from: string, to: string): SQL {
  const dayBefore = addDays(from, -1);
  return sql`WITH ${spansCte(spans)},
        entered AS (
          SELECT p.start_cause AS cause, p.prev_org_id IS NOT NULL AS moved
          FROM membership_periods p
          JOIN s ON s.org_id = p.org_id AND s.s_from <= p.valid_from AND p.valid_from < s.s_to
          WHERE p.valid_from BETWEEN ${from}::date AND ${to}::date
            AND NOT EXISTS (
              SELECT 1 FROM s AS ps
              WHERE ps.org_id = p.prev_org_id AND ps.s_from <= p.valid_from - 1 AND p.valid_from - 1 < ps.s_to
            )
        ),
        moved_in AS (
          SELECT NULL::text AS cause, true AS moved
          FROM s JOIN membership_periods p ON p.org_id = s.org_id
          WHERE s.s_from BETWEEN ${from}::date AND ${to}::date
            AND p.valid_from < s.s_from AND (p.valid_to IS NULL OR p.valid_to > s.s_from)
        ),
        left_ AS (
          SELECT p.end_cause AS cause, p.next_org_id IS NOT NULL AS moved
          FROM membership_periods p
          JOIN s ON s.org_id = p.org_id AND s.s_from <= p.valid_to - 1 AND p.valid_to - 1 < s.s_to
          WHERE p.valid_to BETWEEN ${from}::date AND ${to}::date
            AND NOT EXISTS (
              SELECT 1 FROM s AS ns
              WHERE ns.org_id = p.next_org_id AND ns.s_from <= p.valid_to AND p.valid_to < ns.s_to
            )
        ),
        moved_out AS (
          SELECT NULL::text AS cause, true AS moved
          FROM s JOIN membership_periods p ON p.org_id = s.org_id
          WHERE s.s_to BETWEEN ${from}::date AND ${to}::date
            AND p.valid_from < s.s_to AND (p.valid_to IS NULL OR p.valid_to > s.s_to)
        )
        SELECT 'in' AS direction, cause, moved, count(*)::int AS n
        FROM (SELECT * FROM entered UNION ALL SELECT * FROM moved_in) i GROUP BY cause, moved
        UNION ALL
        SELECT 'out' AS direction, cause, moved, count(*)::int AS n
        FROM (SELECT * FROM left_ UNION ALL SELECT * FROM moved_out) o GROUP BY cause, moved
        UNION ALL
        SELECT 'start', NULL, false, count(*)::int
        FROM membership_periods p
        JOIN s ON s.org_id = p.org_id AND s.s_from <= ${dayBefore}::date AND ${dayBefore}::date < s.s_to
        WHERE p.valid_from <= ${dayBefore}::date AND (p.valid_to IS NULL OR p.valid_to > ${dayBefore}::date)
        UNION ALL
        SELECT 'end', NULL, false, count(*)::int
        FROM membership_periods p
        JOIN s ON s.org_id = p.org_id AND s.s_from <= ${to}::date AND ${to}::date < s.s_to
        WHERE p.valid_from <= ${to}::date AND (p.valid_to IS NULL OR p.valid_to > ${to}::date)`;
}

/**
 * The changes of a fixed subtree: one whose orgs were in it on every day they existed (the whole
 * installation, a province that never gained or lost an org). Membership of the subtree then needs no
 * dates: an org is in it or not, so the boundary crossings of changesSql reduce to the neighbouring
 * period — a period starting in [from, to] is an entry when the member had no period just before it
 * or had it in an org outside (prev_org_id), an exit likewise with next_org_id — and no org carries
 * members across the boundary. One pass over the periods, grouped by a few flags and the causes,
 * which PostgreSQL runs in parallel workers: on the nation changesSql joined ten million periods to
 * 322,000 intervals in one process (a CTE referenced several times is materialized, and a plan
 * reading one is never parallel) and took 49 s; this takes 2 s.
 * orgIds null: every org. A test checks that both queries give the same figures.
 */
export function fixedChangesSql(orgIds: readonly string[] | null, from: string, to: string): SQL {
  const dayBefore = addDays(from, -1);
  const ids = orgIds === null ? null : textArray([...orgIds]);
  const inForceOn = (d: string) =>
    sql`p.valid_from <= ${d}::date AND (p.valid_to IS NULL OR p.valid_to > ${d}::date)`;
  const outside = (column: SQL) =>
    ids === null ? sql`${column} IS NULL` : sql`(${column} IS NULL OR NOT ${column} = ANY(${ids}))`;
  return sql`SELECT p.start_cause, p.end_cause, p.prev_org_id IS NOT NULL AS moved_in,
          p.next_org_id IS NOT NULL AS moved_out,
          (p.valid_from >= ${from}::date AND ${outside(sql`p.prev_org_id`)}) AS entered,
          (p.valid_to IS NOT NULL AND p.valid_to <= ${to}::date AND ${outside(sql`p.next_org_id`)}) AS left_,
          (${inForceOn(dayBefore)}) AS at_start,
          (${inForceOn(to)}) AS at_end,
          count(*)::int AS n
        FROM membership_periods p
        WHERE ${ids === null ? sql`` : sql`p.org_id = ANY(${ids}) AND `}p.valid_from <= ${to}::date
          AND (p.valid_to IS NULL OR p.valid_to >= ${from}::date)
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
}

interface FixedChangeRow {
  start_cause: string | null;
  end_cause: string | null;
  moved_in: boolean;
  moved_out: boolean;
  entered: boolean;
  left_: boolean;
  at_start: boolean;
  at_end: boolean;
  n: number;
}

/** changeCounts for a fixed subtree (fixedChangesSql), in the same rows. */
export async function fixedChangeCounts(
  db: Db,
  orgIds: readonly string[] | null,
  from: string,
  to: string,
): Promise<ChangeRow[]> {
  const out: ChangeRow[] = [];
  for (const r of await reportRows<FixedChangeRow>(db, fixedChangesSql(orgIds, from, to))) {
    if (r.entered) out.push({ direction: 'in', cause: r.start_cause, moved: r.moved_in, n: r.n });
    if (r.left_) out.push({ direction: 'out', cause: r.end_cause, moved: r.moved_out, n: r.n });
    if (r.at_start) out.push({ direction: 'start', cause: null, moved: false, n: r.n });
    if (r.at_end) out.push({ direction: 'end', cause: null, moved: false, n: r.n });
  }
  return out;
}
