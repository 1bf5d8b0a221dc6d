import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Runs plain SQL on either engine and returns its rows. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function one<T>(db: Db, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** Runs fn in one transaction: everything it writes lands together or not at all. */
export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  // biome-ignore lint/suspicious/noExplicitAny: both drizzle flavours have the same transaction API
  return (db as any).transaction((tx: Db) => fn(tx));
}
