import { sql } from 'drizzle-orm';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows } from '../../platform/db/query.ts';
import { badRequest, conflict, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { orgByCode } from '../orgs/queries.ts';
import type { DisciplineInput, RemediationInput, RemediationPatch } from './contracts.ts';
import { ratingPolicy } from './policy.ts';

/** The member or org a discipline or a remediation plan is about, with the org that keeps it. */
async function subjectOf(ctx: Ctx, input: { memberId?: string | undefined; orgCode?: string | undefined }) {
  if (input.memberId) {
    const m = await one<{ id: string; orgId: string; orgPath: string; name: string }>(
      ctx.db,
      sql`SELECT m.id, m.org_id AS "orgId", o.path AS "orgPath", m.full_name AS name
          FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.id = ${input.memberId}`,
    );
    if (!m) throw notFound('Không tìm thấy đảng viên.');
    return {
      subject: 'MEMBER' as const,
      subjectId: m.id,
      memberId: m.id,
      orgId: m.orgId,
      orgPath: m.orgPath,
    };
  }
  const org = await orgByCode(ctx.db, input.orgCode!);
  if (!org?.path) throw notFound(`Không tìm thấy tổ chức đảng mã ${input.orgCode}.`);
  return { subject: 'ORG' as const, subjectId: org.id, memberId: null, orgId: org.id, orgPath: org.path };
}

/** Records a discipline decision: what caps the rating of its period (scales/discipline.ts). */
export async function recordDiscipline(ctx: Ctx, input: DisciplineInput) {
  const s = await subjectOf(ctx, input);
  await ratingPolicy.write(ctx, s.orgId);
  if (input.decidedOn > ctx.today)
    throw invalidFields([{ path: 'decidedOn', message: 'Ngày quyết định kỷ luật không được sau hôm nay.' }]);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO disciplines (id, subject, subject_id, member_id, org_id, org_path, form, decided_on,
        decision_number, issuing_body, reason, self_detected_and_remedied, recorded_by)
      VALUES (${id}, ${s.subject}, ${s.subjectId}, ${s.memberId}, ${s.orgId}, ${s.orgPath}, ${input.form},
        ${input.decidedOn}, ${input.decisionNumber ?? null}, ${input.issuingBody ?? null}, ${input.reason ?? null},
        ${input.selfDetectedAndRemedied}, ${ctx.actor.username})`);
    await recordAudit(tx, ctx, {
      action: 'discipline.record',
      entityType: 'discipline',
      entityId: id,
      after: input,
    });
  });
  return { id, subject: s.subject, form: input.form, decidedOn: input.decidedOn };
}

export async function listDisciplines(ctx: Ctx, q: { memberId?: string; orgCode?: string }) {
  const s = await subjectOf(ctx, q);
  await ratingPolicy.read(ctx, s.orgId);
  return rows(
    ctx.db,
    sql`SELECT id, form, decided_on::text AS "decidedOn", decision_number AS "decisionNumber",
          issuing_body AS "issuingBody", reason, self_detected_and_remedied AS "selfDetectedAndRemedied"
        FROM disciplines WHERE subject_id = ${s.subjectId} ORDER BY decided_on DESC`,
  );
}

const PLAN_SELECT = sql`SELECT p.id, p.round_id AS "roundId", p.subject, p.member_id AS "memberId",
    m.full_name AS "memberName", o.code AS "orgCode",
    (SELECT v.name FROM org_versions v WHERE v.org_id = p.org_id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
    p.year, p.shortcoming, p.actions, p.responsible, p.due_date::text AS "dueDate", p.status,
    p.done_on::text AS "doneOn", p.result, p.version, p.org_id AS "orgId"
  FROM remediation_plans p JOIN orgs o ON o.id = p.org_id LEFT JOIN members m ON m.id = p.member_id`;

type PlanRow = {
  id: string;
  orgId: string;
  status: string;
  version: number;
  dueDate: string;
  [k: string]: unknown;
};

const present = (p: PlanRow, today: string) => {
  const { orgId: _o, ...rest } = p;
  return { ...rest, overdue: p.status === 'OPEN' && p.dueDate < today };
};

/** A remediation plan for a shortcoming a review found, for the collective or one member. */
export async function createRemediation(ctx: Ctx, input: RemediationInput) {
  const s = await subjectOf(ctx, input);
  await ratingPolicy.write(ctx, s.orgId);
  if (input.roundId && !(await one(ctx.db, sql`SELECT 1 FROM rating_rounds WHERE id = ${input.roundId}`)))
    throw invalidFields([{ path: 'roundId', message: 'Không tìm thấy đợt đánh giá.' }]);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO remediation_plans (id, round_id, subject, subject_id, member_id, org_id, org_path,
        year, shortcoming, actions, responsible, due_date, created_by)
      VALUES (${id}, ${input.roundId ?? null}, ${s.subject}, ${s.subjectId}, ${s.memberId}, ${s.orgId}, ${s.orgPath},
        ${input.year}, ${input.shortcoming}, ${input.actions}, ${input.responsible ?? null}, ${input.dueDate},
        ${ctx.actor.username})`);
    await recordAudit(tx, ctx, {
      action: 'remediation.create',
      entityType: 'remediation_plan',
      entityId: id,
      after: input,
    });
  });
  const p = (await one<PlanRow>(ctx.db, sql`${PLAN_SELECT} WHERE p.id = ${id}`))!;
  return present(p, ctx.today);
}

/** Tracks a plan to done: done needs its date (not in the future) and what was achieved. */
export async function updateRemediation(ctx: Ctx, id: string, input: RemediationPatch) {
  const p = await one<PlanRow>(ctx.db, sql`${PLAN_SELECT} WHERE p.id = ${id}`);
  if (!p) throw notFound('Không tìm thấy kế hoạch khắc phục.');
  await ratingPolicy.write(ctx, p.orgId);
  if (p.version !== input.version) throw conflict('Kế hoạch vừa được cập nhật. Hãy tải lại trang.');
  const status = input.status ?? p.status;
  if (status === 'DONE' && !(input.doneOn ?? p.doneOn))
    throw invalidFields([{ path: 'doneOn', message: 'Nhập ngày hoàn thành khắc phục.' }]);
  if (input.doneOn && input.doneOn > ctx.today)
    throw invalidFields([{ path: 'doneOn', message: 'Ngày hoàn thành không được sau hôm nay.' }]);
  if (status === 'DONE' && !(input.result ?? p.result))
    throw invalidFields([{ path: 'result', message: 'Nêu kết quả khắc phục.' }]);
  if (p.status === 'DONE' && status === 'DONE' && (input.actions || input.dueDate))
    throw badRequest('Kế hoạch đã hoàn thành: mở lại (trạng thái OPEN) trước khi sửa.');
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE remediation_plans SET status = ${status},
        done_on = ${status === 'DONE' ? (input.doneOn ?? (p.doneOn as string)) : null},
        result = COALESCE(${input.result ?? null}, result), actions = COALESCE(${input.actions ?? null}, actions),
        due_date = COALESCE(${input.dueDate ?? null}::date, due_date), version = version + 1, updated_at = now()
      WHERE id = ${id}`);
    await recordAudit(tx, ctx, {
      action: 'remediation.update',
      entityType: 'remediation_plan',
      entityId: id,
      before: p,
      after: input,
    });
  });
  return present((await one<PlanRow>(ctx.db, sql`${PLAN_SELECT} WHERE p.id = ${id}`))!, ctx.today);
}

export async function listRemediation(ctx: Ctx, q: { org?: string; year?: number; status?: string }) {
  if (ctx.actor.role === 'member') throw notFound('Không tìm thấy kế hoạch khắc phục.');
  let path = (await scopeOf(ctx)).pathPrefix;
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org?.path) throw notFound(`Không tìm thấy tổ chức đảng mã ${q.org}.`);
    await ratingPolicy.read(ctx, org.id);
    path = org.path;
  }
  const list = await rows<PlanRow>(
    ctx.db,
    sql`${PLAN_SELECT} WHERE TRUE ${path ? sql`AND ${underPath(sql`p.org_path`, path)}` : sql``}
        ${q.year ? sql`AND p.year = ${q.year}` : sql``} ${q.status ? sql`AND p.status = ${q.status}` : sql``}
        ORDER BY p.status DESC, p.due_date LIMIT 500`,
  );
  return { items: list.map((p) => present(p, ctx.today)), total: list.length };
}
