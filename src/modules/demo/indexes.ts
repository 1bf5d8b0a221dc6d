import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';

const BULK_TABLES = ['members', 'membership_events', 'membership_periods'];

/**
 * Drops the secondary (non-unique) indexes of the roll's tables and returns a function that
 * re-creates them exactly as the migrations defined them (read back from pg_indexes). Building an
 * index once over millions of rows is far cheaper than maintaining it row by row during a bulk load.
 */
export async function withoutSecondaryIndexes(db: Db): Promise<() => Promise<void>> {
  const found = await rows<{ indexname: string; indexdef: string }>(
    db,
    sql`SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename IN (${sql.join(
          BULK_TABLES.map((t) => sql`${t}`),
          sql`, `,
        )})
          AND indexdef NOT LIKE 'CREATE UNIQUE INDEX%'`,
  );
  for (const i of found) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${i.indexname}"`));
  return async () => {
    for (const i of found) await db.execute(sql.raw(i.indexdef));
  };
}
