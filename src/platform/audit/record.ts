import type { Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { appendAudit } from './log.ts';

/** Audits a write (or a dossier read) made by the context's actor, inside its transaction. */
export function recordAudit(
  tx: Db,
  ctx: Ctx,
  e: { action: string; entityType: string; entityId: string | null; before?: unknown; after?: unknown },
): Promise<void> {
  return appendAudit(tx, {
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    ip: ctx.actor.ip,
    ...e,
  });
}
