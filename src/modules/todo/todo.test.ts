import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { createCandidate, recordStep } from '../admission/service.ts';
import { judgedYear, probationState, windowLabel, windowShortfall } from './rules.ts';

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

describe('committee shortfall rules', () => {
  it('judges this year once its first window is over, else last year', () => {
    // The last day of the first window, then the first day after it, for each rhythm.
    const days: [string, number, number][] = [
      ['2027-01-31', 1, 2026],
      ['2027-02-01', 1, 2027],
      ['2027-03-31', 3, 2026],
      ['2027-04-01', 3, 2027],
      ['2027-06-30', 6, 2026],
      ['2027-07-01', 6, 2027],
      ['2027-12-31', 12, 2026],
    ];
    expect(days.map(([today, every]) => judgedYear(today, every))).toEqual(days.map((d) => d[2]));
  });
  it('names the latest missed window and the day after it ended; none missed, nothing due', () => {
    expect(windowShortfall([], 1)).toBeNull();
    expect(windowShortfall(['2026-10', '2026-02', '2026-07'], 1)).toEqual({
      count: 3,
      latest: '2026-10',
      dueOn: '2026-11-01',
    });
    expect(windowShortfall(['2026-10'], 3)).toEqual({ count: 1, latest: '2026-10', dueOn: '2027-01-01' });
    expect(windowShortfall(['2026-01'], 6)).toEqual({ count: 1, latest: '2026-01', dueOn: '2026-07-01' });
    expect(windowShortfall(['2026-12'], 1)?.dueOn).toBe('2027-01-01');
  });
  it('labels windows as secretaries name them', () => {
    const labels: [string, number, string][] = [
      ['2026-10', 1, 'tháng 10/2026'],
      ['2026-10', 3, 'quý 4/2026'],
      ['2026-01', 6, '6 tháng đầu năm 2026'],
      ['2026-07', 6, '6 tháng cuối năm 2026'],
      ['2026-05', 2, 'tháng 5–6/2026'],
      ['2026-01', 12, 'năm 2026'],
    ];
    expect(labels.map(([start, every]) => windowLabel(start, every))).toEqual(labels.map((l) => l[2]));
  });
});

describe('committee shortfalls in the to-do list', () => {
  let commune: Client;
  const committeeItems = (items: { kind: string; subject: { id: string } }[]) =>
    items
      .filter((i) => i.kind === 'COMMITTEE_MEETING_MISSING' || i.kind === 'CONGRESS_MISSING')
      .map((i) => `${i.kind}:${i.subject.id}`)
      .sort();
  const holdAt = async (orgCode: string, kind: string, date: string) => {
    const m = (
      await commune.post('/api/v1/meetings', { orgCode, kind, plannedDate: date, topic: `Họp ${date}` })
    ).json();
    const res = await commune.post(`/api/v1/meetings/${m.id}/hold`, {
      version: m.version,
      heldOn: date,
      attendance: [],
      minutes: { content: 'Cấp ủy họp định kỳ.', votes: [] },
    });
    expect(res.statusCode).toBe(200);
  };
  beforeAll(async () => {
    commune = await t.user('bithu.xa', 'secretary', 'TD.BB');
    // Nine official members make cell B's chi ủy (Điều lệ Điều 24.4); cell A stays below.
    for (let i = 0; i < 9; i++)
      await addMember(t.system, { fullName: `Lò Văn Chín ${i}`, orgCode: 'TD.BB.B' });
  });

  it('lists the commune’s đảng ủy and cell B’s chi ủy for the district, with the year’s count and the latest month', async () => {
    const items = (await staff.get('/api/v1/todo')).json().items;
    expect(committeeItems(items)).toEqual([
      'COMMITTEE_MEETING_MISSING:TD.BB',
      'COMMITTEE_MEETING_MISSING:TD.BB.B',
      'CONGRESS_MISSING:TD.BB',
    ]);
    const bb = items.find(
      (i: { kind: string; subject: { id: string } }) =>
        i.kind === 'COMMITTEE_MEETING_MISSING' && i.subject.id === 'TD.BB',
    );
    // Today 23/11/2026: January to October are over without a meeting; November is not over yet.
    expect(bb).toMatchObject({
      kindLabel: 'Cấp ủy không họp định kỳ',
      subject: { type: 'org', name: 'Đảng bộ xã Bản Bo' },
      dueOn: '2026-11-01',
      overdue: true,
    });
    expect(bb.message).toContain('Đảng ủy không họp 10 kỳ trong năm 2026 (gần nhất: tháng 10/2026');
    const congress = items.find((i: { kind: string }) => i.kind === 'CONGRESS_MISSING');
    expect(congress).toMatchObject({ dueOn: '2026-07-01', orgCode: 'TD.BB' });
    expect(congress.message).toContain('6 tháng đầu năm 2026');
  });

  it('shows each user only their own orgs: a cell’s secretary neither the commune nor the other cell', async () => {
    expect(committeeItems((await secretaryA.get('/api/v1/todo')).json().items)).toEqual([]);
    expect(committeeItems((await secretaryB.get('/api/v1/todo')).json().items)).toEqual([
      'COMMITTEE_MEETING_MISSING:TD.BB.B',
    ]);
    expect(committeeItems((await staff.get('/api/v1/todo?org=TD.BB.A')).json().items)).toEqual([]);
    const bell = (await secretaryB.get('/api/v1/notifications')).json();
    expect(committeeItems(bell.items)).toEqual(['COMMITTEE_MEETING_MISSING:TD.BB.B']);
  });

  it('follows the meetings held: October held moves the latest to September; a full year and the conference clear it', async () => {
    await holdAt('TD.BB', 'COMMITTEE', '2026-10-05');
    const after = (await commune.get('/api/v1/todo')).json().items;
    const bb = after.find(
      (i: { kind: string; subject: { id: string } }) =>
        i.kind === 'COMMITTEE_MEETING_MISSING' && i.subject.id === 'TD.BB',
    );
    expect(bb.dueOn).toBe('2026-10-01');
    expect(bb.message).toContain('9 kỳ trong năm 2026 (gần nhất: tháng 9/2026');
    for (let m = 1; m <= 9; m++) await holdAt('TD.BB', 'COMMITTEE', `2026-${String(m).padStart(2, '0')}-05`);
    await holdAt('TD.BB', 'CONGRESS', '2026-06-20');
    expect(committeeItems((await commune.get('/api/v1/todo')).json().items)).toEqual([
      'COMMITTEE_MEETING_MISSING:TD.BB.B',
    ]);
  });
});
