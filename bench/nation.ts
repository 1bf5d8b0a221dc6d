import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadDemo } from '../src/modules/demo/load.ts';
import { createToken } from '../src/modules/users/service.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import { todayInVietnam } from '../src/platform/context.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { one } from '../src/platform/db/query.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { benchReports } from './reports.ts';
import { summarize, timed } from './stats.ts';

/**
 * Nation scale (≈ 5.7M members) on PostgreSQL: needs BENCH_DATABASE_URL (a server where the user may
 * CREATE DATABASE). Creates `nenmong_bench_nation`, loads the demo, times the roll's hot queries.
 * BENCH_NATION_REUSE=1 keeps a database an earlier run loaded (only migrating it), since the load
 * takes half an hour: for timing the queries again after a change.
 */
export async function benchNation() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return { skipped: 'set BENCH_DATABASE_URL to a PostgreSQL server to run the nation benchmark' };
  const reuse = process.env.BENCH_NATION_REUSE === '1';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (!reuse) {
    await admin.query('DROP DATABASE IF EXISTS nenmong_bench_nation WITH (FORCE)');
    await admin.query('CREATE DATABASE nenmong_bench_nation');
  }
  await admin.end();
  const target = new URL(url);
  target.pathname = '/nenmong_bench_nation';
  const database = await openDatabase({ databaseUrl: target.toString() });
  const [, migrateMs] = await timed(() => migrate(database));
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 500);
  const [demo, demoMs] = reuse
    ? [await countRoll(database), 0]
    : await timed(() => loadDemo(database, { scale: 'nation', seed: 1 }));
  clearInterval(sampler);
  const config = loadConfig({ databaseUrl: target.toString() });
  const app = await buildApp(database, config);
  const token = await createToken(
    { db: database.db, actor: systemActor('bench'), today: todayInVietnam() },
    'tochuc',
    'bench',
  );
  const get = async (u: string) => {
    const [res, ms] = await timed(() =>
      app.inject({ method: 'GET', url: u, headers: { authorization: `Bearer ${token}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode}`);
    return ms;
  };
  const search: number[] = [];
  for (const q of ['nguyen van', 'thi', 'giang a', 'lo van', 'tran thi h'])
    search.push(await get(`/api/v1/members?q=${encodeURIComponent(q)}`));
  // Statistics for the whole installation (the admin's root org).
  const adminToken = await createToken(
    { db: database.db, actor: systemActor('bench'), today: todayInVietnam() },
    'admin',
    'bench',
  );
  const asAdmin = async (u: string) => {
    const [res, ms] = await timed(() =>
      app.inject({ method: 'GET', url: u, headers: { authorization: `Bearer ${adminToken}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode}`);
    return ms;
  };
  const reports = await benchReports(asAdmin, 5);
  // The largest province (Hà Nội, ≈ 570,000 members) inside the nation.
  const province = await benchReports(asAdmin, 5, 'HN');
  await app.close();
  await database.close();
  return {
    scale: 'nation',
    engine: 'postgres',
    members: demo.members,
    orgs: demo.orgs,
    ...(reuse
      ? { reused: true, migrateSeconds: Math.round(migrateMs / 100) / 10 }
      : {
          demoGenerationMinutes: Math.round(demoMs / 6000) / 10,
          loaderPeakRssMb: Math.round(peakRss / 1048576),
        }),
    memberSearchInOneProvince: summarize(search),
    ...reports,
    largestProvince: province,
  };
}

async function countRoll(database: Awaited<ReturnType<typeof openDatabase>>) {
  const row = await one<{ members: number; orgs: number }>(
    database.db,
    sql`SELECT (SELECT count(*) FROM members)::int AS members, (SELECT count(*) FROM orgs)::int AS orgs`,
  );
  return row ?? { members: 0, orgs: 0 };
}
