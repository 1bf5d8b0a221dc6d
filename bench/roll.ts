import { rmSync } from 'node:fs';
import { openMigrated } from '../src/cli/database.ts';
import { loadDemo } from '../src/modules/demo/load.ts';
import { createToken } from '../src/modules/users/service.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import { todayInVietnam } from '../src/platform/context.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { benchReports } from './reports.ts';
import { summarize, timed } from './stats.ts';

const SEARCHES = [
  'nguyen van',
  'thi',
  'giang a',
  'lo van',
  'tran thi h',
  'duc',
  'hoang',
  'ly seo',
  'pham',
  'nguyen thi thu',
];
const FILTERS = [
  'status=OFFICIAL&gender=NU',
  'ethnicity=MINORITY&ageBand=18-30',
  'education=THPT&professional=DAI_HOC&sort=-birthDate',
  'politicalTheory=TRUNG_CAP&occupation=CBCC_XA',
  'gender=NAM&ageBand=61%2B',
  'status=PROBATIONARY',
];

/**
 * Builds the demo at a scale in a fresh PGlite folder (timed), then times the roll's hot queries
 * through the real HTTP app: diacritics-insensitive search and filtered list pages.
 */
export async function benchRoll(scale: 'district' | 'province', rounds: number) {
  const dataDir = `tmp/bench-${scale}`;
  rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({ dataDir, databaseUrl: null });
  const database = await openMigrated(config);
  const [demo, demoMs] = await timed(() => loadDemo(database, { scale, seed: 1 }));
  const app = await buildApp(database, config);
  const token = await createToken(
    { db: database.db, actor: systemActor('bench'), today: todayInVietnam() },
    'tochuc',
    'bench',
  );
  const get = async (url: string) => {
    const [res, ms] = await timed(() =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return ms;
  };
  // Warm-up: the first queries pay for plan caching and page loads.
  for (const q of SEARCHES.slice(0, 3)) await get(`/api/v1/members?q=${encodeURIComponent(q)}`);
  const search: number[] = [];
  const list: number[] = [];
  const page: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCHES)
      search.push(await get(`/api/v1/members?q=${encodeURIComponent(q)}&pageSize=20`));
    for (const f of FILTERS) list.push(await get(`/api/v1/members?${f}&pageSize=20&page=${1 + (r % 5)}`));
    page.push(await get(`/api/v1/members?pageSize=20&page=${1 + r * 37}`));
  }
  const reports = await benchReports(get, rounds);
  await app.close();
  await database.close();
  return {
    scale,
    engine: 'pglite',
    members: demo.members,
    orgs: demo.orgs,
    demoGenerationSeconds: Math.round(demoMs / 100) / 10,
    memberSearch: summarize(search),
    filteredMemberList: summarize(list),
    unfilteredListPage: summarize(page),
    ...reports,
  };
}
