import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Db } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';

export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
}

/**
 * Writes several tables' rows in one transaction, as fast as each engine allows: COPY from an
 * in-memory CSV on both (on PGlite parameter binding dominated: 6× slower for a province).
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
  await copyIntoPostgres(database, batches);
}

/**
 * COPY … FROM STDIN through one pooled connection: PostgreSQL parses CSV far faster than it parses
 * array literals for INSERT … unnest (the nation demo spent most of its time there), and the driver
 * streams the rows while this process goes on generating the next batch.
 */
async function copyIntoPostgres(database: Database, batches: readonly TableRows[]): Promise<void> {
  const pool = (database.db as { $client?: pg.Pool }).$client;
  if (!pool) throw new Error('copyIntoPostgres: the database handle has no pg pool');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const b of batches) {
      if (!b.rows.length) continue;
      const stream = client.query(
        copyFrom(`COPY ${b.table} (${b.columns.join(', ')}) FROM STDIN WITH (FORMAT csv, NULL '\\N')`),
      );
      await pipeline(Readable.from([toCsv(b.rows)]), stream);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Values CSV can carry bare: no quote, comma, line break or backslash (a bare \N is NULL), not empty. */
const BARE = /^[^",\r\n\\]+$/;

function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  // Most values (ids, codes, dates, names) need no quotes: quoting every one made a copy of each
  // value, garbage the import's collector then had to clear (docs/performance.md).
  return BARE.test(s) ? s : `"${s.replaceAll('"', '""')}"`;
}

export function toCsv(rows: readonly unknown[][]): string {
  let out = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (i) out += '\n';
    for (let j = 0; j < r.length; j++) out += j ? `,${csvValue(r[j])}` : csvValue(r[j]);
  }
  return out;
}

const columnTypeCache = new Map<string, Map<string, string>>();

async function columnTypes(db: Db, table: string): Promise<Map<string, string>> {
  let types = columnTypeCache.get(table);
  if (!types) {
    const found = await rows<{ column_name: string; udt_name: string }>(
      db,
      sql`SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = ${table}`,
    );
    types = new Map(found.map((c) => [c.column_name, c.udt_name]));
    columnTypeCache.set(table, types);
  }
  return types;
}

/** One array literal per column: '{"a","b",NULL}'. */
function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    const s =
      typeof v === 'object' ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
    return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  });
  return `{${items.join(',')}}`;
}

/**
 * INSERT … SELECT FROM unnest(one array per column): a handful of parameters per 5,000 rows, so
 * neither the driver nor the query builder holds a parameter per value (the nation demo ran out of
 * memory that way).
 */
export async function insertRows(db: Db, { table, columns, rows: data }: TableRows): Promise<void> {
  const types = await columnTypes(db, table);
  for (let i = 0; i < data.length; i += 5000) {
    const chunk = data.slice(i, i + 5000);
    const arrays = columns.map(
      (c, j) => sql`${arrayLiteral(chunk.map((r) => r[j]))}::${sql.raw(types.get(c) ?? 'text')}[]`,
    );
    await db.execute(
      sql`INSERT INTO ${sql.raw(table)} (${sql.raw(columns.join(', '))}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)})`,
    );
  }
}
