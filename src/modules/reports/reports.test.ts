import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, TODAY, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { decideTransfer, membershipState, recordMembershipEvent } from '../lifecycle/service.ts';
import { updateMember } from '../members/service.ts';
import { establishOrg, recordOrgEvent } from '../orgs/service.ts';

let t: TestApp;
/**
 * smallTree (LC → TD → TD.BB → cells A, B; grassroots cell TD.TRUONG under TD) and:
 * - A: a Mông woman born 29/02/1964, admitted 10/05/2010, official 19/05/2011;
 * - B: a man admitted by decision 20/02/2024, ceremony 29/02/2024, official 28/02/2025;
 * - TD.TRUONG: a Catholic (influenced) admitted 2015 with no education recorded, and a Buddhist
 *   (adherence not recorded) admitted 10/01/2026, still probationary.
 */
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  await addMember(t.system, {
    orgCode: 'TD.BB.A',
    gender: 'NU',
    ethnicity: '08',
    birthDate: '1964-02-29',
    occupation: 'NONG_LAM_NGU',
  });
  await addMember(t.system, {
    orgCode: 'TD.BB.B',
    birthDate: '1990-06-01',
    admissionDecisionDate: '2024-02-20',
    ceremonyDate: '2024-02-29',
    officialDate: '2025-02-28',
  });
  await addMember(t.system, {
    orgCode: 'TD.TRUONG',
    religion: 'CONG_GIAO',
    religiousAdherence: 'ANH_HUONG',
    education: null,
    admissionDecisionDate: '2015-03-02',
    ceremonyDate: '2015-03-09',
    officialDate: '2016-03-09',
  });
  await addMember(t.system, {
    orgCode: 'TD.TRUONG',
    gender: 'NU',
    religion: 'PHAT_GIAO',
    religiousAdherence: null,
    birthDate: '2000-01-15',
    admissionDecisionDate: '2026-01-10',
    ceremonyDate: '2026-01-15',
    officialDate: null,
  });
});
afterAll(() => t.close());

type Entry = { code: string; label: string; count: number };
type Structure = {
  org: { code: string; name: string };
  asOf: string;
  organizations: {
    grassroots: { total: number; committees: number; cells: number };
    subordinateCells: number;
  };
  members: { total: number } & Record<string, number>;
  breakdowns: Record<string, Entry[]>;
};

async function structure(query: string): Promise<Structure> {
  const admin = await t.login('admin1');
  const res = await admin.get(`/api/v1/reports/structure?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function changes(query: string) {
  const admin = await t.login('admin1');
  const res = await admin.get(`/api/v1/reports/changes?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  expect(body.endCount).toBe(body.startCount + body.increase.total - body.decrease.total);
  return body;
}
const countOf = (entries: Entry[], code: string) => entries.find((e) => e.code === code)?.count ?? 0;

describe('structure report', () => {
  beforeAll(async () => {
    await t.user('admin1', 'admin');
  });

  it('counts an admission from its decision and recognition from the official date', async () => {
    expect((await structure('org=TD.BB&asOf=2024-02-19')).members.total).toBe(1);
    const admitted = await structure('org=TD.BB&asOf=2024-02-20');
    expect(admitted.members).toMatchObject({ total: 2, probationary: 1, official: 1 });
    // Ceremony on 29/02/2024: twelve months of probation end on 28/02/2025, the day of recognition.
    const lastDay = await structure('org=TD.BB&asOf=2025-02-27');
    expect(lastDay.members).toMatchObject({ total: 2, probationary: 1, official: 1 });
    const recognized = await structure('org=TD.BB&asOf=2025-02-28');
    expect(recognized.members).toMatchObject({ total: 2, probationary: 0, official: 2 });
  });

  it('bands age in completed years on the as-of date (born 29/02: a year older on 28/02)', async () => {
    const before = await structure('org=TD.BB.A&asOf=2025-02-27');
    expect(countOf(before.breakdowns.ageBand!, '56-60')).toBe(1);
    const after = await structure('org=TD.BB.A&asOf=2025-02-28');
    expect(countOf(after.breakdowns.ageBand!, '56-60')).toBe(0);
    expect(countOf(after.breakdowns.ageBand!, '61+')).toBe(1);
  });

  it('gives every code of each list, in list order, and each breakdown sums to the total', async () => {
    const r = await structure('org=LC&asOf=2026-02-01');
    expect(r.org).toEqual({ code: 'LC', name: 'Đảng bộ tỉnh Lai Châu' });
    expect(r.asOf).toBe('2026-02-01');
    expect(r.members).toEqual({
      total: 4,
      female: 2,
      ethnicMinority: 1,
      probationary: 1,
      official: 3,
      exempted: 0,
      temporarilyExempted: 0,
      religious: 2,
    });
    expect(Object.keys(r.breakdowns)).toEqual([
      'gender',
      'ethnicity',
      'ageBand',
      'education',
      'professional',
      'politicalTheory',
      'occupation',
      'religion',
      'religiousAdherence',
    ]);
    for (const [name, entries] of Object.entries(r.breakdowns)) {
      expect(
        entries.reduce((s, e) => s + e.count, 0),
        name,
      ).toBe(4);
    }
    expect(r.breakdowns.gender).toEqual([
      { code: 'NAM', label: 'Nam', count: 2 },
      { code: 'NU', label: 'Nữ', count: 2 },
    ]);
    expect(r.breakdowns.ethnicity!.slice(0, 54).map((e) => e.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(countOf(r.breakdowns.ethnicity!, '01')).toBe(3);
    expect(countOf(r.breakdowns.ethnicity!, '08')).toBe(1);
    expect(r.breakdowns.ageBand!.map((e) => e.code)).toEqual([
      '18-30',
      '31-35',
      '36-40',
      '41-45',
      '46-50',
      '51-55',
      '56-60',
      '61+',
    ]);
    expect(countOf(r.breakdowns.occupation!, 'NONG_LAM_NGU')).toBe(1);
  });

  it('shows missing values as "Chưa rõ" and no religion as its own entry', async () => {
    const r = await structure('org=TD.TRUONG&asOf=2026-02-01');
    expect(r.members.total).toBe(2);
    expect(r.breakdowns.education!.at(-1)).toEqual({ code: 'UNKNOWN', label: 'Chưa rõ', count: 1 });
    expect(countOf(r.breakdowns.education!, 'THPT')).toBe(1);
    // No unknown entry where nothing is missing.
    expect(r.breakdowns.gender!.map((e) => e.code)).toEqual(['NAM', 'NU']);
    expect(countOf(r.breakdowns.religion!, 'CONG_GIAO')).toBe(1);
    expect(countOf(r.breakdowns.religion!, 'PHAT_GIAO')).toBe(1);
    expect(countOf(r.breakdowns.religion!, 'NONE')).toBe(0);
    expect(r.breakdowns.religiousAdherence).toEqual([
      { code: 'CHINH_THONG', label: 'Theo đạo chính thống', count: 0 },
      { code: 'ANH_HUONG', label: 'Chịu ảnh hưởng', count: 1 },
      { code: 'NONE', label: 'Không theo tôn giáo', count: 0 },
      { code: 'UNKNOWN', label: 'Chưa rõ', count: 1 },
    ]);
    const bb = await structure('org=TD.BB&asOf=2026-02-01');
    expect(countOf(bb.breakdowns.religion!, 'NONE')).toBe(2);
    expect(bb.members.religious).toBe(0);
  });

  it('counts a subtree, and the whole is the sum of its parts', async () => {
    const td = await structure('org=TD&asOf=2026-02-01');
    const bb = await structure('org=TD.BB&asOf=2026-02-01');
    const truong = await structure('org=TD.TRUONG&asOf=2026-02-01');
    expect(td.members.total).toBe(bb.members.total + truong.members.total);
    expect(td.organizations).toEqual({
      grassroots: { total: 2, committees: 1, cells: 1 },
      subordinateCells: 2,
    });
    expect(bb.organizations).toEqual({
      grassroots: { total: 1, committees: 1, cells: 0 },
      subordinateCells: 2,
    });
    expect((await structure('org=TD.BB.A&asOf=2026-02-01')).organizations.subordinateCells).toBe(1);
  });

  it('gives zeros before the org existed, under its first name', async () => {
    const r = await structure('org=TD.BB&asOf=2009-12-31');
    expect(r.org).toEqual({ code: 'TD.BB', name: 'Đảng bộ xã Bản Bo' });
    expect(r.members.total).toBe(0);
    expect(r.organizations).toEqual({
      grassroots: { total: 0, committees: 0, cells: 0 },
      subordinateCells: 0,
    });
    expect(r.breakdowns.gender).toEqual([
      { code: 'NAM', label: 'Nam', count: 0 },
      { code: 'NU', label: 'Nữ', count: 0 },
    ]);
  });

  it('defaults to the caller’s root org and to today', async () => {
    const admin = await structure('');
    expect(admin.org.code).toBe('LC');
    expect(admin.asOf).toBe(TODAY);
    const staff = await t.user('staff.bb', 'org_staff', 'TD.BB');
    const res = await staff.get('/api/v1/reports/structure');
    expect(res.statusCode).toBe(200);
    expect(res.json().org.code).toBe('TD.BB');
  });
});

describe('changes report', () => {
  it('counts admissions in the period and keeps the identity', async () => {
    const r = await changes('org=TD.BB&from=2024-01-01&to=2025-12-31');
    expect(r).toMatchObject({
      org: { code: 'TD.BB', name: 'Đảng bộ xã Bản Bo' },
      from: '2024-01-01',
      to: '2025-12-31',
      startCount: 1,
      endCount: 2,
      increase: { total: 1, admitted: 1, readmitted: 0, transferredIn: 0 },
      decrease: {
        total: 0,
        died: 0,
        expelled: 0,
        removed: 0,
        resigned: 0,
        admissionAnnulled: 0,
        transferredOut: 0,
      },
    });
    // Both ends count: an admission dated `from` or `to` is in the period.
    expect((await changes('org=TD.BB&from=2024-02-20&to=2024-02-20')).increase.admitted).toBe(1);
    expect((await changes('org=TD.BB&from=2024-02-21&to=2024-12-31')).increase.admitted).toBe(0);
    expect((await changes('org=TD.BB&from=2024-01-01&to=2024-02-20')).increase.admitted).toBe(1);
  });

  it('recognition is not a change; the end count matches the structure report', async () => {
    const r = await changes('org=TD.BB&from=2025-01-01&to=2025-12-31');
    expect(r.increase.total + r.decrease.total).toBe(0);
    expect(r.endCount).toBe((await structure('org=TD.BB&asOf=2025-12-31')).members.total);
  });

  it('a cell moved inside the subtree is no change; moved across its boundary it is a transfer', async () => {
    await establishOrg(t.system, {
      code: 'TD.BB.BP',
      name: 'Đảng bộ bộ phận khối bản',
      kind: 'DANG_BO_BO_PHAN',
      sector: 'KHAC',
      parentCode: 'TD.BB',
      effectiveDate: '2025-06-01',
    });
    await recordOrgEvent(t.system, 'TD.BB.B', {
      type: 'MOVE',
      parentCode: 'TD.BB.BP',
      effectiveDate: '2025-07-01',
    });
    const inside = await changes('org=TD.BB&from=2025-01-01&to=2025-12-31');
    expect(inside).toMatchObject({
      startCount: 2,
      endCount: 2,
      increase: { total: 0 },
      decrease: { total: 0 },
    });
    const bp = await changes('org=TD.BB.BP&from=2025-01-01&to=2025-12-31');
    expect(bp).toMatchObject({
      startCount: 0,
      endCount: 1,
      increase: { total: 1, transferredIn: 1, admitted: 0 },
    });
    // Leaving on 01/07: the day before the move still counts it.
    const bbb = await changes('org=TD.BB.BP&from=2025-07-01&to=2025-07-01');
    expect(bbb.increase.transferredIn).toBe(1);
    expect((await changes('org=TD.BB.BP&from=2025-07-02&to=2025-12-31')).increase.total).toBe(0);
    expect((await structure('org=TD.BB.BP&asOf=2025-06-30')).members.total).toBe(0);
    expect((await structure('org=TD.BB.BP&asOf=2025-07-01')).members.total).toBe(1);
  });

  it('a merge across the boundary moves members out of one subtree and into another', async () => {
    await recordOrgEvent(t.system, 'TD.TRUONG', {
      type: 'MERGE',
      survivorCode: 'TD.BB.A',
      effectiveDate: '2026-03-01',
    });
    const into = await changes('org=TD.BB&from=2026-01-01&to=2026-11-23');
    expect(into).toMatchObject({
      startCount: 2,
      endCount: 4,
      increase: { total: 2, transferredIn: 2, admitted: 0 },
      decrease: { total: 0 },
    });
    const outOf = await changes('org=TD.TRUONG&from=2026-01-01&to=2026-11-23');
    expect(outOf).toMatchObject({
      startCount: 1,
      endCount: 0,
      increase: { total: 1, admitted: 1 },
      decrease: { total: 2, transferredOut: 2 },
    });
    // For the district both orgs are inside: only the admission of January 2026 is a change.
    const whole = await changes('org=TD&from=2026-01-01&to=2026-11-23');
    expect(whole).toMatchObject({ startCount: 3, endCount: 4, increase: { total: 1, admitted: 1 } });
    expect(whole.decrease.total).toBe(0);
    const gone = await structure('org=TD.TRUONG&asOf=2026-03-01');
    expect(gone.members.total).toBe(0);
    expect(gone.organizations.grassroots.total).toBe(0);
    expect((await structure('org=TD.TRUONG&asOf=2026-02-28')).members.total).toBe(2);
  });

  it('defaults to 1 January of the year of `to`, and `to` to today', async () => {
    const r = await changes('org=TD');
    expect(r.to).toBe(TODAY);
    expect(r.from).toBe(`${TODAY.slice(0, 4)}-01-01`);
  });
});

describe('changes from membership events', () => {
  const ids: Record<string, string> = {};
  const event = (id: string, input: Record<string, unknown>) =>
    recordMembershipEvent(t.system, id, input as Parameters<typeof recordMembershipEvent>[2]);

  beforeAll(async () => {
    await establishOrg(t.system, {
      code: 'TD.CQ',
      name: 'Chi bộ cơ quan UBND huyện',
      kind: 'CHI_BO_CO_SO',
      sector: 'CO_QUAN',
      parentCode: 'TD',
      effectiveDate: '2010-01-01',
    });
    for (const [key, orgCode] of [
      ['died', 'TD.BB.A'],
      ['removed', 'TD.BB.A'],
      ['departed', 'TD.BB.A'],
      ['transferred', 'TD.CQ'],
      ['exempt', 'TD.CQ'],
    ] as const) {
      ids[key] = (await addMember(t.system, { orgCode })).id;
    }
    await event(ids.died!, { type: 'DIED', effectiveDate: '2026-05-01' });
    await event(ids.removed!, { type: 'REMOVED', effectiveDate: '2026-05-02', removalCause: 'BO_SINH_HOAT' });
    await event(ids.departed!, {
      type: 'DEPARTURE',
      effectiveDate: '2026-05-03',
      externalOrg: 'Đảng bộ tỉnh Yên Bái',
    });
    await event(ids.transferred!, {
      type: 'TRANSFER_ISSUED',
      effectiveDate: '2026-06-01',
      orgCode: 'TD.BB.A',
    });
    const issued = (await membershipState(t.system, ids.transferred!)).history.findLast(
      (h: { type: string }) => h.type === 'TRANSFER_ISSUED',
    )!;
    await decideTransfer(t.system, issued.id, 'accept', { effectiveDate: '2026-06-10' });
    await event(ids.exempt!, { type: 'EXEMPTION_START', effectiveDate: '2026-07-01' });
    await event(ids.removed!, { type: 'READMISSION', effectiveDate: '2026-08-01', orgCode: 'TD.BB.A' });
    await event(ids.departed!, { type: 'ARRIVAL', effectiveDate: '2026-09-01', orgCode: 'TD.CQ' });
  });

  it('counts each way of leaving and of coming back by its cause', async () => {
    const bb = await changes('org=TD.BB&from=2026-04-01&to=2026-11-23');
    expect(bb.increase).toEqual({ total: 2, admitted: 0, readmitted: 1, transferredIn: 1 });
    expect(bb.decrease).toEqual({
      total: 3,
      died: 1,
      expelled: 0,
      removed: 1,
      resigned: 0,
      admissionAnnulled: 0,
      transferredOut: 1,
    });
    const td = await changes('org=TD&from=2026-04-01&to=2026-11-23');
    expect(td.increase).toEqual({ total: 2, admitted: 0, readmitted: 1, transferredIn: 1 });
    expect(td.decrease).toMatchObject({ total: 3, died: 1, removed: 1, transferredOut: 1 });
  });

  it('a transfer in transit stays with the sender until it is accepted, counted once', async () => {
    const inTransit = '2026-06-05';
    const cq = await structure(`org=TD.CQ&asOf=${inTransit}`);
    const bb = await structure(`org=TD.BB&asOf=${inTransit}`);
    const td = await structure(`org=TD&asOf=${inTransit}`);
    expect(cq.members.total).toBe(2);
    expect(td.members.total).toBe(bb.members.total + cq.members.total);
    expect((await changes(`org=TD.CQ&from=2026-06-01&to=${inTransit}`)).decrease.total).toBe(0);
    expect((await changes('org=TD.CQ&from=2026-06-10&to=2026-06-10')).decrease.transferredOut).toBe(1);
    expect((await changes('org=TD.BB&from=2026-06-10&to=2026-06-10')).increase.transferredIn).toBe(1);
    expect((await changes('org=TD&from=2026-06-01&to=2026-06-30')).increase.total).toBe(0);
  });

  it('exempted members are still members, counted as exempted', async () => {
    const before = await structure('org=TD.CQ&asOf=2026-06-30');
    const after = await structure('org=TD.CQ&asOf=2026-07-01');
    expect(after.members.total).toBe(before.members.total);
    expect(before.members.exempted).toBe(0);
    expect(after.members.exempted).toBe(1);
    expect((await changes('org=TD.CQ&from=2026-07-01&to=2026-07-01')).increase.total).toBe(0);
  });
});

describe('bad input and access', () => {
  it('answers 400 in Vietnamese for bad dates and unknown parameters', async () => {
    const admin = await t.login('admin1');
    const cases: [string, string][] = [
      ['/api/v1/reports/structure?asOf=2025-02-30', 'asOf'],
      ['/api/v1/reports/structure?asOf=hom-nay', 'asOf'],
      ['/api/v1/reports/structure?asOf=2199-01-01', 'asOf'],
      ['/api/v1/reports/structure?org=TD&nam=2020', 'nam'],
      ['/api/v1/reports/changes?from=2025-02-01&to=2025-01-01', 'from'],
      ['/api/v1/reports/changes?from=2025-01-01&to=2199-01-01', 'to'],
      ['/api/v1/reports/changes?org=có%20dấu', 'org'],
    ];
    for (const [url, path] of cases) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        url,
      ).toContain(path);
      expect(res.json().detail).toMatch(/[à-ỹ]/);
    }
  });

  it('answers 404 for an unknown org and for an org outside the caller’s scope', async () => {
    const admin = await t.login('admin1');
    expect((await admin.get('/api/v1/reports/structure?org=KHONG.CO')).statusCode).toBe(404);
    const secretary = await t.user('bt.a', 'secretary', 'TD.BB.A');
    const outside = await secretary.get('/api/v1/reports/structure?org=TD.BB.BP');
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('Đảng bộ bộ phận');
    expect((await secretary.get('/api/v1/reports/changes?org=TD')).statusCode).toBe(404);
    expect((await secretary.get('/api/v1/reports/structure?org=TD.BB.A')).statusCode).toBe(200);
  });

  it('lets a viewer read the statistics and refuses a member (403) and anonymous callers (401)', async () => {
    const viewer = await t.user('lanhdao1', 'viewer', 'TD');
    expect((await viewer.get('/api/v1/reports/structure?org=TD.BB')).statusCode).toBe(200);
    const m = await addMember(t.system, {
      orgCode: 'TD.BB.A',
      admissionDecisionDate: '2026-11-01',
      ceremonyDate: '2026-11-02',
      officialDate: null,
    });
    const member = await t.user('dv1', 'member', null, m.id);
    expect((await member.get('/api/v1/reports/structure?org=TD.BB.A')).statusCode).toBe(403);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/reports/structure' });
    expect(anon.statusCode).toBe(401);
  });
});

describe('an installation with several root orgs', () => {
  it('reports the whole installation by default, to an admin only', async () => {
    await establishOrg(t.system, {
      code: 'YB',
      name: 'Đảng bộ tỉnh Yên Bái',
      kind: 'DANG_BO_TINH',
      sector: 'KHAC',
      parentCode: null,
      effectiveDate: '2020-01-01',
    });
    await establishOrg(t.system, {
      code: 'YB.CQ',
      name: 'Chi bộ Văn phòng Tỉnh ủy',
      kind: 'CHI_BO_CO_SO',
      sector: 'CO_QUAN',
      parentCode: 'YB',
      effectiveDate: '2020-01-01',
    });
    await addMember(t.system, {
      orgCode: 'YB.CQ',
      admissionDecisionDate: '2021-01-04',
      ceremonyDate: '2021-01-05',
      officialDate: null,
    });
    const all = await structure('asOf=2026-11-23');
    expect(all.org).toEqual({ code: null, name: 'Toàn hệ thống' });
    const lc = await structure('org=LC&asOf=2026-11-23');
    const yb = await structure('org=YB&asOf=2026-11-23');
    expect(all.members.total).toBe(lc.members.total + yb.members.total);
    expect(all.organizations.grassroots.total).toBe(
      lc.organizations.grassroots.total + yb.organizations.grassroots.total,
    );
    const changed = await changes('from=2021-01-01&to=2026-11-23');
    expect(changed.org.code).toBeNull();
    expect(changed.endCount).toBe(all.members.total);
    const lcChanged = await changes('org=LC&from=2021-01-01&to=2026-11-23');
    const ybChanged = await changes('org=YB&from=2021-01-01&to=2026-11-23');
    expect(changed.increase.admitted).toBe(lcChanged.increase.admitted + 1);
    // No member moved between the two roots, so every figure of the whole is the sum of theirs.
    for (const side of ['increase', 'decrease'] as const)
      for (const [cause, n] of Object.entries(changed[side]))
        expect(n, `${side}.${cause}`).toBe(lcChanged[side][cause] + ybChanged[side][cause]);
    expect(changed.startCount).toBe(lcChanged.startCount + ybChanged.startCount);
    const viewer = await t.login('lanhdao1');
    expect((await viewer.get('/api/v1/reports/structure')).json().org.code).toBe('TD');
  });
});

describe('a profile edit', () => {
  it('changes the breakdowns on every date, as the periods carry the member’s attributes', async () => {
    const member = await addMember(t.system, {
      orgCode: 'YB.CQ',
      ethnicity: '01',
      education: 'THPT',
      admissionDecisionDate: '2022-03-01',
      ceremonyDate: '2022-03-08',
      officialDate: '2023-03-08',
    });
    const before = await structure('org=YB&asOf=2022-12-31');
    await updateMember(t.system, member.id, { version: member.version, ethnicity: '05', education: null });
    for (const asOf of ['2022-12-31', '2026-11-23']) {
      const after = await structure(`org=YB&asOf=${asOf}`);
      expect(countOf(after.breakdowns.ethnicity!, '05')).toBe(1);
      expect(after.members.ethnicMinority).toBe(1);
      expect(countOf(after.breakdowns.education!, 'UNKNOWN')).toBe(1);
    }
    expect(countOf(before.breakdowns.ethnicity!, '05')).toBe(0);
    expect(countOf(before.breakdowns.education!, 'UNKNOWN')).toBe(0);
    expect(before.members.ethnicMinority).toBe(0);
  });
});
