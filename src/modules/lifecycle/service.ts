import { sql } from 'drizzle-orm';
import { policy, WRITE_MEMBER_ROLES } from '../../platform/access/policy.ts';
import { inScope, pathInScope, scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { inTransaction, one, rows } from '../../platform/db/query.ts';
import { type FieldError, forbidden, invalidFields, notFound } from '../../platform/errors.ts';
import { addDays } from '../../vn/dates.ts';
import { orgByCode, orgOn } from '../orgs/queries.ts';
import { isCell } from '../orgs/rules.ts';
import {
  type CorrectEventInput,
  EVENT_ORG_ROLE,
  type RecordEventInput,
  type TransferDecisionInput,
  type TransferListQuery,
} from './contracts.ts';
import { MEMBERSHIP_EVENT_LABELS } from './eventTypes.ts';
import { appendMembershipEvents, memberHistory, type NewMembershipEvent } from './history.ts';
import { nextBadge, partyAgeOn } from './partyAge.ts';

interface MemberPlacement {
  id: string;
  orgId: string | null;
  status: string | null;
  fullName: string;
}

async function placement(db: Db, memberId: string): Promise<MemberPlacement> {
  const row = await one<MemberPlacement>(
    db,
    sql`SELECT id, org_id AS "orgId", status, full_name AS "fullName" FROM members WHERE id = ${memberId}`,
  );
  if (!row) throw notFound('Không tìm thấy đảng viên.');
  return row;
}

/** Serializes writers of one member's history: the rebuild reads all events, so two at once could both pass. */
async function lockMember(tx: Db, memberId: string): Promise<void> {
  await tx.execute(sql`SELECT id FROM members WHERE id = ${memberId} FOR UPDATE`);
}

function notInFuture(ctx: Ctx, fields: Record<string, string | null | undefined>): FieldError[] {
  return Object.entries(fields)
    .filter(([, d]) => d && d > ctx.today)
    .map(([path]) => ({ path, message: 'Ngày này ở tương lai; chỉ ghi biến động đã có hiệu lực.' }));
}

/** The cell an event names: it must exist and be a cell on the event's date. */
async function cellOn(ctx: Ctx, code: string, date: string, path = 'orgCode'): Promise<string> {
  const org = await orgByCode(ctx.db, code);
  if (!org) throw invalidFields([{ path, message: `Không có tổ chức đảng mã ${code}.` }]);
  const state = await orgOn(ctx.db, org.id, date);
  if (!state) throw invalidFields([{ path, message: `Tổ chức ${code} không tồn tại vào ngày hiệu lực.` }]);
  if (!isCell(state.kind))
    throw invalidFields([
      { path, message: 'Đảng viên chỉ sinh hoạt ở chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc).' },
    ]);
  return org.id;
}

/** Records one event on a member; the member's periods are rebuilt and checked in the same transaction. */
export async function recordMembershipEvent(ctx: Ctx, memberId: string, input: RecordEventInput) {
  const member = await placement(ctx.db, memberId);
  await policy.writeMember(ctx, member.id, member.orgId);
  const problems = notInFuture(ctx, { effectiveDate: input.effectiveDate, decisionDate: input.decisionDate });
  const orgRole = EVENT_ORG_ROLE[input.type];
  if (orgRole && !input.orgCode)
    problems.push({ path: 'orgCode', message: `Chọn ${orgRole.toLowerCase()}.` });
  if (!orgRole && input.orgCode)
    problems.push({ path: 'orgCode', message: 'Biến động này không ghi tổ chức đảng nhận.' });
  if (input.type === 'REMOVED' && !input.removalCause)
    problems.push({ path: 'removalCause', message: 'Chọn lý do xóa tên.' });
  if (input.ceremonyDate && input.ceremonyDate < input.effectiveDate && input.type === 'READMISSION')
    problems.push({
      path: 'ceremonyDate',
      message: 'Lễ kết nạp lại không thể trước quyết định kết nạp lại.',
    });
  if (problems.length) throw invalidFields(problems);

  let orgId: string | null = null;
  if (input.orgCode) {
    orgId = await cellOn(ctx, input.orgCode, input.effectiveDate);
    // Moving within, or taking a member back into, the caller's own orgs needs scope over the cell;
    // a transfer or a temporary stay may go to any cell in the installation.
    const mustBeOurs = ['INTERNAL_MOVE', 'READMISSION', 'ARRIVAL'].includes(input.type);
    if (mustBeOurs && !(await inScope(ctx, orgId)))
      throw invalidFields([
        { path: 'orgCode', message: `Chi bộ ${input.orgCode} không thuộc phạm vi bạn quản lý.` },
      ]);
  }

  const details: Record<string, unknown> = {};
  if (input.removalCause) details.cause = input.removalCause;
  if (input.arrivalStatus) details.status = input.arrivalStatus;
  if (input.ceremonyDate) details.ceremonyDate = input.ceremonyDate;
  if (input.externalOrg) details.externalOrg = input.externalOrg;

  await inTransaction(ctx.db, async (tx) => {
    await lockMember(tx, memberId);
    const event: NewMembershipEvent = {
      memberId,
      type: input.type,
      effectiveDate: input.effectiveDate,
      orgId,
      fromOrgId: member.orgId,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      issuingBody: input.issuingBody,
      note: input.note,
      details,
    };
    await appendMembershipEvents(tx, ctx, [event]);
    if (input.type === 'RECOGNITION') await syncOfficialDate(tx, memberId);
    await recordAudit(tx, ctx, {
      action: `member.event.${input.type.toLowerCase()}`,
      entityType: 'member',
      entityId: memberId,
      after: { ...input },
    });
  });
  return membershipState(ctx, memberId);
}

/** The profile's official date follows the (last effective) recognition. */
async function syncOfficialDate(tx: Db, memberId: string): Promise<void> {
  await tx.execute(sql`UPDATE members SET official_date = (
      SELECT max(valid_from) FROM membership_periods WHERE member_id = ${memberId} AND start_cause = 'RECOGNITION'),
      version = version + 1, updated_at = now()
    WHERE id = ${memberId}`);
}

/** Corrects a wrong event: voids it or replaces its date or org, with a reason. Everything after is recomputed. */
export async function correctMembershipEvent(
  ctx: Ctx,
  memberId: string,
  eventId: string,
  input: CorrectEventInput,
) {
  const member = await placement(ctx.db, memberId);
  await policy.writeMember(ctx, member.id, member.orgId);
  const target = await one<{ id: string; type: string; effectiveDate: string }>(
    ctx.db,
    sql`SELECT id, type, effective_date AS "effectiveDate" FROM membership_events
        WHERE id = ${eventId} AND member_id = ${memberId}`,
  );
  if (!target) throw notFound('Không tìm thấy biến động cần đính chính.');
  if (target.type === 'CORRECTION')
    throw invalidFields([
      { path: 'eventId', message: 'Không đính chính một lần đính chính; hãy đính chính biến động gốc.' },
    ]);
  if (
    !input.void &&
    !input.effectiveDate &&
    !input.orgCode &&
    input.decisionNumber === undefined &&
    input.decisionDate === undefined
  )
    throw invalidFields([
      { path: 'effectiveDate', message: 'Nhập điều cần đính chính, hoặc chọn hủy bỏ biến động.' },
    ]);
  const problems = notInFuture(ctx, { effectiveDate: input.effectiveDate, decisionDate: input.decisionDate });
  if (problems.length) throw invalidFields(problems);
  const date = input.effectiveDate ?? target.effectiveDate;
  const orgId = input.orgCode ? await cellOn(ctx, input.orgCode, date) : undefined;
  const replacement: Record<string, unknown> = {};
  if (input.effectiveDate) replacement.effectiveDate = input.effectiveDate;
  if (orgId) Object.assign(replacement, { orgId, details: { orgCode: input.orgCode } });
  await inTransaction(ctx.db, async (tx) => {
    await lockMember(tx, memberId);
    await appendMembershipEvents(tx, ctx, [
      {
        memberId,
        type: 'CORRECTION',
        effectiveDate: date,
        correctsEventId: eventId,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        note: input.reason,
        details: input.void ? { void: true } : { replacement },
      },
    ]);
    if (target.type === 'RECOGNITION') await syncOfficialDate(tx, memberId);
    await recordAudit(tx, ctx, {
      action: 'member.event.correct',
      entityType: 'member',
      entityId: memberId,
      after: { eventId, ...input },
    });
  });
  return membershipState(ctx, memberId);
}

interface PendingTransferRow {
  eventId: string;
  memberId: string;
  fullName: string;
  birthDate: string;
  status: string | null;
  issuedOn: string;
  decisionNumber: string | null;
  fromOrgId: string;
  fromOrgCode: string;
  fromOrgPath: string | null;
  toOrgId: string;
  toOrgCode: string;
  toOrgPath: string | null;
}

/** Transfers issued inside the installation and neither accepted, returned nor voided. */
function pendingTransfers(db: Db, where: ReturnType<typeof sql>) {
  return rows<PendingTransferRow>(
    db,
    sql`SELECT e.id AS "eventId", m.id AS "memberId", m.full_name AS "fullName", m.birth_date AS "birthDate",
          m.status, e.effective_date AS "issuedOn", e.decision_number AS "decisionNumber",
          m.org_id AS "fromOrgId", fo.code AS "fromOrgCode", fo.path AS "fromOrgPath",
          e.org_id AS "toOrgId", tor.code AS "toOrgCode", tor.path AS "toOrgPath"
        FROM membership_events e
        JOIN members m ON m.id = e.member_id
        JOIN orgs fo ON fo.id = m.org_id
        JOIN orgs tor ON tor.id = e.org_id
        WHERE e.type = 'TRANSFER_ISSUED' AND m.status IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM membership_events r WHERE r.member_id = e.member_id
                AND ((r.type IN ('TRANSFER_ACCEPTED', 'TRANSFER_RETURNED') AND r.details->>'transferEventId' = e.id)
                  OR (r.type = 'CORRECTION' AND r.corrects_event_id = e.id AND r.details->>'void' = 'true')))
          AND ${where}
        ORDER BY e.effective_date, m.sort_key`,
  );
}

/** Transfers in transit longer than this are flagged (DOMAIN.md to-do list: "not accepted after 30 days"). */
export const TRANSFER_OVERDUE_DAYS = 30;

/** The inbox (transfers to the caller's orgs) or outbox (from them), pending ones. */
export async function listTransfers(ctx: Ctx, q: TransferListQuery) {
  if (!WRITE_MEMBER_ROLES.includes(ctx.actor.role) && ctx.actor.role !== 'viewer')
    throw forbidden('Bạn không có quyền xem chuyển sinh hoạt.');
  const scope = await scopeOf(ctx);
  let prefix = scope.pathPrefix;
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org || !pathInScope(scope, org.path)) throw notFound('Không tìm thấy tổ chức đảng.');
    prefix = org.path;
  }
  const column = q.box === 'in' ? sql`tor.path` : sql`fo.path`;
  const where = prefix ? sql`${column} LIKE ${`${prefix}%`}` : sql`TRUE`;
  const found = await pendingTransfers(ctx.db, where);
  const codes = await orgNames(
    ctx.db,
    [...new Set(found.flatMap((t) => [t.fromOrgId, t.toOrgId]))],
    ctx.today,
  );
  const overdueBefore = addDays(ctx.today, -TRANSFER_OVERDUE_DAYS);
  return {
    items: found.map((t) => ({
      eventId: t.eventId,
      memberId: t.memberId,
      fullName: t.fullName,
      birthDate: t.birthDate,
      status: t.status,
      issuedOn: t.issuedOn,
      decisionNumber: t.decisionNumber,
      from: { code: t.fromOrgCode, name: codes.get(t.fromOrgId) ?? t.fromOrgCode },
      to: { code: t.toOrgCode, name: codes.get(t.toOrgId) ?? t.toOrgCode },
      overdue: t.issuedOn < overdueBefore,
    })),
    total: found.length,
  };
}

async function orgNames(db: Db, ids: string[], date: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const state = await orgOn(db, id, date);
    if (state) out.set(id, state.name);
  }
  return out;
}

/** The receiving org accepts (the member moves) or returns (the member stays) a transfer. */
export async function decideTransfer(
  ctx: Ctx,
  eventId: string,
  decision: 'accept' | 'return',
  input: TransferDecisionInput,
) {
  const [t] = await pendingTransfers(ctx.db, sql`e.id = ${eventId}`);
  if (!t || !(await inScope(ctx, t.toOrgId)))
    throw notFound('Không tìm thấy giấy chuyển sinh hoạt đang chờ (có thể đã được xử lý).');
  if (!WRITE_MEMBER_ROLES.includes(ctx.actor.role))
    throw forbidden('Bạn chỉ có quyền xem, không được tiếp nhận chuyển sinh hoạt.');
  const problems = notInFuture(ctx, { effectiveDate: input.effectiveDate, decisionDate: input.decisionDate });
  if (decision === 'return' && !input.note)
    problems.push({ path: 'note', message: 'Ghi lý do trả lại giấy chuyển sinh hoạt.' });
  if (input.effectiveDate < t.issuedOn)
    problems.push({ path: 'effectiveDate', message: 'Ngày tiếp nhận không thể trước ngày chuyển đi.' });
  if (problems.length) throw invalidFields(problems);
  if (decision === 'accept') await cellOn(ctx, t.toOrgCode, input.effectiveDate, 'effectiveDate');
  const type = decision === 'accept' ? 'TRANSFER_ACCEPTED' : 'TRANSFER_RETURNED';
  await inTransaction(ctx.db, async (tx) => {
    await lockMember(tx, t.memberId);
    await appendMembershipEvents(tx, ctx, [
      {
        memberId: t.memberId,
        type,
        effectiveDate: input.effectiveDate,
        orgId: t.toOrgId,
        fromOrgId: t.fromOrgId,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        issuingBody: input.issuingBody,
        note: input.note,
        details: { transferEventId: eventId },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: `member.transfer.${decision}`,
      entityType: 'member',
      entityId: t.memberId,
      after: { eventId, ...input },
    });
  });
  return { memberId: t.memberId, type, label: MEMBERSHIP_EVENT_LABELS[type] };
}

/** A member's history with the state it derives to, for the member page and the event forms. */
export async function membershipState(ctx: Ctx, memberId: string) {
  const member = await placement(ctx.db, memberId);
  await policy.readMember(ctx, member.id, member.orgId);
  const history = await memberHistory(ctx.db, memberId);
  const periods = await rows<{
    orgCode: string;
    status: string;
    exemption: string | null;
    hostOrgCode: string | null;
    validFrom: string;
    validTo: string | null;
    startCause: string;
    endCause: string | null;
  }>(
    ctx.db,
    sql`SELECT o.code AS "orgCode", p.status, p.exemption, h.code AS "hostOrgCode", p.valid_from AS "validFrom",
          p.valid_to AS "validTo", p.start_cause AS "startCause", p.end_cause AS "endCause"
        FROM membership_periods p JOIN orgs o ON o.id = p.org_id LEFT JOIN orgs h ON h.id = p.host_org_id
        WHERE p.member_id = ${memberId} ORDER BY p.valid_from, p.valid_to NULLS LAST`,
  );
  const { admissionDecisionDate } = (await one<{ admissionDecisionDate: string | null }>(
    ctx.db,
    sql`SELECT admission_decision_date AS "admissionDecisionDate" FROM members WHERE id = ${memberId}`,
  )) ?? { admissionDecisionDate: null };
  const current = member.status !== null;
  return {
    memberId,
    status: member.status,
    partyAgeYears: partyAgeOn(periods, admissionDecisionDate, ctx.today),
    nextBadge: current ? nextBadge(periods, admissionDecisionDate, ctx.today) : null,
    pendingTransfer:
      (await pendingTransfers(ctx.db, sql`e.member_id = ${memberId}`)).map((t) => ({
        eventId: t.eventId,
        issuedOn: t.issuedOn,
        toOrgCode: t.toOrgCode,
      }))[0] ?? null,
    // Timestamps as ISO, like every other answer (the drivers format timestamptz differently).
    history: history.map((h) => ({ ...h, recordedAt: new Date(h.recordedAt).toISOString() })),
    periods,
  };
}
