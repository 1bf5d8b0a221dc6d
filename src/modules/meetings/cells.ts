import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows } from '../../platform/db/query.ts';

export interface CellRow {
  id: string;
  code: string;
  path: string;
  name: string;
  liveFrom: string;
  liveTo: string | null;
}

/**
 * The cells of a subtree that existed as cells at some time in [from, to], with the span they did
 * (first day as a cell, first day no longer one), in tree order.
 */
export function cellsOf(db: Db, prefix: string | null, from: string, to: string): Promise<CellRow[]> {
  return rows<CellRow>(
    db,
    sql`SELECT o.id, o.code, o.path,
          (array_agg(v.name ORDER BY v.valid_from DESC))[1] AS name,
          min(v.valid_from) AS "liveFrom",
          CASE WHEN bool_or(v.valid_to IS NULL) THEN NULL ELSE max(v.valid_to) END AS "liveTo"
        FROM orgs o JOIN org_versions v ON v.org_id = o.id
        WHERE ${prefix ? underPath(sql`o.path`, prefix) : sql`TRUE`}
          AND v.kind IN ('CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC')
          AND v.valid_from <= ${to}::date AND (v.valid_to IS NULL OR v.valid_to > ${from}::date)
        GROUP BY o.id, o.code, o.path
        ORDER BY o.path`,
  );
}

/**
 * The figures of a group of held meetings (alias m), read from the counts cached on each row: how many,
 * attendance (committee meetings aside: their list is the committee), and how many per quality level.
 */
export const HELD_FIGURES = sql`count(*)::int AS held,
  COALESCE(sum(m.present_count) FILTER (WHERE m.kind <> 'COMMITTEE'), 0)::int AS present,
  COALESCE(sum(m.expected_count) FILTER (WHERE m.kind <> 'COMMITTEE'), 0)::int AS expected,
  count(*) FILTER (WHERE m.quality_level = 'TOT')::int AS tot,
  count(*) FILTER (WHERE m.quality_level = 'KHA')::int AS kha,
  count(*) FILTER (WHERE m.quality_level = 'TRUNG_BINH')::int AS "trungBinh",
  count(*) FILTER (WHERE m.quality_level = 'CHUA_DAT')::int AS "chuaDat"`;
