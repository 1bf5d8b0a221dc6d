import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

/**
 * One Drizzle handle over either engine. Both speak the same SQL; the rest of the code never
 * asks which one it has, except backup (a file copy only makes sense for the embedded one).
 */
export type Db = ReturnType<typeof drizzlePglite> | ReturnType<typeof drizzlePg>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** The raw PGlite instance, for dumpDataDir (backup). */
  pglite?: PGlite;
}

// Return DATE columns as 'YYYY-MM-DD' strings: legal dates are dates, never timestamps.
pg.types.setTypeParser(1082, (v) => v);

export async function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir?: string;
  memory?: boolean;
  /** PostgreSQL's page cache inside PGlite's WebAssembly memory; PGlite's default is 128MB. */
  sharedBuffers?: string;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle client whose connection the server ends (a restart, an admin's pg_terminate_backend, a
    // dropped test database) emits 'error' on the pool; unhandled, it would end the process. The pool
    // discards that client and opens a new one for the next query, so noting it is enough.
    pool.on('error', (e) => process.emitWarning(`PostgreSQL: kết nối rảnh bị đóng (${e.message})`));
    return { db: drizzlePg(pool), kind: 'postgres', close: () => pool.end() };
  }
  const dir = opts.memory ? undefined : opts.dataDir;
  if (dir) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir ?? 'memory://', {
    extensions: { pg_trgm },
    parsers: { 1082: (v: string) => v },
    // The WebAssembly memory never shrinks: every cache page once touched stays resident.
    ...(opts.sharedBuffers
      ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${opts.sharedBuffers}`] }
      : {}),
  });
  // PGlite keeps its pages in memory: random reads cost what sequential ones do, and with the default
  // (4.0) the planner prefers a seq scan over the roll's index-only counts (measured 2–3× slower).
  await client.exec('SET random_page_cost = 1.1');
  return { db: drizzlePglite(client), kind: 'pglite', close: () => client.close(), pglite: client };
}
