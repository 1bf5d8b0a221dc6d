import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { inTransaction, rows } from '../../platform/db/query.ts';

const BULK_TABLES = ['members', 'membership_events', 'membership_periods'];
const bulkTableList = (tables: readonly string[]) =>
  sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );

/**
 * Drops the roll tables' secondary (non-unique) indexes and their foreign keys, and returns a function
 * that re-creates them exactly as the migrations defined them (read back from the catalog), as
 * pg_restore does. Building an index once over millions of rows is far cheaper than maintaining it
 * row by row, and re-adding a foreign key validates every row in one join, where row-by-row checks
 * (three per event and per period) took most of a PostgreSQL load's time. Unique indexes stay: they
 * are what would catch a plan's duplicate citizen IDs or card numbers.
 */
export async function withoutBulkLoadConstraints(
  db: Db,
  tables: readonly string[] = BULK_TABLES,
  sortMemory = '256MB',
): Promise<() => Promise<void>> {
  const indexes = await rows<{ indexname: string; indexdef: string }>(
    db,
    sql`SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename IN (${bulkTableList(tables)})
          AND indexdef NOT LIKE 'CREATE UNIQUE INDEX%'`,
  );
  const foreignKeys = await rows<{ tablename: string; conname: string; condef: string }>(
    db,
    sql`SELECT c.conrelid::regclass::text AS tablename, c.conname, pg_get_constraintdef(c.oid) AS condef
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
          AND c.conrelid::regclass::text IN (${bulkTableList(tables)})
        ORDER BY c.conname`,
  );
  for (const f of foreignKeys)
    await db.execute(sql.raw(`ALTER TABLE ${f.tablename} DROP CONSTRAINT "${f.conname}"`));
  for (const i of indexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${i.indexname}"`));
  // One transaction, so a restore that fails on a broken row leaves nothing half-built and can be
  // retried once the row is fixed. Sorting for the index builds gets more memory than the default
  // 64 MB: at nation scale each index sorts millions of entries. The import passes less: PGlite's
  // memory never shrinks back, and the import must stay under 1 GB.
  return () =>
    inTransaction(db, async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL maintenance_work_mem = '${sortMemory}'`));
      for (const i of indexes) await tx.execute(sql.raw(i.indexdef));
      for (const f of foreignKeys)
        await tx.execute(sql.raw(`ALTER TABLE ${f.tablename} ADD CONSTRAINT "${f.conname}" ${f.condef}`));
    });
}
