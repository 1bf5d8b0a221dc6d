import { policy } from '../../platform/access/policy.ts';
import { scopeOf } from '../../platform/access/scope.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { orgByCode } from '../orgs/queries.ts';

/** The org a report or dashboard is about: the one named (in scope), else the caller's root. */
export async function reportRoot(ctx: Ctx, code: string | undefined) {
  if (code) {
    const org = await orgByCode(ctx.db, code);
    if (!org) throw notFound('Không tìm thấy tổ chức đảng.');
    await policy.readReports(ctx, org.id);
    return { id: org.id, code: org.code, path: org.path };
  }
  if (ctx.actor.orgId) {
    await policy.readReports(ctx, ctx.actor.orgId);
    const scope = await scopeOf(ctx);
    const org = await orgByCode(ctx.db, scope.pathPrefix?.split('/').at(-2) ?? '');
    if (!org) throw notFound('Không tìm thấy tổ chức đảng.');
    return { id: org.id, code: org.code, path: org.path };
  }
  policy.readWholeInstallation(ctx);
  return { id: null, code: null, path: null as string | null };
}
