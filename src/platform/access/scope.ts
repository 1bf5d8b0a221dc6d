import { sql } from 'drizzle-orm';
import type { Ctx, Scope } from '../context.ts';
import { rows } from '../db/query.ts';

/**
 * The org ids an actor may see: the subtree under their org in each org's latest state (so a
 * dissolved cell stays visible to the committee it belonged to). Admin: everything. Member: their own cell only.
 */
export function scopeOf(ctx: Ctx): Promise<Scope> {
  ctx.scopeCache ??= loadScope(ctx);
  return ctx.scopeCache;
}

async function loadScope(ctx: Ctx): Promise<Scope> {
  const { actor } = ctx;
  if (actor.role === 'admin') return { orgIds: null };
  if (!actor.orgId) return { orgIds: [] };
  if (actor.role === 'member') return { orgIds: [actor.orgId] };
  const found = await rows<{ id: string }>(
    ctx.db,
    sql`WITH RECURSIVE latest AS (
          SELECT DISTINCT ON (org_id) org_id, parent_id FROM org_versions ORDER BY org_id, valid_from DESC
        ), sub AS (
          SELECT ${actor.orgId}::text AS id
          UNION
          SELECT l.org_id FROM latest l JOIN sub ON l.parent_id = sub.id
        )
        SELECT id FROM sub`,
  );
  return { orgIds: found.map((r) => r.id) };
}

export async function inScope(ctx: Ctx, orgId: string | null): Promise<boolean> {
  if (!orgId) return ctx.actor.role === 'admin';
  const scope = await scopeOf(ctx);
  return scope.orgIds === null || scope.orgIds.includes(orgId);
}
