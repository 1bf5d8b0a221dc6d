import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openMigrated } from '../src/cli/database.ts';
import { writeRows } from '../src/modules/demo/bulk.ts';
import { loadMeetingsDemo } from '../src/modules/demo/meetings.ts';
import { addUser, createToken } from '../src/modules/users/service.ts';
import { systemActor } from '../src/platform/access/actor.ts';
import { loadConfig } from '../src/platform/config.ts';
import { todayInVietnam } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/client.ts';
import { one } from '../src/platform/db/query.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { newId } from '../src/platform/ids.ts';
import { foldVietnamese } from '../src/vn/fold.ts';
import { personSortKey } from '../src/vn/personSort.ts';
import { summarize, timed } from './stats.ts';

/**
 * The meetings at province scale (issue 5): a province of 100 districts × 10 communes × 15 cells
 * (15,000 cells) with 9 members each, written directly in bulk, then a year of meetings for every
 * cell by the demo's generator (≈ 15,000 × 16 meetings, ≈ 2 million attendance rows). Times, through
 * the real HTTP app, the upper-level dashboard for the whole province and the member's home screen.
 */
export async function benchMeetings(rounds: number) {
  const dataDir = 'tmp/bench-meetings';
  rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({ dataDir, databaseUrl: null });
  const database = await openMigrated(config);
  const today = todayInVietnam();
  const [tree, treeMs] = await timed(() =>
    writeProvince(database, { districts: 100, communes: 10, cells: 15, members: 9 }),
  );
  process.stderr.write(`meetings bench: tree and members in ${Math.round(treeMs / 1000)} s\n`);
  const [demo, meetingsMs] = await timed(() =>
    loadMeetingsDemo(database, { seed: 1, asOf: today, focusCellId: tree.firstCellId, bench: true }),
  );
  process.stderr.write(`meetings bench: ${demo.meetings} meetings in ${Math.round(meetingsMs / 1000)} s\n`);
  await database.db.execute(sql`VACUUM ANALYZE`);
  const ctx = { db: database.db, actor: systemActor('bench'), today };
  await addUser(ctx, { username: 'tinh.bench', password: 'mat-khau-bench', role: 'org_staff', orgCode: 'P' });
  await addUser(ctx, {
    username: 'dangvien.bench',
    password: 'mat-khau-bench',
    role: 'member',
    memberId: tree.firstMemberId,
  });
  const app = await buildApp(database, config);
  const tokens = {
    tinh: await createToken(ctx, 'tinh.bench', 'bench'),
    dv: await createToken(ctx, 'dangvien.bench', 'bench'),
  };
  const get = async (who: keyof typeof tokens, url: string) => {
    const [res, ms] = await timed(() =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return ms;
  };
  const year = Number(today.slice(0, 4));
  // Warm-up: plan caching and the first pages of the tables.
  await get('tinh', `/api/v1/meetings/dashboard?year=${year}`);
  await get('dv', '/api/v1/me/home');
  const dashboard: number[] = [];
  const district: number[] = [];
  const home: number[] = [];
  const report: number[] = [];
  for (let r = 0; r < rounds; r++) {
    dashboard.push(await get('tinh', `/api/v1/meetings/dashboard?year=${year}&page=${1 + (r % 5)}`));
    district.push(await get('tinh', `/api/v1/meetings/dashboard?year=${year}&org=P.D${r % 100}`));
    for (let k = 0; k < 3; k++) home.push(await get('dv', '/api/v1/me/home'));
  }
  for (let r = 0; r < Math.max(3, rounds / 2); r++)
    report.push(await get('tinh', `/api/v1/reports/meetings?org=P&from=${year}-01-01&to=${today}`));
  const counts = await one<{ meetings: number; attendance: number }>(
    database.db,
    sql`SELECT (SELECT count(*)::int FROM meetings) AS meetings, (SELECT count(*)::int FROM meeting_attendance) AS attendance`,
  );
  await app.close();
  await database.close();
  return {
    scale: 'province',
    engine: 'pglite',
    cells: tree.cells,
    members: tree.members,
    meetings: counts?.meetings ?? demo.meetings,
    attendanceRows: counts?.attendance ?? demo.attendance,
    tasks: demo.tasks,
    treeAndMembersSeconds: Math.round(treeMs / 100) / 10,
    meetingsGenerationSeconds: Math.round(meetingsMs / 100) / 10,
    provinceDashboard: summarize(dashboard),
    districtDashboard: summarize(district),
    memberHome: summarize(home),
    provinceReportYear: summarize(report),
  };
}

const GIVEN = [
  'An',
  'Bình',
  'Chung',
  'Dũng',
  'Hà',
  'Hoa',
  'Hùng',
  'Lan',
  'Minh',
  'Nga',
  'Sơn',
  'Thảo',
  'Tuấn',
];
const FAMILY = ['Nguyễn', 'Lò', 'Hoàng', 'Vàng', 'Lê', 'Tòng', 'Giàng', 'Trần'];

/** Orgs with their versions, and members with one open period each, straight into the tables. */
async function writeProvince(
  database: Database,
  shape: { districts: number; communes: number; cells: number; members: number },
) {
  const orgRows: unknown[][] = [];
  const versionRows: unknown[][] = [];
  const add = (
    code: string,
    name: string,
    kind: string,
    sector: string,
    parent: { id: string; path: string } | null,
  ) => {
    const id = newId();
    const path = `${parent?.path ?? '/'}${code}/`;
    orgRows.push([id, code, path]);
    versionRows.push([newId(), id, '2015-01-01', null, name, kind, sector, parent?.id ?? null]);
    return { id, path };
  };
  const root = add('P', 'Đảng bộ tỉnh (benchmark)', 'DANG_BO_TINH', 'KHAC', null);
  const cells: { id: string; path: string }[] = [];
  for (let d = 0; d < shape.districts; d++) {
    const district = add(`P.D${d}`, `Đảng bộ huyện ${d + 1}`, 'DANG_BO_HUYEN', 'KHAC', root);
    for (let c = 0; c < shape.communes; c++) {
      const commune = add(`P.D${d}.X${c}`, `Đảng bộ xã ${d + 1}.${c + 1}`, 'DANG_BO_CO_SO', 'XA', district);
      for (let k = 0; k < shape.cells; k++)
        cells.push(
          add(
            `P.D${d}.X${c}.C${k}`,
            `Chi bộ thôn ${d + 1}.${c + 1}.${k + 1}`,
            'CHI_BO_TRUC_THUOC',
            'THON_BAN',
            commune,
          ),
        );
    }
  }
  await writeRows(database, [
    { table: 'orgs', columns: ['id', 'code', 'path'], rows: orgRows },
    {
      table: 'org_versions',
      columns: ['id', 'org_id', 'valid_from', 'valid_to', 'name', 'kind', 'sector', 'parent_id'],
      rows: versionRows,
    },
  ]);
  let firstMemberId = '';
  let n = 0;
  for (let i = 0; i < cells.length; i += 2000) {
    const memberRows: unknown[][] = [];
    const periodRows: unknown[][] = [];
    for (const cell of cells.slice(i, i + 2000)) {
      for (let m = 0; m < shape.members; m++) {
        const id = newId();
        firstMemberId ||= id;
        n++;
        const name = `${FAMILY[n % FAMILY.length]} Văn ${GIVEN[(n * 7) % GIVEN.length]}`;
        // A few exempt members, listed but not expected, as in real cells.
        const exempt = n % 40 === 0 ? 'EXEMPT' : null;
        const status = n % 9 === 0 ? 'PROBATIONARY' : 'OFFICIAL';
        memberRows.push([
          id,
          name,
          'NAM',
          '1980-01-01',
          '01',
          cell.id,
          cell.path,
          status,
          foldVietnamese(name),
          personSortKey(name),
        ]);
        periodRows.push([newId(), id, cell.id, status, exempt, '2015-01-01', null]);
      }
    }
    await writeRows(database, [
      {
        table: 'members',
        columns: [
          'id',
          'full_name',
          'gender',
          'birth_date',
          'ethnicity',
          'org_id',
          'org_path',
          'status',
          'search_text',
          'sort_key',
        ],
        rows: memberRows,
      },
      {
        table: 'membership_periods',
        columns: ['id', 'member_id', 'org_id', 'status', 'exemption', 'valid_from', 'valid_to'],
        rows: periodRows,
      },
    ]);
  }
  return { cells: cells.length, members: n, firstCellId: cells[0]!.id, firstMemberId };
}
