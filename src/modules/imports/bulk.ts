/**
 * Bulk rows inside the caller's transaction, so the whole batch lands or nothing does: COPY on
 * PGlite (its transaction object is the raw client drizzle wraps), unnested arrays on PostgreSQL.
 */
import type { Db } from '../../platform/db/client.ts';
import { insertRows, type TableRows, toCsv } from '../demo/bulk.ts';

interface PgliteLike {
  query(sql: string, params: unknown[], opts: { blob: Blob }): Promise<unknown>;
}

function pgliteClient(tx: Db): PgliteLike | null {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client as
    | (PgliteLike & { exec?: unknown; listen?: unknown })
    | undefined;
  // PGlite's transaction object; node-postgres' client has neither exec nor listen like it.
  return client && typeof client.exec === 'function' && !('connectionParameters' in client) ? client : null;
}

const CHUNK = 20_000;

export async function insertInTx(tx: Db, b: TableRows): Promise<void> {
  if (!b.rows.length) return;
  const started = Date.now();
  try {
    await insert(tx, b);
  } finally {
    if (process.env.NENMONG_IMPORT_TRACE)
      process.stderr.write(
        `[import]   ${b.table}: ${b.rows.length} rows, ${((Date.now() - started) / 1000).toFixed(1)} s, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB\n`,
      );
  }
}

async function insert(tx: Db, b: TableRows): Promise<void> {
  const pglite = pgliteClient(tx);
  if (!pglite) return insertRows(tx, b);
  for (let i = 0; i < b.rows.length; i += CHUNK) {
    const blob = new Blob([toCsv(b.rows.slice(i, i + CHUNK))]);
    await pglite.query(
      `COPY ${b.table} (${b.columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv, NULL '\\N')`,
      [],
      { blob },
    );
  }
}
