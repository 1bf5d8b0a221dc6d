import { existsSync, rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openMigrated } from '../src/cli/database.ts';
import { loadDemo } from '../src/modules/demo/load.ts';
import { ruleSetFor } from '../src/modules/ratings/scales/index.ts';
import { createToken } from '../src/modules/users/service.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import { todayInVietnam } from '../src/platform/context.ts';
import type { Db } from '../src/platform/db/client.ts';
import { one } from '../src/platform/db/query.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { summarize, timed } from './stats.ts';

const YEARS = 15;

/**
 * The ratings report at province scale (issue 6: 15 years for a province, < 1 s on PGlite): the
 * province demo (≈ 200,000 members, 8,291 orgs), then one decided annual rating per member and per
 * org for each of 15 years (≈ 3 million rows), each year written by one INSERT … SELECT per subject,
 * so the counts' statement triggers run as they would for an import. Times, through the real HTTP app,
 * the report and the drill-down for the province root and one district, and the xlsx; and, for
 * comparison, the plain scan of `ratings` the counts table replaces.
 * BENCH_RATINGS_REUSE=1 keeps the database of an earlier run (tmp/bench-ratings).
 */
export async function benchRatingsReport(rounds: number) {
  const dataDir = 'tmp/bench-ratings';
  const reuse = process.env.BENCH_RATINGS_REUSE === '1' && existsSync(dataDir);
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({ dataDir, databaseUrl: null });
  const database = await openMigrated(config);
  const toYear = Number(todayInVietnam().slice(0, 4)) - 1;
  const fromYear = toYear - YEARS + 1;
  let demoSeconds: number | null = null;
  let ratingsSeconds: number | null = null;
  if (!reuse) {
    const [, demoMs] = await timed(() => loadDemo(database, { scale: 'province', seed: 1 }));
    demoSeconds = Math.round(demoMs / 100) / 10;
    process.stderr.write(`ratings bench: province demo in ${demoSeconds} s\n`);
    const [, ms] = await timed(() => writeRatings(database.db, fromYear, toYear));
    ratingsSeconds = Math.round(ms / 100) / 10;
    process.stderr.write(`ratings bench: ratings in ${ratingsSeconds} s\n`);
    await database.db.execute(sql`VACUUM ANALYZE`);
  }
  const db = database.db;
  const root = await one<{ code: string; path: string }>(
    db,
    sql`SELECT code, path FROM orgs WHERE cardinality(string_to_array(path, '/')) = 3 ORDER BY code LIMIT 1`,
  );
  const district = await one<{ code: string }>(
    db,
    sql`SELECT code FROM orgs WHERE cardinality(string_to_array(path, '/')) = 4 ORDER BY code LIMIT 1`,
  );
  const counts = await one<{ ratings: number; countRows: number; members: number; orgs: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM ratings) AS ratings, (SELECT count(*)::int FROM rating_counts) AS "countRows",
          (SELECT count(*)::int FROM members) AS members, (SELECT count(*)::int FROM orgs) AS orgs`,
  );
  const app = await buildApp(database, config);
  const ctx = { db, actor: systemActor('bench'), today: todayInVietnam() };
  const token = await createToken(ctx, 'tochuc', 'bench');
  const get = async (url: string) => {
    const [res, ms] = await timed(() =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return ms;
  };
  const years = `fromYear=${fromYear}&toYear=${toYear}`;
  await get(`/api/v1/reports/ratings?${years}`);
  const province: number[] = [];
  const provinceChildren: number[] = [];
  const districtReport: number[] = [];
  const districtChildren: number[] = [];
  const xlsx: number[] = [];
  for (let r = 0; r < rounds; r++) {
    province.push(await get(`/api/v1/reports/ratings?${years}`));
    provinceChildren.push(await get(`/api/v1/reports/ratings/children?${years}`));
    districtReport.push(await get(`/api/v1/reports/ratings?org=${district!.code}&${years}`));
    districtChildren.push(await get(`/api/v1/reports/ratings/children?org=${district!.code}&${years}`));
    if (r < 3) xlsx.push(await get(`/api/v1/reports/ratings.xlsx?${years}`));
  }
  // What the counts table saves: the same figures by scanning the ratings.
  const scan: number[] = [];
  for (let r = 0; r < 3; r++)
    scan.push(
      (
        await timed(async () =>
          db.execute(sql`SELECT year, CASE WHEN subject = 'MEMBER' THEN 'MEMBER' ELSE org_group END AS grp, rule_set, level, count(*)
            FROM ratings WHERE starts_with(org_path, ${root!.path}) AND period_kind = 'YEAR' AND level IS NOT NULL
              AND year BETWEEN ${fromYear} AND ${toYear}
            GROUP BY 1, 2, 3, 4`),
        )
      )[1],
    );
  await app.close();
  await database.close();
  return {
    scale: 'province',
    engine: 'pglite',
    years: `${fromYear}–${toYear}`,
    ...counts,
    reused: reuse,
    demoGenerationSeconds: demoSeconds,
    ratingsGenerationSeconds: ratingsSeconds,
    provinceReport: summarize(province),
    provinceChildren: summarize(provinceChildren),
    districtReport: { org: district!.code, ...summarize(districtReport) },
    districtChildren: summarize(districtChildren),
    provinceXlsx: summarize(xlsx),
    plainScanProvince: summarize(scan),
  };
}

/**
 * A decided annual rating for every member (in their current cell) and every rated org, each year
 * under the scale governing it; levels spread by a hash, about 12% excellent and 85% HTTNV or better.
 */
async function writeRatings(db: Db, fromYear: number, toYear: number) {
  for (let year = fromYear; year <= toYear; year++) {
    const ruleSet = ruleSetFor({ kind: 'YEAR', year }).id;
    const old = ruleSet === 'UNTIL_2017';
    const level = (subject: 'MEMBER' | 'ORG', idCol: string) => {
      const bucket = sql.raw(`abs(hashtext(${idCol} || '${year}')) % 100`);
      const top = subject === 'ORG' && old ? 'TSVM' : 'HTXSNV';
      const bottom = old ? (subject === 'ORG' ? 'YEU_KEM' : 'VI_PHAM_TU_CACH') : 'KHTNV';
      return sql`CASE WHEN ${bucket} < 12 THEN ${top} WHEN ${bucket} < 85 THEN 'HTTNV' WHEN ${bucket} < 97 THEN 'HTNV' ELSE ${bottom} END`;
    };
    await db.execute(sql`INSERT INTO ratings (id, source, subject, subject_id, member_id, org_id, org_path,
        period_kind, period_key, year, rule_set, level)
      SELECT md5(m.id || ${year}::text), 'IMPORT', 'MEMBER', m.id, m.id, m.org_id, m.org_path,
        'YEAR', ${`Y${year}`}, ${year}, ${ruleSet}, ${level('MEMBER', 'm.id')}
      FROM members m WHERE m.org_id IS NOT NULL AND m.org_path IS NOT NULL`);
    await db.execute(sql`INSERT INTO ratings (id, source, subject, subject_id, org_id, org_path, org_group,
        period_kind, period_key, year, rule_set, level)
      SELECT md5(o.id || ${year}::text), 'IMPORT', 'ORG', o.id, o.id, o.path, g.grp,
        'YEAR', ${`Y${year}`}, ${year}, ${ruleSet}, ${level('ORG', 'o.id')}
      FROM orgs o
      CROSS JOIN LATERAL (SELECT CASE v.kind WHEN 'DANG_BO_CO_SO' THEN 'GRASSROOTS' WHEN 'CHI_BO_CO_SO' THEN 'GRASSROOTS'
          WHEN 'CHI_BO_TRUC_THUOC' THEN 'CELL' WHEN 'DANG_BO_BO_PHAN' THEN 'PARTIAL' END AS grp
        FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) g
      WHERE g.grp IS NOT NULL`);
    process.stderr.write(`ratings bench: ${year} written\n`);
  }
}
