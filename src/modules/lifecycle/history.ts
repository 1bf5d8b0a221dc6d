import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';
import { badRequest } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import {
  derivePeriods,
  type MembershipEventFacts,
  type MembershipEventType,
  neighbours,
  type PeriodFacts,
} from './rules.ts';

export interface NewMembershipEvent {
  memberId: string;
  type: MembershipEventType;
  effectiveDate: string;
  orgId?: string | null;
  fromOrgId?: string | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  issuingBody?: string | null;
  note?: string | null;
  correctsEventId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends events and re-derives the member's periods in the caller's transaction. */
export async function appendMembershipEvents(
  tx: Db,
  ctx: Ctx,
  events: readonly NewMembershipEvent[],
): Promise<void> {
  const memberIds = new Set<string>();
  for (const e of events) {
    await tx.execute(sql`INSERT INTO membership_events (id, member_id, type, effective_date, org_id, from_org_id,
        decision_number, decision_date, issuing_body, note, corrects_event_id, details, recorded_by)
      VALUES (${newId()}, ${e.memberId}, ${e.type}, ${e.effectiveDate}, ${e.orgId ?? null}, ${e.fromOrgId ?? null},
        ${e.decisionNumber ?? null}, ${e.decisionDate ?? null}, ${e.issuingBody ?? null}, ${e.note ?? null},
        ${e.correctsEventId ?? null}, ${JSON.stringify(e.details ?? {})}::jsonb, ${ctx.actor.username})`);
    memberIds.add(e.memberId);
  }
  for (const id of memberIds) await rebuildPeriods(tx, id);
}

/**
 * The member's attributes each period carries (schema.ts), as `members` columns. The database keeps
 * them in step (migration 0015's triggers); bulk writers pass them to `periodRows` so a nation load
 * does not look every member up again.
 */
export const MEMBER_FACTS = {
  gender: 'gender',
  ethnicity: 'ethnicity',
  birthDate: 'birth_date',
  education: 'education',
  professional: 'professional',
  politicalTheory: 'political_theory',
  occupation: 'occupation',
  religion: 'religion',
  religiousAdherence: 'religious_adherence',
} as const;
export type MemberFacts = { [K in keyof typeof MEMBER_FACTS]: string | null };
const FACT_KEYS = Object.keys(MEMBER_FACTS) as (keyof typeof MEMBER_FACTS)[];

/** The columns of a `membership_periods` row, in the order `periodRows` gives them (bulk writers). */
export const PERIOD_COLUMNS = [
  'id',
  'member_id',
  'org_id',
  'status',
  'exemption',
  'host_org_id',
  'valid_from',
  'valid_to',
  'start_cause',
  'end_cause',
  'prev_org_id',
  'next_org_id',
  ...Object.values(MEMBER_FACTS),
  'attribute_set_id',
] as const;

/**
 * A member's derived periods as rows of PERIOD_COLUMNS, with each period's neighbours' orgs. The
 * attribute set is left for the writer's AttributeSetIds.fill (attributeSets.ts), one query a batch.
 */
export function periodRows(
  memberId: string,
  periods: readonly PeriodFacts[],
  member: MemberFacts,
): unknown[][] {
  const facts = FACT_KEYS.map((k) => member[k]);
  return periods.map((p, i) => {
    const { prevOrgId, nextOrgId } = neighbours(periods, i);
    return [
      newId(),
      memberId,
      p.orgId,
      p.status,
      p.exemption,
      p.hostOrgId,
      p.validFrom,
      p.validTo,
      p.startCause,
      p.endCause,
      prevOrgId,
      nextOrgId,
      ...facts,
      null,
    ];
  });
}

/**
 * Recomputes a member's periods from all their events, so a back-dated or corrected event changes
 * everything after it. Refuses (and so rolls back the transaction) when the history does not hold
 * together. The periods' member attributes and attribute set are filled by the database (migrations
 * 0015 and 0021).
 */
export async function rebuildPeriods(tx: Db, memberId: string): Promise<void> {
  const events = await rows<MembershipEventFacts>(
    tx,
    sql`SELECT id, seq, type, effective_date AS "effectiveDate", org_id AS "orgId",
          corrects_event_id AS "correctsEventId", details
        FROM membership_events WHERE member_id = ${memberId} ORDER BY seq`,
  );
  const { periods, problems } = derivePeriods(events.map((e) => ({ ...e, seq: Number(e.seq) })));
  if (problems.length)
    throw badRequest(
      `Biến động không phù hợp với lịch sử đảng viên. ${problems.join(' ')}`,
      problems.map((message) => ({ path: 'effectiveDate', message })),
    );
  await tx.execute(sql`DELETE FROM membership_periods WHERE member_id = ${memberId}`);
  for (const [i, p] of periods.entries()) {
    const { prevOrgId, nextOrgId } = neighbours(periods, i);
    await tx.execute(sql`INSERT INTO membership_periods (id, member_id, org_id, status, exemption, host_org_id,
        valid_from, valid_to, start_cause, end_cause, prev_org_id, next_org_id)
      VALUES (${newId()}, ${memberId}, ${p.orgId}, ${p.status}, ${p.exemption}, ${p.hostOrgId},
        ${p.validFrom}, ${p.validTo}, ${p.startCause}, ${p.endCause}, ${prevOrgId}, ${nextOrgId})`);
  }
  const last = periods.at(-1);
  const current = last && last.validTo === null ? last : undefined;
  const orgId = current?.orgId ?? last?.orgId ?? null;
  await tx.execute(sql`UPDATE members SET org_id = ${orgId}, status = ${current?.status ?? null},
    org_path = (SELECT path FROM orgs WHERE id = ${orgId}) WHERE id = ${memberId}`);
}

export interface HistoryEntry {
  id: string;
  type: MembershipEventType;
  effectiveDate: string;
  orgCode: string | null;
  orgName: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
  correctsEventId: string | null;
  details: Record<string, unknown>;
  recordedBy: string | null;
  recordedAt: string;
}

export async function memberHistory(db: Db, memberId: string): Promise<HistoryEntry[]> {
  return rows<HistoryEntry>(
    db,
    sql`SELECT e.id, e.type, e.effective_date AS "effectiveDate", o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = e.org_id AND v.valid_from <= e.effective_date
             ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
          e.decision_number AS "decisionNumber", e.decision_date AS "decisionDate", e.issuing_body AS "issuingBody",
          e.note, e.corrects_event_id AS "correctsEventId", e.details, e.recorded_by AS "recordedBy",
          e.recorded_at AS "recordedAt"
        FROM membership_events e LEFT JOIN orgs o ON o.id = e.org_id
        WHERE e.member_id = ${memberId} ORDER BY e.effective_date, e.seq`,
  );
}
