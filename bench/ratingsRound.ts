import { existsSync, rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openMigrated } from '../src/cli/database.ts';
import { loadDemo } from '../src/modules/demo/load.ts';
import { openRound } from '../src/modules/ratings/rounds.ts';
import { addUser, createToken } from '../src/modules/users/service.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import { todayInVietnam } from '../src/platform/context.ts';
import { one } from '../src/platform/db/query.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { summarize, timed } from './stats.ts';

/**
 * A province-wide rating round (issue 6: the proposal sheet of one grassroots org in a round of
 * ≈ 200,000 members, < 300 ms on PGlite). Loads the province demo, opens this year's round at the
 * province root through the service (timed: it lists every member and org), then times through the
 * real HTTP app the sheet of the largest grassroots org as its own committee reads it, and one cell's
 * sheet as its secretary would. BENCH_ROUNDS_REUSE=1 keeps an earlier run's database (tmp/bench-rounds).
 */
export async function benchRatingsRound(rounds: number) {
  const dataDir = 'tmp/bench-rounds';
  const reuse = process.env.BENCH_ROUNDS_REUSE === '1' && existsSync(dataDir);
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({ dataDir, databaseUrl: null });
  const database = await openMigrated(config);
  const db = database.db;
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const ctx = { db, actor: systemActor('bench'), today };
  let openSeconds: number | null = null;
  if (!reuse) {
    const [, demoMs] = await timed(() => loadDemo(database, { scale: 'province', seed: 1 }));
    process.stderr.write(`rounds bench: province demo in ${Math.round(demoMs / 1000)} s\n`);
    const root = (await one<{ code: string }>(db, sql`SELECT code FROM orgs ORDER BY length(path) LIMIT 1`))!;
    await db.execute(sql`DELETE FROM ratings WHERE period_key = ${`Y${year}`}`);
    await db.execute(sql`DELETE FROM rating_rounds WHERE period_key = ${`Y${year}`}`);
    const [, ms] = await timed(() =>
      openRound(ctx, { orgCode: root.code, period: { kind: 'YEAR', year }, deadline: `${year}-12-31` }),
    );
    openSeconds = Math.round(ms / 100) / 10;
    process.stderr.write(`rounds bench: province round opened in ${openSeconds} s\n`);
    await db.execute(sql`VACUUM ANALYZE`);
  }
  const round = (await one<{ id: string }>(
    db,
    sql`SELECT id FROM rating_rounds WHERE period_key = ${`Y${year}`} LIMIT 1`,
  ))!;
  // The largest grassroots org of the round: the worst case of "one grassroots org's sheet".
  const big = (await one<{ code: string; members: number }>(
    db,
    sql`SELECT g.code, count(*)::int AS members FROM ratings r
        JOIN orgs g ON r.org_path LIKE g.path || '%'
        JOIN org_versions v ON v.org_id = g.id AND v.valid_to IS NULL AND v.kind IN ('DANG_BO_CO_SO', 'CHI_BO_CO_SO')
        WHERE r.round_id = ${round.id} AND r.subject = 'MEMBER'
        GROUP BY g.code ORDER BY members DESC LIMIT 1`,
  ))!;
  const cell = (await one<{ code: string }>(
    db,
    sql`SELECT o.code FROM orgs o JOIN org_versions v ON v.org_id = o.id AND v.valid_to IS NULL
        WHERE v.kind = 'CHI_BO_TRUC_THUOC' AND o.path LIKE (SELECT path FROM orgs WHERE code = ${big.code}) || '%'
        ORDER BY o.code LIMIT 1`,
  ))!;
  const counts = (await one<{ members: number; orgs: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE subject = 'MEMBER')::int AS members, count(*) FILTER (WHERE subject = 'ORG')::int AS orgs
        FROM ratings WHERE round_id = ${round.id}`,
  ))!;
  for (const [username, orgCode] of [
    ['danguy.bench', big.code],
    ['chibo.bench', cell.code],
  ] as const)
    if (!(await one(db, sql`SELECT 1 FROM users WHERE username = ${username}`)))
      await addUser(ctx, { username, password: 'mat-khau-bench', role: 'secretary', orgCode });
  const app = await buildApp(database, config);
  const tokens = {
    grassroots: await createToken(ctx, 'danguy.bench', 'bench'),
    cell: await createToken(ctx, 'chibo.bench', 'bench'),
  };
  const get = async (who: keyof typeof tokens, url: string) => {
    const [res, ms] = await timed(() =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    return ms;
  };
  const grassrootsUrl = `/api/v1/ratings/rounds/${round.id}/sheet?org=${encodeURIComponent(big.code)}`;
  const cellUrl = `/api/v1/ratings/rounds/${round.id}/sheet?org=${encodeURIComponent(cell.code)}`;
  await get('grassroots', grassrootsUrl);
  await get('cell', cellUrl);
  const grassrootsSheet: number[] = [];
  const cellSheet: number[] = [];
  for (let r = 0; r < rounds; r++) {
    grassrootsSheet.push(await get('grassroots', grassrootsUrl));
    cellSheet.push(await get('cell', cellUrl));
  }
  await app.close();
  await database.close();
  return {
    scale: 'province',
    engine: 'pglite',
    roundMembers: counts.members,
    roundOrgs: counts.orgs,
    openRoundSeconds: openSeconds,
    largestGrassroots: { code: big.code, members: big.members },
    grassrootsSheet: summarize(grassrootsSheet),
    cellSheet: summarize(cellSheet),
  };
}
