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
import { addUser } from '../users/service.ts';
import { importFiles } from './service.ts';
import {
  collect,
  EVENT_HEADER,
  MEMBER_HEADER,
  namedSheetZip,
  ORG_HEADER,
  orgStaffOf,
  templateBytes,
  xlsx,
  zipOf,
} from './testing.ts';

const TODAY = '2026-11-23';
let db: Awaited<ReturnType<typeof freshDatabase>>;
let ctx: Ctx;
beforeAll(async () => {
  db = await freshDatabase();
  ctx = { db: db.db, actor: systemActor('test'), today: TODAY };
  await smallTree(ctx);
});
afterAll(() => db.drop());

const count = async (table: string) =>
  (await one<{ n: number }>(db.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;
const totals = async () => ({
  orgs: await count('orgs'),
  members: await count('members'),
  events: await count('membership_events'),
  periods: await count('membership_periods'),
  audit: await count('audit_log'),
});
const run = (bytes: Uint8Array, opts: { dryRun?: boolean; as?: Ctx; name?: string } = {}) =>
  importFiles(opts.as ?? ctx, [{ name: opts.name ?? 'tep.xlsx', bytes }], { dryRun: opts.dryRun ?? false });

/** A small district file: a new commune with two cells, two members with ten years of history. */
function districtFile(extra: { members?: unknown[][]; events?: unknown[][] } = {}) {
  return xlsx({
    ToChuc: [
      ['SỔ TỔ CHỨC ĐẢNG (tiêu đề gộp ô)'],
      ORG_HEADER,
      ['TD.SH', 'Đảng bộ xã Sơn Hà', 'Đảng bộ cơ sở', 'Xã', 'TD', '01/01/2012', null],
      ['TD.SH.A', 'Chi bộ bản A', 'Chi bộ trực thuộc', 'Thôn, bản', 'TD.SH', '01/01/2012', null],
      ['TD.SH.B', 'Chi bộ bản B', 'CHI_BO_TRUC_THUOC', 'THON_BAN', 'TD.SH', '01/01/2012', null],
    ],
    DangVien: [
      MEMBER_HEADER,
      [
        'DV1',
        '20000001',
        '000001LC',
        'Lò Văn Ba',
        'Nam',
        '02/03/1980',
        'Thái',
        'THPT',
        '01/06/2015',
        '10/06/2015',
        '10/06/2016',
        'TD.SH.B',
      ],
      [
        'DV2',
        null,
        null,
        'Tòng Thị Hoa',
        'nữ',
        new Date(Date.UTC(1990, 0, 5)),
        '03',
        'cấp 2',
        null,
        '20/05/2014',
        null,
        'TD.SH.A',
      ],
      [],
      ...((extra.members ?? []) as (string | null)[][]),
    ],
    BienDong: [
      EVENT_HEADER,
      ['DV1', 'Chuyển sinh hoạt nội bộ', '01/02/2018', 'TD.SH.A', 'TD.SH.B', '12-QĐ/ĐU', null],
      ['DV1', 'KET_NAP', '01/06/2015', null, 'TD.SH.A', '05-QĐ/HU', null],
      ['DV2', 'CHUYEN_DEN', '20/05/2016', null, 'TD.SH.A', null, 'Đảng bộ tỉnh Sơn La'],
      ['DV2', 'MIEN_SINH_HOAT', '01/01/2020', null, null, null, null],
      ...((extra.events ?? []) as (string | null)[][]),
    ],
  });
}

describe('a district workbook', () => {
  it('dry run reports counts per sheet and writes nothing', async () => {
    const before = await totals();
    const r = await run(await districtFile(), { dryRun: true });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.written).toBe(false);
    expect(r.sheets.map((s) => [s.sheet, s.rows, s.created])).toEqual([
      ['ToChuc', 3, 3],
      ['DangVien', 2, 2],
      ['BienDong', 4, 5],
    ]);
    expect(await totals()).toEqual(before);
  });

  it('imports the whole history in one go, exactly as the app records it', async () => {
    const r = await run(await districtFile());
    expect(r.written).toBe(true);
    const periods = await rows<{
      key: string;
      org: string;
      status: string;
      from: string;
      to: string | null;
      exemption: string | null;
      start: string;
    }>(
      db.db,
      sql`SELECT k.key, o.code AS org, p.status, p.valid_from AS "from", p.valid_to AS "to", p.exemption, p.start_cause AS start
          FROM membership_periods p JOIN import_member_keys k ON k.member_id = p.member_id JOIN orgs o ON o.id = p.org_id
          ORDER BY k.key, p.valid_from`,
    );
    expect(periods).toEqual([
      {
        key: 'DV1',
        org: 'TD.SH.A',
        status: 'PROBATIONARY',
        from: '2015-06-01',
        to: '2016-06-10',
        exemption: null,
        start: 'ADMISSION',
      },
      {
        key: 'DV1',
        org: 'TD.SH.A',
        status: 'OFFICIAL',
        from: '2016-06-10',
        to: '2018-02-01',
        exemption: null,
        start: 'RECOGNITION',
      },
      {
        key: 'DV1',
        org: 'TD.SH.B',
        status: 'OFFICIAL',
        from: '2018-02-01',
        to: null,
        exemption: null,
        start: 'INTERNAL_MOVE',
      },
      {
        key: 'DV2',
        org: 'TD.SH.A',
        status: 'PROBATIONARY',
        from: '2016-05-20',
        to: '2020-01-01',
        exemption: null,
        start: 'ARRIVAL',
      },
      {
        key: 'DV2',
        org: 'TD.SH.A',
        status: 'PROBATIONARY',
        from: '2020-01-01',
        to: null,
        exemption: 'EXEMPT',
        start: 'EXEMPTION_START',
      },
    ]);
    const admission = await one<{ decisionNumber: string }>(
      db.db,
      sql`SELECT decision_number AS "decisionNumber" FROM membership_events WHERE type = 'ADMISSION' AND decision_number IS NOT NULL`,
    );
    expect(admission?.decisionNumber).toBe('05-QĐ/HU');
    const audit = await one<{ after: { sheets: unknown[] } }>(
      db.db,
      sql`SELECT after FROM audit_log WHERE action = 'import.batch'`,
    );
    expect(audit?.after.sheets).toHaveLength(3);
  });

  it('importing the same file twice changes nothing', async () => {
    const before = await totals();
    const r = await run(await districtFile());
    expect(r.ok).toBe(true);
    expect(r.written).toBe(false);
    expect(r.events).toEqual({ added: 0, existing: 5 });
    expect(await totals()).toEqual(before);
  });

  it('a later file updates members matched by card number and adds only the new events', async () => {
    const file = await xlsx({
      DangVien: [
        MEMBER_HEADER.concat(['Điện thoại']),
        [
          'KHAC-1',
          '20000001',
          null,
          'Lò Văn Ba',
          'Nam',
          '02/03/1980',
          'Thái',
          'THPT',
          '01/06/2015',
          '10/06/2015',
          '10/06/2016',
          'TD.SH.B',
          '0912345678',
        ],
      ],
      BienDong: [EVENT_HEADER, ['KHAC-1', 'Từ trần', '03/03/2024', null, null, null, null]],
    });
    const r = await run(file);
    expect(r.problems).toEqual([]);
    expect(r.written).toBe(true);
    expect(r.events.added).toBe(1);
    const m = await one<{ phone: string; status: string | null }>(
      db.db,
      sql`SELECT phone, status FROM members WHERE card_number = '20000001'`,
    );
    expect(m).toEqual({ phone: '0912345678', status: null });
  });
});

describe('validation rules (nothing written, every problem located)', () => {
  const expectRefused = async (
    bytes: Uint8Array,
    sheet: string,
    row: number | null,
    column: string | null,
    message: RegExp,
    name?: string,
  ) => {
    const before = await totals();
    const r = await run(bytes, { name });
    expect(r.ok).toBe(false);
    expect(r.written).toBe(false);
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        sheet,
        row,
        column,
        message: expect.stringMatching(message),
      }),
    );
    expect(await totals()).toEqual(before);
    return r;
  };
  const one = (m: unknown[], e: unknown[][] = []) =>
    xlsx({ DangVien: [MEMBER_HEADER, m as string[]], BienDong: [EVENT_HEADER, ...(e as string[][])] });
  const good = [
    'N1',
    null,
    null,
    'Hà Văn Cường',
    'Nam',
    '01/01/1980',
    'Kinh',
    null,
    null,
    '01/01/2012',
    '01/01/2013',
    'TD.BB.A',
  ];

  it('a renamed PDF', async () => {
    await expectRefused(new TextEncoder().encode('%PDF-1.7 ...'), 'x.xlsx', null, null, /PDF/, 'x.xlsx');
  });
  it('a corrupt zip', async () => {
    const bytes = await one(good);
    await expectRefused(bytes.slice(0, bytes.length - 200), 'x.xlsx', null, null, /hỏng/, 'x.xlsx');
  });
  it('a zip bomb (an entry unpacking to far more than its size)', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const data = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
    await expectRefused(
      zipOf([{ name: 'xl/worksheets/sheet1.xml', data, size: 50 * 1024 * 1024 }]),
      'x.xlsx',
      null,
      null,
      /bom nén/,
      'x.xlsx',
    );
  });
  it('a zip bomb that declares a small size and unpacks far beyond it', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const bytes = namedSheetZip(deflateRawSync(Buffer.alloc(50 * 1024 * 1024)), 1000);
    await expectRefused(bytes, 'x.xlsx', null, null, /Không đọc được nội dung/, 'x.xlsx');
  });
  it('a file over the size limit', async () => {
    await expectRefused(
      new Uint8Array(51 * 1024 * 1024).fill(0x41),
      'big.csv',
      null,
      null,
      /lớn hơn 50 MB/,
      'big.csv',
    );
  });
  it('a missing required column', async () => {
    const bytes = await xlsx({ DangVien: [MEMBER_HEADER.filter((h) => h !== 'Ngày sinh'), ['X']] });
    await expectRefused(bytes, 'DangVien', null, 'Ngày sinh', /Thiếu cột bắt buộc/);
  });
  it('no template sheet at all', async () => {
    await expectRefused(await xlsx({ Sheet1: [['a']] }), 'Tệp', null, null, /Không tìm thấy trang/);
  });
  it('a date that is not a date, a code not in the list', async () => {
    const bad = [...good];
    bad[5] = '31/02/1970';
    bad[6] = 'Sao Hỏa';
    const r = await expectRefused(await one(bad), 'DangVien', 2, 'Ngày sinh', /dd\/mm\/yyyy/);
    expect(r.problems).toContainEqual(expect.objectContaining({ column: 'Dân tộc', value: 'Sao Hỏa' }));
  });
  it('duplicate keys', async () => {
    const bytes = await xlsx({ DangVien: [MEMBER_HEADER, good as string[], good as string[]] });
    await expectRefused(bytes, 'DangVien', 3, 'Mã đảng viên', /trùng với dòng 2/);
  });
  it('an event for a member not in DangVien', async () => {
    await expectRefused(
      await one(good, [['N9', 'TU_TRAN', '01/01/2020']]),
      'BienDong',
      2,
      'Mã đảng viên',
      /Không có đảng viên mã N9/,
    );
  });
  it('an unknown org code', async () => {
    const bad = [...good];
    bad[11] = 'KHONG.CO';
    await expectRefused(await one(bad), 'DangVien', 2, 'Mã chi bộ', /Không có tổ chức đảng mã KHONG\.CO/);
  });
  it('an event that breaks the lifecycle rules (expelling a probationary member)', async () => {
    const probationary = [...good];
    probationary[10] = null;
    await expectRefused(
      await one(probationary, [['N1', 'KHAI_TRU', '01/06/2012']]),
      'BienDong',
      2,
      'Loại biến động',
      /dự bị không bị kỷ luật khai trừ/,
    );
  });
  it('recognition before twelve months of probation', async () => {
    const early = [...good];
    early[10] = '01/06/2012';
    await expectRefused(await one(early), 'DangVien', 2, null, /chưa đủ 12 tháng/);
  });
  it('an event in a cell not yet established on its date', async () => {
    const early = [...good];
    early[9] = '01/01/2005';
    early[10] = null;
    await expectRefused(await one(early), 'DangVien', 2, 'Mã chi bộ', /chưa thành lập/);
  });
  it('old standards are warnings, not refusals: admitted at 17 with primary schooling', async () => {
    const young = [
      'N17',
      null,
      null,
      'Quàng Văn Tư',
      'Nam',
      '01/01/1995',
      'Thái',
      'Tiểu học',
      '01/01/2012',
      '01/01/2012',
      null,
      'TD.BB.A',
    ];
    const r = await run(await one(young), { dryRun: true });
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
  });
});

describe('messy files', () => {
  it('TCVN3 and VNI text, NFD, stray spaces and a header split by merged cells are read right, and said so', async () => {
    const nfd = 'Nguyễn Thị Lan'.normalize('NFD');
    const bytes = await xlsx({
      DangVien: [
        ['DANH SÁCH ĐẢNG VIÊN'],
        ['Mã đảng viên', 'Họ  và  tên', 'GIOI TINH', 'Ngày sinh', 'Dân tộc', 'Ngày vào Đảng', 'Mã chi bộ'],
        ['M1', 'NguyÔn V¨n Hïng', 'Nam', '01/01/1970', 'Kinh', 41275, 'TD.BB.A'],
        ['M2', 'Nguyeãn Vaên Huøng', 'Nam', '01/01/1971', 'Kinh', '01/01/2014', 'TD.BB.A'],
        ['M3', `  ${nfd}  `, 'Nữ', '01/01/1972', 'Kinh', '01/01/2015', 'TD.BB.A'],
      ],
    });
    const r = await run(bytes, { dryRun: true });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.conversions.map((c) => [c.encoding, c.example.to])).toEqual([
      ['TCVN3', 'Nguyễn Văn Hùng'],
      ['VNI', 'Nguyễn Văn Hùng'],
    ]);
  });

  it('CSV files named after the sheets are one batch', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const r = await importFiles(
      ctx,
      [
        {
          name: 'DangVien_2024.csv',
          bytes: enc(
            '\uFEFFMã đảng viên,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng,Mã chi bộ\nC1,"Vi Văn Sáu, con",Nam,01/01/1975,Tày,01/01/2015,TD.BB.A\n',
          ),
        },
        {
          name: 'BienDong_2024.csv',
          bytes: enc('Mã đảng viên,Loại biến động,Ngày\nC1,Tạm miễn,01/01/2016\n'),
        },
      ],
      { dryRun: true },
    );
    expect(r.problems).toEqual([]);
    expect(r.events.added).toBe(2);
  });
});

describe('access', () => {
  it('viewers cannot import; an org_staff cannot place members outside their subtree', async () => {
    await addUser(ctx, { username: 'xem', password: 'mat-khau-thu-nghiem', role: 'viewer', orgCode: 'TD' });
    const viewer: Ctx = { db: db.db, today: TODAY, actor: { ...systemActor('xem'), role: 'viewer' } };
    await expect(run(await templateBytes(), { as: viewer })).rejects.toMatchObject({ status: 403 });
    const staff = await orgStaffOf(db.db, TODAY, 'TD.BB');
    const r = await run(
      await xlsx({
        DangVien: [
          MEMBER_HEADER,
          ['S1', null, null, 'A B', 'Nam', '01/01/1970', 'Kinh', null, null, '01/01/2012', null, 'TD.TRUONG'],
        ],
      }),
      { as: staff, dryRun: true },
    );
    expect(r.problems).toContainEqual(
      expect.objectContaining({ column: 'Mã chi bộ', message: expect.stringMatching(/không thuộc phạm vi/) }),
    );
    const orgs = await run(
      await xlsx({
        ToChuc: [
          ORG_HEADER,
          ['TD.TRUONG', 'Chi bộ Trường THPT Tam Đường', 'CHI_BO_CO_SO', 'TRUONG_HOC', 'TD', '01/01/2010'],
        ],
      }),
      { as: staff, dryRun: true },
    );
    expect(orgs.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/ngoài phạm vi/) }),
    );
  });
});

describe('the template', () => {
  it('has the instructions, the three sheets with their headers, code lists and drop-downs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateBytes()) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['HuongDan', 'ToChuc', 'DangVien', 'BienDong']);
    expect(names).toContain('DM_DanToc');
    expect((wb.getWorksheet('BienDong')!.getRow(1).values as string[]).slice(1)).toEqual([
      'Mã đảng viên',
      'Loại biến động',
      'Ngày',
      'Mã tổ chức đi',
      'Mã tổ chức đến',
      'Số quyết định',
      'Ngày quyết định',
      'Cơ quan quyết định',
      'Ghi chú',
    ]);
    const v = wb.getWorksheet('DangVien')!.getCell('F2').dataValidation;
    expect(v).toMatchObject({ type: 'list' });
    // The empty template imports as an empty batch.
    expect((await run(await templateBytes(), { dryRun: true })).ok).toBe(true);
  });
});

describe('round trip', () => {
  it('an exported installation imports into an empty one to the same data', async () => {
    const m = await addMember(ctx, {
      fullName: '=HYPERLINK("x")',
      phone: '+84 912 345 678',
      officialDate: null,
      admissionDecisionDate: '2019-01-02',
      ceremonyDate: '2019-01-10',
      cardNumber: null,
      dossierNumber: null,
    });
    await recordMembershipEvent(ctx, m.id, { type: 'RECOGNITION', effectiveDate: '2020-01-10' } as never);
    await recordMembershipEvent(ctx, m.id, {
      type: 'INTERNAL_MOVE',
      effectiveDate: '2021-03-01',
      orgCode: 'TD.BB.B',
    } as never);
    await recordMembershipEvent(ctx, m.id, {
      type: 'TEMP_EXEMPTION_START',
      effectiveDate: '2022-03-01',
    } as never);
    const bytes = await collect((out) => exportInstallation(ctx, out));
    const target = await freshDatabase();
    try {
      const tctx: Ctx = { db: target.db, actor: systemActor('test'), today: TODAY };
      const r = await importFiles(tctx, [{ name: 'xuat.xlsx', bytes }], { dryRun: false });
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r.written).toBe(true);
      const snapshot = async (d: typeof db) => ({
        orgs: await rows(
          d.db,
          sql`SELECT o.code, v.name, v.kind, v.sector, p.code AS parent, v.valid_from::text, v.valid_to::text
            FROM org_versions v JOIN orgs o ON o.id = v.org_id LEFT JOIN orgs p ON p.id = v.parent_id ORDER BY o.code, v.valid_from`,
        ),
        members: await rows(
          d.db,
          sql`SELECT full_name, birth_name, gender, birth_date::text, ethnicity, phone, card_number, citizen_id,
            admission_decision_date::text, ceremony_date::text, official_date::text, status, search_text, sort_key, org_path
            FROM members ORDER BY citizen_id, full_name`,
        ),
        periods: await rows(
          d.db,
          sql`SELECT m.citizen_id, o.code, p.status, p.exemption, p.valid_from::text, p.valid_to::text, p.start_cause, p.end_cause
            FROM membership_periods p JOIN members m ON m.id = p.member_id JOIN orgs o ON o.id = p.org_id
            ORDER BY m.citizen_id, m.full_name, p.valid_from`,
        ),
        // A recognition recorded on the member page names no cell; from the profile it names the member's.
        events: await rows(
          d.db,
          sql`SELECT m.citizen_id, e.type, e.effective_date::text, CASE WHEN e.type = 'RECOGNITION' THEN NULL ELSE o.code END AS code FROM membership_events e
            JOIN members m ON m.id = e.member_id LEFT JOIN orgs o ON o.id = e.org_id WHERE e.type <> 'CORRECTION'
            ORDER BY m.citizen_id, m.full_name, e.effective_date, e.type`,
        ),
      });
      expect(await snapshot(target as typeof db)).toEqual(await snapshot(db));
    } finally {
      await target.drop();
    }
  });
});
