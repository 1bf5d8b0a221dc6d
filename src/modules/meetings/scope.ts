import { policy } from '../../platform/access/policy.ts';
import { scopeOf } from '../../platform/access/scope.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { orgByCode } from '../orgs/queries.ts';
import { loadMeetingSettings } from './settings.ts';

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

/** A year's view of a subtree (dashboard, committees): the year asked (default this one), its org, the settings. */
export async function yearOf(ctx: Ctx, q: { year?: number | undefined; org?: string | undefined }) {
  const year = q.year ?? Number(ctx.today.slice(0, 4));
  const root = await reportRoot(ctx, q.org);
  const settings = await loadMeetingSettings(ctx.db);
  return { year, from: `${year}-01-01`, to: `${year}-12-31`, root, settings };
}
