import { sql } from 'drizzle-orm';
import { policy } from '../../platform/access/policy.ts';
import { inScope, scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { childPath, underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows, textArray, uniqueViolation } from '../../platform/db/query.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { foldVietnamese } from '../../vn/fold.ts';
import { appendMembershipEvents } from '../lifecycle/history.ts';
import type { EstablishInput, OrgEventInput } from './contracts.ts';
import {
  descendantsOn,
  membersInOrgOn,
  type OrgRow,
  type OrgStateRow,
  orgByCode,
  orgOn,
  orgVersionsOf,
  treeLevel,
} from './queries.ts';
import {
  cycleProblem,
  deriveOrgVersions,
  eventDateProblem,
  isCell,
  type OrgEventFacts,
  type OrgKind,
  parentKindProblem,
} from './rules.ts';

const field = (path: string, message: string) => badRequest(message, [{ path, message }]);

/** Resolves a code to an org the actor may see; anything else is "not found". */
export async function visibleOrg(ctx: Ctx, code: string) {
  const org = await orgByCode(ctx.db, code);
  if (!org) throw notFound(`Không tìm thấy tổ chức đảng mã ${code}.`);
  await policy.readOrg(ctx, org.id);
  return org;
}

export async function treeChildren(ctx: Ctx, asOf: string, parentCode?: string) {
  if (parentCode) {
    const parent = await visibleOrg(ctx, parentCode);
    return treeLevel(ctx.db, asOf, { parentId: parent.id });
  }
  const scope = await scopeOf(ctx);
  if (scope.pathPrefix === null) return treeLevel(ctx.db, asOf, { roots: true });
  // A scoped user's root is their own org; a member's scope is their cell.
  return treeLevel(ctx.db, asOf, { orgIds: ctx.actor.orgId ? [ctx.actor.orgId] : [] });
}

export async function searchOrgs(ctx: Ctx, q: string, asOf: string, kinds: readonly string[] = []) {
  const scope = await scopeOf(ctx);
  const like = `%${foldVietnamese(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return rows<{ code: string; name: string; kind: string; parentCode: string | null; path: string[] }>(
    ctx.db,
    sql`WITH RECURSIVE live AS (
          SELECT v.org_id, v.parent_id, v.name, v.kind, v.search_text FROM org_versions v
          WHERE v.valid_from <= ${asOf}::date AND (v.valid_to IS NULL OR v.valid_to > ${asOf}::date)
        ), hit AS (
          SELECT l.*, o.code FROM live l JOIN orgs o ON o.id = l.org_id
          WHERE l.search_text LIKE ${like}
          ${kinds.length ? sql`AND l.kind = ANY(${textArray(kinds)})` : sql``}
          ${scope.pathPrefix === null ? sql`` : sql`AND ${underPath(sql`o.path`, scope.pathPrefix)}`}
          LIMIT 50
        ), anc AS (
          SELECT h.org_id AS hit_id, h.parent_id, 1 AS depth FROM hit h
          UNION ALL SELECT a.hit_id, l.parent_id, a.depth + 1 FROM anc a JOIN live l ON l.org_id = a.parent_id
          WHERE a.parent_id IS NOT NULL
        )
        SELECT h.code, h.name, h.kind, p.code AS "parentCode",
          COALESCE((SELECT array_agg(o.code ORDER BY a.depth DESC) FROM anc a JOIN orgs o ON o.id = a.parent_id
                    WHERE a.hit_id = h.org_id), '{}') AS path
        FROM hit h LEFT JOIN orgs p ON p.id = h.parent_id ORDER BY h.name`,
  );
}

export async function orgDetails(ctx: Ctx, code: string, asOf: string) {
  const org = await visibleOrg(ctx, code);
  const versions = await orgVersionsOf(ctx.db, org.id);
  const state = versions.find((v) => v.validFrom <= asOf && (v.validTo === null || v.validTo > asOf));
  const parentVisible = state?.parentId && (await inScope(ctx, state.parentId));
  const children = state ? await treeLevel(ctx.db, asOf, { parentId: org.id }) : [];
  const counts = await one<{ total: number; official: number; probationary: number; female: number }>(
    ctx.db,
    sql`WITH RECURSIVE live AS (
          SELECT v.org_id, v.parent_id FROM org_versions v
          WHERE v.valid_from <= ${asOf}::date AND (v.valid_to IS NULL OR v.valid_to > ${asOf}::date)
        ), sub AS (SELECT ${org.id}::text AS id UNION SELECT l.org_id FROM live l JOIN sub s ON l.parent_id = s.id)
        SELECT count(*)::int AS total,
          count(*) FILTER (WHERE mp.status = 'OFFICIAL')::int AS official,
          count(*) FILTER (WHERE mp.status = 'PROBATIONARY')::int AS probationary,
          count(*) FILTER (WHERE m.gender = 'NU')::int AS female
        FROM membership_periods mp JOIN sub s ON s.id = mp.org_id JOIN members m ON m.id = mp.member_id
        WHERE mp.valid_from <= ${asOf}::date AND (mp.valid_to IS NULL OR mp.valid_to > ${asOf}::date)`,
  );
  const events = await rows<{
    id: string;
    type: string;
    effectiveDate: string;
    decisionNumber: string | null;
    decisionDate: string | null;
    issuingBody: string | null;
    note: string | null;
    details: Record<string, unknown>;
    recordedBy: string | null;
  }>(
    ctx.db,
    sql`SELECT id, type, effective_date AS "effectiveDate", decision_number AS "decisionNumber",
          decision_date AS "decisionDate", issuing_body AS "issuingBody", note, details, recorded_by AS "recordedBy"
        FROM org_events WHERE org_id = ${org.id} ORDER BY effective_date, seq`,
  );
  const coverage = await rows<{
    code: string;
    name: string;
    kind: string;
    headIsMember: boolean;
    ownerCode: string;
    cells: string[];
  }>(
    ctx.db,
    sql`SELECT u.code, u.name, u.kind, u.head_is_member AS "headIsMember", ow.code AS "ownerCode",
          COALESCE((SELECT array_agg(o.code ORDER BY o.code) FROM coverage_links l JOIN orgs o ON o.id = l.org_id
                    WHERE l.unit_id = u.id), '{}') AS cells
        FROM coverage_units u JOIN orgs ow ON ow.id = u.owner_org_id
        WHERE u.owner_org_id = ${org.id} OR EXISTS (SELECT 1 FROM coverage_links l WHERE l.unit_id = u.id AND l.org_id = ${org.id})
        ORDER BY u.name`,
  );
  const first = versions[0];
  const last = versions.at(-1);
  return {
    code: org.code,
    version: org.version,
    asOf,
    existsOnDate: Boolean(state),
    current: state ?? last ?? null,
    parent: state?.parentCode && parentVisible ? { code: state.parentCode } : null,
    establishedOn: first?.validFrom ?? null,
    dissolvedOn: last?.validTo ?? null,
    versions,
    children,
    memberCounts: counts ?? { total: 0, official: 0, probationary: 0, female: 0 },
    events,
    coverageUnits: coverage,
  };
}

/**
 * Recomputes the org's path from its latest parent; when it changed (a move or a merge), the paths
 * of everything under it and of the members placed there follow.
 */
async function refreshPath(tx: Db, orgId: string): Promise<void> {
  const row = await one<{ code: string; old: string | null; parentPath: string | null }>(
    tx,
    sql`SELECT o.code, o.path AS old, p.path AS "parentPath" FROM orgs o
        LEFT JOIN LATERAL (SELECT parent_id FROM org_versions WHERE org_id = o.id ORDER BY valid_from DESC LIMIT 1) v ON true
        LEFT JOIN orgs p ON p.id = v.parent_id WHERE o.id = ${orgId}`,
  );
  if (!row) return;
  const path = childPath(row.parentPath, row.code);
  if (path === row.old) return;
  if (!row.old) {
    await tx.execute(sql`UPDATE orgs SET path = ${path} WHERE id = ${orgId}`);
    return;
  }
  const moved = (column: string) => sql`${path} || substr(${sql.identifier(column)}, ${row.old!.length + 1})`;
  await tx.execute(sql`UPDATE orgs SET path = ${moved('path')} WHERE ${underPath(sql`path`, row.old)}`);
  await tx.execute(
    sql`UPDATE members SET org_path = ${moved('org_path')} WHERE ${underPath(sql`org_path`, row.old)}`,
  );
}

/** What the org search box matches: folded name and code. */
export const orgSearchText = (name: string, code: string): string =>
  `${foldVietnamese(name)} | ${code.toLowerCase()}`;

async function rebuildVersions(tx: Db, orgId: string): Promise<void> {
  const code = (await one<{ code: string }>(tx, sql`SELECT code FROM orgs WHERE id = ${orgId}`))!.code;
  const events = await rows<OrgEventFacts>(
    tx,
    sql`SELECT type, effective_date AS "effectiveDate", details FROM org_events WHERE org_id = ${orgId}
        ORDER BY effective_date, seq`,
  );
  await tx.execute(sql`DELETE FROM org_versions WHERE org_id = ${orgId}`);
  for (const v of deriveOrgVersions(events)) {
    await tx.execute(sql`INSERT INTO org_versions (id, org_id, valid_from, valid_to, name, kind, sector, parent_id, search_text)
      VALUES (${newId()}, ${orgId}, ${v.validFrom}, ${v.validTo}, ${v.name}, ${v.kind}, ${v.sector}, ${v.parentId},
        ${orgSearchText(v.name, code)})`);
  }
  await refreshPath(tx, orgId);
}

async function insertEvent(
  tx: Db,
  ctx: Ctx,
  orgId: string,
  type: string,
  input: Pick<OrgEventInput, 'effectiveDate' | 'decisionNumber' | 'decisionDate' | 'issuingBody' | 'note'>,
  details: Record<string, unknown>,
) {
  const id = newId();
  await tx.execute(sql`INSERT INTO org_events (id, org_id, type, effective_date, decision_number, decision_date,
      issuing_body, note, details, recorded_by)
    VALUES (${id}, ${orgId}, ${type}, ${input.effectiveDate}, ${input.decisionNumber ?? null}, ${input.decisionDate ?? null},
      ${input.issuingBody ?? null}, ${input.note ?? null}, ${JSON.stringify(details)}::jsonb, ${ctx.actor.username})`);
  await tx.execute(sql`UPDATE orgs SET version = version + 1 WHERE id = ${orgId}`);
  return id;
}

function checkDates(ctx: Ctx, input: { effectiveDate: string; decisionDate?: string | null }) {
  if (input.effectiveDate > ctx.today)
    throw field('effectiveDate', 'Ngày hiệu lực không được sau ngày hôm nay.');
  if (input.decisionDate && input.decisionDate > ctx.today) {
    throw field('decisionDate', 'Ngày quyết định không được sau ngày hôm nay.');
  }
}

/** Looks up the parent on the date and checks it may hold a child of this kind. */
async function checkParent(
  ctx: Ctx,
  kind: OrgKind,
  parentCode: string | null,
  date: string,
): Promise<OrgStateRow | null> {
  if (!parentCode) {
    policy.createRootOrg(ctx);
    const problem = parentKindProblem(kind, null);
    if (problem) throw field('parentCode', problem);
    return null;
  }
  const parent = await orgByCode(ctx.db, parentCode);
  if (!parent) throw field('parentCode', `Không tìm thấy tổ chức cấp trên mã ${parentCode}.`);
  await policy.writeOrg(ctx, parent.id);
  const state = await orgOn(ctx.db, parent.id, date);
  if (!state) throw field('parentCode', `Tổ chức cấp trên ${parentCode} không tồn tại vào ngày ${date}.`);
  const problem = parentKindProblem(kind, state.kind as OrgKind);
  if (problem) throw field('parentCode', problem);
  return state;
}

export async function establishOrg(ctx: Ctx, input: EstablishInput) {
  checkDates(ctx, input);
  if (await orgByCode(ctx.db, input.code))
    throw conflict(`Mã tổ chức ${input.code} đã tồn tại.`, [
      { path: 'code', message: 'Mã tổ chức đã tồn tại.' },
    ]);
  const parent = await checkParent(ctx, input.kind, input.parentCode ?? null, input.effectiveDate);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO orgs (id, code) VALUES (${id}, ${input.code})`);
    await insertEvent(tx, ctx, id, 'ESTABLISH', input, {
      name: input.name,
      kind: input.kind,
      sector: input.sector,
      parentId: parent?.id ?? null,
    });
    await tx.execute(sql`UPDATE orgs SET version = 1 WHERE id = ${id}`);
    await rebuildVersions(tx, id);
    await recordAudit(tx, ctx, { action: 'org.establish', entityType: 'org', entityId: id, after: input });
  }).catch(uniqueToConflict);
  return orgDetails(ctx, input.code, ctx.today);
}

function uniqueToConflict(e: unknown): never {
  if (uniqueViolation(e))
    throw conflict('Mã tổ chức đã tồn tại.', [{ path: 'code', message: 'Mã tổ chức đã tồn tại.' }]);
  throw e;
}

/** Records a dated change of an org: rename, move, update, merge or dissolve. */
export async function recordOrgEvent(ctx: Ctx, code: string, input: OrgEventInput) {
  const org = await visibleOrg(ctx, code);
  await policy.writeOrg(ctx, org.id);
  if (input.version !== undefined && input.version !== org.version) {
    throw conflict('Tổ chức vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.');
  }
  checkDates(ctx, input);
  const versions = await orgVersionsOf(ctx.db, org.id);
  const lastEvent = await one<{ d: string }>(
    ctx.db,
    sql`SELECT max(effective_date)::text AS d FROM org_events WHERE org_id = ${org.id}`,
  );
  const first = versions[0]!;
  const last = versions.at(-1)!;
  const dateProblem = eventDateProblem(
    input.effectiveDate,
    first.validFrom,
    lastEvent?.d ?? first.validFrom,
    last.validTo,
  );
  if (dateProblem) throw field('effectiveDate', dateProblem);
  const state = (await orgOn(ctx.db, org.id, input.effectiveDate))!;

  // Inside the transaction every read goes through tx (txCtx): PGlite has one connection, and a read
  // on the outer handle would wait for this transaction forever.
  await inTransaction(ctx.db, (tx) => applyOrgEvent({ ...ctx, db: tx }, tx, org, state, input));
  return orgDetails(ctx, code, ctx.today);
}

async function applyOrgEvent(
  ctx: Ctx,
  tx: Db,
  org: OrgRow,
  state: OrgStateRow,
  input: OrgEventInput,
): Promise<void> {
  const date = input.effectiveDate;
  switch (input.type) {
    case 'RENAME': {
      const name = input.name?.trim();
      if (!name) throw field('name', 'Nhập tên mới của tổ chức.');
      if (name === state.name) throw field('name', 'Tên mới trùng với tên hiện tại.');
      await insertEvent(tx, ctx, org.id, 'RENAME', input, { name, previousName: state.name });
      break;
    }
    case 'MOVE': {
      if (!input.parentCode) throw field('parentCode', 'Chọn tổ chức cấp trên mới.');
      const parent = await checkParent(ctx, state.kind as OrgKind, input.parentCode, date);
      const cycle = cycleProblem(org.id, parent?.id ?? null, await descendantsOn(tx, org.id, date));
      if (cycle) throw field('parentCode', cycle);
      if (parent?.id === state.parentId) throw field('parentCode', 'Tổ chức đã trực thuộc tổ chức này.');
      await insertEvent(tx, ctx, org.id, 'MOVE', input, {
        parentId: parent?.id ?? null,
        previousParentId: state.parentId,
      });
      break;
    }
    case 'UPDATE': {
      const details: Record<string, unknown> = {};
      if (input.sector && input.sector !== state.sector) details.sector = input.sector;
      if (input.kind && input.kind !== state.kind) {
        const parent = state.parentId ? await orgOn(tx, state.parentId, date) : null;
        const problem = parentKindProblem(input.kind, (parent?.kind as OrgKind) ?? null);
        if (problem) throw field('kind', problem);
        if (!isCell(input.kind) && (await membersInOrgOn(tx, org.id, date)).length) {
          throw field('kind', 'Tổ chức đang có đảng viên sinh hoạt nên phải là chi bộ.');
        }
        if (isCell(input.kind) && (await descendantsOn(tx, org.id, date)).size) {
          throw field('kind', 'Tổ chức đang có tổ chức trực thuộc nên không thể là chi bộ.');
        }
        details.kind = input.kind;
      }
      if (!Object.keys(details).length) throw badRequest('Không có thông tin nào thay đổi.');
      await insertEvent(tx, ctx, org.id, 'UPDATE', input, details);
      break;
    }
    case 'DISSOLVE': {
      const children = await descendantsOn(tx, org.id, date);
      if (children.size)
        throw badRequest(
          `Còn ${children.size} tổ chức trực thuộc; hãy chuyển, sáp nhập hoặc giải thể chúng trước.`,
        );
      const members = await membersInOrgOn(tx, org.id, date);
      if (members.length)
        throw badRequest(
          `Còn ${members.length} đảng viên sinh hoạt; hãy chuyển sinh hoạt hoặc sáp nhập tổ chức trước.`,
        );
      await insertEvent(tx, ctx, org.id, 'DISSOLVE', input, {});
      break;
    }
    case 'MERGE': {
      if (!input.survivorCode) throw field('survivorCode', 'Chọn tổ chức tiếp nhận.');
      const survivor = await orgByCode(tx, input.survivorCode);
      if (!survivor) throw field('survivorCode', `Không tìm thấy tổ chức mã ${input.survivorCode}.`);
      await policy.writeOrg(ctx, survivor.id);
      if (survivor.id === org.id) throw field('survivorCode', 'Không thể sáp nhập tổ chức vào chính nó.');
      const target = await orgOn(tx, survivor.id, date);
      if (!target)
        throw field('survivorCode', `Tổ chức ${input.survivorCode} không tồn tại vào ngày ${date}.`);
      const descendants = await descendantsOn(tx, org.id, date);
      if (descendants.has(survivor.id))
        throw field('survivorCode', 'Không thể sáp nhập vào tổ chức cấp dưới của chính nó.');
      const members = await membersInOrgOn(tx, org.id, date);
      if (members.length && !isCell(target.kind)) {
        throw field('survivorCode', 'Tổ chức có đảng viên chỉ sáp nhập được vào một chi bộ.');
      }
      const later = await one<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM membership_events
          WHERE org_id = ${org.id} AND effective_date > ${date}::date`,
      );
      if (later?.n)
        throw field(
          'effectiveDate',
          'Có biến động đảng viên của tổ chức sau ngày sáp nhập; hãy chọn ngày muộn hơn.',
        );
      const mergeMeta = { ...input, note: input.note ?? null };
      // Direct children move under the survivor first, each checked against the kind rules.
      const kids = await rows<{ id: string; code: string; kind: OrgKind }>(
        tx,
        sql`SELECT o.id, o.code, v.kind FROM org_versions v JOIN orgs o ON o.id = v.org_id
              WHERE v.parent_id = ${org.id} AND v.valid_from <= ${date}::date AND (v.valid_to IS NULL OR v.valid_to > ${date}::date)`,
      );
      for (const kid of kids) {
        const problem = parentKindProblem(kid.kind, target.kind as OrgKind);
        if (problem) throw field('survivorCode', `${kid.code}: ${problem}`);
        await insertEvent(tx, ctx, kid.id, 'MOVE', mergeMeta, {
          parentId: survivor.id,
          previousParentId: org.id,
          byMergeOf: org.id,
        });
        await rebuildVersions(tx, kid.id);
      }
      await insertEvent(tx, ctx, org.id, 'MERGE_INTO', input, {
        survivorId: survivor.id,
        survivorCode: survivor.code,
      });
      await insertEvent(tx, ctx, survivor.id, 'ABSORB', input, { sourceId: org.id, sourceCode: org.code });
      await appendMembershipEvents(
        tx,
        ctx,
        members.map((m) => ({
          memberId: m.memberId,
          type: 'ORG_MERGE' as const,
          effectiveDate: date,
          orgId: survivor.id,
          fromOrgId: org.id,
          decisionNumber: input.decisionNumber,
          decisionDate: input.decisionDate,
          issuingBody: input.issuingBody,
          note: `Sáp nhập ${state.name} vào ${target.name}`,
        })),
      );
      await rebuildVersions(tx, survivor.id);
      break;
    }
  }
  await rebuildVersions(tx, org.id);
  await recordAudit(tx, ctx, {
    action: `org.${input.type.toLowerCase()}`,
    entityType: 'org',
    entityId: org.id,
    before: state,
    after: input,
  });
}
