import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows } from '../../platform/db/query.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { cellAMembers, tokenClient } from './testing.ts';

// Editing and cancelling plans, corrections of tasks after closing, the settings screen's API and the
// compliance of committee meetings and congresses. TODAY is 2026-11-23 (src/testing/app.ts).
let t: TestApp;
let secretaryA: Client;
let secretaryB: Client;
let commune: Client;
let viewer: Client;
let memberA: Client;
const ids: Record<string, string> = {};

const count = async (table: string, where = sql`TRUE`) =>
  (await one<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${where}`,
  ))!.n;
const audits = (action: string, entityId: string) =>
  count('audit_log', sql`action = ${action} AND entity_id = ${entityId}`);
const paths = (res: { json: () => { errors?: { path: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.path).sort();

const plan = (client: Client, body: Record<string, unknown> = {}) =>
  client.post('/api/v1/meetings', {
    orgCode: 'TD.BB.A',
    kind: 'REGULAR',
    plannedDate: '2026-12-05',
    topic: 'Sinh hoạt thường kỳ tháng 12',
    ...body,
  });
const minutes = { content: 'Đánh giá kết quả tháng.', votes: [] };
const present = (...memberIds: string[]) => memberIds.map((memberId) => ({ memberId, status: 'PRESENT' }));
const cellA = () => present(ids.a1!, ids.a2!, ids.a3!, ids.a4!, ids.probationary!);

/** Plans and holds a meeting of cell A on a past day; returns it as it stands. */
async function held(date: string, kind = 'REGULAR') {
  const m = (await plan(secretaryA, { plannedDate: date, kind, topic: `Tháng ${date.slice(5, 7)}` })).json();
  const res = await secretaryA.post(`/api/v1/meetings/${m.id}/hold`, {
    version: m.version,
    heldOn: date,
    attendance: cellA(),
    minutes,
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  secretaryA = await t.user('bithu.a', 'secretary', 'TD.BB.A');
  secretaryB = await t.user('bithu.b', 'secretary', 'TD.BB.B');
  commune = await t.user('bithu.xa', 'secretary', 'TD.BB');
  viewer = await t.user('xem', 'viewer', 'TD');
  await t.user('quantri', 'admin');
  Object.assign(ids, (({ add: _a, ...cell }) => cell)(await cellAMembers(t)));
  ids.b1 = (await addMember(t.system, { fullName: 'Tòng Văn Bê', orgCode: 'TD.BB.B' })).id;
  memberA = await t.user('dv.hai', 'member', null, ids.a2);
});
afterAll(() => t.close());

describe('editing and cancelling a plan', () => {
  beforeAll(async () => {
    const res = await plan(secretaryA);
    expect(res.statusCode).toBe(201);
    ids.december = res.json().id;
    expect((await plan(secretaryA, { plannedDate: '2027-01-08', topic: 'Tháng 1' })).statusCode).toBe(201);
  });

  it('edits the date, time, place and topic with its version, audited with the plan before', async () => {
    const m = (await secretaryA.get(`/api/v1/meetings/${ids.december}`)).json();
    const res = await secretaryA.patch(`/api/v1/meetings/${ids.december}`, {
      version: m.version,
      plannedDate: '2026-12-12',
      startTime: '08:00',
      place: 'Nhà văn hóa bản Nà Đon',
      topic: 'Sinh hoạt thường kỳ tháng 12 (dời ngày)',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      plannedDate: '2026-12-12',
      startTime: '08:00',
      place: 'Nhà văn hóa bản Nà Đon',
      month: '2026-12',
      version: m.version + 1,
    });
    const audit = await one<{ before: { plannedDate: string } }>(
      t.database.db,
      sql`SELECT before FROM audit_log WHERE action = 'meeting.plan.update' AND entity_id = ${ids.december}`,
    );
    expect(audit!.before.plannedDate).toBe('2026-12-05');
  });

  it('refuses bad edits with a message per field and changes nothing', async () => {
    const before = (await secretaryA.get(`/api/v1/meetings/${ids.december}`)).json();
    const url = `/api/v1/meetings/${ids.december}`;
    const v = before.version;
    // Wrong types, impossible dates, unknown fields, a missing version.
    const bad = await secretaryA.patch(url, {
      version: v,
      plannedDate: '2026-12-32',
      startTime: 1930,
      topic: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['plannedDate', 'startTime', 'topic']);
    expect((await secretaryA.patch(url, { version: String(v), place: 'X' })).statusCode).toBe(400);
    expect((await secretaryA.patch(url, { place: 'X' })).json().errors[0].path).toBe('version');
    expect((await secretaryA.patch(url, { version: v, orgCode: 'TD.BB.B' })).statusCode).toBe(400);
    // Into a month that has its regular meeting already; too far ahead; a regular meeting at a committee.
    const clash = await secretaryA.patch(url, { version: v, plannedDate: '2027-01-20' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toContain('đã có kế hoạch');
    const far = await secretaryA.patch(url, { version: v, plannedDate: '2028-06-01' });
    expect(far.json().errors[0]).toMatchObject({
      path: 'plannedDate',
      message: 'Chỉ lên kế hoạch trong vòng 13 tháng tới.',
    });
    const committee = (
      await commune.post('/api/v1/meetings', {
        orgCode: 'TD.BB',
        kind: 'COMMITTEE',
        plannedDate: '2026-12-03',
        topic: 'Đảng ủy họp tháng 12',
      })
    ).json();
    const toRegular = await commune.patch(`/api/v1/meetings/${committee.id}`, {
      version: committee.version,
      kind: 'REGULAR',
    });
    expect(toRegular.json().errors[0]).toMatchObject({ path: 'kind' });
    // Another cell's secretary, a viewer, an unknown meeting.
    expect((await secretaryB.patch(url, { version: v, place: 'X' })).statusCode).toBe(404);
    expect((await viewer.patch(url, { version: v, place: 'X' })).statusCode).toBe(403);
    expect(
      (await secretaryA.patch('/api/v1/meetings/00000000-0000-0000-0000-000000000000', { version: 1 }))
        .statusCode,
    ).toBe(404);
    const after = (await secretaryA.get(url)).json();
    expect(after).toMatchObject({
      version: v,
      plannedDate: before.plannedDate,
      place: before.place,
      kind: 'REGULAR',
    });
  });

  it('cancels only with a reason, shown on the meeting and audited; the month is free again', async () => {
    const url = `/api/v1/meetings/${ids.december}`;
    const { version } = (await secretaryA.get(url)).json();
    const noReason = await secretaryA.patch(url, { version, status: 'CANCELLED' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({
      path: 'cancelReason',
      message: 'Hủy buổi sinh hoạt phải nêu lý do (ít nhất 5 ký tự).',
    });
    expect(
      (await secretaryA.patch(url, { version, status: 'CANCELLED', cancelReason: ' ab ' })).statusCode,
    ).toBe(400);
    expect(
      (await secretaryA.patch(url, { version, cancelReason: 'Trùng lịch họp xã' })).json().errors[0].path,
    ).toBe('cancelReason');
    expect(
      (await secretaryA.patch(url, { version, status: 'DELETED', cancelReason: 'Trùng lịch' })).statusCode,
    ).toBe(400);
    expect((await secretaryA.get(url)).json().status).toBe('PLANNED');
    expect(await audits('meeting.cancel', ids.december!)).toBe(0);
    const ok = await secretaryA.patch(url, {
      version,
      status: 'CANCELLED',
      cancelReason: 'Trùng lịch họp xã',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'CANCELLED', cancelReason: 'Trùng lịch họp xã' });
    expect(await audits('meeting.cancel', ids.december!)).toBe(1);
    const again = await secretaryA.patch(url, { version: ok.json().version, place: 'X' });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toBe('Buổi sinh hoạt đã hủy.');
    // Cancelled, it no longer holds December's regular meeting; it leaves the member's upcoming list.
    expect(
      (await plan(secretaryA, { plannedDate: '2026-12-19', topic: 'Tháng 12 (lịch mới)' })).statusCode,
    ).toBe(201);
    const home = (await memberA.get('/api/v1/me/home')).json();
    expect(home.upcoming.map((m: { id: string }) => m.id)).not.toContain(ids.december);
  });

  it('once held only the description changes; once closed only as a correction with a reason', async () => {
    const m = await held('2026-09-09');
    const url = `/api/v1/meetings/${m.id}`;
    const moved = await secretaryA.patch(url, { version: m.version, plannedDate: '2026-09-10' });
    expect(moved.json().detail).toContain('đã diễn ra');
    expect(
      (await secretaryA.patch(url, { version: m.version, status: 'CANCELLED', cancelReason: 'Nhầm' }))
        .statusCode,
    ).toBe(400);
    const place = await secretaryA.patch(url, { version: m.version, place: 'Hội trường xã' });
    expect(place.statusCode).toBe(200);
    const closed = (await secretaryA.post(`${url}/close`, { version: place.json().version })).json();
    expect(closed.status).toBe('CLOSED');
    ids.september = m.id;
  });
});

describe('correcting a closed meeting’s plan', () => {
  const url = () => `/api/v1/meetings/${ids.september}`;
  const stored = async () =>
    (await one<Record<string, unknown>>(
      t.database.db,
      sql`SELECT topic, place, start_time AS "startTime", agenda, model, planned_date AS "plannedDate",
            kind, status, version FROM meetings WHERE id = ${ids.september}`,
    ))!;
  const reason = 'Biên bản ghi nhầm chủ đề và địa điểm';

  it('refuses without a reason, with a short one, bad input, moves and nothing to change; writes nothing', async () => {
    const before = await stored();
    const version = before.version as number;
    const noReason = await secretaryA.patch(url(), { version, topic: 'Đổi chủ đề' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      {
        path: 'correctionReason',
        message: 'Biên bản đã khóa: muốn sửa phải nêu lý do đính chính (ít nhất 5 ký tự).',
      },
    ]);
    expect(
      (await secretaryA.patch(url(), { version, topic: 'Đổi chủ đề', correctionReason: '  gấp  ' }))
        .statusCode,
    ).toBe(400);
    // Wrong types, a time that is no time, a topic too long, an unknown field.
    const types = await secretaryA.patch(url(), {
      version,
      topic: 12,
      startTime: '25:00',
      place: 'x'.repeat(201),
      correctionReason: reason,
    });
    expect(types.statusCode).toBe(400);
    expect(paths(types)).toEqual(['place', 'startTime', 'topic']);
    expect(
      (await secretaryA.patch(url(), { version, heldBy: 'x', correctionReason: reason })).statusCode,
    ).toBe(400);
    // The date, the kind and the status are settled by the closed minutes.
    for (const move of [
      { plannedDate: '2026-09-10' },
      { kind: 'THEMATIC' },
      { status: 'CANCELLED', cancelReason: 'Họp nhầm ngày' },
    ]) {
      const res = await secretaryA.patch(url(), { version, ...move, correctionReason: reason });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toContain('không đổi ngày, loại hay hủy');
    }
    const same = await secretaryA.patch(url(), { version, topic: before.topic, correctionReason: reason });
    expect(same.json().errors[0].message).toContain('Chưa có gì để đính chính');
    // A stale version is a conflict.
    expect(
      (await secretaryA.patch(url(), { version: version - 1, topic: 'Khác', correctionReason: reason }))
        .statusCode,
    ).toBe(409);
    expect(await stored()).toEqual(before);
    expect(await audits('meeting.plan.correct', ids.september!)).toBe(0);
  });

  it('is the cell’s: a viewer 403, another cell’s secretary and a member 404, nothing written', async () => {
    const before = await stored();
    const body = { version: before.version, topic: 'Chủ đề khác', correctionReason: reason };
    expect((await viewer.patch(url(), body)).statusCode).toBe(403);
    expect((await secretaryB.patch(url(), body)).statusCode).toBe(404);
    expect((await memberA.patch(url(), body)).statusCode).toBe(404);
    expect((await secretaryA.patch('/api/v1/meetings/khong-co', body)).statusCode).toBe(404);
    expect(await stored()).toEqual(before);
    expect(await audits('meeting.plan.correct', ids.september!)).toBe(0);
  });

  it('with a reason corrects time, place, topic and agenda, audited with the plan before and after', async () => {
    const before = await stored();
    const res = await secretaryA.patch(url(), {
      version: before.version,
      topic: 'Sinh hoạt thường kỳ tháng 9: thu hoạch lúa mùa',
      place: 'Nhà văn hóa bản Nà Phát',
      startTime: '19:30',
      agenda: '1. Thời sự\n2. Thu hoạch lúa mùa',
      correctionReason: `  ${reason}  `,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'CLOSED',
      topic: 'Sinh hoạt thường kỳ tháng 9: thu hoạch lúa mùa',
      place: 'Nhà văn hóa bản Nà Phát',
      startTime: '19:30',
      version: (before.version as number) + 1,
    });
    expect(await stored()).toMatchObject({ plannedDate: '2026-09-09', kind: 'REGULAR', status: 'CLOSED' });
    const audit = await one<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'meeting.plan.correct' AND entity_id = ${ids.september}`,
    );
    expect(audit!.before).toMatchObject({ topic: 'Tháng 09', place: 'Hội trường xã', startTime: null });
    expect(audit!.after).toMatchObject({
      topic: 'Sinh hoạt thường kỳ tháng 9: thu hoạch lúa mùa',
      place: 'Nhà văn hóa bản Nà Phát',
      correctionReason: reason,
    });
    // Clearing a field is a correction too.
    const cleared = await secretaryA.patch(url(), {
      version: res.json().version,
      startTime: null,
      correctionReason: 'Giờ họp không ghi trong biên bản',
    });
    expect(cleared.json().startTime).toBeNull();
    expect(await audits('meeting.plan.correct', ids.september!)).toBe(2);
  });
});

describe('correcting tasks', () => {
  beforeAll(async () => {
    const october = await held('2026-10-08');
    ids.october = october.id;
    const given = await secretaryA.post(`/api/v1/meetings/${october.id}/tasks`, {
      memberId: ids.a3,
      title: 'Rà soát hộ nghèo',
      dueOn: '2026-11-01',
    });
    ids.octoberTask = given.json().tasks[0].id;
    const november = await held('2026-11-10');
    ids.november = november.id;
    const task = await secretaryA.post(`/api/v1/meetings/${november.id}/tasks`, {
      memberId: ids.a2,
      title: 'Vận động hộ dân làm đường',
      dueOn: '2026-11-30',
    });
    expect(task.statusCode).toBe(201);
    ids.task = task.json().tasks[0].id;
  });
  const taskUrl = () => `/api/v1/meetings/${ids.november}/tasks/${ids.task}`;
  const task = async () =>
    (
      await rows<{ memberId: string; title: string; dueOn: string; status: string }>(
        t.database.db,
        sql`SELECT member_id AS "memberId", title, due_on AS "dueOn", status FROM meeting_tasks WHERE id = ${ids.task}`,
      )
    )[0]!;

  it('before closing the secretary edits a task without a reason (audited)', async () => {
    const res = await secretaryA.patch(taskUrl(), { title: 'Vận động 12 hộ dân hiến đất làm đường' });
    expect(res.statusCode).toBe(200);
    expect(res.json().tasks[0]).toMatchObject({ title: 'Vận động 12 hộ dân hiến đất làm đường' });
    expect(await audits('meeting.task.update', ids.task!)).toBe(1);
  });

  it('after closing: no reason, a short reason or bad input change nothing', async () => {
    const m = (await secretaryA.get(`/api/v1/meetings/${ids.november}`)).json();
    expect(
      (await secretaryA.post(`/api/v1/meetings/${ids.november}/close`, { version: m.version })).statusCode,
    ).toBe(200);
    const before = await task();
    const noReason = await secretaryA.patch(taskUrl(), { dueOn: '2026-12-15' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({
      path: 'correctionReason',
      message: 'Biên bản đã khóa: muốn sửa phải nêu lý do đính chính (ít nhất 5 ký tự).',
    });
    expect(
      (await secretaryA.patch(taskUrl(), { dueOn: '2026-12-15', correctionReason: 'gấp' })).statusCode,
    ).toBe(400);
    const reason = 'Chi bộ thống nhất lùi hạn';
    // Wrong types, a member of another cell, a due date before the meeting, nothing to change.
    const types = await secretaryA.patch(taskUrl(), { dueOn: 20261215, title: 7, correctionReason: reason });
    expect(paths(types)).toEqual(['dueOn', 'title']);
    const stranger = await secretaryA.patch(taskUrl(), { memberId: ids.b1, correctionReason: reason });
    expect(stranger.json().errors[0].path).toBe('memberId');
    const early = await secretaryA.patch(taskUrl(), { dueOn: '2026-11-01', correctionReason: reason });
    expect(early.json().errors[0]).toMatchObject({ path: 'dueOn' });
    expect((await secretaryA.patch(taskUrl(), { correctionReason: reason })).statusCode).toBe(400);
    expect((await secretaryA.patch(taskUrl(), { status: 'DONE', correctionReason: reason })).statusCode).toBe(
      400,
    );
    // Another org's secretary, a viewer, the task through another meeting, an unknown task.
    expect(
      (await secretaryB.patch(taskUrl(), { dueOn: '2026-12-15', correctionReason: reason })).statusCode,
    ).toBe(404);
    expect(
      (await viewer.patch(taskUrl(), { dueOn: '2026-12-15', correctionReason: reason })).statusCode,
    ).toBe(403);
    const elsewhere = `/api/v1/meetings/${ids.october}/tasks/${ids.task}`;
    expect((await secretaryA.patch(elsewhere, { title: 'X', correctionReason: reason })).statusCode).toBe(
      404,
    );
    const unknown = `/api/v1/meetings/${ids.november}/tasks/00000000-0000-0000-0000-000000000000`;
    expect((await secretaryA.patch(unknown, { title: 'X', correctionReason: reason })).statusCode).toBe(404);
    expect(await task()).toEqual(before);
    expect(await audits('meeting.task.correct', ids.task!)).toBe(0);
  });

  it('with a reason the correction is made and audited with the task before and after', async () => {
    const res = await secretaryA.patch(taskUrl(), {
      memberId: ids.a1,
      dueOn: '2026-12-15',
      correctionReason: 'Chi bộ thống nhất giao lại cho đồng chí Một',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('CLOSED');
    expect(await task()).toMatchObject({ memberId: ids.a1, dueOn: '2026-12-15', status: 'OPEN' });
    const audit = await one<{
      before: { memberId: string };
      after: { memberId: string; correctionReason: string };
    }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'meeting.task.correct' AND entity_id = ${ids.task}`,
    );
    expect(audit!.before.memberId).toBe(ids.a2);
    expect(audit!.after).toMatchObject({
      memberId: ids.a1,
      correctionReason: 'Chi bộ thống nhất giao lại cho đồng chí Một',
    });
  });

  it('a task given by mistake is withdrawn with a reason: gone from the member, closed to changes', async () => {
    const reason = 'Giao nhầm, trùng nhiệm vụ của tổ dân vận';
    const member1 = await t.user('dv.mot', 'member', null, ids.a1);
    expect((await member1.get('/api/v1/me/home')).json().tasks.map((x: { id: string }) => x.id)).toContain(
      ids.task,
    );
    const res = await secretaryA.patch(taskUrl(), { status: 'CANCELLED', correctionReason: reason });
    expect(res.statusCode).toBe(200);
    expect(res.json().tasks.find((x: { id: string }) => x.id === ids.task).status).toBe('CANCELLED');
    expect(
      (await member1.get('/api/v1/me/home')).json().tasks.map((x: { id: string }) => x.id),
    ).not.toContain(ids.task);
    expect((await member1.post(`/api/v1/me/tasks/${ids.task}`, { status: 'DONE' })).statusCode).toBe(400);
    const again = await secretaryA.patch(taskUrl(), { title: 'Khác', correctionReason: reason });
    expect(again.json().detail).toBe('Nhiệm vụ đã hủy: không sửa được nữa.');
    expect(await audits('meeting.task.correct', ids.task!)).toBe(2);
  });

  it('adding a task and reviewing earlier ones after closing need a reason too, audited as corrections', async () => {
    const url = `/api/v1/meetings/${ids.november}`;
    const add = { memberId: ids.a4, title: 'Thu đảng phí quý IV', dueOn: '2026-12-31' };
    expect((await secretaryA.post(`${url}/tasks`, add)).statusCode).toBe(400);
    const added = await secretaryA.post(`${url}/tasks`, {
      ...add,
      correctionReason: 'Biên bản ghi thiếu nhiệm vụ',
    });
    expect(added.statusCode).toBe(201);
    const review = { reviews: [{ taskId: ids.octoberTask, status: 'DONE', note: 'Đã rà soát xong' }] };
    const noReason = await secretaryA.post(`${url}/task-reviews`, review);
    expect(noReason.json().errors[0].path).toBe('correctionReason');
    const before = await count(
      'audit_log',
      sql`action = 'meeting.task.correct' AND entity_id = ${ids.november}`,
    );
    const ok = await secretaryA.post(`${url}/task-reviews`, {
      ...review,
      correctionReason: 'Bổ sung kiểm điểm nhiệm vụ',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().previousTasks.find((x: { id: string }) => x.id === ids.octoberTask).status).toBe('DONE');
    expect(
      await count('audit_log', sql`action = 'meeting.task.correct' AND entity_id = ${ids.november}`),
    ).toBe(before + 1);
    // A withdrawn task cannot be reviewed.
    const cancelled = await secretaryA.post(`${url}/task-reviews`, {
      reviews: [{ taskId: ids.task, status: 'DONE' }],
      correctionReason: 'Bổ sung kiểm điểm nhiệm vụ',
    });
    expect(cancelled.statusCode).toBe(400);
  });
});

describe('committee meetings and congresses', () => {
  beforeAll(async () => {
    // The commune's committee (đảng ủy) met in September and October, and held its first conference in June.
    for (const [date, kind] of [
      ['2026-09-04', 'COMMITTEE'],
      ['2026-10-02', 'COMMITTEE'],
      ['2026-06-20', 'CONGRESS'],
    ] as const) {
      const m = (
        await commune.post('/api/v1/meetings', {
          orgCode: 'TD.BB',
          kind,
          plannedDate: date,
          topic: `Họp ${date}`,
        })
      ).json();
      const res = await commune.post(`/api/v1/meetings/${m.id}/hold`, {
        version: m.version,
        heldOn: date,
        attendance: [],
        minutes,
      });
      expect(res.statusCode).toBe(200);
    }
  });

  it('counts the committee month by month and the conferences by half-year, shortfalls first', async () => {
    const res = await commune.get('/api/v1/meetings/committees?year=2026');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.rules).toEqual({
      committeeMeetingEveryMonths: 1,
      cellCommitteeMinOfficial: 9,
      congressesPerYear: 2,
    });
    // Cells of 4 and 1 official members have no chi ủy: only the commune's đảng ủy owes meetings.
    expect(r.items.map((i: { code: string }) => i.code)).toEqual(['TD.BB']);
    const bb = r.items[0];
    // January–November begun (today 23/11); held in September and October; missed the eight months before.
    expect(bb.committee).toEqual({
      expected: 11,
      held: 2,
      missed: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'],
    });
    // First half held (June); the second is not over yet.
    expect(bb.congress).toEqual({ expected: 2, held: 1, missed: [] });
    expect(r.totals).toEqual({ committees: 1, committeesMissing: 1, congressOrgs: 1, congressMissing: 0 });
  });

  it('follows the settings: committees every quarter, chi ủy from four official members', async () => {
    const admin = await tokenClient(t, 'quantri');
    const current = (await admin.get('/api/v1/meetings/settings')).json();
    const { defaults: _d, ...values } = current;
    const saved = await admin.put('/api/v1/meetings/settings', {
      ...values,
      committeeMeetingEveryMonths: 3,
      cellCommitteeMinOfficial: 4,
    });
    expect(saved.statusCode).toBe(200);
    const r = (await commune.get('/api/v1/meetings/committees?year=2026')).json();
    const byCode = Object.fromEntries(r.items.map((i: { code: string }) => [i.code, i]));
    expect(byCode['TD.BB'].committee).toEqual({ expected: 4, held: 2, missed: ['2026-01', '2026-04'] });
    // Cell A has four official members (the fifth is probationary): it now has a chi ủy that never met.
    expect(byCode['TD.BB.A']).toMatchObject({
      committee: { expected: 4, held: 0, missed: ['2026-01', '2026-04', '2026-07'] },
      congress: null,
    });
    expect(byCode['TD.BB.B']).toBeUndefined();
    // Back to the defaults for the tests after.
    const now = (await admin.get('/api/v1/meetings/settings')).json();
    expect(
      (await admin.put('/api/v1/meetings/settings', { ...values, version: now.version })).statusCode,
    ).toBe(200);
  });

  it('is the level above’s: others 404, members 403, bad queries 400', async () => {
    expect((await secretaryB.get('/api/v1/meetings/committees?org=TD.BB')).statusCode).toBe(404);
    expect((await memberA.get('/api/v1/meetings/committees')).statusCode).toBe(403);
    expect((await commune.get('/api/v1/meetings/committees?year=abc')).statusCode).toBe(400);
    expect((await commune.get('/api/v1/meetings/committees?org=KHONG.CO')).statusCode).toBe(404);
    expect((await commune.get('/api/v1/meetings/committees?pageSize=0')).statusCode).toBe(400);
  });
});

describe('settings', () => {
  let admin: Awaited<ReturnType<typeof tokenClient>>;
  let values: Record<string, unknown>;
  beforeAll(async () => {
    admin = await tokenClient(t, 'quantri');
    const { defaults: _d, ...v } = (await admin.get('/api/v1/meetings/settings')).json();
    values = v;
  });

  it('everyone who runs meetings reads them; only an admin writes them', async () => {
    const read = await secretaryA.get('/api/v1/meetings/settings');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ planDeadlineDay: 20, quorumNumerator: 2, quorumDenominator: 3 });
    expect((await memberA.get('/api/v1/meetings/settings')).statusCode).toBe(403);
    const secretary = await tokenClient(t, 'bithu.a');
    const refused = await secretary.put('/api/v1/meetings/settings', { ...values, planDeadlineDay: 25 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe('Chỉ quản trị hệ thống mới được thay đổi cấu hình sinh hoạt chi bộ.');
    expect((await admin.get('/api/v1/meetings/settings')).json().planDeadlineDay).toBe(20);
  });

  it('refuses bad values with a Vietnamese message per field and writes nothing', async () => {
    const version = (await admin.get('/api/v1/meetings/settings')).json().version;
    const saves = await count('audit_log', sql`action = 'meeting.settings.save'`);
    const put = (patch: Record<string, unknown>) =>
      admin.put('/api/v1/meetings/settings', { ...values, version, ...patch });
    const day = await put({ planDeadlineDay: 0 });
    expect(day.statusCode).toBe(400);
    expect(day.json().errors[0]).toEqual({
      path: 'planDeadlineDay',
      message: 'Hạn nộp kế hoạch (ngày của tháng trước): từ 1 đến 31.',
    });
    expect((await put({ planDeadlineDay: '20' })).json().errors[0].message).toBe(
      'Hạn nộp kế hoạch (ngày của tháng trước): cần một số.',
    );
    expect(paths(await put({ planDeadlineDay: 20.5, goodAttendancePercent: 120 }))).toEqual([
      'goodAttendancePercent',
      'planDeadlineDay',
    ]);
    const { unexcusedAbsenceLimit: _u, ...missing } = values;
    expect(paths(await admin.put('/api/v1/meetings/settings', { ...missing, version }))).toEqual([
      'unexcusedAbsenceLimit',
    ]);
    expect((await put({ extra: 1 })).statusCode).toBe(400);
    const above = await put({ quorumNumerator: 3, quorumDenominator: 2 });
    expect(above.json().errors[0]).toEqual({
      path: 'quorumNumerator',
      message: 'Tỷ lệ tối thiểu không được lớn hơn 1 (tử số ≤ mẫu số).',
    });
    expect((await put({ quorumNumerator: 1, quorumDenominator: 3 })).json().errors[0].message).toBe(
      'Tỷ lệ tối thiểu phải từ một nửa (1/2) trở lên.',
    );
    expect((await put({ committeeMeetingEveryMonths: 5 })).json().errors[0].path).toBe(
      'committeeMeetingEveryMonths',
    );
    expect((await put({ congressesPerYear: 5 })).json().errors[0].path).toBe('congressesPerYear');
    const rubric = values.rubric as { code: string }[];
    expect(
      (await put({ rubric: [rubric[0], rubric[0]] })).json().errors.map((e: { path: string }) => e.path),
    ).toEqual(['levelThresholds.TOT', 'rubric']);
    expect((await put({ levelThresholds: { TOT: 70, KHA: 80, TRUNG_BINH: 50 } })).json().errors[0].path).toBe(
      'levelThresholds',
    );
    expect((await admin.get('/api/v1/meetings/settings')).json()).toMatchObject({
      version,
      planDeadlineDay: 20,
    });
    expect(await count('audit_log', sql`action = 'meeting.settings.save'`)).toBe(saves);
  });

  it('a new plan deadline and quorum apply at once; saved with its version, audited', async () => {
    const version = (await admin.get('/api/v1/meetings/settings')).json().version;
    const res = await admin.put('/api/v1/meetings/settings', {
      ...values,
      version,
      planDeadlineDay: 25,
      quorumNumerator: 1,
      quorumDenominator: 2,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ planDeadlineDay: 25, version: version + 1 });
    expect((await admin.put('/api/v1/meetings/settings', { ...values, version })).statusCode).toBe(409);
    // December's plan entered today (23/11) is on time against the 25th; quorum is one half of 4 official members.
    const m = (
      await plan(secretaryA, { kind: 'THEMATIC', plannedDate: '2026-12-10', topic: 'Chuyên đề' })
    ).json();
    expect(m).toMatchObject({ planDeadline: '2026-11-25' });
    const regular = (
      await secretaryA.get('/api/v1/meetings?org=TD.BB.A&from=2026-12-01&to=2026-12-31')
    ).json();
    expect(regular.items.find((x: { kind: string }) => x.kind === 'REGULAR')).toMatchObject({
      planLate: false,
    });
    expect(m.quorum).toMatchObject({ base: 4, required: 2 });
    const audit = await one<{ before: { planDeadlineDay: number }; after: { planDeadlineDay: number } }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'meeting.settings.save' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ before: { planDeadlineDay: 20 }, after: { planDeadlineDay: 25 } });
  });
});
