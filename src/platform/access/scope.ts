import { sql } from 'drizzle-orm';
import type { Ctx, Scope } from '../context.ts';
import { one } from '../db/query.ts';

/**
 * What an actor may see: the subtree under their org in each org's latest state (so a dissolved
 * cell stays visible to the committee it belonged to), as a path prefix. Admin: everything.
 * A member's org is their own cell, which has nothing under it.
 */
export function scopeOf(ctx: Ctx): Promise<Scope> {
  ctx.scopeCache ??= loadScope(ctx);
  return ctx.scopeCache;
}

async function loadScope(ctx: Ctx): Promise<Scope> {
  const { actor } = ctx;
  if (actor.role === 'admin') return { pathPrefix: null };
  if (!actor.orgId) return { pathPrefix: '/\u0000nothing/' };
  const org = await one<{ path: string }>(ctx.db, sql`SELECT path FROM orgs WHERE id = ${actor.orgId}`);
  return { pathPrefix: org?.path ?? '/\u0000nothing/' };
}

/** Whether a path lies in the scope. */
export const pathInScope = (scope: Scope, path: string | null | undefined): boolean =>
  scope.pathPrefix === null || (typeof path === 'string' && path.startsWith(scope.pathPrefix));

export async function inScope(ctx: Ctx, orgId: string | null): Promise<boolean> {
  if (!orgId) return ctx.actor.role === 'admin';
  const scope = await scopeOf(ctx);
  if (scope.pathPrefix === null) return true;
  const org = await one<{ path: string }>(ctx.db, sql`SELECT path FROM orgs WHERE id = ${orgId}`);
  return pathInScope(scope, org?.path);
}
