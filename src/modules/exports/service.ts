/** Exports: scoped like every read of the roll, and audited (they carry dossier fields). */
import type { Writable } from 'node:stream';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/query.ts';
import { forbidden } from '../../platform/errors.ts';
import { assertMayImport } from '../imports/service.ts';
import { visibleOrg } from '../orgs/service.ts';
import { eventRowsOf, memberPages, orgRows } from './installation.ts';
import { type RowValues, writeTemplateWorkbook } from './workbook.ts';

export async function writeTemplate(out: Writable): Promise<void> {
  await writeTemplateWorkbook(out);
}

/** The prefix to export: the org's subtree when given (it must be visible), else the caller's scope. */
export async function exportPrefix(ctx: Ctx, orgCode?: string): Promise<string | null> {
  if (orgCode) return (await visibleOrg(ctx, orgCode)).path;
  return (await scopeOf(ctx)).pathPrefix;
}

/** The subtree in the template format (a file that imports back to the same data). Writers only. */
export async function exportInstallation(ctx: Ctx, out: Writable, orgCode?: string): Promise<void> {
  try {
    assertMayImport(ctx);
  } catch {
    throw forbidden('Chỉ người được nhập dữ liệu mới được xuất toàn bộ hồ sơ theo mẫu nhập.');
  }
  const prefix = await exportPrefix(ctx, orgCode);
  await inTransaction(ctx.db, (tx) =>
    recordAudit(tx, ctx, {
      action: 'export.installation',
      entityType: 'installation',
      entityId: null,
      after: { org: orgCode ?? null },
    }),
  );
  const pages = memberPages(ctx.db, prefix);
  const buffered: { members: RowValues[]; events: RowValues[] }[] = [];
  // The streaming writer writes sheets one after another; DangVien and BienDong come from the same pages.
  async function* members() {
    for await (const page of pages) {
      const events: RowValues[] = [];
      for (const m of page.members) events.push(...eventRowsOf(m.key!, page.events.get(m.id) ?? []));
      buffered.push({ members: [], events });
      yield* page.members;
    }
  }
  async function* events() {
    for (const b of buffered) yield* b.events;
  }
  await writeTemplateWorkbook(out, {
    ToChuc: orgRows(ctx.db, prefix),
    DangVien: members(),
    BienDong: events(),
  });
}
