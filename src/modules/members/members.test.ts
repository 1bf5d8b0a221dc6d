import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../platform/db/query.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, memberInput, smallTree } from '../../testing/fixtures.ts';

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  staff = await t.user('tochuc', 'org_staff', 'TD');
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))!.n;

describe('creating members', () => {
  it('creates a member and records admission and recognition as the first events', async () => {
    const res = await staff.post('/api/v1/members', memberInput({ fullName: 'Trần  Thị   Ánh' }));
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m.fullName).toBe('Trần Thị Ánh');
    expect(m.status).toBe('OFFICIAL');
    expect(m.orgCode).toBe('TD.BB.A');
    expect(m.history.map((h: { type: string; effectiveDate: string }) => [h.type, h.effectiveDate])).toEqual([
      ['ADMISSION', '2010-05-10'],
      ['RECOGNITION', '2011-05-19'],
    ]);
  });

  it('a member without an official date is probationary', async () => {
    const res = await staff.post(
      '/api/v1/members',
      memberInput({
        admissionDecisionDate: '2026-03-01',
        ceremonyDate: '2026-03-10',
        officialDate: null,
        cardNumber: null,
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('PROBATIONARY');
  });

  it.each([
    ['impossible date 31/02', { birthDate: '1990-02-31' }, 'birthDate', 'không phải là ngày hợp lệ'],
    ['birth date in the future', { birthDate: '2030-01-01' }, 'birthDate', 'tương lai'],
    ['under 18 at admission', { birthDate: '1995-01-01' }, 'admissionDecisionDate', 'đủ 18 tuổi'],
    ['ceremony before decision', { ceremonyDate: '2010-05-01' }, 'ceremonyDate', 'trước ngày quyết định'],
    ['official before 12 months', { officialDate: '2011-01-01' }, 'officialDate', '12 tháng'],
    ['citizen ID not 12 digits', { citizenId: '123' }, 'citizenId', '12 chữ số'],
    ['unknown ethnicity code', { ethnicity: '99' }, 'ethnicity', 'danh mục'],
    ['a 1 MB name', { fullName: 'A'.repeat(1_000_000) }, 'fullName', 'tối đa 120'],
    ['a body over the 1 MB limit', { fullName: 'A'.repeat(1_100_000) }, null, null],
    ['a long name', { fullName: 'A'.repeat(500) }, 'fullName', 'tối đa 120'],
    ['wrong type', { birthDate: 19900101 }, 'birthDate', 'YYYY-MM-DD'],
    ['a cell of another kind', { orgCode: 'TD.BB' }, 'orgCode', 'chỉ sinh hoạt ở chi bộ'],
  ])('refuses %s with a Vietnamese message and writes nothing', async (_label, override, path, message) => {
    const before = await count('members');
    const events = await count('membership_events');
    const res = await staff.post('/api/v1/members', { ...memberInput(), ...override });
    if (path === null) {
      expect(res.statusCode).toBe(413);
    } else {
      expect(res.statusCode).toBe(400);
      const err = res.json().errors.find((e: { path: string }) => e.path === path);
      expect(err?.message).toContain(message);
    }
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await count('members')).toBe(before);
    expect(await count('membership_events')).toBe(events);
  });

  it('refuses missing fields, unknown fields and malformed JSON', async () => {
    const missing = await staff.post('/api/v1/members', { fullName: 'Lê Văn Bình' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['gender', 'birthDate', 'ceremonyDate', 'orgCode']),
    );
    const unknown = await staff.post('/api/v1/members', { ...memberInput(), isAdmin: true });
    expect(unknown.json().errors).toEqual([
      { path: 'isAdmin', message: 'Trường "isAdmin" không được hỗ trợ.' },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/members',
      payload: '{"fullName": ',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('Dữ liệu gửi lên không phải JSON hợp lệ.');
  });

  it('refuses duplicate card, dossier and citizen numbers with 409', async () => {
    const first = memberInput();
    await staff.post('/api/v1/members', first);
    const again = await staff.post(
      '/api/v1/members',
      memberInput({ citizenId: first.citizenId, cardNumber: first.cardNumber }),
    );
    expect(again.statusCode).toBe(409);
    expect(
      again
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['cardNumber', 'citizenId']);
  });
});

let tokenValue: string | null = null;
async function token(): Promise<string> {
  if (tokenValue) return tokenValue;
  const { createToken } = await import('../users/service.ts');
  tokenValue = await createToken(t.system, 'tochuc', 'test');
  return tokenValue;
}

describe('editing members', () => {
  it('edits with optimistic locking: a stale version gets 409 and changes nothing', async () => {
    const m = await addMember(t.system, { fullName: 'Hoàng Văn Cường' });
    const ok = await staff.patch(`/api/v1/members/${m.id}`, {
      version: m.version,
      phone: '0912 345 678',
      jobTitle: 'Trưởng bản',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(m.version + 1);
    const stale = await staff.patch(`/api/v1/members/${m.id}`, { version: m.version, jobTitle: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect((await staff.get(`/api/v1/members/${m.id}`)).json().jobTitle).toBe('Trưởng bản');
  });

  it('an edit with a mistake gets the field message and keeps the record', async () => {
    const m = await addMember(t.system);
    const res = await staff.patch(`/api/v1/members/${m.id}`, {
      version: m.version,
      officialDate: '2009-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'officialDate' });
    expect((await staff.get(`/api/v1/members/${m.id}`)).json().officialDate).toBe('2011-05-19');
  });

  it('correcting the official date corrects the history rather than rewriting it', async () => {
    const m = await addMember(t.system);
    const res = await staff.patch(`/api/v1/members/${m.id}`, {
      version: m.version,
      officialDate: '2011-06-01',
    });
    expect(res.statusCode).toBe(200);
    const types = res.json().history.map((h: { type: string }) => h.type);
    expect(types).toEqual(['ADMISSION', 'RECOGNITION', 'CORRECTION']);
    const period = await one<{ validFrom: string }>(
      t.database.db,
      sql`SELECT valid_from AS "validFrom" FROM membership_periods WHERE member_id = ${m.id} AND status = 'OFFICIAL'`,
    );
    expect(period?.validFrom).toBe('2011-06-01');
  });

  it('moving to another cell records an internal move', async () => {
    const m = await addMember(t.system);
    const res = await staff.patch(`/api/v1/members/${m.id}`, { version: m.version, orgCode: 'TD.BB.B' });
    expect(res.statusCode).toBe(200);
    expect(res.json().orgCode).toBe('TD.BB.B');
    expect(res.json().history.at(-1).type).toBe('INTERNAL_MOVE');
  });
});

describe('search and list', () => {
  beforeAll(async () => {
    await addMember(t.system, {
      fullName: 'Nguyễn Văn Đức',
      orgCode: 'TD.TRUONG',
      gender: 'NAM',
      birthDate: '1990-01-01',
    });
    await addMember(t.system, {
      fullName: 'Nguyễn Thị Ánh',
      orgCode: 'TD.BB.B',
      gender: 'NU',
      ethnicity: '08',
      birthDate: '1960-06-01',
    });
    await addMember(t.system, { fullName: 'Vàng A Dình', orgCode: 'TD.BB.B', ethnicity: '08' });
  });

  it('ignores case and diacritics, and đ = d', async () => {
    const res = (await staff.get('/api/v1/members?q=nguyen van duc')).json();
    expect(res.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Nguyễn Văn Đức']);
    const upper = (await staff.get(`/api/v1/members?q=${encodeURIComponent('NGUYỄN VĂN')}`)).json();
    expect(upper.items.some((i: { fullName: string }) => i.fullName === 'Nguyễn Văn Đức')).toBe(true);
  });

  it('finds by card and dossier number', async () => {
    const m = memberInput({ fullName: 'Lù Văn Sáng' });
    await staff.post('/api/v1/members', m);
    expect((await staff.get(`/api/v1/members?q=${m.cardNumber}`)).json().items[0].fullName).toBe(
      'Lù Văn Sáng',
    );
    expect(
      (await staff.get(`/api/v1/members?q=${m.dossierNumber!.toLowerCase()}`)).json().items[0].fullName,
    ).toBe('Lù Văn Sáng');
  });

  it('sorts people by given name, then middle names, then family name', async () => {
    const res = (await staff.get('/api/v1/members?org=TD.BB.B&pageSize=200')).json();
    const names: string[] = res.items.map((i: { fullName: string }) => i.fullName);
    expect(names.indexOf('Nguyễn Thị Ánh')).toBeLessThan(names.indexOf('Vàng A Dình'));
  });

  it('filters by subtree, gender, ethnicity, age band and status, with totals', async () => {
    const minority = (await staff.get('/api/v1/members?ethnicity=MINORITY&pageSize=200')).json();
    expect(minority.total).toBe(2);
    const women = (await staff.get('/api/v1/members?gender=NU&org=TD.BB')).json();
    expect(women.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Nguyễn Thị Ánh']);
    const old = (await staff.get('/api/v1/members?ageBand=61%2B')).json();
    expect(old.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Nguyễn Thị Ánh']);
    const probationary = (await staff.get('/api/v1/members?status=PROBATIONARY')).json();
    expect(probationary.items.every((i: { status: string }) => i.status === 'PROBATIONARY')).toBe(true);
    const page2 = (await staff.get('/api/v1/members?pageSize=2&page=2')).json();
    expect(page2.items).toHaveLength(2);
    const bad = await staff.get('/api/v1/members?pageSize=100000&gender=X');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['gender', 'pageSize']);
  });
});

describe('scope and confidentiality', () => {
  it('a secretary of cell A sees, counts and changes nothing of cell B', async () => {
    const inB = await addMember(t.system, { orgCode: 'TD.BB.B', fullName: 'Lò Thị Xuân' });
    const secretary = await t.user('bithu.a', 'secretary', 'TD.BB.A');
    const list = (await secretary.get('/api/v1/members?pageSize=200')).json();
    expect(list.items.every((i: { orgCode: string }) => i.orgCode === 'TD.BB.A')).toBe(true);
    expect((await secretary.get(`/api/v1/members/${inB.id}`)).statusCode).toBe(404);
    expect((await secretary.get('/api/v1/members?org=TD.BB.B')).statusCode).toBe(404);
    const patch = await secretary.patch(`/api/v1/members/${inB.id}`, {
      version: inB.version,
      fullName: 'Bị sửa',
    });
    expect(patch.statusCode).toBe(404);
    const create = await secretary.post('/api/v1/members', memberInput({ orgCode: 'TD.BB.B' }));
    expect(create.statusCode).toBe(404);
    expect((await staff.get(`/api/v1/members/${inB.id}`)).json().fullName).toBe('Lò Thị Xuân');
    // A made-up id answers exactly like another cell's: nothing to tell them apart.
    expect((await secretary.get('/api/v1/members/00000000-0000-0000-0000-000000000000')).statusCode).toBe(
      404,
    );
  });

  it('a viewer sees no confidential fields and cannot edit', async () => {
    const m = await addMember(t.system, { religion: 'CONG_GIAO', religiousAdherence: 'ANH_HUONG' });
    const viewer = await t.user('lanhdao', 'viewer', 'TD');
    const res = (await viewer.get(`/api/v1/members/${m.id}`)).json();
    expect(res.citizenId).toBeUndefined();
    expect(res.religion).toBeUndefined();
    expect(res.confidentialVisible).toBe(false);
    expect(
      (await viewer.patch(`/api/v1/members/${m.id}`, { version: m.version, phone: '0912345678' })).statusCode,
    ).toBe(403);
  });

  it('a member sees only their own record', async () => {
    const own = await addMember(t.system, { fullName: 'Sùng A Lử' });
    const other = await addMember(t.system);
    const me = await t.user('sung.a.lu', 'member', null, own.id);
    expect((await me.get(`/api/v1/members/${own.id}`)).json().citizenId).toBeDefined();
    expect((await me.get(`/api/v1/members/${other.id}`)).statusCode).toBe(404);
    expect((await me.get('/api/v1/members')).statusCode).toBe(403);
  });

  it('reading a full dossier is audited', async () => {
    const m = await addMember(t.system);
    await staff.get(`/api/v1/members/${m.id}`);
    const row = await one<{ actorName: string }>(
      t.database.db,
      sql`SELECT actor_name AS "actorName" FROM audit_log WHERE action = 'member.read_dossier' AND entity_id = ${m.id}`,
    );
    expect(row?.actorName).toBe('tochuc');
  });
});
