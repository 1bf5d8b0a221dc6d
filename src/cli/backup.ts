import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Config } from '../platform/config.ts';
import { openDatabase } from '../platform/db/client.ts';
import { UsageError } from './io.ts';

/**
 * A consistent copy of the embedded database: PGlite's own dump of its data folder (a gzipped tar),
 * taken through the running engine so it is never a half-written file copy.
 */
export async function backup(config: Config, out: string): Promise<number> {
  if (config.databaseUrl) {
    throw new UsageError('Với PostgreSQL, hãy sao lưu bằng pg_dump (xem README, mục Sao lưu).');
  }
  if (!existsSync(config.dataDir)) throw new UsageError(`Chưa có cơ sở dữ liệu ở ${config.dataDir}.`);
  const database = await openDatabase({ databaseUrl: null, dataDir: config.dataDir });
  try {
    const dump = await database.pglite!.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(out, bytes);
    return bytes.length;
  } finally {
    await database.close();
  }
}

/** Restores a backup into the data folder. An existing folder is kept aside, never overwritten. */
export async function restore(config: Config, file: string): Promise<string | null> {
  if (config.databaseUrl)
    throw new UsageError('Với PostgreSQL, hãy khôi phục bằng pg_restore hoặc psql (xem README).');
  if (!existsSync(file)) throw new UsageError(`Không có tệp ${file}.`);
  let keptAside: string | null = null;
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length) {
    keptAside = `${config.dataDir}.before-restore-${Date.now()}`;
    renameSync(config.dataDir, keptAside);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const blob = new Blob([readFileSync(file)], { type: 'application/x-gzip' });
  const db = await PGlite.create(config.dataDir, { loadDataDir: blob, extensions: { pg_trgm } });
  await db.query('SELECT 1');
  await db.close();
  return keptAside;
}
