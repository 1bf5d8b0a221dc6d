import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
});
afterAll(() => t.close());

const decision = {
  decisionNumber: '12-QĐ/HU',
  decisionDate: '2020-03-01',
  issuingBody: 'Huyện ủy Tam Đường',
};

describe('org tree over time', () => {
  it('establishes an org and shows it in the tree from its date only', async () => {
    const admin = await t.user('admin1', 'admin');
    const res = await admin.post('/api/v1/orgs', {
      code: 'TD.SP',
      name: 'Đảng bộ xã Sơn Bình',
      kind: 'DANG_BO_CO_SO',
      sector: 'XA',
      parentCode: 'TD',
      effectiveDate: '2020-03-01',
      ...decision,
    });
    expect(res.statusCode).toBe(201);
    const before = await admin.get('/api/v1/orgs/tree?parent=TD&asOf=2020-02-29');
    expect(before.json().items.map((i: { code: string }) => i.code)).not.toContain('TD.SP');
    const after = await admin.get('/api/v1/orgs/tree?parent=TD&asOf=2020-03-01');
    expect(after.json().items.map((i: { code: string }) => i.code)).toContain('TD.SP');
  });

  it('refuses a duplicate code with 409 and writes nothing', async () => {
    const admin = await t.login('admin1');
    const res = await admin.post('/api/v1/orgs', {
      code: 'TD.BB',
      name: 'Trùng mã',
      kind: 'DANG_BO_CO_SO',
      sector: 'XA',
      parentCode: 'TD',
      effectiveDate: '2020-03-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('đã tồn tại');
    expect((await admin.get('/api/v1/orgs/TD.BB')).json().current.name).toBe('Đảng bộ xã Bản Bo');
  });

  it('enforces the kind rules: a subordinate cell only under a grassroots or intermediate committee', async () => {
    const admin = await t.login('admin1');
    const res = await admin.post('/api/v1/orgs', {
      code: 'TD.X',
      name: 'Chi bộ sai chỗ',
      kind: 'CHI_BO_TRUC_THUOC',
      sector: 'KHAC',
      parentCode: 'TD',
      effectiveDate: '2020-03-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('parentCode');
    expect(res.json().errors[0].message).toContain('Chi bộ trực thuộc');
    expect((await admin.get('/api/v1/orgs/TD.X')).statusCode).toBe(404);
  });

  it('refuses a parent that did not exist on the date', async () => {
    const admin = await t.login('admin1');
    const res = await admin.post('/api/v1/orgs', {
      code: 'TD.SP.C1',
      name: 'Chi bộ bản Sơn Bình',
      kind: 'CHI_BO_TRUC_THUOC',
      sector: 'THON_BAN',
      parentCode: 'TD.SP',
      effectiveDate: '2019-12-31',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('không tồn tại vào ngày 2019-12-31');
  });

  it('renames with a dated decision and keeps the old name for earlier dates', async () => {
    const admin = await t.login('admin1');
    const res = await admin.post('/api/v1/orgs/TD.BB.B/events', {
      type: 'RENAME',
      name: 'Chi bộ bản Nà Bỏ 2',
      effectiveDate: '2021-06-01',
      ...decision,
    });
    expect(res.statusCode).toBe(201);
    expect((await admin.get('/api/v1/orgs/TD.BB.B?asOf=2021-05-31')).json().current.name).toBe(
      'Chi bộ bản Nà Bỏ',
    );
    expect((await admin.get('/api/v1/orgs/TD.BB.B?asOf=2021-06-01')).json().current.name).toBe(
      'Chi bộ bản Nà Bỏ 2',
    );
    const events = (await admin.get('/api/v1/orgs/TD.BB.B')).json().events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['ESTABLISH', 'RENAME']);
  });

  it('refuses a move that would make a cycle', async () => {
    const admin = await t.login('admin1');
    await admin.post('/api/v1/orgs', {
      code: 'TD.BB.BP',
      name: 'Đảng bộ bộ phận khối bản',
      kind: 'DANG_BO_BO_PHAN',
      sector: 'KHAC',
      parentCode: 'TD.BB',
      effectiveDate: '2020-01-01',
    });
    const res = await admin.post('/api/v1/orgs/TD.BB/events', {
      type: 'MOVE',
      parentCode: 'TD.BB.BP',
      effectiveDate: '2022-01-01',
    });
    expect(res.statusCode).toBe(400);
    // The kind rule speaks first here (a grassroots org only under an upper level); both guard the tree.
    expect(res.json().errors[0].path).toBe('parentCode');
  });

  it('moves a cell under an intermediate committee and shows the tree as of either date', async () => {
    const admin = await t.login('admin1');
    const res = await admin.post('/api/v1/orgs/TD.BB.B/events', {
      type: 'MOVE',
      parentCode: 'TD.BB.BP',
      effectiveDate: '2022-01-01',
    });
    expect(res.statusCode).toBe(201);
    const old = await admin.get('/api/v1/orgs/tree?parent=TD.BB&asOf=2021-12-31');
    expect(old.json().items.map((i: { code: string }) => i.code)).toContain('TD.BB.B');
    const now = await admin.get('/api/v1/orgs/tree?parent=TD.BB.BP&asOf=2022-01-01');
    expect(now.json().items.map((i: { code: string }) => i.code)).toEqual(['TD.BB.B']);
  });

  it('refuses to dissolve an org that still has members, then merges it and moves its members', async () => {
    const admin = await t.login('admin1');
    const m = await addMember(t.system, { orgCode: 'TD.BB.B', fullName: 'Lò Văn Pọm' });
    const dissolve = await admin.post('/api/v1/orgs/TD.BB.B/events', {
      type: 'DISSOLVE',
      effectiveDate: '2023-01-01',
    });
    expect(dissolve.statusCode).toBe(400);
    expect(dissolve.json().detail).toContain('đảng viên');

    const merge = await admin.post('/api/v1/orgs/TD.BB.B/events', {
      type: 'MERGE',
      survivorCode: 'TD.BB.A',
      effectiveDate: '2024-01-01',
      ...decision,
    });
    expect(merge.statusCode).toBe(201);
    const member = (await admin.get(`/api/v1/members/${m.id}`)).json();
    expect(member.orgCode).toBe('TD.BB.A');
    expect(member.history.map((h: { type: string }) => h.type)).toEqual([
      'ADMISSION',
      'RECOGNITION',
      'ORG_MERGE',
    ]);
    const gone = (await admin.get('/api/v1/orgs/TD.BB.B?asOf=2024-01-01')).json();
    expect(gone.existsOnDate).toBe(false);
    expect(gone.dissolvedOn).toBe('2024-01-01');
    // Counts as of a date before the merge still place the member in the old cell.
    expect((await admin.get('/api/v1/orgs/TD.BB.B?asOf=2023-12-31')).json().memberCounts.total).toBe(1);
  });

  it("a move carries the cell and its members into the new committee's scope", async () => {
    const admin = await t.login('admin1');
    await admin.post('/api/v1/orgs', {
      code: 'TD.BB.C',
      name: 'Chi bộ bản Nà Cà',
      kind: 'CHI_BO_TRUC_THUOC',
      sector: 'THON_BAN',
      parentCode: 'TD.BB',
      effectiveDate: '2021-01-01',
    });
    const m = await addMember(t.system, {
      orgCode: 'TD.BB.C',
      fullName: 'Tòng Văn Nhất',
      admissionDecisionDate: '2021-03-01',
      ceremonyDate: '2021-03-10',
      officialDate: '2022-03-10',
    });
    const sonBinh = await t.user('staff.sp', 'org_staff', 'TD.SP');
    expect((await sonBinh.get(`/api/v1/members/${m.id}`)).statusCode).toBe(404);
    const move = await admin.post('/api/v1/orgs/TD.BB.C/events', {
      type: 'MOVE',
      parentCode: 'TD.SP',
      effectiveDate: '2025-01-01',
      ...decision,
    });
    expect(move.statusCode).toBe(201);
    expect((await sonBinh.get(`/api/v1/members/${m.id}`)).json().fullName).toBe('Tòng Văn Nhất');
    const list = (await sonBinh.get('/api/v1/members')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([m.id]);
    // The committee it left keeps the cell's history as of earlier dates, but not its present.
    const banBo = await t.user('staff.bb', 'org_staff', 'TD.BB');
    expect((await banBo.get(`/api/v1/members/${m.id}`)).statusCode).toBe(404);
  });

  it('searches orgs ignoring case and diacritics, optionally by kind', async () => {
    const admin = await t.login('admin1');
    const hits = (await admin.get('/api/v1/orgs/search?q=na%20don')).json().items;
    expect(hits.map((h: { code: string; path: string[] }) => [h.code, h.path])).toEqual([
      ['TD.BB.A', ['LC', 'TD', 'TD.BB']],
    ]);
    const cells = (await admin.get('/api/v1/orgs/search?q=BAN&kinds=CHI_BO_TRUC_THUOC,CHI_BO_CO_SO')).json()
      .items;
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((h: { kind: string }) => h.kind.startsWith('CHI_BO'))).toBe(true);
    expect((await admin.get('/api/v1/orgs/search?q=x&kinds=bad kind')).statusCode).toBe(400);
  });

  it('refuses bad input with Vietnamese problems: wrong types, unknown fields, impossible dates', async () => {
    const admin = await t.login('admin1');
    const wrongType = await admin.post('/api/v1/orgs', {
      code: 5,
      name: [],
      kind: 'X',
      sector: 'XA',
      effectiveDate: '2020-02-31',
      extra: 1,
    });
    expect(wrongType.statusCode).toBe(400);
    const paths = wrongType.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'kind', 'effectiveDate', 'extra']));
    expect(
      wrongType.json().errors.find((e: { path: string }) => e.path === 'effectiveDate').message,
    ).toContain('không phải là ngày hợp lệ');
    const badDate = await admin.get('/api/v1/orgs/tree?asOf=2021-02-31');
    expect(badDate.statusCode).toBe(400);
  });

  it('hides orgs outside the scope as not found, and forbids writes to viewers', async () => {
    const secretary = await t.user('bt.a', 'secretary', 'TD.BB.A');
    expect((await secretary.get('/api/v1/orgs/TD.TRUONG')).statusCode).toBe(404);
    expect((await secretary.get('/api/v1/orgs/TD')).statusCode).toBe(404);
    const roots = (await secretary.get('/api/v1/orgs/tree')).json().items;
    expect(roots.map((r: { code: string }) => r.code)).toEqual(['TD.BB.A']);
    const search = (await secretary.get('/api/v1/orgs/search?q=chi')).json().items;
    expect(search.map((r: { code: string }) => r.code)).toEqual(['TD.BB.A']);
    const viewer = await t.user('ld.td', 'viewer', 'TD');
    const rename = await viewer.post('/api/v1/orgs/TD.BB/events', {
      type: 'RENAME',
      name: 'X',
      effectiveDate: '2025-01-01',
    });
    expect(rename.statusCode).toBe(403);
    expect((await viewer.get('/api/v1/orgs/TD.BB')).json().current.name).toBe('Đảng bộ xã Bản Bo');
  });
});
