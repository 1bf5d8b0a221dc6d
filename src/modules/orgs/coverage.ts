import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { policy } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction, one } from '../../platform/db/query.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { CoverageUnitInput, coverageUnitPatchSchema } from './contracts.ts';
import { orgByCode, orgOn } from './queries.ts';
import { isCell } from './rules.ts';

/** Cells covering a unit must exist today, be cells, and be in the actor's write scope. */
async function cellIds(ctx: Ctx, codes: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const code of new Set(codes)) {
    const org = await orgByCode(ctx.db, code);
    if (!org)
      throw badRequest(`Không tìm thấy chi bộ mã ${code}.`, [
        { path: 'cellCodes', message: `Không có chi bộ ${code}.` },
      ]);
    await policy.writeOrg(ctx, org.id);
    const state = await orgOn(ctx.db, org.id, ctx.today);
    if (!state || !isCell(state.kind)) {
      throw badRequest(`${code} không phải là chi bộ đang hoạt động.`, [
        { path: 'cellCodes', message: `${code} không phải chi bộ.` },
      ]);
    }
    ids.push(org.id);
  }
  return ids;
}

export async function createCoverageUnit(ctx: Ctx, input: CoverageUnitInput) {
  const owner = await orgByCode(ctx.db, input.ownerCode);
  if (!owner) throw notFound(`Không tìm thấy tổ chức mã ${input.ownerCode}.`);
  await policy.writeOrg(ctx, owner.id);
  const cells = await cellIds(ctx, input.cellCodes);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    if (await one(tx, sql`SELECT 1 FROM coverage_units WHERE code = ${input.code}`)) {
      throw conflict(`Mã đơn vị ${input.code} đã tồn tại.`, [
        { path: 'code', message: 'Mã đơn vị đã tồn tại.' },
      ]);
    }
    await tx.execute(sql`INSERT INTO coverage_units (id, code, name, kind, owner_org_id, head_is_member)
      VALUES (${id}, ${input.code}, ${input.name}, ${input.kind}, ${owner.id}, ${input.headIsMember})`);
    for (const cell of cells)
      await tx.execute(sql`INSERT INTO coverage_links (unit_id, org_id) VALUES (${id}, ${cell})`);
    await recordAudit(tx, ctx, {
      action: 'coverage.create',
      entityType: 'coverage_unit',
      entityId: id,
      after: input,
    });
  });
  return { id, ...input, version: 1 };
}

export async function updateCoverageUnit(
  ctx: Ctx,
  code: string,
  input: z.output<typeof coverageUnitPatchSchema>,
) {
  const unit = await one<{
    id: string;
    ownerOrgId: string;
    version: number;
    name: string;
    kind: string;
    headIsMember: boolean;
  }>(
    ctx.db,
    sql`SELECT id, owner_org_id AS "ownerOrgId", version, name, kind, head_is_member AS "headIsMember"
        FROM coverage_units WHERE code = ${code}`,
  );
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  await policy.writeOrg(ctx, unit.ownerOrgId);
  if (unit.version !== input.version)
    throw conflict('Đơn vị vừa được người khác sửa. Hãy tải lại rồi thử lại.');
  const cells = input.cellCodes ? await cellIds(ctx, input.cellCodes) : null;
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`UPDATE coverage_units SET name = ${input.name ?? unit.name}, kind = ${input.kind ?? unit.kind},
      head_is_member = ${input.headIsMember ?? unit.headIsMember}, version = version + 1 WHERE id = ${unit.id}`);
    if (cells) {
      await tx.execute(sql`DELETE FROM coverage_links WHERE unit_id = ${unit.id}`);
      for (const cell of cells)
        await tx.execute(sql`INSERT INTO coverage_links (unit_id, org_id) VALUES (${unit.id}, ${cell})`);
    }
    await recordAudit(tx, ctx, {
      action: 'coverage.update',
      entityType: 'coverage_unit',
      entityId: unit.id,
      before: unit,
      after: input,
    });
  });
}
