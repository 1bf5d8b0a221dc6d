import { type SQL, sql } from 'drizzle-orm';
import type { Database, Db } from '../../platform/db/client.ts';
import { inTransaction } from '../../platform/db/query.ts';

export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
}

/**
 * Writes several tables' rows in one transaction, as fast as each engine allows: COPY from an
 * in-memory CSV on PGlite (parameter binding dominates there: 6× slower for a province), multi-row
 * INSERTs on PostgreSQL.
 */
export async function writeRows(database: Database, batches: readonly TableRows[]): Promise<void> {
  const pglite = database.pglite;
  if (pglite) {
    await pglite.transaction(async (tx) => {
      for (const b of batches) {
        if (!b.rows.length) continue;
        const blob = new Blob([toCsv(b.rows)]);
        await tx.query(
          `COPY ${b.table} (${b.columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv, NULL '\\N')`,
          [],
          { blob },
        );
      }
    });
    return;
  }
  await inTransaction(database.db, async (tx) => {
    for (const b of batches) await insertRows(tx, b);
  });
}

function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return `"${s.replaceAll('"', '""')}"`;
}

export const toCsv = (rows: readonly unknown[][]): string =>
  rows.map((r) => r.map(csvValue).join(',')).join('\n');

/** Multi-row INSERTs in chunks under PostgreSQL's 65,535 parameters. */
async function insertRows(db: Db, { table, columns, rows }: TableRows): Promise<void> {
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  const head = sql.raw(`INSERT INTO ${table} (${columns.join(', ')}) VALUES `);
  for (let i = 0; i < rows.length; i += perChunk) {
    const values: SQL[] = rows.slice(i, i + perChunk).map(
      (row) =>
        sql`(${sql.join(
          row.map((v) => sql`${v !== null && typeof v === 'object' ? JSON.stringify(v) : v}`),
          sql`, `,
        )})`,
    );
    await db.execute(sql`${head}${sql.join(values, sql`, `)}`);
  }
}
