/**
 * Exports: scoped like every read of the roll and audited (they carry dossier fields). Each export
 * is checked first and returns the function that streams it, so a refusal is a clean 403/404 and
 * never a half-written file.
 */
import type { Writable } from 'node:stream';
import { policy } from '../../platform/access/policy.ts';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/query.ts';
import { forbidden } from '../../platform/errors.ts';
import { IMPORT_ROLES } from '../imports/plan.ts';
import type { MemberListQuery } from '../members/contracts.ts';
import { listMembers } from '../members/service.ts';
import { visibleOrg } from '../orgs/service.ts';
import { eventRowsOf, memberPages, orgRows } from './installation.ts';
import { writeMemberList } from './list.ts';
import { ratingRows } from './ratings.ts';
import { writeRoll } from './roll.ts';
import { TemplateWorkbook, writeTemplateWorkbook } from './workbook.ts';

export type ExportWriter = (out: Writable) => Promise<unknown>;

export const writeTemplate: ExportWriter = (out) => writeTemplateWorkbook(out);

async function scopeFor(ctx: Ctx, orgCode?: string): Promise<{ prefix: string | null; title: string }> {
  if (orgCode) {
    const org = await visibleOrg(ctx, orgCode);
    return { prefix: org.path, title: orgCode };
  }
  return { prefix: (await scopeOf(ctx)).pathPrefix, title: 'toàn bộ phạm vi' };
}

const audit = (ctx: Ctx, action: string, after: unknown) =>
  inTransaction(ctx.db, (tx) =>
    recordAudit(tx, ctx, { action, entityType: 'installation', entityId: null, after }),
  );

/** The subtree in the template format (a file that imports back to the same data). Those who import only. */
export async function installationExport(ctx: Ctx, orgCode?: string): Promise<ExportWriter> {
  if (!IMPORT_ROLES.includes(ctx.actor.role))
    throw forbidden('Chỉ người được nhập dữ liệu mới được xuất toàn bộ hồ sơ theo mẫu nhập.');
  const { prefix } = await scopeFor(ctx, orgCode);
  await audit(ctx, 'export.installation', { org: orgCode ?? null });
  return async (out) => {
    const wb = new TemplateWorkbook(out);
    for await (const o of orgRows(ctx.db, prefix)) await wb.add('ToChuc', o);
    for await (const page of memberPages(ctx.db, prefix))
      for (const m of page.members) {
        await wb.add('DangVien', m);
        for (const e of eventRowsOf(m.key!, page.events.get(m.id) ?? [])) await wb.add('BienDong', e);
      }
    for await (const r of ratingRows(ctx.db, prefix)) await wb.add('XepLoai', r);
    await wb.finish();
  };
}

export async function exportInstallation(ctx: Ctx, out: Writable, orgCode?: string): Promise<void> {
  await (await installationExport(ctx, orgCode))(out);
}

/** Sổ danh sách đảng viên (mẫu 7-HSĐV) of the subtree; viewers get it without religion. */
export async function rollExport(ctx: Ctx, orgCode?: string): Promise<ExportWriter> {
  if (!policy.canListMembers(ctx)) throw forbidden('Bạn chỉ được xem hồ sơ của chính mình.');
  const { prefix, title } = await scopeFor(ctx, orgCode);
  const confidential = IMPORT_ROLES.includes(ctx.actor.role);
  await audit(ctx, 'export.roll', { org: orgCode ?? null });
  return (out) => writeRoll(ctx.db, out, prefix, { confidential, title });
}

/** The member list exactly as filtered on the page, every page of it. */
export async function memberListExport(ctx: Ctx, q: MemberListQuery): Promise<ExportWriter> {
  await listMembers(ctx, { ...q, page: 1, pageSize: 1 });
  await audit(ctx, 'export.members', { filters: q });
  return (out) => writeMemberList(out, (page) => listMembers(ctx, { ...q, page, pageSize: 200 }));
}
