import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../platform/db/query.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { cellAMembers, pdfBytes, tokenClient } from './testing.ts';

// TODAY is 2026-11-23 (src/testing/app.ts): December's plan was due on 20/11.
let t: TestApp;
let staff: Client;
let commune: Client;
let secretaryA: Client;
let secretaryB: Client;
let viewer: Client;
let assessor: Client;
let memberA: Client;
let memberB: Client;
let exemptClient: Client;
const ids: Record<string, string> = {};

const count = async (table: string) =>
  (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;

beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  staff = await t.user('tochuc', 'org_staff', 'TD');
  commune = await t.user('bithu.xa', 'secretary', 'TD.BB');
  secretaryA = await t.user('bithu.a', 'secretary', 'TD.BB.A');
  secretaryB = await t.user('bithu.b', 'secretary', 'TD.BB.B');
  viewer = await t.user('xem', 'viewer', 'TD');
  assessor = await t.user('giamsat', 'org_staff', 'TD.BB');
  const { add: a, ...cell } = await cellAMembers(t);
  Object.assign(ids, cell);
  ids.exempt = await a('Lò Văn Miễn');
  ids.away = await a('Lò Văn Tạm');
  ids.b1 = (await addMember(t.system, { fullName: 'Tòng Văn Bê', orgCode: 'TD.BB.B' })).id;
  const event = (id: string, body: object) => staff.post(`/api/v1/members/${id}/events`, body);
  expect((await event(ids.exempt, { type: 'EXEMPTION_START', effectiveDate: '2026-01-05' })).statusCode).toBe(
    201,
  );
  expect(
    (await event(ids.away, { type: 'TEMP_TRANSFER_START', effectiveDate: '2026-02-01', orgCode: 'TD.BB.B' }))
      .statusCode,
  ).toBe(201);
  memberA = await t.user('dv.mot', 'member', null, ids.a1);
  memberB = await t.user('dv.be', 'member', null, ids.b1);
  exemptClient = await t.user('dv.mien', 'member', null, ids.exempt);
});
afterAll(() => t.close());

const plan = (client: Client, body: Record<string, unknown> = {}) =>
  client.post('/api/v1/meetings', {
    orgCode: 'TD.BB.A',
    kind: 'REGULAR',
    plannedDate: '2026-12-05',
    startTime: '19:30',
    place: 'Nhà văn hóa bản Nà Đon',
    topic: 'Sinh hoạt thường kỳ tháng 12',
    agenda: '1. Đánh giá tháng 11\n2. Nhiệm vụ tháng 12',
    ...body,
  });

const present = (...memberIds: string[]) => memberIds.map((memberId) => ({ memberId, status: 'PRESENT' }));
const minutes = {
  content: 'Đánh giá kết quả tháng.',
  conclusions: 'Thống nhất nhiệm vụ tháng tới.',
  votes: [],
};

describe('planning', () => {
  it('a secretary plans next month; past the 20th the plan is late; the same month twice is refused', async () => {
    const res = await plan(secretaryA);
    expect(res.statusCode).toBe(201);
    const m = res.json();
    ids.december = m.id;
    expect(m).toMatchObject({
      status: 'PLANNED',
      month: '2026-12',
      planDeadline: '2026-11-20',
      planLate: true,
    });
    // Planned: the exempt member listed not expected; the member away at B not expected here.
    const listed = Object.fromEntries(
      m.attendanceList.map((a: { memberId: string; expected: boolean }) => [a.memberId, a.expected]),
    );
    expect(listed[ids.a1!]).toBe(true);
    expect(listed[ids.exempt!]).toBe(false);
    expect(listed[ids.away!]).toBe(false);
    expect(listed[ids.b1!]).toBeUndefined();
    const before = await count('meetings');
    const again = await plan(secretaryA, { plannedDate: '2026-12-12' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('đã có kế hoạch');
    expect(await count('meetings')).toBe(before);
    // A thematic meeting the same month is fine; January's plan is on time.
    expect(
      (await plan(secretaryA, { kind: 'THEMATIC', topic: 'Chuyên đề: học tập và làm theo Bác' })).statusCode,
    ).toBe(201);
    const january = await plan(secretaryA, { plannedDate: '2027-01-08', topic: 'Tháng 1' });
    expect(january.json().planLate).toBe(false);
  });

  it('refuses invalid plans with a message per field and writes nothing', async () => {
    const before = await count('meetings');
    const bad = await plan(secretaryA, {
      topic: '',
      kind: 'PARTY',
      plannedDate: '2026-02-30',
      startTime: '25:00',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['kind', 'plannedDate', 'startTime', 'topic']);
    const committee = await plan(staff, { orgCode: 'TD.BB', plannedDate: '2026-12-10' });
    expect(committee.statusCode).toBe(400);
    expect(committee.json().errors[0].path).toBe('orgCode');
    expect(await count('meetings')).toBe(before);
  });

  it('others: 404 outside the scope, 403 for viewers and members, 404 for unknown orgs and meetings', async () => {
    expect((await plan(secretaryB)).statusCode).toBe(404);
    expect((await plan(viewer)).statusCode).toBe(403);
    expect((await plan(memberA)).statusCode).toBe(404);
    expect((await plan(staff, { orgCode: 'KHONG.CO' })).statusCode).toBe(404);
    expect((await secretaryB.get(`/api/v1/meetings/${ids.december}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/v1/meetings/${ids.december}`)).statusCode).toBe(200);
    expect((await staff.get('/api/v1/meetings/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/meetings/abc')).statusCode).toBe(404);
    const list = await secretaryA.get('/api/v1/meetings?org=TD.BB.A');
    expect(list.json().total).toBe(3);
    expect((await secretaryB.get('/api/v1/meetings?org=TD.BB.A')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/meetings?pageSize=1000')).statusCode).toBe(400);
  });

  it('edits and cancels a plan with its version', async () => {
    const m = (
      await plan(secretaryA, { kind: 'EXTRAORDINARY', plannedDate: '2026-12-20', topic: 'Bất thường' })
    ).json();
    const stale = await secretaryA.patch(`/api/v1/meetings/${m.id}`, {
      version: m.version + 1,
      place: 'Khác',
    });
    expect(stale.statusCode).toBe(409);
    const ok = await secretaryA.patch(`/api/v1/meetings/${m.id}`, {
      version: m.version,
      status: 'CANCELLED',
      cancelReason: 'Không còn cần họp bất thường',
    });
    expect(ok.json().status).toBe('CANCELLED');
  });
});

describe('documents', () => {
  it('accepts a PDF, refuses it twice, refuses other types and oversize files, nothing written', async () => {
    const sec = await tokenClient(t, 'bithu.a');
    const url = `/api/v1/meetings/${ids.december}/documents`;
    const res = await sec.upload(url, 'Nghị quyết tháng 12.pdf', pdfBytes());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fileName: 'Nghị quyết tháng 12.pdf', mimeType: 'application/pdf' });
    ids.doc = res.json().id;
    const before = await count('meeting_documents');
    expect((await sec.upload(url, 'copy.pdf', pdfBytes())).statusCode).toBe(409);
    const exe = await sec.upload(url, 'tai-lieu.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3]));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().detail).toContain('không phải PDF');
    const admin = await tokenClient(t, (await t.user('quantri', 'admin')) && 'quantri');
    const settings = (await admin.get('/api/v1/meetings/settings')).json();
    const { defaults: _d, ...values } = settings;
    expect(
      (await admin.put('/api/v1/meetings/settings', { ...values, maxDocumentBytes: 2048 })).statusCode,
    ).toBe(200);
    const big = await sec.upload(url, 'lon.pdf', new Uint8Array([...pdfBytes(), ...new Uint8Array(4000)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain('vượt quá giới hạn');
    const now = (await admin.get('/api/v1/meetings/settings')).json();
    await admin.put('/api/v1/meetings/settings', {
      ...values,
      version: now.version,
      maxDocumentBytes: 10485760,
    });
    expect(await count('meeting_documents')).toBe(before);
    // Not a multipart body, or another cell's secretary: refused.
    expect((await secretaryA.post(url, { file: 'x' })).statusCode).toBe(400);
    const other = await tokenClient(t, 'bithu.b');
    expect((await other.upload(url, 'x.pdf', pdfBytes('khác'))).statusCode).toBe(404);
  });

  it('downloads for the cell and its members, audited; not for others', async () => {
    const url = `/api/v1/meetings/${ids.december}/documents/${ids.doc}`;
    const res = await memberA.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Ngh%E1%BB%8B");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await memberB.get(url)).statusCode).toBe(404);
    expect((await secretaryB.get(url)).statusCode).toBe(404);
    const audited = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'meeting.document.download' AND entity_id = ${ids.doc}`,
    );
    expect(audited!.n).toBe(1);
  });
});

describe("the member's own view", () => {
  it('shows the card, the upcoming meeting with its document, and takes an absence report with a reason', async () => {
    const home = (await memberA.get('/api/v1/me/home')).json();
    expect(home.card).toMatchObject({ fullName: 'Lò Văn Một', cell: { code: 'TD.BB.A' } });
    const dec = home.upcoming.find((m: { id: string }) => m.id === ids.december);
    expect(dec.documents.map((d: { fileName: string }) => d.fileName)).toEqual(['Nghị quyết tháng 12.pdf']);
    const url = `/api/v1/meetings/${ids.december}/reply`;
    const noReason = await memberA.post(url, { attending: false });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ path: 'reason', message: 'Báo vắng cần nêu lý do.' });
    const ok = await memberA.post(url, { attending: false, reason: 'Đi công tác huyện' });
    expect(ok.json()).toMatchObject({ reply: 'ABSENT', reason: 'Đi công tác huyện' });
    const again = (await memberA.get('/api/v1/me/home')).json();
    expect(again.upcoming.find((m: { id: string }) => m.id === ids.december).reply).toBe('ABSENT');
    const detail = (await secretaryA.get(`/api/v1/meetings/${ids.december}`)).json();
    expect(detail.attendanceList.find((a: { memberId: string }) => a.memberId === ids.a1)).toMatchObject({
      reply: 'ABSENT',
      replyReason: 'Đi công tác huyện',
    });
  });

  it('refuses replies from members not expected or not in the cell; staff have no member view', async () => {
    const url = `/api/v1/meetings/${ids.december}/reply`;
    expect((await memberB.post(url, { attending: true })).statusCode).toBe(404);
    expect((await exemptClient.post(url, { attending: true })).statusCode).toBe(400);
    expect((await secretaryA.post(url, { attending: true })).statusCode).toBe(403);
    expect((await staff.get('/api/v1/me/home')).statusCode).toBe(403);
    expect(
      (await memberA.post('/api/v1/meetings/00000000-0000-0000-0000-000000000000/reply', { attending: true }))
        .statusCode,
    ).toBe(404);
  });
});

describe('holding the meeting', () => {
  let version: number;
  beforeAll(async () => {
    const m = (await plan(secretaryA, { plannedDate: '2026-11-10', topic: 'Tháng 11' })).json();
    ids.november = m.id;
    version = m.version;
  });

  it('refuses a future date, strangers and missing members, writing nothing', async () => {
    const url = `/api/v1/meetings/${ids.november}/hold`;
    const all = present(ids.a1!, ids.a2!, ids.a3!, ids.a4!, ids.probationary!);
    const future = await secretaryA.post(url, { version, heldOn: '2026-11-24', attendance: all, minutes });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({
      path: 'heldOn',
      message: 'Ngày sinh hoạt không được sau hôm nay.',
    });
    const stranger = await secretaryA.post(url, {
      version,
      heldOn: '2026-11-10',
      attendance: [...all, ...present(ids.b1!)],
      minutes,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().detail).toContain('không sinh hoạt ở chi bộ này');
    const missing = await secretaryA.post(url, {
      version,
      heldOn: '2026-11-10',
      attendance: all.slice(1),
      minutes,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toContain('Chưa điểm danh: Lò Văn Một');
    expect(await count('meeting_attendance')).toBe(1); // only the reply to December
  });

  it('records attendance, rate and quorum; the second identical submission is refused', async () => {
    const url = `/api/v1/meetings/${ids.november}/hold`;
    const body = {
      version,
      heldOn: '2026-11-10',
      attendance: [
        ...present(ids.a1!, ids.a2!, ids.a3!, ids.probationary!),
        { memberId: ids.a4, status: 'ABSENT_UNEXCUSED' },
        { memberId: ids.exempt, status: 'PRESENT' },
      ],
      minutes: { ...minutes, votes: [{ subject: 'Nghị quyết tháng 11', agree: 5, disagree: 0, abstain: 0 }] },
    };
    const res = await secretaryA.post(url, body);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.status).toBe('HELD');
    // Expected: a1–a4 and the probationary member (5); the exempt member came and counts for the quorum only.
    expect(m.summary).toMatchObject({ expected: 5, present: 4, unexcused: 1, rate: 80 });
    expect(m.quorum).toEqual({ base: 5, present: 4, required: 4, met: true });
    expect((await secretaryA.post(url, body)).statusCode).toBe(409);
  });

  it('gives tasks to listed members, due after the meeting; refuses duplicates and strangers', async () => {
    const url = `/api/v1/meetings/${ids.november}/tasks`;
    const ok = await secretaryA.post(url, {
      memberId: ids.a2,
      title: 'Vận động hộ dân làm đường',
      dueOn: '2026-11-20',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().tasks).toHaveLength(1);
    expect(
      (
        await secretaryA.post(url, {
          memberId: ids.a2,
          title: 'Vận động hộ dân làm đường',
          dueOn: '2026-11-20',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await secretaryA.post(url, { memberId: ids.b1, title: 'X', dueOn: '2026-11-20' })).statusCode,
    ).toBe(400);
    const early = await secretaryA.post(url, { memberId: ids.a3, title: 'Y', dueOn: '2026-11-01' });
    expect(early.json().errors[0].path).toBe('dueOn');
    expect((await viewer.post(url, { memberId: ids.a3, title: 'Y', dueOn: '2026-12-01' })).statusCode).toBe(
      403,
    );
  });

  it('closes and locks; corrections need a reason and are audited', async () => {
    const current = (await secretaryA.get(`/api/v1/meetings/${ids.november}`)).json();
    const closed = await secretaryA.post(`/api/v1/meetings/${ids.november}/close`, {
      version: current.version,
    });
    expect(closed.json().status).toBe('CLOSED');
    const body = {
      version: closed.json().version,
      heldOn: '2026-11-10',
      attendance: [
        ...present(ids.a1!, ids.a2!, ids.a3!, ids.probationary!),
        { memberId: ids.a4, status: 'ABSENT_EXCUSED', reason: 'Ốm' },
      ],
      minutes,
    };
    const noReason = await secretaryA.post(`/api/v1/meetings/${ids.november}/hold`, body);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('correctionReason');
    const fixed = await secretaryA.post(`/api/v1/meetings/${ids.november}/hold`, {
      ...body,
      correctionReason: 'Đồng chí Bốn đã báo ốm trước',
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ status: 'CLOSED', summary: { excused: 1, unexcused: 0 } });
    const audit = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'meeting.correct' AND entity_id = ${ids.november}`,
    );
    expect(audit!.n).toBe(1);
    expect(
      (
        await secretaryA.post(`/api/v1/meetings/${ids.november}/tasks`, {
          memberId: ids.a3,
          title: 'Z',
          dueOn: '2026-12-01',
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('quality and the upper level', () => {
  const scores = {
    PREPARATION: 14,
    TIME_ATTENDANCE: 12,
    CONTENT: 22,
    LEADERSHIP: 13,
    EDUCATION_COMBAT: 12,
    RESULTS: 12,
  };
  it('the cell self-assesses; only the level above confirms', async () => {
    const url = `/api/v1/meetings/${ids.november}/assessment`;
    const self = await secretaryA.post(url, {
      stage: 'SELF',
      scores: { ...scores, CONTENT: 25, RESULTS: 15 },
    });
    expect(self.statusCode).toBe(200);
    // 91 points but 80% attendance: not Tốt.
    expect(self.json()).toMatchObject({ selfAssessment: { total: 91, level: 'KHA' }, qualityLevel: 'KHA' });
    expect((await secretaryA.post(url, { stage: 'CONFIRMED', scores })).statusCode).toBe(403);
    expect((await secretaryB.post(url, { stage: 'CONFIRMED', scores })).statusCode).toBe(404);
    const bad = await commune.post(url, { stage: 'CONFIRMED', scores: { ...scores, CONTENT: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('scores.CONTENT');
    const ok = await commune.post(url, {
      stage: 'CONFIRMED',
      scores: { ...scores, CONTENT: 10 },
      comment: 'Nội dung còn chung chung.',
    });
    expect(ok.json()).toMatchObject({
      confirmedAssessment: { total: 73, level: 'KHA' },
      selfAssessment: { total: 91 },
    });
    const planned = await commune.post(`/api/v1/meetings/${ids.december}/assessment`, {
      stage: 'SELF',
      scores,
    });
    expect(planned.statusCode).toBe(400);
  });

  it('the level above assigns an assessor, who sees the schedule and reports', async () => {
    const assign = { orgCode: 'TD.BB.A', month: '2026-11', username: 'giamsat' };
    expect((await secretaryA.post('/api/v1/meetings/roster', assign)).statusCode).toBe(403);
    expect(
      (await commune.post('/api/v1/meetings/roster', { ...assign, username: 'bithu.b' })).statusCode,
    ).toBe(400);
    expect((await commune.post('/api/v1/meetings/roster', { ...assign, month: '2026-13' })).statusCode).toBe(
      400,
    );
    expect((await commune.post('/api/v1/meetings/roster', assign)).statusCode).toBe(201);
    expect((await commune.post('/api/v1/meetings/roster', assign)).statusCode).toBe(409);
    const roster = (await staff.get('/api/v1/meetings/roster?month=2026-11')).json();
    expect(roster.items).toHaveLength(1);
    const schedule = (await assessor.get('/api/v1/me/schedule?month=2026-11')).json();
    expect(schedule.meetings.map((m: { id: string }) => m.id)).toContain(ids.november);
    const report = await assessor.post(`/api/v1/meetings/${ids.november}/observation`, {
      attended: true,
      comment: 'Chi bộ chuẩn bị chu đáo.',
      level: 'KHA',
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().observers[0]).toMatchObject({ username: 'giamsat', attended: true, level: 'KHA' });
    expect(
      (await staff.post(`/api/v1/meetings/${ids.november}/observation`, { attended: true })).statusCode,
    ).toBe(403);
  });
});

describe('compliance: absences, to-do, dashboard and report', () => {
  beforeAll(async () => {
    // Three more months in which a4 was absent without reason (August–October), one of them thematic.
    for (const [date, kind] of [
      ['2026-08-12', 'REGULAR'],
      ['2026-09-10', 'THEMATIC'],
      ['2026-10-08', 'REGULAR'],
    ] as const) {
      const m = (
        await plan(secretaryA, { plannedDate: date, kind, topic: `Tháng ${date.slice(5, 7)}` })
      ).json();
      const res = await secretaryA.post(`/api/v1/meetings/${m.id}/hold`, {
        version: m.version,
        heldOn: date,
        attendance: [
          ...present(ids.a1!, ids.a2!, ids.a3!, ids.probationary!),
          { memberId: ids.a4, status: 'ABSENT_UNEXCUSED' },
        ],
        minutes,
      });
      expect(res.statusCode).toBe(200);
      if (date === '2026-10-08')
        await secretaryA.post(`/api/v1/meetings/${m.id}/tasks`, {
          memberId: ids.a3,
          title: 'Rà soát hộ nghèo',
          dueOn: '2026-11-01',
        });
    }
  });

  it('the to-do list names the member absent three times, and cells without plans or meetings', async () => {
    const items = (await commune.get('/api/v1/todo')).json().items as {
      kind: string;
      subject: { id: string };
    }[];
    expect(items.filter((i) => i.kind === 'ABSENT_WITHOUT_REASON').map((i) => i.subject.id)).toEqual([
      ids.a4,
    ]);
    // B has neither a plan for December (due 20/11) nor a regular meeting in October.
    const kindsB = items
      .filter((i) => i.subject.id === 'TD.BB.B')
      .map((i) => i.kind)
      .sort();
    expect(kindsB).toEqual(['PLAN_MISSING', 'REGULAR_MEETING_MISSING']);
    expect(items.filter((i) => i.subject.id === 'TD.BB.A').map((i) => i.kind)).toEqual([]);
  });

  it('the dashboard shows the grid, trend, late plans and overdue tasks; members may not see it', async () => {
    const res = await commune.get('/api/v1/meetings/dashboard?year=2026');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.grid.total).toBe(2);
    const a = d.grid.cells.find((c: { code: string }) => c.code === 'TD.BB.A');
    expect(a.months.find((m: { month: string }) => m.month === '2026-11').meetings[0]).toMatchObject({
      kind: 'REGULAR',
      qualityLevel: 'KHA',
    });
    expect(d.months.find((m: { month: string }) => m.month === '2026-10')).toMatchObject({
      regularHeld: 1,
      cellsWithoutRegular: 1,
      attendanceRate: 80,
    });
    expect(d.quarters.find((q: { quarter: string }) => q.quarter === '2026-Q3')).toMatchObject({
      cellsWithThematic: 1,
      cellsWithoutThematic: 1,
    });
    expect(d.latePlans.total).toBeGreaterThanOrEqual(4);
    expect(d.missingPlans.items.map((c: { code: string }) => c.code)).toEqual(['TD.BB.B']);
    expect(d.overdueTasks.items.map((t: { title: string }) => t.title)).toEqual([
      'Rà soát hộ nghèo',
      'Vận động hộ dân làm đường',
    ]);
    expect((await memberA.get('/api/v1/meetings/dashboard')).statusCode).toBe(403);
    expect((await secretaryB.get('/api/v1/meetings/dashboard?org=TD.BB.A')).statusCode).toBe(404);
    expect((await commune.get('/api/v1/meetings/dashboard?year=abc')).statusCode).toBe(400);
  });

  it('the report adds up per cell and in total', async () => {
    const res = await staff.get('/api/v1/reports/meetings?org=TD.BB&from=2026-07-01&to=2026-11-30');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    const a = r.items.find((i: { code: string }) => i.code === 'TD.BB.A');
    // July–November owed (today is 23/11); regular held in Aug, Oct, Nov; thematic in Q3 of Q3–Q4.
    expect(a).toMatchObject({
      regularHeld: 3,
      regularExpected: 5,
      thematicHeld: 1,
      thematicExpected: 2,
      meetingsHeld: 4,
    });
    expect(a.attendanceRate).toBe(80);
    expect(a.quality).toEqual({ TOT: 0, KHA: 1, TRUNG_BINH: 0, CHUA_DAT: 0 });
    expect(r.totals).toMatchObject({
      cells: 2,
      regularHeld: 3,
      regularExpected: 10,
      thematicExpected: 4,
      cellsMissingRegular: 2,
    });
    expect((await secretaryB.get('/api/v1/reports/meetings?org=TD.BB.A')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/reports/meetings?org=NOPE')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/reports/meetings?from=2026-13-01')).statusCode).toBe(400);
    expect((await memberA.get('/api/v1/reports/meetings')).statusCode).toBe(403);
  });

  it("a member's home shows tasks, history and the year's attendance", async () => {
    const c = await t.user('dv.ba', 'member', null, ids.a3);
    const home = (await c.get('/api/v1/me/home')).json();
    expect(home.tasks.map((x: { title: string }) => x.title)).toEqual(['Rà soát hộ nghèo']);
    expect(home.notifications.map((n: { kind: string }) => n.kind)).toContain('TASK_OVERDUE');
    expect(home.history).toHaveLength(4);
    expect(home.year).toMatchObject({ present: 4, expected: 4, rate: 100 });
    // The bell carries the same reminder.
    const bell = (await c.get('/api/v1/notifications')).json();
    expect(bell.items.map((i: { kind: string }) => i.kind)).toContain('TASK_OVERDUE');
    const task = home.tasks[0].id;
    expect((await c.post(`/api/v1/me/tasks/${task}`, { status: 'DONE' })).json().status).toBe('DONE');
    expect((await memberA.post(`/api/v1/me/tasks/${task}`, { status: 'DONE' })).statusCode).toBe(404);
  });
});
