import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { probationState } from './rules.ts';

// TODAY is 2026-11-23 (src/testing/app.ts).
let t: TestApp;
let staff: Client;
let secretaryA: Client;
let secretaryB: Client;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  staff = await t.user('tochuc', 'org_staff', 'TD');
  secretaryA = await t.user('bithu.a', 'secretary', 'TD.BB.A');
  secretaryB = await t.user('bithu.b', 'secretary', 'TD.BB.B');
  const probationary = (name: string, ceremonyDate: string, orgCode = 'TD.BB.A') =>
    addMember(t.system, {
      fullName: name,
      admissionDecisionDate: ceremonyDate,
      ceremonyDate,
      officialDate: null,
      cardNumber: null,
      orgCode,
    });
  ids.ending = (await probationary('Lò Văn Sắp', '2025-12-10')).id;
  ids.notYet = (await probationary('Lò Văn Chưa', '2026-01-10')).id;
  ids.overdue = (await probationary('Lò Văn Quá', '2025-09-01', 'TD.BB.B')).id;
  ids.badge = (
    await addMember(t.system, {
      fullName: 'Hoàng Văn Huy',
      birthDate: '1950-01-01',
      admissionDecisionDate: '2010-01-01',
      ceremonyDate: '2010-01-10',
      officialDate: '2011-01-10',
    })
  ).id;
  ids.badgeDue = (
    await addMember(t.system, {
      fullName: 'Sùng A Ba Mươi',
      birthDate: '1960-01-01',
      admissionDecisionDate: '1996-12-01',
      ceremonyDate: '1996-12-10',
      officialDate: '1997-12-10',
      arrivalDate: '2015-03-01',
    })
  ).id;
  const moving = await addMember(t.system, { fullName: 'Vàng A Chờ' });
  ids.moving = moving.id;
  await secretaryA.post(`/api/v1/members/${moving.id}/events`, {
    type: 'TRANSFER_ISSUED',
    effectiveDate: '2026-10-01',
    orgCode: 'TD.BB.B',
  });
});
afterAll(() => t.close());

const kindsFor = (items: { kind: string; subject: { id: string } }[], id: string) =>
  items.filter((i) => i.subject.id === id).map((i) => i.kind);

describe('probation rules (12 months from the ceremony; review within 30 working days)', () => {
  it('lists a probation ending within 30 days, not one ending later', () => {
    expect(probationState('2025-12-23', '2026-11-23')).toEqual({
      kind: 'PROBATION_ENDING',
      dueOn: '2026-12-23',
    });
    expect(probationState('2025-12-24', '2026-11-23')).toBeNull();
  });
  it('a probation ending on the day itself is still "ending"; 30 working days later the review is overdue', () => {
    expect(probationState('2025-11-23', '2026-11-23')).toEqual({
      kind: 'PROBATION_ENDING',
      dueOn: '2026-11-23',
    });
    // 23/11/2026 is a Monday: 30 working days later is Monday 4/1/2027.
    expect(probationState('2025-11-23', '2027-01-04')?.kind).toBe('PROBATION_ENDING');
    expect(probationState('2025-11-23', '2027-01-05')).toEqual({
      kind: 'RECOGNITION_OVERDUE',
      dueOn: '2027-01-04',
    });
  });
});

describe('the to-do list of an org', () => {
  it("shows what is due across the committee's subtree, overdue first", async () => {
    const res = await staff.get('/api/v1/todo');
    expect(res.statusCode).toBe(200);
    const { asOf, items } = res.json();
    expect(asOf).toBe('2026-11-23');
    expect(kindsFor(items, ids.ending!)).toEqual(['PROBATION_ENDING']);
    expect(kindsFor(items, ids.notYet!)).toEqual([]);
    expect(kindsFor(items, ids.overdue!)).toEqual(['RECOGNITION_OVERDUE']);
    expect(kindsFor(items, ids.moving!)).toEqual(['TRANSFER_OVERDUE']);
    expect(items.find((i: { subject: { id: string } }) => i.subject.id === ids.badge)).toBeUndefined();
    // 30 years of party age on 1/12/2026: proposed for the award day 3/2/2027.
    expect(items.find((i: { subject: { id: string } }) => i.subject.id === ids.badgeDue)).toMatchObject({
      kind: 'BADGE_DUE',
      dueOn: '2027-02-03',
      overdue: false,
    });
    const firstNotOverdue = items.findIndex((i: { overdue: boolean }) => !i.overdue);
    expect(items.slice(firstNotOverdue).every((i: { overdue: boolean }) => !i.overdue)).toBe(true);
  });

  it("a secretary sees only their cell; the transfer is the receiver's to do", async () => {
    const a = (await secretaryA.get('/api/v1/todo')).json().items;
    expect(kindsFor(a, ids.overdue!)).toEqual([]);
    expect(kindsFor(a, ids.moving!)).toEqual([]);
    const b = (await secretaryB.get('/api/v1/todo')).json().items;
    expect(kindsFor(b, ids.overdue!)).toEqual(['RECOGNITION_OVERDUE']);
    expect(kindsFor(b, ids.moving!)).toEqual(['TRANSFER_OVERDUE']);
  });

  it('filters by an org inside the scope and refuses one outside it', async () => {
    const only = (await staff.get('/api/v1/todo?org=TD.BB.B')).json().items;
    expect(kindsFor(only, ids.ending!)).toEqual([]);
    expect((await secretaryA.get('/api/v1/todo?org=TD.BB.B')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/todo?org=%20')).statusCode).toBe(400);
    expect((await staff.get('/api/v1/todo?unknown=1')).statusCode).toBe(400);
  });
});

describe('notifications', () => {
  it('reach the responsible users and the member concerned', async () => {
    const b = (await secretaryB.get('/api/v1/notifications')).json();
    expect(b.total).toBeGreaterThanOrEqual(2);
    const own = await t.user('dv.sap', 'member', null, ids.ending);
    const mine = (await own.get('/api/v1/notifications')).json();
    expect(mine.items.map((i: { kind: string }) => i.kind)).toEqual(['PROBATION_ENDING']);
    expect((await own.get('/api/v1/todo')).statusCode).toBe(403);
  });
});
