import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

/**
 * Multi-row INSERTs: one statement per chunk instead of one per row, which is what makes loading a
 * province (≈ 1M rows) take seconds on PGlite. Chunks stay under PostgreSQL's 65,535 parameters.
 */
export async function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  casts: Record<string, string> = {},
): Promise<void> {
  if (!rows.length) return;
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  const head = sql.raw(`INSERT INTO ${table} (${columns.join(', ')}) VALUES `);
  for (let i = 0; i < rows.length; i += perChunk) {
    const values: SQL[] = rows.slice(i, i + perChunk).map(
      (row) =>
        sql`(${sql.join(
          row.map((v, j) => {
            const cast = casts[columns[j]!];
            return cast ? sql`${v}::${sql.raw(cast)}` : sql`${v}`;
          }),
          sql`, `,
        )})`,
    );
    await db.execute(sql`${head}${sql.join(values, sql`, `)}`);
  }
}
