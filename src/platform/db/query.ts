import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Runs plain SQL on either engine and returns its rows. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * The rows of a query that returns thousands of them (the exports), as one JSON value: PGlite
 * decodes results field by field in JavaScript at ≈ 15 µs a field, so 50,000 members of 14 columns
 * took 10.8 s as rows and 1.5 s as one json_agg (docs/performance.md). Values come as JSON gives
 * them: dates as 'YYYY-MM-DD' text, jsonb as objects, bigint as numbers. Row order is the query's:
 * PostgreSQL aggregates a sorted subquery in its order when, as here, nothing is joined to it.
 */
export async function jsonRows<T>(db: Db, query: SQL): Promise<T[]> {
  const found = await one<{ j: string | null }>(db, sql`SELECT json_agg(q)::text AS j FROM (${query}) q`);
  return found?.j ? (JSON.parse(found.j) as T[]) : [];
}

/**
 * jsonRows for a page of rows looked up by a list of ids (`= ANY(…)`), forced onto the indexes. A
 * table that was never analyzed (PGlite runs no autovacuum; a large import had written 600,000 events)
 * leaves the planner with a default selectivity per element that sums past 100% for a list of
 * thousands, so it scanned the whole table for every page: 40 pages of a 200,000-member export,
 * 0.6–1.1 s each. The setting lives for one short transaction only.
 */
export async function jsonRowsByIds<T>(db: Db, query: SQL): Promise<T[]> {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    return jsonRows<T>(tx, query);
  });
}

export async function one<T>(db: Db, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** Runs fn in one transaction: everything it writes lands together or not at all. */
export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  // biome-ignore lint/suspicious/noExplicitAny: both drizzle flavours have the same transaction API
  return (db as any).transaction((tx: Db) => fn(tx));
}

/**
 * A text[] parameter. Drizzle expands a JS array in a template into a list of parameters, which
 * `= ANY(...)` cannot take, so the array travels as one array literal.
 */
export function textArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

/**
 * The unique index a write violated, or null for any other error. Drizzle wraps driver errors, so
 * the PostgreSQL fields may sit on the error or on its cause.
 */
export function uniqueViolation(e: unknown): { constraint: string } | null {
  const err = e as {
    code?: string;
    constraint?: string;
    message?: string;
    cause?: { code?: string; constraint?: string; message?: string };
  };
  if ((err.code ?? err.cause?.code) !== '23505') return null;
  return { constraint: err.constraint ?? err.cause?.constraint ?? err.cause?.message ?? err.message ?? '' };
}
