import type { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { one, rows } from '../../platform/db/query.ts';
import { freshDatabase } from '../../testing/database.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import ExcelJS from '../exports/excel.ts';
import { exportInstallation } from '../exports/service.ts';
import { recordMembershipEvent } from '../lifecycle/service.ts';
import { importFiles } from './service.ts';
import { collect, MEMBER_HEADER, orgStaffOf, templateBytes, xlsx } from './testing.ts';

const TODAY = '2026-11-23';
const RATING_HEADER = ['Năm', 'Kỳ', 'Đối tượng', 'Mã đảng viên', 'Mã tổ chức', 'Xếp loại', 'Điểm', 'Ghi chú'];
type Row = (string | number | null)[];

let db: Awaited<ReturnType<typeof freshDatabase>>;
let ctx: Ctx;
let existingId: string;
let exemptId: string;
beforeAll(async () => {
  db = await freshDatabase();
  ctx = { db: db.db, actor: systemActor('test'), today: TODAY };
  await smallTree(ctx);
  existingId = (await addMember(ctx, { orgCode: 'TD.BB.B', fullName: 'Lò Thị Mai' })).id;
  exemptId = (await addMember(ctx, { orgCode: 'TD.BB.B', fullName: 'Vàng Văn Sáu' })).id;
  await recordMembershipEvent(ctx, exemptId, { type: 'EXEMPTION_START', effectiveDate: '2018-03-01' });
});
afterAll(() => db.drop());

const ratingCount = async (target = db.db) =>
  (await one<{ n: number }>(target, sql`SELECT count(*)::int AS n FROM ratings`))!.n;
const run = (bytes: Uint8Array, opts: { dryRun?: boolean; name?: string; as?: Ctx } = {}) =>
  importFiles(opts.as ?? ctx, [{ name: opts.name ?? 'xeploai.xlsx', bytes }], {
    dryRun: opts.dryRun ?? false,
  });
const errors = (r: Awaited<ReturnType<typeof run>>) => r.problems.filter((p) => p.severity === 'error');

/** Two members new in the file (DV1 admitted 2014, DV2 in 2020) and their ratings. */
const MEMBERS: Row[] = [
  MEMBER_HEADER,
  [
    'DV1',
    '30000001',
    '300001LC',
    'Lò Văn Ba',
    'Nam',
    '02/03/1980',
    'Thái',
    'THPT',
    null,
    '10/06/2014',
    '10/06/2015',
    'TD.BB.A',
  ],
  [
    'DV2',
    '30000002',
    '300002LC',
    'Tòng Thị Hoa',
    'Nữ',
    '05/01/1992',
    'Thái',
    'THPT',
    null,
    '20/05/2020',
    '20/05/2021',
    'TD.BB.A',
  ],
];
const GOOD: Row[] = [
  RATING_HEADER,
  [2016, 'NAM', 'DV', 'DV1', 'TD.BB.A', 'Đủ tư cách, hoàn thành tốt nhiệm vụ', null, null],
  [2019, 'Năm', 'Đảng viên', 'DV1', null, 'htt', null, 'Chi bộ đề nghị'],
  [2025, 'NAM', 'DV', 'DV1', 'TD.BB.A', 'HTXSNV', 92.5, null],
  [2025, 'Quý 3', 'DV', 'DV1', null, 'Hoàn thành tốt nhiệm vụ', '81,5', null],
  [2021, 'NAM', 'DV', 'DV2', 'TD.BB.A', 'HTNV', null, null],
  [2019, 'NAM', 'DV', 'EXISTING', null, 'HTTNV', null, null],
  [2016, 'NAM', 'TC', null, 'TD.BB', 'Trong sạch vững mạnh', null, null],
  [2019, 'NAM', 'Tổ chức', null, 'TD.BB.A', 'Hoàn thành tốt nhiệm vụ', null, null],
  [2019, 'NAM', 'TC', null, 'TD.TRUONG', 'HTTNV', null, null],
];
const goodFile = () =>
  xlsx({ DangVien: MEMBERS, XepLoai: GOOD.map((r) => r.map((v) => (v === 'EXISTING' ? existingId : v))) });

/** A file with the good members and one bad rating row: it must be refused whole. */
const withRow = (row: Row) => xlsx({ DangVien: MEMBERS, XepLoai: [RATING_HEADER, GOOD[1]!, row] });

describe('the XepLoai sheet', () => {
  it('is in the template with its headers, instructions and drop-downs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateBytes()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('XepLoai')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(RATING_HEADER);
    const levels = wb.getWorksheet('DM_XepLoai')!;
    const codes = levels.getColumn(1).values.slice(2);
    expect(codes).toEqual(['TSVM', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'YEU_KEM', 'VI_PHAM_TU_CACH']);
    expect(wb.getWorksheet('DM_KyXepLoai')!.getColumn(1).values.slice(2)).toEqual([
      'NAM',
      'Q1',
      'Q2',
      'Q3',
      'Q4',
    ]);
    const guide = wb.getWorksheet('HuongDan')!.getColumn(1).values.join('\n');
    expect(guide).toContain('Trang XepLoai');
    expect(guide).toContain('Quy định 366-QĐ/TW');
    for (const [cell, list] of [
      ['B2', 'DM_KyXepLoai'],
      ['C2', 'DM_DoiTuong'],
      ['F2', 'DM_XepLoai'],
    ])
      expect(ws.getCell(cell!).dataValidation.formulae?.[0]).toContain(list);
  }, 90_000);

  it('dry run checks everything, counts the sheet and writes nothing', async () => {
    const before = await ratingCount();
    const r = await run(await goodFile(), { dryRun: true });
    expect(errors(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.sheets.find((s) => s.sheet === 'XepLoai')).toMatchObject({ rows: 9, created: 9, errors: 0 });
    expect(await ratingCount()).toBe(before);
  });

  it('writes each rating under the rule set of its period, decided and locked', async () => {
    const r = await run(await goodFile());
    expect(errors(r)).toEqual([]);
    expect(r.written).toBe(true);
    const got = await rows<Record<string, unknown>>(
      db.db,
      sql`SELECT r.subject, r.period_key AS "key", r.rule_set AS "ruleSet", r.level, r.score::float8 AS score, o.code AS org,
            r.org_group AS "group", r.source, r.locked, r.quarter, r.note
          FROM ratings r JOIN orgs o ON o.id = r.org_id ORDER BY r.subject, o.code, r.period_key`,
    );
    expect(got.map((g) => [g.subject, g.org, g.key, g.ruleSet, g.level, g.score, g.group])).toEqual([
      ['MEMBER', 'TD.BB.A', 'Q2025-3', 'QD366', 'HTTNV', 81.5, null],
      ['MEMBER', 'TD.BB.A', 'Y2016', 'UNTIL_2017', 'HTTNV', null, null],
      ['MEMBER', 'TD.BB.A', 'Y2019', 'QD132', 'HTTNV', null, null],
      ['MEMBER', 'TD.BB.A', 'Y2021', 'QD132', 'HTNV', null, null],
      ['MEMBER', 'TD.BB.A', 'Y2025', 'QD366', 'HTXSNV', 92.5, null],
      ['MEMBER', 'TD.BB.B', 'Y2019', 'QD132', 'HTTNV', null, null],
      ['ORG', 'TD.BB', 'Y2016', 'UNTIL_2017', 'TSVM', null, 'GRASSROOTS'],
      ['ORG', 'TD.BB.A', 'Y2019', 'QD132', 'HTTNV', null, 'CELL'],
      ['ORG', 'TD.TRUONG', 'Y2019', 'QD132', 'HTTNV', null, 'GRASSROOTS'],
    ]);
    expect(got.every((g) => g.source === 'IMPORT' && g.locked === true)).toBe(true);
    expect(got.find((g) => g.key === 'Y2019' && g.org === 'TD.BB.A' && g.subject === 'MEMBER')?.note).toBe(
      'Chi bộ đề nghị',
    );
  });

  it('imports the same file again without changing anything', async () => {
    const before = await ratingCount();
    const r = await run(await goodFile());
    expect(errors(r)).toEqual([]);
    expect(r.sheets.find((s) => s.sheet === 'XepLoai')).toMatchObject({ created: 0, unchanged: 9 });
    expect(await ratingCount()).toBe(before);
  });

  it('takes a XepLoai CSV file alone, for members already in the installation', async () => {
    const csv = `${RATING_HEADER.join(',')}\n2020,NAM,DV,${existingId},,Hoàn thành tốt nhiệm vụ,,\n`;
    const r = await importFiles(ctx, [{ name: 'XepLoai_2020.csv', bytes: new TextEncoder().encode(csv) }], {
      dryRun: false,
    });
    expect(errors(r)).toEqual([]);
    expect(r.sheets).toMatchObject([{ sheet: 'XepLoai_2020.csv', rows: 1, created: 1 }]);
  });

  it('records what the regulations would have judged as warnings, not refusals', async () => {
    const before = await ratingCount();
    const r = await run(
      await xlsx({
        XepLoai: [
          RATING_HEADER,
          // Alone in TD.BB: one HTXSNV against no HTTNV is over the 20% quota.
          [2022, 'NAM', 'DV', existingId, 'TD.BB.A', 'HTXSNV', null, null],
          // Exempt from 2018: exempt members are not rated.
          [2019, 'NAM', 'DV', exemptId, null, 'HTNV', null, null],
        ],
      }),
    );
    expect(errors(r)).toEqual([]);
    const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
    expect(warnings.some((m) => m.includes('20%'))).toBe(true);
    expect(warnings.some((m) => m.includes('TD.BB.B, không phải TD.BB.A'))).toBe(true);
    expect(warnings.some((m) => /miễn/i.test(m))).toBe(true);
    expect(warnings.every((m) => m.endsWith('ghi nhận như lịch sử.') || m.includes('không phải'))).toBe(true);
    expect(await ratingCount()).toBe(before + 2);
  });
});

describe('bad XepLoai rows: a clear message, and nothing of the batch written', () => {
  const cases: [string, Row, string, RegExp][] = [
    [
      'a level not in the scale of the period',
      [2019, 'NAM', 'TC', null, 'TD.BB', 'TSVM', null, null],
      'Xếp loại',
      /Quy định 132-QĐ\/TW/,
    ],
    [
      'an old member level after 2017',
      [2019, 'NAM', 'DV', 'DV1', null, 'Vi phạm tư cách', null, null],
      'Xếp loại',
      /không có trong thang/,
    ],
    [
      'a level no scale has',
      [2019, 'NAM', 'DV', 'DV1', null, 'Giỏi', null, null],
      'Xếp loại',
      /không có trong danh mục mức xếp loại/,
    ],
    [
      'a score where the rule set does not score',
      [2021, 'NAM', 'DV', 'DV2', null, 'HTTNV', 80, null],
      'Điểm',
      /không chấm theo thang điểm/,
    ],
    [
      'a score out of the 100-point range',
      [2025, 'NAM', 'DV', 'DV2', null, 'HTTNV', 105, null],
      'Điểm',
      /0–100/,
    ],
    ['a level above its score band', [2025, 'NAM', 'DV', 'DV2', null, 'HTXSNV', 75, null], 'Điểm', /./],
    [
      'a quarter before Quy định 366',
      [2024, 'Q2', 'DV', 'DV1', null, 'HTTNV', null, null],
      'Kỳ',
      /không có kỳ đánh giá hằng quý/,
    ],
    ['an unknown period', [2024, 'Q5', 'DV', 'DV1', null, 'HTTNV', null, null], 'Kỳ', /danh mục kỳ xếp loại/],
    ['a period not begun', [2027, 'NAM', 'DV', 'DV1', null, 'HTTNV', null, null], 'Năm', /chưa bắt đầu/],
    [
      'a member not a member then',
      [2018, 'NAM', 'DV', 'DV2', null, 'HTTNV', null, null],
      'Mã đảng viên',
      /không sinh hoạt đảng/,
    ],
    [
      'an unknown member',
      [2019, 'NAM', 'DV', 'DV9', null, 'HTTNV', null, null],
      'Mã đảng viên',
      /Không có đảng viên mã DV9/,
    ],
    [
      'a member row without its key',
      [2019, 'NAM', 'DV', null, null, 'HTTNV', null, null],
      'Mã đảng viên',
      /thiếu mã đảng viên/,
    ],
    [
      'an org row with a member key',
      [2019, 'NAM', 'TC', 'DV1', 'TD.BB', 'HTTNV', null, null],
      'Mã đảng viên',
      /không ghi mã đảng viên/,
    ],
    [
      'an upper-level org',
      [2019, 'NAM', 'TC', null, 'TD', 'HTTNV', null, null],
      'Mã tổ chức',
      /chỉ xếp loại tổ chức cơ sở đảng/,
    ],
    [
      'an org before it was founded',
      [2009, 'NAM', 'TC', null, 'TD.BB', 'TSVM', null, null],
      'Mã tổ chức',
      /chưa thành lập/,
    ],
    [
      'an unknown org',
      [2019, 'NAM', 'TC', null, 'TD.XX', 'HTTNV', null, null],
      'Mã tổ chức',
      /Không có tổ chức đảng mã TD.XX/,
    ],
    [
      'a duplicate of a row above',
      [2016, 'Năm', 'Đảng viên', 'DV1', null, 'HTNV', null, null],
      'Mã đảng viên',
      /Trùng xếp loại năm 2016 với dòng 2/,
    ],
  ];
  for (const [what, row, column, message] of cases)
    it(what, async () => {
      const before = { ratings: await ratingCount(), members: await count('members') };
      const r = await run(await withRow(row));
      const found = errors(r);
      expect(found.length, JSON.stringify(r.problems)).toBeGreaterThan(0);
      expect(found[0]).toMatchObject({ sheet: 'XepLoai', row: 3, column });
      expect(found[0]!.message).toMatch(message);
      expect(r.written).toBe(false);
      expect({ ratings: await ratingCount(), members: await count('members') }).toEqual(before);
    });

  it("a rating outside the importer's scope", async () => {
    const staff = await orgStaffOf(db.db, TODAY, 'TD.BB');
    const before = await ratingCount();
    const r = await run(
      await xlsx({ XepLoai: [RATING_HEADER, [2018, 'NAM', 'TC', null, 'TD.TRUONG', 'HTTNV', null, null]] }),
      {
        as: staff,
      },
    );
    expect(errors(r)).toMatchObject([{ sheet: 'XepLoai', row: 2, column: 'Mã tổ chức' }]);
    expect(errors(r)[0]!.message).toMatch(/không thuộc phạm vi/);
    expect(await ratingCount()).toBe(before);
  });

  it("follows the installation's settings for a transition year", async () => {
    const row = [2025, 'NAM', 'DV', existingId, null, 'HTTNV', 80, null];
    await db.db.execute(
      sql`INSERT INTO rating_settings (key, "values") VALUES ('default', ${JSON.stringify({ annualRuleSet: { 2025: 'QD124' } })}::jsonb)`,
    );
    try {
      const r = await run(await xlsx({ XepLoai: [RATING_HEADER, row] }), { dryRun: true });
      expect(errors(r)[0]!.message).toMatch(/^Quy định 124-QĐ\/TW \(năm 2025\) không chấm theo thang điểm/);
    } finally {
      await db.db.execute(sql`DELETE FROM rating_settings WHERE key = 'default'`);
    }
    const r = await run(await xlsx({ XepLoai: [RATING_HEADER, row] }), { dryRun: true });
    expect(errors(r)).toEqual([]);
  });

  it('a rating already recorded differently', async () => {
    const before = await ratingCount();
    const r = await run(
      await xlsx({ XepLoai: [RATING_HEADER, [2020, 'NAM', 'DV', existingId, null, 'HTNV', null, null]] }),
    );
    expect(errors(r)).toMatchObject([{ sheet: 'XepLoai', row: 2, column: 'Xếp loại' }]);
    expect(errors(r)[0]!.message).toMatch(/^Đã có xếp loại năm 2020 .*Hoàn thành tốt nhiệm vụ/);
    expect(await ratingCount()).toBe(before);
  });
});

const count = async (table: string) =>
  (await one<{ n: number }>(db.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

describe('round trip', () => {
  it('the installation export carries the ratings and imports back to the same history', async () => {
    const bytes = await collect((out: PassThrough) => exportInstallation(ctx, out));
    const target = await freshDatabase();
    try {
      const targetCtx: Ctx = { db: target.db, actor: systemActor('test'), today: TODAY };
      const r = await importFiles(targetCtx, [{ name: 'export.xlsx', bytes }], { dryRun: false });
      expect(errors(r)).toEqual([]);
      const history = (d: typeof db.db) =>
        rows<Record<string, unknown>>(
          d,
          sql`SELECT r.subject, COALESCE(m.card_number, o.code) AS who, r.period_key, r.rule_set, r.level, r.score::float8 AS score,
                r.org_group, o.code AS org, r.note
              FROM ratings r JOIN orgs o ON o.id = r.org_id LEFT JOIN members m ON m.id = r.member_id
              ORDER BY 1, 2, 3`,
        );
      const source = await history(db.db);
      expect(source.length).toBeGreaterThan(10);
      expect(await history(target.db)).toEqual(source);
    } finally {
      await target.drop();
    }
  });
});
