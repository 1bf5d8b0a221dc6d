import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows } from '../../platform/db/query.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { cellAMembers, tokenClient } from '../meetings/testing.ts';

// TODAY is 2026-11-23 (src/testing/app.ts). The 2024 round is rated under Quy định 124-QĐ/TW (levels
// without points, the 20% quota); the 2026 round under Quy định 366-QĐ/TW (100 points).
let t: TestApp;
let staff: Client;
let commune: Client;
let secretaryA: Client;
let secretaryB: Client;
let viewer: Client;
let memberA: Client;
const ids: Record<string, string> = {};
let round2024: { id: string; version: number };

const put = async (username: string, url: string, body: unknown) =>
  (await tokenClient(t, username)).put(url, body);
const ratingOf = (memberId: string, key: string) =>
  one<{ id: string; level: string | null; proposedLevel: string | null; locked: boolean; version: number }>(
    t.database.db,
    sql`SELECT id, level, proposed_level AS "proposedLevel", locked, version FROM ratings
        WHERE subject_id = ${memberId} AND period_key = ${key}`,
  );
const orgRating = async (code: string, key: string) =>
  (await one<{ id: string; version: number; level: string | null }>(
    t.database.db,
    sql`SELECT r.id, r.version, r.level FROM ratings r JOIN orgs o ON o.id = r.subject_id
        WHERE o.code = ${code} AND r.period_key = ${key}`,
  ))!;
const item = async (memberId: string, level: string, key = 'Y2024') => {
  const r = (await ratingOf(memberId, key))!;
  return { ratingId: r.id, level, version: r.version };
};

beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  staff = await t.user('tochuc', 'org_staff', 'TD');
  commune = await t.user('bithu.xa', 'secretary', 'TD.BB');
  secretaryA = await t.user('bithu.a', 'secretary', 'TD.BB.A');
  secretaryB = await t.user('bithu.b', 'secretary', 'TD.BB.B');
  viewer = await t.user('xem', 'viewer', 'TD');
  const { add, ...cell } = await cellAMembers(t);
  Object.assign(ids, cell);
  ids.a5 = await add('Lò Văn Năm');
  ids.b1 = (await addMember(t.system, { fullName: 'Tòng Văn Bê', orgCode: 'TD.BB.B' })).id;
  ids.b2 = (await addMember(t.system, { fullName: 'Tòng Thị Xê', orgCode: 'TD.BB.B' })).id;
  memberA = await t.user('dv.mot', 'member', null, ids.a1);
});
afterAll(() => t.close());

describe('opening a round', () => {
  it('lists every member on the roll day and every grassroots org and cell under it', async () => {
    const res = await commune.post('/api/v1/ratings/rounds', {
      orgCode: 'TD.BB',
      period: { kind: 'YEAR', year: 2024 },
      deadline: '2026-12-20',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.ruleSet.id).toBe('QD124');
    // a1–a5, b1 and b2; the probationary member was admitted in 2026.
    expect(body.progress).toMatchObject({ members: 7, orgs: 3, membersDecided: 0 });
    round2024 = { id: body.id, version: body.version };
    expect(await ratingOf(ids.probationary!, 'Y2024')).toBeUndefined();
  });

  it('refuses the same period twice, overlapping subtrees, a cell, a viewer and bad periods', async () => {
    const count = async () =>
      (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM rating_rounds`))!.n;
    const before = await count();
    const open = (c: Client, body: object) => c.post('/api/v1/ratings/rounds', body);
    const year2024 = { period: { kind: 'YEAR', year: 2024 }, deadline: '2026-12-20' };
    expect((await open(commune, { orgCode: 'TD.BB', ...year2024 })).statusCode).toBe(409);
    expect((await open(staff, { orgCode: 'TD', ...year2024 })).statusCode).toBe(409);
    const cell = await open(secretaryA, { orgCode: 'TD.BB.A', ...year2024 });
    expect(cell.statusCode).toBe(400);
    expect(cell.json().detail).toContain('tổ chức cơ sở đảng');
    expect((await open(viewer, { orgCode: 'TD', ...year2024 })).statusCode).toBe(403);
    expect((await open(secretaryB, { orgCode: 'TD.TRUONG', ...year2024 })).statusCode).toBe(404);
    const future = await open(commune, {
      orgCode: 'TD.BB',
      period: { kind: 'YEAR', year: 2027 },
      deadline: '2027-12-20',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toContain('chưa bắt đầu');
    // Quy định 124 has no quarterly review.
    const quarter = await open(commune, {
      orgCode: 'TD.BB',
      period: { kind: 'QUARTER', year: 2024, quarter: 2 },
      deadline: '2026-12-20',
    });
    expect(quarter.statusCode).toBe(400);
    expect(
      (
        await open(commune, {
          orgCode: 'TD.BB',
          period: { kind: 'YEAR', year: 'hai' },
          deadline: '2026-12-20',
        })
      ).statusCode,
    ).toBe(400);
    expect((await open(commune, { orgCode: 'TD.BB', ...year2024, deadline: '2026-02-30' })).statusCode).toBe(
      400,
    );
    expect(await count()).toBe(before);
  });
});

describe('the cell proposes', () => {
  it('shows its own members only, and another cell gets nothing', async () => {
    const sheet = await secretaryA.get(`/api/v1/ratings/rounds/${round2024.id}/sheet?org=TD.BB.A`);
    expect(sheet.statusCode, sheet.body).toBe(200);
    const names = sheet
      .json()
      .items.filter((i: { subject: string }) => i.subject === 'MEMBER')
      .map((i: { name: string }) => i.name);
    expect(names).toHaveLength(5);
    expect(sheet.json().scale.members.map((l: { code: string }) => l.code)).toEqual([
      'HTXSNV',
      'HTTNV',
      'HTNV',
      'KHTNV',
    ]);
    expect(
      (await secretaryB.get(`/api/v1/ratings/rounds/${round2024.id}/sheet?org=TD.BB.A`)).statusCode,
    ).toBe(404);
  });

  it('refuses a level outside the period scale, with nothing written', async () => {
    const res = await put('bithu.a', `/api/v1/ratings/rounds/${round2024.id}/proposals`, {
      items: [await item(ids.a1!, 'HTTNV'), await item(ids.a2!, 'TSVM')],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'items.1.level' });
    expect(res.json().errors[0].message).toContain('Quy định 124-QĐ/TW');
    expect((await ratingOf(ids.a1!, 'Y2024'))!.proposedLevel).toBeNull();
  });

  it('refuses another cell proposing for these members', async () => {
    const res = await put('bithu.b', `/api/v1/ratings/rounds/${round2024.id}/proposals`, {
      items: [await item(ids.a1!, 'HTTNV')],
    });
    expect(res.statusCode).toBe(404);
  });

  it('refuses a sheet read before someone else changed a row (409), writing none of it', async () => {
    const stale = { ...(await item(ids.a2!, 'HTTNV')), version: 99 };
    const res = await put('bithu.a', `/api/v1/ratings/rounds/${round2024.id}/proposals`, {
      items: [await item(ids.a1!, 'HTTNV'), stale],
    });
    expect(res.statusCode).toBe(409);
    expect((await ratingOf(ids.a1!, 'Y2024'))!.proposedLevel).toBeNull();
  });

  it('records the proposals', async () => {
    const levels = { a1: 'HTXSNV', a2: 'HTTNV', a3: 'HTTNV', a4: 'HTTNV', a5: 'HTTNV' };
    const items = await Promise.all(Object.entries(levels).map(([k, l]) => item(ids[k]!, l)));
    const res = await put('bithu.a', `/api/v1/ratings/rounds/${round2024.id}/proposals`, { items });
    expect(res.statusCode, res.body).toBe(200);
    expect((await ratingOf(ids.a1!, 'Y2024'))!.proposedLevel).toBe('HTXSNV');
  });
});

describe('the grassroots committee decides', () => {
  it('refuses the cell and the district deciding members: the wrong level', async () => {
    for (const who of ['bithu.a', 'tochuc']) {
      const res = await put(who, `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
        items: [await item(ids.a2!, 'HTTNV')],
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('Đảng bộ xã Bản Bo');
    }
    expect((await ratingOf(ids.a2!, 'Y2024'))!.level).toBeNull();
  });

  it('caps a member disciplined in December of the year', async () => {
    const d = await staff.post('/api/v1/ratings/disciplines', {
      memberId: ids.a4,
      form: 'KHIEN_TRACH',
      decidedOn: '2024-12-27',
      decisionNumber: '12-QĐ/ĐU',
    });
    expect(d.statusCode, d.body).toBe(201);
    const res = await put('bithu.xa', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [await item(ids.a4!, 'HTNV')],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('Không hoàn thành nhiệm vụ');
    expect((await ratingOf(ids.a4!, 'Y2024'))!.level).toBeNull();
  });

  it('holds the HTXSNV quota: two against four refused, one against five (exactly 20%) allowed', async () => {
    const over = await put('bithu.xa', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [
        await item(ids.a1!, 'HTXSNV'),
        await item(ids.a2!, 'HTXSNV'),
        await item(ids.a3!, 'HTTNV'),
        await item(ids.a5!, 'HTTNV'),
        await item(ids.b1!, 'HTTNV'),
        await item(ids.b2!, 'HTTNV'),
        await item(ids.a4!, 'KHTNV'),
      ],
    });
    expect(over.statusCode).toBe(400);
    expect(
      over
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toContain('20%');
    expect((await ratingOf(ids.a1!, 'Y2024'))!.level).toBeNull();
    const exact = await put('bithu.xa', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [
        await item(ids.a1!, 'HTXSNV'),
        await item(ids.a2!, 'HTTNV'),
        await item(ids.a3!, 'HTTNV'),
        await item(ids.a5!, 'HTTNV'),
        await item(ids.b1!, 'HTTNV'),
        await item(ids.b2!, 'HTTNV'),
        await item(ids.a4!, 'KHTNV'),
      ],
    });
    expect(exact.statusCode, exact.body).toBe(200);
    expect(await ratingOf(ids.a1!, 'Y2024')).toMatchObject({ level: 'HTXSNV', locked: true });
  });

  it('locks decisions: a proposal or a second decision on them is refused', async () => {
    const res = await put('bithu.a', `/api/v1/ratings/rounds/${round2024.id}/proposals`, {
      items: [await item(ids.a2!, 'HTNV')],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('khóa');
  });

  it('decides the cells at the commune and the commune at the district, never the other way round', async () => {
    const cellA = await orgRating('TD.BB.A', 'Y2024');
    const cellB = await orgRating('TD.BB.B', 'Y2024');
    const ok = await put('bithu.xa', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [
        { ratingId: cellA.id, level: 'HTTNV', version: cellA.version },
        { ratingId: cellB.id, level: 'HTTNV', version: cellB.version },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const commune2024 = await orgRating('TD.BB', 'Y2024');
    const own = await put('bithu.xa', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [{ ratingId: commune2024.id, level: 'HTTNV', version: commune2024.version }],
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toContain('Đảng bộ huyện Tam Đường');
    const district = await put('tochuc', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [{ ratingId: commune2024.id, level: 'HTTNV', version: commune2024.version }],
    });
    expect(district.statusCode, district.body).toBe(200);
  });
});

describe('reopening and closing', () => {
  it('needs the deciding committee and a reason, and is kept', async () => {
    const r = (await ratingOf(ids.a3!, 'Y2024'))!;
    const url = `/api/v1/ratings/${r.id}/reopen`;
    expect(
      (await secretaryA.post(url, { reason: 'Chi bộ xin xem lại mức xếp loại', version: r.version }))
        .statusCode,
    ).toBe(403);
    expect((await commune.post(url, { reason: 'ngắn', version: r.version })).statusCode).toBe(400);
    expect((await ratingOf(ids.a3!, 'Y2024'))!.locked).toBe(true);
    const ok = await commune.post(url, {
      reason: 'Phát hiện sai sót khi tổng hợp phiếu',
      version: r.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await ratingOf(ids.a3!, 'Y2024'))!.locked).toBe(false);
    const kept = await commune.get(`/api/v1/ratings/${r.id}/reopenings`);
    expect(kept.json()).toEqual([
      expect.objectContaining({ previousLevel: 'HTTNV', reopenedBy: 'bithu.xa' }),
    ]);
    const audited = await rows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'rating.reopen' AND entity_id = ${r.id}`,
    );
    expect(audited).toHaveLength(1);
  });

  it('closes only when every subject to be rated is decided and locked', async () => {
    const early = await commune.post(`/api/v1/ratings/rounds/${round2024.id}/close`, {
      version: round2024.version,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toContain('Còn 1');
    const again = await put('bithu.xa', `/api/v1/ratings/rounds/${round2024.id}/decisions`, {
      items: [await item(ids.a3!, 'HTTNV')],
    });
    expect(again.statusCode, again.body).toBe(200);
    const closed = await commune.post(`/api/v1/ratings/rounds/${round2024.id}/close`, {
      version: round2024.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('CLOSED');
  });
});

describe('the member reviews themself (Quy định 366, 100 points)', () => {
  let roundId: string;
  beforeAll(async () => {
    const res = await commune.post('/api/v1/ratings/rounds', {
      orgCode: 'TD.BB',
      period: { kind: 'YEAR', year: 2026 },
      deadline: '2026-12-15',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ruleSet.id).toBe('QD366');
    roundId = res.json().id;
  });

  it('sees the open review with its scale and scoring', async () => {
    const me = await memberA.get('/api/v1/ratings/me');
    expect(me.statusCode).toBe(200);
    const open = me.json().open;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ canSubmit: true, scoring: { max: 100, generalMax: 30, tasksMax: 70 } });
    expect(me.json().history).toEqual([
      expect.objectContaining({
        year: 2024,
        level: { code: 'HTXSNV', label: 'Hoàn thành xuất sắc nhiệm vụ' },
      }),
    ]);
  });

  it('refuses bad scores and levels, then records the self-assessment', async () => {
    const r = (await ratingOf(ids.a1!, 'Y2026'))!;
    const url = `/api/v1/ratings/me/${r.id}/self`;
    const base = {
      selfCriticism: 'Hoàn thành nhiệm vụ được giao, còn hạn chế về thời gian.',
      version: r.version,
    };
    const client = await tokenClient(t, 'dv.mot');
    expect(
      (await client.put(url, { ...base, scoreGeneral: 31, scoreTasks: 60, level: 'HTTNV' })).statusCode,
    ).toBe(400);
    expect(
      (await client.put(url, { ...base, scoreGeneral: 28, scoreTasks: 60, level: 'TSVM' })).statusCode,
    ).toBe(400);
    expect((await client.put(url, { ...base, level: 'HTTNV' })).statusCode).toBe(400);
    expect((await ratingOf(ids.a1!, 'Y2026'))!.version).toBe(r.version);
    const ok = await client.put(url, { ...base, scoreGeneral: 27, scoreTasks: 60, level: 'HTTNV' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ score: 87, level: { code: 'HTTNV' } });
    const sheet = await secretaryA.get(`/api/v1/ratings/rounds/${roundId}/sheet?org=TD.BB.A`);
    const mine = sheet.json().items.find((i: { memberId: string }) => i.memberId === ids.a1);
    expect(mine.self).toMatchObject({ level: { code: 'HTTNV' }, total: 87 });
  });

  it('scores each criterion of the framework, the group scores following', async () => {
    await t.user('dv.hai', 'member', null, ids.a2);
    const me = (await (await tokenClient(t, 'dv.hai')).get('/api/v1/ratings/me')).json();
    const review = me.open.find((o: { year: number }) => o.year === 2026);
    expect(review.criteria.general.reduce((n: number, c: { maxPoints: number }) => n + c.maxPoints, 0)).toBe(
      30,
    );
    const url = `/api/v1/ratings/me/${review.id}/self`;
    const body = {
      selfCriticism: 'Tự chấm theo từng tiêu chí của khung.',
      level: 'HTTNV',
      version: review.version,
      scores: {
        POLITICS_ETHICS: 11,
        INNOVATION: 8,
        SELF_CRITICISM: 7,
        ASSIGNED_TASKS: 42,
        MEMBER_DUTIES: 18,
      },
    };
    const client = await tokenClient(t, 'dv.hai');
    const over = await client.put(url, { ...body, scores: { ...body.scores, INNOVATION: 10 } });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0]).toMatchObject({ path: 'scores.INNOVATION' });
    const ok = await client.put(url, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().score).toBe(86);
    const row = await one<{ g: number; t: number; s: unknown }>(
      t.database.db,
      sql`SELECT score_general::float8 AS g, score_tasks::float8 AS t, self_assessment->'scores' AS s FROM ratings WHERE id = ${review.id}`,
    );
    expect(row).toMatchObject({ g: 26, t: 60, s: body.scores });
  });

  it("refuses another member's review and staff writing a self-assessment", async () => {
    const other = (await ratingOf(ids.a2!, 'Y2026'))!;
    const client = await tokenClient(t, 'dv.mot');
    const body = {
      selfCriticism: 'Tự kiểm điểm thay người khác.',
      scoreGeneral: 20,
      scoreTasks: 50,
      level: 'HTNV',
      version: other.version,
    };
    expect((await client.put(`/api/v1/ratings/me/${other.id}/self`, body)).statusCode).toBe(404);
    expect((await put('bithu.a', `/api/v1/ratings/me/${other.id}/self`, body)).statusCode).toBe(403);
  });

  it("checks the level's task conditions against the figures given, and keeps them", async () => {
    const r = (await ratingOf(ids.a1!, 'Y2026'))!;
    const url = `/api/v1/ratings/rounds/${roundId}/proposals`;
    const late = { assigned: 4, completed: 4, onTime: 3, exceeded: 0 };
    const refused = await put('bithu.a', url, {
      items: [{ ratingId: r.id, level: 'HTTNV', tasks: late, version: r.version }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toContain('đúng hạn');
    const onTime = { assigned: 4, completed: 4, onTime: 4, exceeded: 1 };
    const ok = await put('bithu.a', url, {
      items: [{ ratingId: r.id, level: 'HTTNV', tasks: onTime, version: r.version }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const sheet = (await secretaryA.get(`/api/v1/ratings/rounds/${roundId}/sheet?org=TD.BB.A`)).json();
    const row = sheet.items.find((i: { memberId: string }) => i.memberId === ids.a1);
    expect(row.taskFacts).toEqual(onTime);
    expect(row.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  it('keeps a yearly commitment with a version', async () => {
    const client = await tokenClient(t, 'dv.mot');
    const first = await client.put('/api/v1/ratings/me/commitments/2026', {
      content: 'Cam kết tu dưỡng, rèn luyện.',
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await client.put('/api/v1/ratings/me/commitments/2026', {
      content: 'Sửa lại bản cam kết năm.',
      version: 9,
    });
    expect(stale.statusCode).toBe(409);
    const me = await memberA.get('/api/v1/ratings/me');
    expect(me.json().commitments).toEqual([
      expect.objectContaining({ year: 2026, content: 'Cam kết tu dưỡng, rèn luyện.' }),
    ]);
  });
});

describe('remediation plans', () => {
  it('are tracked to done, with the date and the result required', async () => {
    const res = await commune.post('/api/v1/ratings/remediations', {
      orgCode: 'TD.BB.A',
      year: 2024,
      shortcoming: 'Sinh hoạt chi bộ chưa đều',
      actions: 'Lên kế hoạch sinh hoạt trước ngày 20 hằng tháng',
      dueDate: '2025-06-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan.overdue).toBe(true);
    const url = `/api/v1/ratings/remediations/${plan.id}`;
    expect((await commune.patch(url, { status: 'DONE', version: plan.version })).statusCode).toBe(400);
    expect(
      (
        await secretaryB.patch(url, {
          status: 'DONE',
          doneOn: '2025-05-01',
          result: 'Đã khắc phục',
          version: plan.version,
        })
      ).statusCode,
    ).toBe(404);
    const done = await commune.patch(url, {
      status: 'DONE',
      doneOn: '2025-05-01',
      result: 'Đã sinh hoạt đều 12 tháng',
      version: plan.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'DONE', overdue: false });
    const list = await viewer.get('/api/v1/ratings/remediations?org=TD.BB');
    expect(list.json().items).toHaveLength(1);
    expect(
      (
        await commune.post('/api/v1/ratings/remediations', {
          orgCode: 'TD.BB.A',
          memberId: ids.a1,
          year: 2024,
          shortcoming: 'x',
          actions: 'y',
          dueDate: '2025-01-01',
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('the 2025 change of regulation', () => {
  it('rates 2025 under Quy định 366 by default, quarters only from its third quarter', async () => {
    const open = (period: object) =>
      staff.post('/api/v1/ratings/rounds', { orgCode: 'TD.TRUONG', period, deadline: '2026-12-20' });
    const q2 = await open({ kind: 'QUARTER', year: 2025, quarter: 2 });
    expect(q2.statusCode).toBe(400);
    expect(q2.json().detail).toContain('Quy định 124-QĐ/TW');
    const q3 = await open({ kind: 'QUARTER', year: 2025, quarter: 3 });
    expect(q3.statusCode, q3.body).toBe(201);
    expect(q3.json().ruleSet.id).toBe('QD366');
    const year = await open({ kind: 'YEAR', year: 2025 });
    expect(year.json().ruleSet.id).toBe('QD366');
  });

  it('lets an admin rate 2025 under Quy định 124 instead, and nothing unrelated', async () => {
    const admin = await t.user('quantri', 'admin');
    const settings = await admin.get('/api/v1/ratings/settings');
    expect(settings.json().annualRuleSet).toEqual({ 2025: 'QD366' });
    const save = (body: object) => put('quantri', '/api/v1/ratings/settings', body);
    expect((await save({ annualRuleSet: { 2025: 'QD132' }, quotaBase: 'HTTNV' })).statusCode).toBe(400);
    expect((await save({ annualRuleSet: { 2019: 'QD366' }, quotaBase: 'HTTNV' })).statusCode).toBe(400);
    expect(
      (
        await put('bithu.xa', '/api/v1/ratings/settings', {
          annualRuleSet: { 2025: 'QD124' },
          quotaBase: 'HTTNV',
        })
      ).statusCode,
    ).toBe(403);
    const ok = await save({ annualRuleSet: { 2025: 'QD124' }, quotaBase: 'HTTNV' });
    expect(ok.statusCode, ok.body).toBe(200);
    const res = await commune.post('/api/v1/ratings/rounds', {
      orgCode: 'TD.BB',
      period: { kind: 'YEAR', year: 2025 },
      deadline: '2026-12-20',
    });
    expect(res.json().ruleSet.id).toBe('QD124');
    // The round opened before the change keeps its rule set.
    const earlier = (await staff.get('/api/v1/ratings/rounds?org=TD.TRUONG')).json().items;
    expect(earlier.find((r: { periodLabel: string }) => r.periodLabel === 'năm 2025').ruleSet.id).toBe(
      'QD366',
    );
  });
});

describe('the to-do list', () => {
  it('lists a near deadline: the self-assessment to the member, the proposals to the cell, nothing to others', async () => {
    const teacher = (await addMember(t.system, { fullName: 'Vàng Thị Giáo', orgCode: 'TD.TRUONG' })).id;
    const res = await staff.post('/api/v1/ratings/rounds', {
      orgCode: 'TD.TRUONG',
      period: { kind: 'QUARTER', year: 2026, quarter: 3 },
      deadline: '2026-11-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const todo = (await staff.get('/api/v1/todo')).json().items;
    const due = todo.filter((i: { kind: string }) => i.kind === 'RATING_PROPOSALS_DUE');
    expect(due).toEqual([
      expect.objectContaining({ orgCode: 'TD.TRUONG', dueOn: '2026-11-30', overdue: false }),
    ]);
    expect(due[0].message).toContain('1 đảng viên');
    const other = (await secretaryB.get('/api/v1/todo')).json().items;
    expect(other.some((i: { kind: string }) => i.kind.startsWith('RATING_'))).toBe(false);
    const teacherClient = await t.user('dv.giao', 'member', null, teacher);
    const mine = (await teacherClient.get('/api/v1/notifications')).json().items;
    expect(mine).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'SELF_ASSESSMENT_DUE', dueOn: '2026-11-30' })]),
    );
  });
});
