import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows } from '../../platform/db/query.ts';

export interface CellRow {
  id: string;
  code: string;
  path: string;
  name: string;
  /** The kind of its latest version in the range. */
  kind: string;
  liveFrom: string;
  liveTo: string | null;
}

const CELL_KINDS = ['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC'] as const;

/**
 * The cells of a subtree that existed as cells at some time in [from, to], with the span they did
 * (first day as a cell, first day no longer one), in tree order.
 */
export const cellsOf = (db: Db, prefix: string | null, from: string, to: string): Promise<CellRow[]> =>
  orgsOf(db, prefix, from, to, CELL_KINDS);

/** The orgs of a subtree that were of one of the kinds at some time in [from, to], as cellsOf. */
export async function orgsOf(
  db: Db,
  prefix: string | null,
  from: string,
  to: string,
  kinds: readonly string[],
): Promise<CellRow[]> {
  // Plain rows folded here: a GROUP BY with array_agg sorted all 15,000 cells of a province twice.
  const found = await rows<{
    id: string;
    code: string;
    path: string;
    name: string;
    kind: string;
    validFrom: string;
    validTo: string | null;
  }>(
    db,
    sql`SELECT o.id, o.code, o.path, v.name, v.kind, v.valid_from AS "validFrom", v.valid_to AS "validTo"
        FROM orgs o JOIN org_versions v ON v.org_id = o.id
        WHERE ${prefix ? underPath(sql`o.path`, prefix) : sql`TRUE`}
          AND v.kind IN (${sql.join(
            kinds.map((k) => sql`${k}`),
            sql`, `,
          )})
          AND v.valid_from <= ${to}::date AND (v.valid_to IS NULL OR v.valid_to > ${from}::date)`,
  );
  const byId = new Map<string, CellRow & { latest: string }>();
  for (const r of found) {
    const c = byId.get(r.id);
    if (!c) {
      byId.set(r.id, {
        id: r.id,
        code: r.code,
        path: r.path,
        name: r.name,
        kind: r.kind,
        liveFrom: r.validFrom,
        liveTo: r.validTo,
        latest: r.validFrom,
      });
      continue;
    }
    if (r.validFrom < c.liveFrom) c.liveFrom = r.validFrom;
    if (c.liveTo !== null && (r.validTo === null || r.validTo > c.liveTo)) c.liveTo = r.validTo;
    if (r.validFrom > c.latest) {
      c.latest = r.validFrom;
      c.name = r.name;
      c.kind = r.kind;
    }
  }
  return [...byId.values()]
    .map(({ latest: _l, ...c }) => c)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The figures of the held meetings in a group (alias m), read from the counts cached on each row: how
 * many, attendance (committee meetings aside: their list is the committee), and how many per quality
 * level. Planned meetings in the group add nothing (no counts, no level).
 */
export const HELD_FIGURES = sql`count(*) FILTER (WHERE m.status IN ('HELD', 'CLOSED'))::int AS held,
  COALESCE(sum(m.present_count) FILTER (WHERE m.kind <> 'COMMITTEE'), 0)::int AS present,
  COALESCE(sum(m.expected_count) FILTER (WHERE m.kind <> 'COMMITTEE'), 0)::int AS expected,
  count(*) FILTER (WHERE m.quality_level = 'TOT')::int AS tot,
  count(*) FILTER (WHERE m.quality_level = 'KHA')::int AS kha,
  count(*) FILTER (WHERE m.quality_level = 'TRUNG_BINH')::int AS "trungBinh",
  count(*) FILTER (WHERE m.quality_level = 'CHUA_DAT')::int AS "chuaDat"`;
