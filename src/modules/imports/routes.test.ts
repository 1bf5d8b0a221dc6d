import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../platform/db/query.ts';
import { PASSWORD, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import ExcelJS from '../exports/excel.ts';
import { addUser, createToken } from '../users/service.ts';
import { MEMBER_HEADER, xlsx } from './testing.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  await addMember(t.system, { fullName: 'Nguyễn Văn Có', orgCode: 'TD.BB.A' });
  for (const [username, role, org] of [
    ['tochuc', 'org_staff', 'TD'],
    ['bithu', 'secretary', 'TD.BB.A'],
    ['xem', 'viewer', 'TD'],
  ] as const) {
    await addUser(t.system, { username, password: PASSWORD, role, orgCode: org, memberId: null });
    tokens[username] = await createToken(t.system, username, null);
  }
});
afterAll(() => t.close());

const BOUNDARY = '----nenmong-test';
function multipart(files: { name: string; bytes: Uint8Array }[]): Buffer {
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}
const upload = (who: string, url: string, files: { name: string; bytes: Uint8Array }[]) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: {
      authorization: `Bearer ${tokens[who]}`,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    },
    payload: multipart(files),
  });
const get = (who: string, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` } });
const memberCount = async () =>
  (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM members`))!.n;
const row = (key: string, cell = 'TD.BB.A') => [
  key,
  null,
  null,
  'Lò Thị Mai',
  'Nữ',
  '01/01/1990',
  'Thái',
  null,
  null,
  '01/01/2015',
  null,
  cell,
];

describe('POST /api/v1/imports', () => {
  it('upload → report (nothing written) → confirm (written, 201)', async () => {
    const file = { name: 'dv.xlsx', bytes: await xlsx({ DangVien: [MEMBER_HEADER, row('R1'), row('R2')] }) };
    const before = await memberCount();
    const dry = await upload('tochuc', '/api/v1/imports?dryRun=true', [file]);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      ok: true,
      written: false,
      sheets: [{ sheet: 'DangVien', rows: 2, created: 2 }],
    });
    expect(await memberCount()).toBe(before);
    const done = await upload('tochuc', '/api/v1/imports', [file]);
    expect(done.statusCode).toBe(201);
    expect(await memberCount()).toBe(before + 2);
    const again = await upload('tochuc', '/api/v1/imports', [file]);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ ok: true, written: false });
  });

  it('a file with errors: 400 problem+json with every problem, nothing written; the annotated copy has an error column', async () => {
    const file = {
      name: 'loi.xlsx',
      bytes: await xlsx({ DangVien: [MEMBER_HEADER, row('E1', 'KHONG.CO')] }),
    };
    const before = await memberCount();
    const res = await upload('tochuc', '/api/v1/imports', [file]);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().errors).toEqual([
      {
        path: 'DangVien:2:Mã chi bộ',
        message: 'Không có tổ chức đảng mã KHONG.CO (trong tệp hay trong hệ thống).',
      },
    ]);
    expect(await memberCount()).toBe(before);
    const copy = await upload('tochuc', '/api/v1/imports/annotated', [file]);
    expect(copy.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('DangVien')!;
    expect(ws.getCell(1, MEMBER_HEADER.length + 1).value).toBe('Lỗi khi nhập');
    expect(String(ws.getCell(2, MEMBER_HEADER.length + 1).value)).toMatch(/KHONG\.CO/);
    expect(wb.getWorksheet('LoiNhap')).toBeDefined();
  });

  it('a file over 50 MB: 413 with a Vietnamese message', async () => {
    const res = await upload('tochuc', '/api/v1/imports?dryRun=true', [
      { name: 'lon.xlsx', bytes: new Uint8Array(51 * 1024 * 1024) },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toMatch(/lớn hơn 50 MB/);
  });

  it('invalid input: no file, a bad query (400)', async () => {
    expect((await upload('tochuc', '/api/v1/imports', [])).statusCode).toBe(400);
    expect((await upload('tochuc', '/api/v1/imports?dryRun=maybe', [])).statusCode).toBe(400);
  });

  it('viewers cannot import (403); a secretary cannot place members in another cell', async () => {
    const file = { name: 'dv.xlsx', bytes: await xlsx({ DangVien: [MEMBER_HEADER, row('S1', 'TD.BB.B')] }) };
    expect((await upload('xem', '/api/v1/imports?dryRun=true', [file])).statusCode).toBe(403);
    const res = await upload('bithu', '/api/v1/imports?dryRun=true', [file]);
    expect(res.json().problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/không thuộc phạm vi/) }),
    );
  });
});

describe('downloads', () => {
  it('the template', async () => {
    const res = await get('bithu', '/api/v1/imports/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('xem', '/api/v1/imports/template')).statusCode).toBe(403);
  });

  it('the roll (7-HSĐV), the filtered list and the installation, scoped; formula cells escaped', async () => {
    await addMember(t.system, { fullName: '=1+2', orgCode: 'TD.BB.A' });
    const roll = await get('xem', '/api/v1/exports/roll.xlsx?org=TD.BB');
    expect(roll.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(roll.rawPayload as unknown as ArrayBuffer);
    const names = wb.getWorksheet('SoDanhSach')!.getColumn(2).values.map(String);
    expect(names).toContain("'=1+2");
    const list = await get('bithu', '/api/v1/exports/members.xlsx?q=nguyen');
    expect(list.statusCode).toBe(200);
    expect((await get('xem', '/api/v1/exports/installation.xlsx')).statusCode).toBe(403);
    expect((await get('bithu', '/api/v1/exports/roll.xlsx?org=TD.TRUONG')).statusCode).toBe(404);
    expect((await get('tochuc', '/api/v1/exports/roll.xlsx?org=KHONG')).statusCode).toBe(404);
    expect((await get('tochuc', '/api/v1/exports/roll.xlsx?org=%20')).statusCode).toBe(400);
    expect((await get('tochuc', '/api/v1/exports/installation.xlsx')).statusCode).toBe(200);
  });
});
