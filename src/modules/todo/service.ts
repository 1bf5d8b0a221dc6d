import { sql } from 'drizzle-orm';
import { policy } from '../../platform/access/policy.ts';
import { pathInScope, scopeOf } from '../../platform/access/scope.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { addDays, addMonths, formatVnDate } from '../../vn/dates.ts';
import { ceremonyDeadline, certificateExpiry } from '../admission/rules.ts';
import { loadSettings } from '../admission/service.ts';
import { BADGE_YEARS, nextAwardDay, nextBadge } from '../lifecycle/partyAge.ts';
import { listTransfers } from '../lifecycle/service.ts';
import { absenceTodos, memberMeetingTodos, planTodos } from '../meetings/compliance.ts';
import { orgByCode } from '../orgs/queries.ts';
import { memberRatingTodos, ratingTodos } from '../ratings/todo.ts';
import { committeeItems } from './committees.ts';
import { certificateDue, probationState, TODO_KINDS, type TodoKind } from './rules.ts';

export interface TodoItem {
  kind: TodoKind;
  kindLabel: string;
  /** For org subjects (meetings), id is the org's code. */
  subject: { type: 'member' | 'candidate' | 'org' | 'meeting'; id: string; name: string };
  orgCode: string;
  orgName: string;
  /** The date the thing is due (or was due, when overdue). */
  dueOn: string;
  overdue: boolean;
  message: string;
}

const MANAGERS = ['admin', 'org_staff', 'secretary', 'viewer'];

/** The subtree the list covers: the caller's scope, or one org inside it. */
async function prefixFor(ctx: Ctx, orgCode: string | undefined): Promise<string | null> {
  const scope = await scopeOf(ctx);
  if (!orgCode) return scope.pathPrefix;
  const org = await orgByCode(ctx.db, orgCode);
  if (!org || !pathInScope(scope, org.path)) throw notFound('Không tìm thấy tổ chức đảng.');
  return org.path;
}

const under = (column: ReturnType<typeof sql>, prefix: string | null) =>
  prefix ? sql`${column} LIKE ${`${prefix}%`}` : sql`TRUE`;

/** The org name on today's date, for every org code a list mentions. */
const ORG_NAME = sql`(SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1)`;

/** Everything due in an org's subtree, most urgent first. */
export async function todoList(ctx: Ctx, orgCode?: string): Promise<{ asOf: string; items: TodoItem[] }> {
  if (!MANAGERS.includes(ctx.actor.role)) throw forbidden('Bạn không có quyền xem việc cần làm của tổ chức.');
  const prefix = await prefixFor(ctx, orgCode);
  const items = [
    ...(await probationItems(ctx.db, prefix, ctx.today)),
    ...(await badgeItems(ctx.db, prefix, ctx.today)),
    ...(await candidateItems(ctx.db, prefix, ctx.today)),
    ...(await transferItems(ctx, orgCode)),
    ...(await meetingItems(ctx.db, prefix, ctx.today)),
    ...(await committeeItems(ctx.db, prefix, ctx.today)),
    ...(await ratingTodos(ctx.db, prefix, ctx.today)).map((i) => ({ ...i, kindLabel: TODO_KINDS[i.kind] })),
  ];
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  return { asOf: ctx.today, items };
}

/**
 * The signed-in user's notifications: the to-do of the orgs they answer for. A member sees their
 * own probation and badge; staff and secretaries their scope's list.
 */
export async function notifications(ctx: Ctx) {
  if (ctx.actor.role === 'member') {
    if (!ctx.actor.memberId) return { asOf: ctx.today, items: [], total: 0 };
    await policy.readMember(ctx, ctx.actor.memberId, null);
    const own = await rows<{ path: string }>(
      ctx.db,
      sql`SELECT org_path AS path FROM members WHERE id = ${ctx.actor.memberId}`,
    );
    const all = [
      ...(await probationItems(ctx.db, own[0]?.path ?? null, ctx.today)),
      ...(await badgeItems(ctx.db, own[0]?.path ?? null, ctx.today)),
    ].filter((i) => i.subject.id === ctx.actor.memberId);
    const meetings = [
      ...(await memberMeetingTodos(ctx.db, ctx.actor.memberId, ctx.today)),
      ...(await memberRatingTodos(ctx.db, ctx.actor.memberId, ctx.today)),
    ].map((i) => ({ ...i, kindLabel: TODO_KINDS[i.kind] }));
    return { asOf: ctx.today, items: [...all, ...meetings], total: all.length + meetings.length };
  }
  if (ctx.actor.role === 'viewer') return { asOf: ctx.today, items: [], total: 0 };
  const { items } = await todoList(ctx);
  return { asOf: ctx.today, items: items.slice(0, 50), total: items.length };
}

async function probationItems(db: Db, prefix: string | null, today: string): Promise<TodoItem[]> {
  const found = await rows<{
    id: string;
    name: string;
    ceremonyDate: string;
    orgCode: string;
    orgName: string;
  }>(
    db,
    sql`SELECT m.id, m.full_name AS name, m.ceremony_date AS "ceremonyDate", o.code AS "orgCode", ${ORG_NAME} AS "orgName"
        FROM members m JOIN orgs o ON o.id = m.org_id
        WHERE m.status = 'PROBATIONARY' AND ${under(sql`m.org_path`, prefix)}
          AND m.ceremony_date <= ${addMonths(addDays(today, 30), -12)}`,
  );
  const out: TodoItem[] = [];
  for (const m of found) {
    const state = probationState(m.ceremonyDate, today);
    if (!state) continue;
    out.push({
      kind: state.kind,
      kindLabel: TODO_KINDS[state.kind],
      subject: { type: 'member', id: m.id, name: m.name },
      orgCode: m.orgCode,
      orgName: m.orgName,
      dueOn: state.dueOn,
      overdue: state.kind === 'RECOGNITION_OVERDUE',
      message:
        state.kind === 'PROBATION_ENDING'
          ? `Hết 12 tháng dự bị ngày ${formatVnDate(state.dueOn)}: chi bộ chuẩn bị xét công nhận chính thức.`
          : `Đã quá hạn xét công nhận chính thức (hạn ${formatVnDate(state.dueOn)}).`,
    });
  }
  return out;
}

/**
 * Members whose party age reaches a badge milestone by the next two usual award days. The first
 * pass finds them by admission decision date; the exact date comes from their periods (gaps).
 */
async function badgeItems(db: Db, prefix: string | null, today: string): Promise<TodoItem[]> {
  const horizon = nextAwardDay(addDays(nextAwardDay(today), 1));
  const windows = BADGE_YEARS.map(
    (n) =>
      sql`(m.admission_decision_date > ${addMonths(today, -12 * n - 120)} AND m.admission_decision_date <= ${addMonths(horizon, -12 * n)})`,
  );
  const found = await rows<{
    id: string;
    name: string;
    decision: string;
    orgCode: string;
    orgName: string;
    spans: { validFrom: string; validTo: string | null }[];
  }>(
    db,
    sql`SELECT m.id, m.full_name AS name, m.admission_decision_date AS decision, o.code AS "orgCode", ${ORG_NAME} AS "orgName",
          (SELECT json_agg(json_build_object('validFrom', p.valid_from, 'validTo', p.valid_to) ORDER BY p.valid_from)
             FROM membership_periods p WHERE p.member_id = m.id) AS spans
        FROM members m JOIN orgs o ON o.id = m.org_id
        WHERE m.status IS NOT NULL AND ${under(sql`m.org_path`, prefix)} AND (${sql.join(windows, sql` OR `)})`,
  );
  const out: TodoItem[] = [];
  for (const m of found) {
    const badge = nextBadge(m.spans ?? [], m.decision, today);
    if (!badge || badge.reachedOn > horizon) continue;
    out.push({
      kind: 'BADGE_DUE',
      kindLabel: TODO_KINDS.BADGE_DUE,
      subject: { type: 'member', id: m.id, name: m.name },
      orgCode: m.orgCode,
      orgName: m.orgName,
      dueOn: badge.awardOn,
      overdue: false,
      message: `Đủ ${badge.years} năm tuổi đảng ngày ${formatVnDate(badge.reachedOn)}: đề nghị tặng Huy hiệu ${badge.years} năm tuổi Đảng dịp ${formatVnDate(badge.awardOn)}.`,
    });
  }
  return out;
}

/** Candidates whose ceremony is overdue, or whose class certificate expires before they are admitted. */
async function candidateItems(db: Db, prefix: string | null, today: string): Promise<TodoItem[]> {
  const settings = await loadSettings(db);
  const found = await rows<{
    id: string;
    name: string;
    orgCode: string;
    orgName: string;
    decisionDate: string | null;
    certificateDate: string | null;
  }>(
    db,
    sql`SELECT c.id, c.full_name AS name, o.code AS "orgCode", ${ORG_NAME} AS "orgName",
          (SELECT s.date FROM admission_steps s WHERE s.candidate_id = c.id AND s.step = 'DECISION') AS "decisionDate",
          (SELECT s.date FROM admission_steps s WHERE s.candidate_id = c.id AND s.step = 'AWARENESS_CLASS') AS "certificateDate"
        FROM admission_candidates c JOIN orgs o ON o.id = c.org_id
        WHERE c.status = 'ACTIVE' AND ${under(sql`o.path`, prefix)}`,
  );
  const out: TodoItem[] = [];
  for (const c of found) {
    const subject = { type: 'candidate' as const, id: c.id, name: c.name };
    if (c.decisionDate) {
      const deadline = ceremonyDeadline(c.decisionDate, settings);
      if (today > deadline)
        out.push({
          kind: 'CEREMONY_OVERDUE',
          kindLabel: TODO_KINDS.CEREMONY_OVERDUE,
          subject,
          orgCode: c.orgCode,
          orgName: c.orgName,
          dueOn: deadline,
          overdue: true,
          message: `Quyết định kết nạp ngày ${formatVnDate(c.decisionDate)}; lễ kết nạp phải tổ chức trước ${formatVnDate(deadline)}.`,
        });
    } else if (c.certificateDate) {
      const expires = certificateExpiry(c.certificateDate, settings);
      if (certificateDue(expires, today))
        out.push({
          kind: 'CERTIFICATE_EXPIRING',
          kindLabel: TODO_KINDS.CERTIFICATE_EXPIRING,
          subject,
          orgCode: c.orgCode,
          orgName: c.orgName,
          dueOn: expires,
          overdue: expires <= today,
          message:
            expires <= today
              ? `Giấy chứng nhận đã hết hạn từ ${formatVnDate(expires)}: cần học lại lớp nhận thức về Đảng.`
              : `Giấy chứng nhận hết hạn ngày ${formatVnDate(expires)}: cần hoàn tất xét kết nạp trước ngày đó.`,
        });
    }
  }
  return out;
}

/** Transfers into the subtree waiting longer than 30 days: the receiving side must act. */
async function transferItems(ctx: Ctx, orgCode: string | undefined): Promise<TodoItem[]> {
  const { items } = await listTransfers(ctx, { box: 'in', org: orgCode });
  return items
    .filter((t) => t.overdue)
    .map((t) => ({
      kind: 'TRANSFER_OVERDUE' as const,
      kindLabel: TODO_KINDS.TRANSFER_OVERDUE,
      subject: { type: 'member' as const, id: t.memberId, name: t.fullName },
      orgCode: t.to.code,
      orgName: t.to.name,
      dueOn: addDays(t.issuedOn, 30),
      overdue: true,
      message: `Giấy chuyển sinh hoạt từ ${t.from.name} ngày ${formatVnDate(t.issuedOn)} chưa được tiếp nhận.`,
    }));
}

/** Meetings: absences without reason reaching the limit, missing plans, months without a regular meeting. */
async function meetingItems(db: Db, prefix: string | null, today: string): Promise<TodoItem[]> {
  const items = [...(await absenceTodos(db, prefix, today)), ...(await planTodos(db, prefix, today))];
  return items.map((i) => ({ ...i, kindLabel: TODO_KINDS[i.kind] }));
}
