import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../platform/db/query.ts';
import { type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { createToken } from '../users/service.ts';

/** A client by API token (no CSRF dance), with PUT, which the shared test client does not have. */
interface Api {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
}

let t: TestApp;
let staff: Api;
let secretaryA: Api;
let secretaryB: Api;
let viewer: Api;
let memberUser: Api;
let admin: Api;
let sponsors: { id: string }[];
let probationary: { id: string };

async function client(
  username: string,
  role: string,
  orgCode: string | null,
  memberId: string | null = null,
) {
  await t.user(username, role, orgCode, memberId);
  const token = await createToken(t.system, username, 'test');
  const headers = { authorization: `Bearer ${token}` };
  return {
    get: (url: string) => t.app.inject({ method: 'GET', url, headers }),
    post: (url: string, body: unknown) =>
      t.app.inject({ method: 'POST', url, headers, payload: body as object }),
    put: (url: string, body: unknown) =>
      t.app.inject({ method: 'PUT', url, headers, payload: body as object }),
  } satisfies Api;
}

beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  sponsors = [
    await addMember(t.system, { fullName: 'Lò Văn Sáng' }),
    await addMember(t.system, { fullName: 'Tao Thị Hoa' }),
  ];
  probationary = await addMember(t.system, {
    fullName: 'Vàng A Dế',
    admissionDecisionDate: '2026-03-01',
    ceremonyDate: '2026-03-10',
    officialDate: null,
    cardNumber: null,
  });
  staff = await client('tochuc', 'org_staff', 'TD');
  secretaryA = await client('bithu.a', 'secretary', 'TD.BB.A');
  secretaryB = await client('bithu.b', 'secretary', 'TD.BB.B');
  viewer = await client('lanhdao', 'viewer', 'TD');
  memberUser = await client('dangvien', 'member', null, sponsors[0]!.id);
  admin = await client('quantri', 'admin', null);
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))!.n;

let serial = 0;
function candidateInput(overrides: Record<string, unknown> = {}) {
  serial++;
  return {
    fullName: 'Lò Thị Mai',
    gender: 'NU',
    birthDate: '1998-06-01',
    ethnicity: '03',
    citizenId: `0341${String(serial).padStart(8, '0')}`,
    education: 'THPT',
    residence: 'Bản Nà Đon, xã Bản Bo',
    orgCode: 'TD.BB.A',
    youthUnion: true,
    rural: true,
    ...overrides,
  };
}

async function newCandidate(overrides: Record<string, unknown> = {}, by: Api = secretaryA) {
  const res = await by.post('/api/v1/admission/candidates', candidateInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number } & Record<string, unknown>;
}

const stepUrl = (id: string, step: string) => `/api/v1/admission/candidates/${id}/steps/${step}`;

/** The happy path's bodies, in order, for a subordinate cell (TD.BB.A). */
function pipeline(): [string, Record<string, unknown>][] {
  return [
    [
      'AWARENESS_CLASS',
      { date: '2025-06-10', certificateNumber: '125/CN-TTCT', issuer: 'Trung tâm Chính trị huyện' },
    ],
    [
      'SPONSORS',
      {
        date: '2026-09-01',
        mode: 'TWO_MEMBERS',
        sponsors: sponsors.map((s) => ({ memberId: s.id, workedTogetherSince: '2024-01-01' })),
      },
    ],
    ['BACKGROUND_CHECK', { date: '2026-09-20', conclusion: 'MEETS', note: 'Lý lịch rõ ràng.' }],
    [
      'COMMENTS',
      { date: '2026-09-25', residenceCell: 'Gương mẫu ở bản.', massOrganizations: 'Hội Phụ nữ nhất trí.' },
    ],
    [
      'DOSSIER',
      {
        date: '2026-10-01',
        items: ['APPLICATION', 'BIOGRAPHY', 'INTRODUCTION', 'BACKGROUND_CHECK', 'COMMENTS', 'CERTIFICATE'],
      },
    ],
    ['CELL_RESOLUTION', { date: '2026-10-05', number: '12-NQ/CB', agree: 6, total: 9 }],
    ['COMMITTEE_RESOLUTION', { date: '2026-10-12', number: '45-NQ/ĐU', agree: 7, total: 9 }],
    [
      'DECISION',
      { date: '2026-10-20', number: '120-QĐ/HU', issuingBody: 'Ban Thường vụ Huyện ủy Tam Đường' },
    ],
    ['CEREMONY', { date: '2026-11-20' }],
  ];
}

/** Records steps in order until (not including) `until`; returns the candidate's latest version. */
async function advance(id: string, until: string | null, by: Api = secretaryA): Promise<number> {
  let version = (await by.get(`/api/v1/admission/candidates/${id}`)).json().version as number;
  for (const [step, body] of pipeline()) {
    if (step === until) break;
    const res = await by.put(stepUrl(id, step), { ...body, version });
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
    version = res.json().version;
  }
  return version;
}

describe('candidates', () => {
  it('a secretary adds a candidate to their cell; it starts at the awareness class', async () => {
    const c = await newCandidate({ fullName: 'Lò  Thị   Mai' });
    expect(c.fullName).toBe('Lò Thị Mai');
    expect(c.orgCode).toBe('TD.BB.A');
    expect(c.status).toBe('ACTIVE');
    expect(c.currentStep).toBe('AWARENESS_CLASS');
    expect(c.citizenId).toMatch(/^\d{12}$/);
    expect((c.steps as unknown[]).length).toBe(9);
  });

  it.each([
    [
      'missing fields',
      { fullName: 'Lê Văn Bình', gender: undefined, birthDate: undefined },
      'gender',
      'Thiếu',
    ],
    ['a citizen ID not 12 digits', { citizenId: '123' }, 'citizenId', '12 chữ số'],
    ['an unknown ethnicity', { ethnicity: '99' }, 'ethnicity', 'danh mục'],
    ['an unknown field', { isAdmin: true }, 'isAdmin', 'không được hỗ trợ'],
    ['an impossible date', { birthDate: '2000-02-30' }, 'birthDate', 'không phải là ngày hợp lệ'],
    ['a committee instead of a cell', { orgCode: 'TD.BB' }, 'orgCode', 'chi bộ'],
  ])('refuses %s with 400, a Vietnamese message, and writes nothing', async (_l, override, path, message) => {
    const before = await count('admission_candidates');
    const audits = await count('audit_log');
    const res = await staff.post('/api/v1/admission/candidates', candidateInput(override));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const err = res.json().errors.find((e: { path: string }) => e.path === path);
    expect(err?.message, res.body).toContain(message);
    expect(await count('admission_candidates')).toBe(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it('refuses a citizen ID already on the roll or already in the pipeline (409)', async () => {
    const c = candidateInput();
    await secretaryA.post('/api/v1/admission/candidates', c);
    const again = await secretaryA.post('/api/v1/admission/candidates', { ...c });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('citizenId');
  });

  it('out of scope is 404: another cell creating, reading, listing or recording', async () => {
    const c = await newCandidate();
    const before = await count('admission_candidates');
    const create = await secretaryB.post('/api/v1/admission/candidates', candidateInput());
    expect(create.statusCode).toBe(404);
    expect(await count('admission_candidates')).toBe(before);
    expect((await secretaryB.get(`/api/v1/admission/candidates/${c.id}`)).statusCode).toBe(404);
    const step = await secretaryB.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      ...pipeline()[0]![1],
      version: c.version,
    });
    expect(step.statusCode).toBe(404);
    expect(await count('admission_steps')).toBe(
      (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM admission_steps`))!.n,
    );
    const list = (await secretaryB.get('/api/v1/admission/candidates')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    expect((await secretaryB.get('/api/v1/admission/candidates?org=TD.BB.A')).statusCode).toBe(404);
  });

  it('not found: unknown ids and steps', async () => {
    expect(
      (await staff.get('/api/v1/admission/candidates/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await staff.get('/api/v1/admission/candidates/khong-co')).statusCode).toBe(404);
    const c = await newCandidate();
    const bad = await secretaryA.put(stepUrl(c.id, 'PARTY'), { version: 1 });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the subtree in scope, with the current step and days in it', async () => {
    const c = await newCandidate({ fullName: 'Giàng Thị Dua' });
    const list = (await staff.get('/api/v1/admission/candidates?org=TD.BB')).json();
    const item = list.items.find((i: { id: string }) => i.id === c.id);
    expect(item.currentStep).toBe('AWARENESS_CLASS');
    expect(item.currentStepLabel).toBe('Học lớp nhận thức về Đảng');
    expect(item.daysInStep).toBeGreaterThanOrEqual(0);
    expect(list.total).toBeGreaterThanOrEqual(1);
  });

  it('a viewer reads without confidential fields and may not write; a member sees nothing', async () => {
    const c = await newCandidate();
    const seen = (await viewer.get(`/api/v1/admission/candidates/${c.id}`)).json();
    expect(seen.fullName).toBe('Lò Thị Mai');
    expect(seen.citizenId).toBeUndefined();
    expect(seen.canEdit).toBe(false);
    const write = await viewer.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      ...pipeline()[0]![1],
      version: c.version,
    });
    expect(write.statusCode).toBe(403);
    expect((await memberUser.get(`/api/v1/admission/candidates/${c.id}`)).statusCode).toBe(404);
    expect((await memberUser.get('/api/v1/admission/candidates')).statusCode).toBe(403);
  });
});

describe('steps', () => {
  it('refuses a step before the ones it rests on', async () => {
    const c = await newCandidate();
    const res = await secretaryA.put(stepUrl(c.id, 'DOSSIER'), { ...pipeline()[4]![1], version: c.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Học lớp nhận thức về Đảng');
  });

  it('invalid step input: 400 with field messages, nothing written', async () => {
    const c = await newCandidate();
    const steps = await count('admission_steps');
    const res = await secretaryA.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      version: c.version,
      date: '2025-13-01',
      certificateNumber: '',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['date', 'certificateNumber']));
    expect(await count('admission_steps')).toBe(steps);
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const c = await newCandidate();
    const ok = await secretaryA.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      ...pipeline()[0]![1],
      version: c.version,
    });
    expect(ok.statusCode).toBe(200);
    const stale = await secretaryA.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      ...pipeline()[0]![1],
      certificateNumber: 'KHAC',
      version: c.version,
    });
    expect(stale.statusCode).toBe(409);
    const now = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json();
    expect(now.steps[0].data.certificateNumber).toBe('125/CN-TTCT');
  });

  it('sponsors: a probationary member or under 12 months together is refused, with field paths', async () => {
    const c = await newCandidate();
    const version = await advance(c.id, 'SPONSORS');
    const res = await secretaryA.put(stepUrl(c.id, 'SPONSORS'), {
      version,
      date: '2026-09-01',
      mode: 'TWO_MEMBERS',
      sponsors: [
        { memberId: probationary.id, workedTogetherSince: '2024-01-01' },
        { memberId: sponsors[1]!.id, workedTogetherSince: '2025-09-02' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'sponsors.0.memberId',
      'sponsors.1.workedTogetherSince',
    ]);
    expect(res.json().errors[0].message).toContain('chính thức');
  });

  it('a youth-union member may be introduced by the union and one member', async () => {
    const c = await newCandidate();
    const version = await advance(c.id, 'SPONSORS');
    const res = await secretaryA.put(stepUrl(c.id, 'SPONSORS'), {
      version,
      date: '2026-09-01',
      mode: 'YOUTH_UNION',
      sponsors: [{ memberId: sponsors[0]!.id, workedTogetherSince: '2024-01-01' }],
      youthUnionResolutionNumber: '05-NQ/ĐTN',
      youthUnionResolutionDate: '2026-08-25',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().steps[1].data.sponsors[0].fullName).toBe('Lò Văn Sáng');
  });

  it('cell resolution: fewer than 2/3 is refused and nothing written', async () => {
    const c = await newCandidate();
    const version = await advance(c.id, 'CELL_RESOLUTION');
    const steps = await count('admission_steps');
    const res = await secretaryA.put(stepUrl(c.id, 'CELL_RESOLUTION'), {
      version,
      date: '2026-10-05',
      agree: 5,
      total: 9,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'agree' });
    expect(res.json().errors[0].message).toContain('hai phần ba');
    expect(await count('admission_steps')).toBe(steps);
  });

  it('cell resolution: an expired certificate and primary education are refused', async () => {
    const c = await newCandidate({ education: 'TIEU_HOC' });
    let version = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json().version;
    const cert = await secretaryA.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      version,
      date: '2021-10-05',
      certificateNumber: '1/CN',
    });
    version = cert.json().version;
    for (const [step, body] of pipeline().slice(1, 5)) {
      const r = await secretaryA.put(stepUrl(c.id, step), { ...body, version });
      expect(r.statusCode, r.body).toBe(200);
      version = r.json().version;
    }
    const res = await secretaryA.put(stepUrl(c.id, 'CELL_RESOLUTION'), { ...pipeline()[5]![1], version });
    expect(res.statusCode).toBe(400);
    const messages = res
      .json()
      .errors.map((e: { message: string }) => e.message)
      .join(' ');
    expect(messages).toContain('hết hạn');
    expect(messages).toContain('trung học cơ sở');
  });

  it('a ceremony after the 30th working day needs the upper committee consent', async () => {
    const c = await newCandidate();
    let version = await advance(c.id, 'COMMITTEE_RESOLUTION');
    // Committee and decision on Monday 5/10/2026: the 30th working day after is Monday 16/11/2026.
    for (const [step, body] of [
      ['COMMITTEE_RESOLUTION', { date: '2026-10-05', number: '45-NQ/ĐU', agree: 7, total: 9 }],
      ['DECISION', { date: '2026-10-05', number: '120-QĐ/HU', issuingBody: 'Ban Thường vụ Huyện ủy' }],
    ] as const) {
      const r = await secretaryA.put(stepUrl(c.id, step), { ...body, version });
      expect(r.statusCode, r.body).toBe(200);
      version = r.json().version;
    }
    const decided = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json();
    expect(decided.ceremonyDeadline).toBe('2026-11-16');
    const members = await count('members');
    const late = await secretaryA.put(stepUrl(c.id, 'CEREMONY'), { version, date: '2026-11-17' });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].path).toBe('lateApproval');
    expect(late.json().errors[0].message).toContain('16/11/2026');
    expect(await count('members')).toBe(members);
    const consented = await secretaryA.put(stepUrl(c.id, 'CEREMONY'), {
      version,
      date: '2026-11-17',
      lateApproval: 'Công văn 88-CV/HU đồng ý tổ chức muộn',
    });
    expect(consented.statusCode, consented.body).toBe(200);
    expect(consented.json().status).toBe('ADMITTED');
    const ceremony = consented.json().steps.find((s: { step: string }) => s.step === 'CEREMONY');
    expect(ceremony.warnings[0]).toContain('đồng ý của cấp ủy cấp trên');
    expect(await count('members')).toBe(members + 1);
  });
});

describe('the whole pipeline', () => {
  it('takes a candidate through every step to a probationary member with an ADMISSION event', async () => {
    const c = await newCandidate({ fullName: 'Lò Thị Mai' });
    const audits = await count('audit_log');
    await advance(c.id, null);
    const done = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json();
    expect(done.status).toBe('ADMITTED');
    expect(done.ceremonyDate).toBe('2026-11-20');
    expect(done.currentStep).toBeNull();
    expect(done.steps.every((s: { done: boolean }) => s.done)).toBe(true);
    expect(done.memberId).toBeTruthy();
    // 9 steps, each audited, plus the member's creation (and the reads we made are dossier reads).
    const stepAudits = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${c.id} AND action = 'admission.step.record'`,
    );
    expect(stepAudits!.n).toBe(9);
    expect(await count('audit_log')).toBeGreaterThan(audits + 9);

    const member = (await secretaryA.get(`/api/v1/members/${done.memberId}`)).json();
    expect(member.fullName).toBe('Lò Thị Mai');
    expect(member.orgCode).toBe('TD.BB.A');
    expect(member.status).toBe('PROBATIONARY');
    expect(member.admissionDecisionDate).toBe('2026-10-20');
    expect(member.ceremonyDate).toBe('2026-11-20');
    expect(member.history[0]).toMatchObject({
      type: 'ADMISSION',
      effectiveDate: '2026-10-20',
      decisionNumber: '120-QĐ/HU',
      issuingBody: 'Ban Thường vụ Huyện ủy Tam Đường',
    });
    expect(member.history[0].details.ceremonyDate).toBe('2026-11-20');

    // Admitted: the pipeline is closed.
    const again = await secretaryA.put(stepUrl(c.id, 'COMMENTS'), {
      ...pipeline()[3]![1],
      version: done.version,
    });
    expect(again.statusCode).toBe(409);
  });

  it('a grassroots cell skips the grassroots committee resolution', async () => {
    const c = await newCandidate({ orgCode: 'TD.TRUONG' }, staff);
    let version = c.version;
    for (const [step, body] of pipeline()) {
      if (step === 'COMMITTEE_RESOLUTION') {
        const skip = await staff.put(stepUrl(c.id, step), { ...body, version });
        expect(skip.statusCode).toBe(400);
        continue;
      }
      const res = await staff.put(stepUrl(c.id, step), { ...body, version });
      expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
      version = res.json().version;
    }
  });

  it('a failure while creating the member rolls the ceremony back', async () => {
    const c = await newCandidate();
    const version = await advance(c.id, 'CEREMONY');
    // Someone enters the same person on the roll directly meanwhile.
    const citizenId = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json().citizenId;
    await addMember(t.system, { citizenId });
    const members = await count('members');
    const res = await secretaryA.put(stepUrl(c.id, 'CEREMONY'), { version, date: '2026-11-20' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('citizenId');
    expect(await count('members')).toBe(members);
    const still = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json();
    expect(still.status).toBe('ACTIVE');
    expect(still.version).toBe(version);
    expect(still.steps.find((s: { step: string }) => s.step === 'CEREMONY').done).toBe(false);
  });
});

describe('withdrawing', () => {
  it('withdraws with a reason; then nothing more can be recorded', async () => {
    const c = await newCandidate();
    const missing = await secretaryA.post(`/api/v1/admission/candidates/${c.id}/withdraw`, {
      version: c.version,
    });
    expect(missing.statusCode).toBe(400);
    const res = await secretaryA.post(`/api/v1/admission/candidates/${c.id}/withdraw`, {
      version: c.version,
      date: '2026-11-01',
      reason: 'Chuyển công tác ra khỏi địa bàn',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnReason: 'Chuyển công tác ra khỏi địa bàn',
    });
    const step = await secretaryA.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      ...pipeline()[0]![1],
      version: res.json().version,
    });
    expect(step.statusCode).toBe(409);
    const active = (await secretaryA.get('/api/v1/admission/candidates')).json();
    expect(active.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });
});

describe('annual plans', () => {
  it('sets a plan and shows progress from candidates admitted that year in the subtree', async () => {
    const put = await staff.put('/api/v1/admission/plans/TD.BB/2026', {
      targetTotal: 5,
      targetYouthUnion: 3,
      targetWomen: 2,
      targetEthnicMinority: 4,
      targetRural: 4,
    });
    expect(put.statusCode, put.body).toBe(200);
    const plan = put.json();
    expect(plan.plan.targetTotal).toBe(5);
    // The whole-pipeline test admitted Lò Thị Mai (Thái, woman, youth union, rural) in TD.BB.A.
    expect(plan.progress.total).toBeGreaterThanOrEqual(1);
    expect(plan.progress.women).toBe(plan.progress.total);
    expect(plan.progress.ethnicMinority).toBe(plan.progress.total);
    const other = (await staff.get('/api/v1/admission/plans?org=TD.BB&year=2025')).json();
    expect(other.plan).toBeNull();
    expect(other.progress.total).toBe(0);
    // Edits need the version read.
    const stale = await staff.put('/api/v1/admission/plans/TD.BB/2026', { targetTotal: 6 });
    expect(stale.statusCode).toBe(409);
    const ok = await staff.put('/api/v1/admission/plans/TD.BB/2026', {
      targetTotal: 6,
      version: plan.plan.version,
    });
    expect(ok.json().plan.targetTotal).toBe(6);
  });

  it('refuses group targets above the total, and out-of-scope orgs', async () => {
    const bad = await staff.put('/api/v1/admission/plans/TD.BB/2027', { targetTotal: 2, targetWomen: 3 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('targetWomen');
    expect((await secretaryB.get('/api/v1/admission/plans?org=TD.BB.A&year=2026')).statusCode).toBe(404);
    expect(
      (await secretaryB.put('/api/v1/admission/plans/TD.BB.A/2026', { targetTotal: 1 })).statusCode,
    ).toBe(404);
    expect((await viewer.put('/api/v1/admission/plans/TD.BB/2028', { targetTotal: 1 })).statusCode).toBe(403);
  });
});

describe('settings', () => {
  it('defaults from the regulations; only an admin changes them', async () => {
    const s = (await secretaryA.get('/api/v1/admission/settings')).json();
    expect(s).toMatchObject({
      certificateValidityMonths: 60,
      ceremonyWorkingDays: 30,
      primaryEducationInHighland: true,
    });
    const body = { certificateValidityMonths: 48, ceremonyWorkingDays: 30, primaryEducationInHighland: true };
    expect((await staff.put('/api/v1/admission/settings', body)).statusCode).toBe(403);
    expect(
      (await admin.put('/api/v1/admission/settings', { ...body, ceremonyWorkingDays: 0 })).statusCode,
    ).toBe(400);
    const saved = await admin.put('/api/v1/admission/settings', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().certificateValidityMonths).toBe(48);
    const c = await newCandidate();
    const version = (await secretaryA.get(`/api/v1/admission/candidates/${c.id}`)).json().version;
    const cert = await secretaryA.put(stepUrl(c.id, 'AWARENESS_CLASS'), {
      version,
      date: '2025-06-10',
      certificateNumber: '9/CN',
    });
    expect(cert.json().certificateExpiry).toBe('2029-06-10');
    const back = await admin.put('/api/v1/admission/settings', {
      ...body,
      certificateValidityMonths: 60,
      version: 1,
    });
    expect(back.statusCode, back.body).toBe(200);
  });
});
