/**
 * The decided annual and quarterly ratings of the subtree as XepLoai rows, so the installation export
 * imports back with its rating history. Members are written under the key their DangVien row carries
 * (the latest file key, else the id) and only when that row is exported too (their current org is in
 * the subtree); a term review has no row in the sheet.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { jsonRows } from '../../platform/db/query.ts';
import type { RowValues } from './workbook.ts';

const PAGE = 20_000;

export async function* ratingRows(db: Db, prefix: string | null): AsyncGenerator<RowValues> {
  const within = (column: ReturnType<typeof sql>) =>
    prefix === null ? sql`TRUE` : underPath(column, prefix);
  let after = '';
  for (;;) {
    const page = await jsonRows<{
      id: string;
      year: number;
      quarter: number | null;
      subject: string;
      memberKey: string | null;
      orgCode: string;
      level: string;
      score: number | null;
      note: string | null;
    }>(
      db,
      sql`SELECT r.id, r.year, r.quarter, r.subject, o.code AS "orgCode", r.level, r.score::float8 AS score, r.note,
            CASE WHEN r.member_id IS NULL THEN NULL ELSE COALESCE(
              (SELECT k.key FROM import_member_keys k WHERE k.member_id = r.member_id ORDER BY k.created_at DESC LIMIT 1),
              r.member_id) END AS "memberKey"
          FROM ratings r JOIN orgs o ON o.id = r.org_id
          LEFT JOIN members m ON m.id = r.member_id
          WHERE r.level IS NOT NULL AND r.period_kind IN ('YEAR', 'QUARTER') AND r.id > ${after}
            AND (r.member_id IS NULL OR (m.org_id IS NOT NULL AND ${within(sql`m.org_path`)}))
            AND ${within(sql`r.org_path`)}
          ORDER BY r.id LIMIT ${PAGE}`,
    );
    for (const r of page)
      yield {
        year: String(r.year),
        period: r.quarter === null ? 'NAM' : `Q${r.quarter}`,
        subject: r.subject === 'MEMBER' ? 'DV' : 'TC',
        memberKey: r.memberKey,
        orgCode: r.orgCode,
        level: r.level,
        score: r.score === null ? null : String(r.score),
        note: r.note,
      };
    if (page.length < PAGE) return;
    after = page.at(-1)!.id;
  }
}
