import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { createCandidate, recordStep } from '../admission/service.ts';
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
  // Candidates: one whose certificate expires in 8 days, one whose ceremony is overdue.
  const candidate = async (name: string, citizenId: string) =>
    (await createCandidate(t.system, {
      fullName: name,
      gender: 'NU',
      birthDate: '1998-06-01',
      ethnicity: '03',
      citizenId,
      education: 'THPT',
      orgCode: 'TD.BB.A',
      youthUnion: false,
      rural: true,
      highlandArea: false,
    } as never)) as { id: string; version: number };
  const expiring = await candidate('Lò Thị Hạn', '034100000001');
  ids.expiring = expiring.id;
  await recordStep(t.system, expiring.id, 'AWARENESS_CLASS', {
    version: expiring.version,
    date: '2021-12-01',
    certificateNumber: '1/CN',
  });
  const late = await candidate('Lò Thị Muộn', '034100000002');
  ids.late = late.id;
  const sponsors = [await addMember(t.system), await addMember(t.system)];
  const steps: [string, Record<string, unknown>][] = [
    ['AWARENESS_CLASS', { date: '2025-06-10', certificateNumber: '125/CN' }],
    [
      'SPONSORS',
      {
        date: '2026-09-01',
        mode: 'TWO_MEMBERS',
        sponsors: sponsors.map((m) => ({ memberId: m.id, workedTogetherSince: '2024-01-01' })),
      },
    ],
    ['BACKGROUND_CHECK', { date: '2026-09-05', conclusion: 'MEETS' }],
    ['COMMENTS', { date: '2026-09-06', residenceCell: 'Tốt.', massOrganizations: 'Nhất trí.' }],
    [
      'DOSSIER',
      {
        date: '2026-09-07',
        items: ['APPLICATION', 'BIOGRAPHY', 'INTRODUCTION', 'BACKGROUND_CHECK', 'COMMENTS', 'CERTIFICATE'],
      },
    ],
    ['CELL_RESOLUTION', { date: '2026-09-10', number: '1-NQ/CB', agree: 9, total: 9 }],
    ['COMMITTEE_RESOLUTION', { date: '2026-09-20', number: '2-NQ/ĐU', agree: 9, total: 9 }],
    ['DECISION', { date: '2026-10-01', number: '3-QĐ/HU', issuingBody: 'Huyện ủy' }],
  ];
  let version = late.version;
  for (const [step, body] of steps)
    version = (
      (await recordStep(t.system, late.id, step as never, { ...body, version })) as { version: number }
    ).version;
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
    // 60 months from 1/12/2021; the ceremony 30 working days after 1/10/2026 was due 12/11/2026.
    expect(items.find((i: { subject: { id: string } }) => i.subject.id === ids.expiring)).toMatchObject({
      kind: 'CERTIFICATE_EXPIRING',
      dueOn: '2026-12-01',
      overdue: false,
    });
    expect(items.find((i: { subject: { id: string } }) => i.subject.id === ids.late)).toMatchObject({
      kind: 'CEREMONY_OVERDUE',
      dueOn: '2026-11-12',
      overdue: true,
    });
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
