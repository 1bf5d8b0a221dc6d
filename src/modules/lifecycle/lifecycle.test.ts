import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../platform/db/query.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, memberInput, smallTree } from '../../testing/fixtures.ts';

let t: TestApp;
let staff: Client;
let secretaryA: Client;
let secretaryB: Client;
let viewer: Client;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  staff = await t.user('tochuc', 'org_staff', 'TD');
  secretaryA = await t.user('bithu.a', 'secretary', 'TD.BB.A');
  secretaryB = await t.user('bithu.b', 'secretary', 'TD.BB.B');
  viewer = await t.user('xem', 'viewer', 'TD');
});
afterAll(() => t.close());

const eventCount = async (memberId: string) =>
  (await one<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM membership_events WHERE member_id = ${memberId}`,
  ))!.n;
const placement = (memberId: string) =>
  one<{ orgCode: string | null; status: string | null; officialDate: string | null }>(
    t.database.db,
    sql`SELECT o.code AS "orgCode", m.status, m.official_date AS "officialDate"
        FROM members m LEFT JOIN orgs o ON o.id = m.org_id WHERE m.id = ${memberId}`,
  );

describe('recording events', () => {
  it('recognizes a probationary member a year after the ceremony and updates the profile', async () => {
    const m = await addMember(t.system, {
      admissionDecisionDate: '2025-10-01',
      ceremonyDate: '2025-10-15',
      officialDate: null,
      cardNumber: null,
    });
    const early = await secretaryA.post(`/api/v1/members/${m.id}/events`, {
      type: 'RECOGNITION',
      effectiveDate: '2026-10-14',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toContain('chưa đủ 12 tháng');
    expect(early.json().errors[0].path).toBe('effectiveDate');
    expect(await eventCount(m.id)).toBe(1);

    const res = await secretaryA.post(`/api/v1/members/${m.id}/events`, {
      type: 'RECOGNITION',
      effectiveDate: '2026-10-15',
      decisionNumber: '12-QĐ/ĐU',
      decisionDate: '2026-10-15',
      issuingBody: 'Đảng ủy xã Bản Bo',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('OFFICIAL');
    expect(res.json().periods.map((p: { status: string }) => p.status)).toEqual(['PROBATIONARY', 'OFFICIAL']);
    expect(await placement(m.id)).toMatchObject({ status: 'OFFICIAL', officialDate: '2026-10-15' });
  });

  it.each([
    ['an unknown type', { type: 'PROMOTED', effectiveDate: '2026-01-01' }, 'type'],
    ['an impossible date', { type: 'DIED', effectiveDate: '2026-02-30' }, 'effectiveDate'],
    ['a date in the future', { type: 'DIED', effectiveDate: '2026-12-01' }, 'effectiveDate'],
    ['a move without its cell', { type: 'INTERNAL_MOVE', effectiveDate: '2026-01-01' }, 'orgCode'],
    ['a removal without its cause', { type: 'REMOVED', effectiveDate: '2026-01-01' }, 'removalCause'],
    [
      'an unknown cell',
      { type: 'INTERNAL_MOVE', effectiveDate: '2026-01-01', orgCode: 'KHONG.CO' },
      'orgCode',
    ],
    [
      'a committee instead of a cell',
      { type: 'INTERNAL_MOVE', effectiveDate: '2026-01-01', orgCode: 'TD.BB' },
      'orgCode',
    ],
    [
      'a cell before it existed',
      { type: 'INTERNAL_MOVE', effectiveDate: '2009-01-01', orgCode: 'TD.BB.B' },
      'orgCode',
    ],
    ['an extra field', { type: 'DIED', effectiveDate: '2026-01-01', cause: 'x' }, 'cause'],
    ['a wrong type of value', { type: 'DIED', effectiveDate: 20260101 }, 'effectiveDate'],
  ])('refuses %s with a Vietnamese message and writes nothing', async (_, body, path) => {
    const m = await addMember(t.system);
    const res = await staff.post(`/api/v1/members/${m.id}/events`, body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await eventCount(m.id)).toBe(2);
  });

  it("refuses an event the member's state does not allow (expelling a probationary member)", async () => {
    const m = await addMember(t.system, {
      admissionDecisionDate: '2026-03-01',
      ceremonyDate: '2026-03-10',
      officialDate: null,
      cardNumber: null,
    });
    const res = await staff.post(`/api/v1/members/${m.id}/events`, {
      type: 'EXPELLED',
      effectiveDate: '2026-06-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('dự bị không bị kỷ luật khai trừ');
    expect(await eventCount(m.id)).toBe(1);
  });

  it('a back-dated event that contradicts a later one is refused', async () => {
    const m = await addMember(t.system);
    expect(
      (
        await staff.post(`/api/v1/members/${m.id}/events`, {
          type: 'EXEMPTION_START',
          effectiveDate: '2024-01-01',
        })
      ).statusCode,
    ).toBe(201);
    const res = await staff.post(`/api/v1/members/${m.id}/events`, {
      type: 'DIED',
      effectiveDate: '2023-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('đã từ trần');
    expect(await eventCount(m.id)).toBe(3);
  });

  it('a back-dated move recomputes the periods after it', async () => {
    const m = await addMember(t.system);
    await staff.post(`/api/v1/members/${m.id}/events`, {
      type: 'EXEMPTION_START',
      effectiveDate: '2024-01-01',
    });
    const res = await staff.post(`/api/v1/members/${m.id}/events`, {
      type: 'INTERNAL_MOVE',
      effectiveDate: '2020-01-01',
      orgCode: 'TD.BB.B',
    });
    expect(res.statusCode).toBe(201);
    const periods = res
      .json()
      .periods.map((p: { orgCode: string; exemption: string | null; validFrom: string }) => [
        p.orgCode,
        p.exemption,
        p.validFrom,
      ]);
    expect(periods).toEqual([
      ['TD.BB.A', null, '2010-05-10'],
      ['TD.BB.A', null, '2011-05-19'],
      ['TD.BB.B', null, '2020-01-01'],
      ['TD.BB.B', 'EXEMPT', '2024-01-01'],
    ]);
  });

  it('a death ends the membership: off the roll, nothing after it', async () => {
    const m = await addMember(t.system);
    expect(
      (await staff.post(`/api/v1/members/${m.id}/events`, { type: 'DIED', effectiveDate: '2026-05-01' }))
        .statusCode,
    ).toBe(201);
    expect(await placement(m.id)).toMatchObject({ status: null, orgCode: 'TD.BB.A' });
    const list = (await staff.get('/api/v1/members?pageSize=200')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(m.id);
    const res = await staff.post(`/api/v1/members/${m.id}/events`, {
      type: 'RESIGNED',
      effectiveDate: '2026-06-01',
    });
    expect(res.statusCode).toBe(400);
  });

  it('party age and the next badge come with the membership state', async () => {
    const m = await addMember(t.system, {
      admissionDecisionDate: '2010-11-24',
      ceremonyDate: '2010-12-01',
      officialDate: '2011-12-01',
    });
    const state = (await staff.get(`/api/v1/members/${m.id}/membership`)).json();
    expect(state.partyAgeYears).toBe(15);
    expect(state.nextBadge).toEqual({ years: 30, reachedOn: '2040-11-24', awardOn: '2041-02-03' });
  });
});

describe('members admitted elsewhere', () => {
  it('start their history here with their arrival; party age still counts from their admission', async () => {
    const res = await staff.post('/api/v1/members', {
      ...memberInput({
        birthDate: '1960-01-01',
        admissionDecisionDate: '1996-12-01',
        ceremonyDate: '1996-12-10',
        officialDate: '1997-12-10',
      }),
      arrivalDate: '2015-03-01',
      arrivalFrom: 'Đảng bộ huyện Sìn Hồ',
    });
    expect(res.statusCode).toBe(201);
    const state = (await staff.get(`/api/v1/members/${res.json().id}/membership`)).json();
    expect(state.history.map((h: { type: string }) => h.type)).toEqual(['ARRIVAL']);
    expect(state.periods).toMatchObject([
      { orgCode: 'TD.BB.A', status: 'OFFICIAL', validFrom: '2015-03-01', startCause: 'ARRIVAL' },
    ]);
    expect(state.partyAgeYears).toBe(29);
  });

  it('refuse an arrival before their admission', async () => {
    const res = await staff.post('/api/v1/members', { ...memberInput(), arrivalDate: '2009-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('arrivalDate');
  });
});

describe('access', () => {
  it("a secretary cannot record events on another cell's member, nor move one into a cell outside their scope", async () => {
    const inB = await addMember(t.system, { orgCode: 'TD.BB.B' });
    const res = await secretaryA.post(`/api/v1/members/${inB.id}/events`, {
      type: 'DIED',
      effectiveDate: '2026-01-01',
    });
    expect(res.statusCode).toBe(404);
    const inA = await addMember(t.system);
    const move = await secretaryA.post(`/api/v1/members/${inA.id}/events`, {
      type: 'INTERNAL_MOVE',
      effectiveDate: '2026-01-01',
      orgCode: 'TD.BB.B',
    });
    expect(move.statusCode).toBe(400);
    expect(move.json().errors[0].message).toContain('không thuộc phạm vi');
    expect(await eventCount(inA.id)).toBe(2);
    expect(await eventCount(inB.id)).toBe(2);
  });

  it('a viewer cannot record events', async () => {
    const m = await addMember(t.system);
    expect(
      (await viewer.post(`/api/v1/members/${m.id}/events`, { type: 'DIED', effectiveDate: '2026-01-01' }))
        .statusCode,
    ).toBe(403);
  });

  it('an unknown member is 404', async () => {
    expect(
      (await staff.post('/api/v1/members/khong-co/events', { type: 'DIED', effectiveDate: '2026-01-01' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('a transfer between two cells', () => {
  it('is issued by the sender, seen in both boxes, and accepted by the receiver', async () => {
    const m = await addMember(t.system, { fullName: 'Lò Văn Chuyển' });
    const issue = await secretaryA.post(`/api/v1/members/${m.id}/events`, {
      type: 'TRANSFER_ISSUED',
      effectiveDate: '2026-11-01',
      orgCode: 'TD.BB.B',
      decisionNumber: '05-GGT/ĐU',
    });
    expect(issue.statusCode).toBe(201);
    expect(issue.json().pendingTransfer).toMatchObject({ toOrgCode: 'TD.BB.B', issuedOn: '2026-11-01' });
    // In transit: still counted by the sender.
    expect(await placement(m.id)).toMatchObject({ orgCode: 'TD.BB.A' });

    const outbox = (await secretaryA.get('/api/v1/transfers?box=out')).json();
    const inbox = (await secretaryB.get('/api/v1/transfers?box=in')).json();
    expect(outbox.items.map((i: { fullName: string }) => i.fullName)).toContain('Lò Văn Chuyển');
    const item = inbox.items.find((i: { memberId: string }) => i.memberId === m.id);
    expect(item).toMatchObject({ from: { code: 'TD.BB.A' }, to: { code: 'TD.BB.B' }, overdue: false });
    expect(
      (await secretaryA.get('/api/v1/transfers?box=in'))
        .json()
        .items.map((i: { memberId: string }) => i.memberId),
    ).not.toContain(m.id);

    // The sender cannot accept its own transfer: the receiving cell is outside its scope.
    expect(
      (await secretaryA.post(`/api/v1/transfers/${item.eventId}/accept`, { effectiveDate: '2026-11-10' }))
        .statusCode,
    ).toBe(404);
    const early = await secretaryB.post(`/api/v1/transfers/${item.eventId}/accept`, {
      effectiveDate: '2026-10-10',
    });
    expect(early.statusCode).toBe(400);
    const ok = await secretaryB.post(`/api/v1/transfers/${item.eventId}/accept`, {
      effectiveDate: '2026-11-10',
    });
    expect(ok.statusCode).toBe(200);
    expect(await placement(m.id)).toMatchObject({ orgCode: 'TD.BB.B' });
    const again = await secretaryB.post(`/api/v1/transfers/${item.eventId}/accept`, {
      effectiveDate: '2026-11-11',
    });
    expect(again.statusCode).toBe(404);
    expect(
      (await secretaryB.get('/api/v1/transfers?box=in'))
        .json()
        .items.map((i: { memberId: string }) => i.memberId),
    ).not.toContain(m.id);
  });

  it('a returned transfer leaves the member where they were', async () => {
    const m = await addMember(t.system);
    await secretaryA.post(`/api/v1/members/${m.id}/events`, {
      type: 'TRANSFER_ISSUED',
      effectiveDate: '2026-09-01',
      orgCode: 'TD.TRUONG',
    });
    const [item] = (await staff.get('/api/v1/transfers?box=in&org=TD.TRUONG')).json().items;
    expect(item.overdue).toBe(true);
    const noReason = await staff.post(`/api/v1/transfers/${item.eventId}/return`, {
      effectiveDate: '2026-11-01',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('note');
    expect(
      (
        await staff.post(`/api/v1/transfers/${item.eventId}/return`, {
          effectiveDate: '2026-11-01',
          note: 'Sai địa chỉ',
        })
      ).statusCode,
    ).toBe(200);
    const state = (await staff.get(`/api/v1/members/${m.id}/membership`)).json();
    expect(state.pendingTransfer).toBeNull();
    expect(await placement(m.id)).toMatchObject({ orgCode: 'TD.BB.A' });
  });

  it('refuses a bad transfer list query', async () => {
    expect((await staff.get('/api/v1/transfers?box=sideways')).statusCode).toBe(400);
    expect((await secretaryA.get('/api/v1/transfers?box=in&org=TD.BB.B')).statusCode).toBe(404);
  });
});

describe('corrections', () => {
  it('voiding a wrong departure brings the member back, with the reason kept', async () => {
    const m = await addMember(t.system);
    const died = await staff.post(`/api/v1/members/${m.id}/events`, {
      type: 'DIED',
      effectiveDate: '2026-03-01',
    });
    const wrong = died.json().history.find((h: { type: string }) => h.type === 'DIED');
    const noReason = await staff.post(`/api/v1/members/${m.id}/events/${wrong.id}/corrections`, {
      void: true,
    });
    expect(noReason.statusCode).toBe(400);
    const res = await staff.post(`/api/v1/members/${m.id}/events/${wrong.id}/corrections`, {
      void: true,
      reason: 'Ghi nhầm người',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('OFFICIAL');
    expect(res.json().history.find((h: { type: string }) => h.type === 'CORRECTION').note).toBe(
      'Ghi nhầm người',
    );
  });

  it('moving a recognition date follows through to the profile', async () => {
    const m = await addMember(t.system);
    const state = (await staff.get(`/api/v1/members/${m.id}/membership`)).json();
    const rec = state.history.find((h: { type: string }) => h.type === 'RECOGNITION');
    const res = await staff.post(`/api/v1/members/${m.id}/events/${rec.id}/corrections`, {
      effectiveDate: '2011-06-01',
      reason: 'Theo quyết định gốc',
    });
    expect(res.statusCode).toBe(201);
    expect(await placement(m.id)).toMatchObject({ officialDate: '2011-06-01' });
  });

  it('a correction that breaks the history is refused', async () => {
    const m = await addMember(t.system);
    const state = (await staff.get(`/api/v1/members/${m.id}/membership`)).json();
    const rec = state.history.find((h: { type: string }) => h.type === 'RECOGNITION');
    const res = await staff.post(`/api/v1/members/${m.id}/events/${rec.id}/corrections`, {
      effectiveDate: '2010-06-01',
      reason: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('chưa đủ 12 tháng');
  });
});
