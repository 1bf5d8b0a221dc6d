import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../../platform/db/query.ts';
import { type TestApp, testApp } from '../../../testing/app.ts';
import { addMember, smallTree } from '../../../testing/fixtures.ts';
import ExcelJS from '../../exports/excel.ts';
import { establishOrg, recordOrgEvent } from '../../orgs/service.ts';
import type { RatingsReport, RatingsReportChildren } from './service.ts';
import { insertRatings, type RatingRow } from './testing.ts';

let t: TestApp;
const times = (n: number, row: RatingRow) => Array.from({ length: n }, () => row);
let undecided: string[] = [];
/** TD.BB, TD.TRUONG, TD.BB.A and TD.BB.B rated in one year. */
const orgRatings = (year: number, levels: string[]): RatingRow[] =>
  ['TD.BB', 'TD.TRUONG', 'TD.BB.A', 'TD.BB.B'].map((orgCode, i) => ({
    orgCode,
    subject: 'ORG',
    year,
    level: levels[i]!,
  }));

/**
 * smallTree (LC → TD → grassroots committee TD.BB → cells TD.BB.A, TD.BB.B; grassroots cell
 * TD.TRUONG under TD) plus an unrelated district KH with its own grassroots cell, and:
 * - 2017 (old scale): TD.BB TSVM, TD.TRUONG HTTNV; cells A TSVM, B HTNV; members 1 HTXSNV, 3 HTTNV,
 *   1 HTNV in A and 1 VI_PHAM_TU_CACH in TD.TRUONG;
 * - 2018 (Quy định 132): TD.BB HTXSNV, TD.TRUONG HTTNV; cells A HTTNV, B KHTNV; members 1 HTXSNV and
 *   9 HTTNV in A; and in KH's cell 5 HTXSNV (outside TD, never in TD's counts);
 * - 2019: two members not decided yet; 2025: quarterly ratings only (not in the annual table).
 */
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  const d = {
    effectiveDate: '2010-01-01',
    decisionNumber: '02-QĐ/TU',
    decisionDate: '2010-01-01',
    issuingBody: 'Tỉnh ủy',
  };
  await establishOrg(t.system, {
    code: 'KH',
    name: 'Đảng bộ huyện Khác',
    kind: 'DANG_BO_HUYEN',
    sector: 'KHAC',
    parentCode: 'LC',
    ...d,
  });
  await establishOrg(t.system, {
    code: 'KH.X',
    name: '=Chi bộ xã X',
    kind: 'CHI_BO_CO_SO',
    sector: 'XA',
    parentCode: 'KH',
    ...d,
  });
  await insertRatings(t.database.db, [
    ...orgRatings(2017, ['TSVM', 'HTTNV', 'TSVM', 'HTNV']),
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2017, level: 'HTXSNV' },
    ...times(3, { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2017, level: 'HTTNV' }),
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2017, level: 'HTNV' },
    { orgCode: 'TD.TRUONG', subject: 'MEMBER', year: 2017, level: 'VI_PHAM_TU_CACH' },
  ]);
  await insertRatings(t.database.db, [
    ...orgRatings(2018, ['HTXSNV', 'HTTNV', 'HTTNV', 'KHTNV']),
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2018, level: 'HTXSNV' },
    ...times(9, { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2018, level: 'HTTNV' }),
    ...times(5, { orgCode: 'KH.X', subject: 'MEMBER', year: 2018, level: 'HTXSNV' }),
  ]);
  undecided = await insertRatings(
    t.database.db,
    times(2, { orgCode: 'TD.BB.B', subject: 'MEMBER', year: 2019, level: null }),
  );
  await insertRatings(t.database.db, [
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2025, quarter: 3, level: 'HTTNV' },
    { orgCode: 'TD.BB', subject: 'ORG', year: 2025, quarter: 3, level: 'HTXSNV' },
  ]);
  await t.user('admin1', 'admin');
  await t.user('bb.staff', 'org_staff', 'TD.BB');
  await t.user('lc.viewer', 'viewer', 'LC');
});
afterAll(() => t.close());

async function report(query: string, who = 'admin1'): Promise<RatingsReport> {
  const res = await (await t.login(who)).get(`/api/v1/reports/ratings?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const counts = (g: { levels: { code: string; count: number }[] }) =>
  Object.fromEntries(g.levels.map((l) => [l.code, l.count]));

describe('GET /api/v1/reports/ratings', () => {
  it("counts each level per year and group, under the year's own scale", async () => {
    const r = await report('org=TD&fromYear=2016&toYear=2019');
    expect(r.org).toEqual({ code: 'TD', name: 'Đảng bộ huyện Tam Đường' });
    expect(r.years.map((y) => [y.year, y.scale.id])).toEqual([
      [2016, 'UNTIL_2017'],
      [2017, 'UNTIL_2017'],
      [2018, 'QD132'],
      [2019, 'QD132'],
    ]);
    const [, y2017, y2018] = r.years;
    // 2017: the old scale's levels, in rank order, zeros included.
    expect(y2017!.grassroots.levels.map((l) => l.code)).toEqual(['TSVM', 'HTTNV', 'HTNV', 'YEU_KEM']);
    expect(counts(y2017!.grassroots)).toEqual({ TSVM: 1, HTTNV: 1, HTNV: 0, YEU_KEM: 0 });
    expect(counts(y2017!.subordinateCells)).toEqual({ TSVM: 1, HTTNV: 0, HTNV: 1, YEU_KEM: 0 });
    expect(y2017!.members.levels.map((l) => l.code)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'VI_PHAM_TU_CACH']);
    expect(counts(y2017!.members)).toEqual({ HTXSNV: 1, HTTNV: 3, HTNV: 1, VI_PHAM_TU_CACH: 1 });
    expect(y2017!.members.rated).toBe(6);
    expect(y2017!.members.levels[3]!.label).toBe('Vi phạm tư cách hoặc không hoàn thành nhiệm vụ');
    // 2018: Quy định 132's four levels for orgs too.
    expect(y2018!.grassroots.levels.map((l) => l.code)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(counts(y2018!.subordinateCells)).toEqual({ HTXSNV: 0, HTTNV: 1, HTNV: 0, KHTNV: 1 });
    expect(y2018!.members.rated).toBe(10);
  });

  it('holds the shares against the targets: > 90% HTTNV or better, 10–15% excellent', async () => {
    const [, y2017, y2018] = (await report('org=TD&fromYear=2016&toYear=2018')).years;
    expect(y2017!.members.shares.goodOrBetter).toMatchObject({ count: 4, percent: 66.7, met: false });
    expect(y2017!.members.shares.excellent).toMatchObject({
      code: 'HTXSNV',
      count: 1,
      percent: 16.7,
      met: false,
    });
    // Under the old scale an org's best level is TSVM.
    expect(y2017!.grassroots.shares.excellent).toMatchObject({
      code: 'TSVM',
      count: 1,
      percent: 50,
      met: false,
    });
    expect(y2017!.grassroots.shares.goodOrBetter).toMatchObject({ count: 2, percent: 100, met: true });
    // Exactly 10% excellent meets 10–15%.
    expect(y2018!.members.shares.excellent).toMatchObject({ count: 1, percent: 10, met: true });
    expect(y2018!.members.shares.goodOrBetter.target).toEqual({ min: 90, minExclusive: true, max: null });
    expect(y2018!.subordinateCells.shares.goodOrBetter).toMatchObject({ count: 1, percent: 50, met: false });
  });

  it('shows years without ratings as zeros, and counts neither undecided nor quarterly ratings', async () => {
    const r = await report('org=TD&fromYear=2019&toYear=2025');
    for (const y of r.years) {
      expect(y.members.rated + y.grassroots.rated + y.subordinateCells.rated, String(y.year)).toBe(0);
      expect(y.members.levels).toHaveLength(4);
      expect(y.members.shares.goodOrBetter).toMatchObject({ percent: null, met: null });
    }
    expect(r.years.at(-1)!.scale).toEqual({ id: 'QD366', name: 'Quy định 366-QĐ/TW' });
  });

  it('keeps its counts in step when a rating is decided, changed or deleted', async () => {
    const db = t.database.db;
    await db.execute(sql`UPDATE ratings SET level = 'HTTNV' WHERE id = ${undecided[0]!}`);
    expect(counts((await report('org=TD&fromYear=2019&toYear=2019')).years[0]!.members)).toMatchObject({
      HTTNV: 1,
    });
    await db.execute(sql`UPDATE ratings SET level = 'KHTNV' WHERE id = ${undecided[0]!}`);
    expect(counts((await report('org=TD.BB&fromYear=2019&toYear=2019')).years[0]!.members)).toMatchObject({
      HTTNV: 0,
      KHTNV: 1,
    });
    await db.execute(sql`DELETE FROM ratings WHERE id = ${undecided[0]!}`);
    expect((await report('org=LC&fromYear=2019&toYear=2019')).years[0]!.members.rated).toBe(0);
    // The counts agree with a plain scan of the ratings.
    const scan = await one<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM ratings WHERE period_kind = 'YEAR' AND level IS NOT NULL AND subject = 'MEMBER' AND org_path LIKE '/LC/%'`,
    );
    const total = (await report('org=LC&fromYear=2016&toYear=2025')).years.reduce(
      (n, y) => n + y.members.rated,
      0,
    );
    expect(total).toBe(scan!.n);
  });

  it('stays exact under concurrent decisions (PostgreSQL runs them on several connections)', async () => {
    const db = t.database.db;
    const ids = await insertRatings(
      db,
      times(24, { orgCode: 'TD.BB.B', subject: 'MEMBER', year: 2020, level: null }),
    );
    const levels = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
    await Promise.all(
      ids.map((id, i) => db.execute(sql`UPDATE ratings SET level = ${levels[i % 4]!} WHERE id = ${id}`)),
    );
    await Promise.all(
      ids.slice(0, 8).map((id) => db.execute(sql`UPDATE ratings SET level = 'HTTNV' WHERE id = ${id}`)),
    );
    const y = (await report('org=LC&fromYear=2020&toYear=2020')).years[0]!;
    expect(counts(y.members)).toEqual({ HTXSNV: 4, HTTNV: 12, HTNV: 4, KHTNV: 4 });
  });

  it("defaults to the caller's org and to the ten years up to this one", async () => {
    const r = await report('', 'bb.staff');
    expect(r.org.code).toBe('TD.BB');
    expect(r.years.map((y) => y.year)).toEqual(Array.from({ length: 10 }, (_, i) => 2017 + i));
    // TD.BB's own rating is a grassroots org's; TD.TRUONG's member is not under TD.BB.
    expect(counts(r.years[0]!.grassroots)).toMatchObject({ TSVM: 1, HTTNV: 0 });
    expect(r.years[0]!.members.rated).toBe(5);
    expect((await report('', 'admin1')).org.code).toBe('LC');
  });

  it("answers another org's code as unknown (404), and a member not at all (403)", async () => {
    const staff = await t.login('bb.staff');
    for (const org of ['TD.TRUONG', 'KH', 'LC', 'NOPE']) {
      const res = await staff.get(`/api/v1/reports/ratings?org=${org}&fromYear=2017&toYear=2018`);
      expect(res.statusCode, org).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toBe(`Không tìm thấy tổ chức đảng mã ${org}.`);
    }
    expect((await staff.get('/api/v1/reports/ratings/children?org=TD')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/reports/ratings.xlsx?org=KH')).statusCode).toBe(404);
    const dv = await addMember(t.system, { orgCode: 'TD.BB.A' });
    const member = await t.user('dv.td', 'member', null, dv.id);
    const refused = await member.get('/api/v1/reports/ratings?org=TD.BB.A');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('Bạn không có quyền xem báo cáo thống kê.');
    expect((await (await t.login('lc.viewer')).get('/api/v1/reports/ratings?org=KH')).statusCode).toBe(200);
  });

  it('refuses bad years and parameters with a Vietnamese message (400)', async () => {
    const admin = await t.login('admin1');
    const cases: [string, string, RegExp][] = [
      ['fromYear=abc', 'fromYear', /Từ năm/],
      ['fromYear=2018.5', 'fromYear', /số nguyên/],
      ['fromYear=1890', 'fromYear', /từ năm 1930/],
      ['fromYear=2020&toYear=2018', 'fromYear', /phải trước hoặc bằng đến năm/],
      ['fromYear=2000&toYear=2030', 'toYear', /không được sau năm nay/],
      ['fromYear=2026&toYear=2027', 'toYear', /không được sau năm nay \(2026\)/],
      ['fromYear=1996&toYear=2026', 'fromYear', /tối đa 30 năm; từ 1996 đến 2026 là 31 năm/],
      ['org=a%20b', 'org', /Mã tổ chức/],
      ['year=2020', 'year', /không được hỗ trợ/],
    ];
    for (const [q, path, message] of cases) {
      const res = await admin.get(`/api/v1/reports/ratings?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(
        body.errors.map((e: { path: string }) => e.path),
        q,
      ).toContain(path);
      expect(body.detail, q).toMatch(message);
    }
    // 30 years exactly is allowed.
    const thirty = await admin.get('/api/v1/reports/ratings?fromYear=1997&toYear=2026');
    expect(thirty.statusCode).toBe(200);
    expect(thirty.json().years).toHaveLength(30);
  });
});

describe('GET /api/v1/reports/ratings/children', () => {
  it('gives the same table for each org directly under the org', async () => {
    const res = await (await t.login('admin1')).get(
      '/api/v1/reports/ratings/children?org=TD&fromYear=2017&toYear=2018',
    );
    expect(res.statusCode, res.body).toBe(200);
    const r: RatingsReportChildren = res.json();
    expect(r.children.map((c) => c.org)).toEqual([
      { code: 'TD.BB', name: 'Đảng bộ xã Bản Bo' },
      { code: 'TD.TRUONG', name: 'Chi bộ Trường THPT Tam Đường' },
    ]);
    const [bb, truong] = r.children;
    expect(counts(bb!.years[1]!.grassroots)).toMatchObject({ HTXSNV: 1 });
    expect(bb!.years[1]!.members.rated).toBe(10);
    expect(counts(truong!.years[0]!.members)).toMatchObject({ VI_PHAM_TU_CACH: 1 });
    // A cell with no rating in the years still has its rows.
    const cells = await (await t.login('admin1')).get(
      '/api/v1/reports/ratings/children?org=TD.BB&fromYear=2020&toYear=2020',
    );
    expect(cells.json().children.map((c: { org: { code: string } }) => c.org.code)).toEqual([
      'TD.BB.A',
      'TD.BB.B',
    ]);
  });
});

describe('GET /api/v1/reports/ratings.xlsx', () => {
  it('is the footnote-10 table: a row per year, counts per level, shares; names escaped', async () => {
    const res = await (await t.login('admin1')).get(
      '/api/v1/reports/ratings.xlsx?org=LC&fromYear=2017&toYear=2018',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('xep-loai-LC-2017-2018.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('XepLoai')!;
    const header = (sheet.getRow(5).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Năm', 'Quy định', 'Số được xếp loại']);
    // Grassroots columns: both scales' levels, best first.
    expect(header.slice(3, 9)).toEqual([
      'Trong sạch, vững mạnh',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Yếu kém',
      'Không hoàn thành nhiệm vụ',
    ]);
    const y2017 = (sheet.getRow(6).values as unknown[]).slice(1);
    expect(y2017.slice(0, 9)).toEqual(
      [2017, 'Hướng dẫn 27-HD/BTCTW (thang trước năm 2018)', 2, 1, null, 1, 0, 0, null].map(
        (v) => v ?? undefined,
      ),
    );
    const y2018 = (sheet.getRow(7).values as unknown[]).slice(1);
    expect(y2018[0]).toBe(2018);
    const members = header.lastIndexOf('Số được xếp loại');
    expect(y2018[members]).toBe(15);
    const byOrg = book.getWorksheet('TheoDonVi')!;
    expect(byOrg.getColumn(1).values.filter(Boolean)).toEqual(['Mã tổ chức', 'KH', 'KH', 'TD', 'TD']);
    expect(byOrg.getColumn(2).values.filter(Boolean)).toContain('Đảng bộ huyện Khác');
    // A name that starts like a formula stays text.
    const kh = await (await t.login('admin1')).get(
      '/api/v1/reports/ratings.xlsx?org=KH&fromYear=2018&toYear=2018',
    );
    const khBook = new ExcelJS.Workbook();
    await khBook.xlsx.load(kh.rawPayload as unknown as ArrayBuffer);
    expect(khBook.getWorksheet('TheoDonVi')!.getCell('B3').value).toBe("'=Chi bộ xã X");
    expect(khBook.getWorksheet('TheoDonVi')!.getCell('B3').formula).toBeUndefined();
  });
});

describe('OpenAPI', () => {
  it('documents the three endpoints with their query', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    for (const p of [
      '/api/v1/reports/ratings',
      '/api/v1/reports/ratings/children',
      '/api/v1/reports/ratings.xlsx',
    ])
      expect(paths[p]?.get, p).toBeTruthy();
    const names = paths['/api/v1/reports/ratings'].get.parameters.map((x: { name: string }) => x.name);
    expect(names).toEqual(expect.arrayContaining(['org', 'fromYear', 'toYear']));
  });
});

describe('the whole installation', () => {
  it('is what an admin gets by default once there are several roots; others keep their org', async () => {
    await establishOrg(t.system, {
      code: 'HB',
      name: 'Đảng bộ tỉnh Hòa Bình',
      kind: 'DANG_BO_TINH',
      sector: 'KHAC',
      parentCode: null,
      effectiveDate: '2010-01-01',
      decisionNumber: '03-QĐ/TW',
      decisionDate: '2010-01-01',
      issuingBody: 'Trung ương',
    });
    await establishOrg(t.system, {
      code: 'HB.X',
      name: 'Chi bộ xã Hòa',
      kind: 'CHI_BO_CO_SO',
      sector: 'XA',
      parentCode: 'HB',
      effectiveDate: '2010-01-01',
      decisionNumber: '04-QĐ/TU',
      decisionDate: '2010-01-01',
      issuingBody: 'Tỉnh ủy',
    });
    await insertRatings(
      t.database.db,
      times(3, { orgCode: 'HB.X', subject: 'MEMBER', year: 2018, level: 'HTNV' }),
    );
    const all = await report('fromYear=2018&toYear=2018');
    expect(all.org).toEqual({ code: null, name: 'Toàn hệ thống' });
    const lc = await report('org=LC&fromYear=2018&toYear=2018');
    expect(all.years[0]!.members.rated).toBe(lc.years[0]!.members.rated + 3);
    const roots = await (await t.login('admin1')).get(
      '/api/v1/reports/ratings/children?fromYear=2018&toYear=2018',
    );
    expect(roots.json().children.map((c: { org: { code: string } }) => c.org.code)).toEqual(['HB', 'LC']);
    expect((await report('fromYear=2018&toYear=2018', 'lc.viewer')).org.code).toBe('LC');
  });
});

describe('after a reorganization', () => {
  it("keeps a moved org's earlier years in its own report and in its old parent's, not its new one's", async () => {
    const d = { decisionNumber: '03-QĐ/TU', decisionDate: '2015-01-01', issuingBody: 'Tỉnh ủy' };
    await establishOrg(t.system, {
      code: 'KH.Y',
      name: 'Chi bộ xã Y',
      kind: 'CHI_BO_CO_SO',
      sector: 'XA',
      parentCode: 'KH',
      effectiveDate: '2015-01-01',
      ...d,
    });
    await insertRatings(
      t.database.db,
      times(3, { orgCode: 'KH.Y', subject: 'MEMBER', year: 2021, level: 'HTTNV' }),
    );
    await recordOrgEvent(t.system, 'KH.Y', {
      type: 'MOVE',
      parentCode: 'TD',
      effectiveDate: '2025-07-01',
      ...d,
    });
    const members2021 = (r: RatingsReport) => counts(r.years.find((y) => y.year === 2021)!.members).HTTNV;
    expect(members2021(await report('org=KH.Y&fromYear=2020&toYear=2022'))).toBe(3);
    expect(members2021(await report('org=KH&fromYear=2020&toYear=2022'))).toBe(3);
    expect(members2021(await report('org=TD&fromYear=2020&toYear=2022'))).toBe(0);
  });
});
