import type { Config } from '../platform/config.ts';
import { type Database, openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openMigrated(config: Config, opts: { sharedBuffers?: string } = {}): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, ...opts });
  await migrate(database);
  return database;
}
