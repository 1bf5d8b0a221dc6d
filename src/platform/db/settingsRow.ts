import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../errors.ts';
import { inTransaction, rows, uniqueViolation } from './query.ts';

const STALE = 'Cấu hình vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.';

/**
 * Writes a module's settings row ('default' in a key/values/version table) with optimistic locking:
 * the first save inserts, later ones update only the version the user read; a concurrent save gives
 * 409 rather than overwriting. Audited with the values before and after.
 */
export async function saveSettingsRow(
  ctx: Ctx,
  o: {
    table: 'meeting_settings' | 'rating_settings';
    action: string;
    readVersion: number | null | undefined;
  },
  before: { version: number | null; values: unknown },
  values: unknown,
): Promise<void> {
  if (before.version !== null && o.readVersion !== before.version) throw conflict(STALE);
  const table = sql.raw(o.table);
  await inTransaction(ctx.db, async (tx) => {
    if (before.version === null) {
      await tx.execute(
        sql`INSERT INTO ${table} (key, "values") VALUES ('default', ${JSON.stringify(values)}::jsonb)`,
      );
    } else {
      const done = await rows(
        tx,
        sql`UPDATE ${table} SET "values" = ${JSON.stringify(values)}::jsonb, version = version + 1, updated_at = now()
            WHERE key = 'default' AND version = ${before.version} RETURNING key`,
      );
      if (!done.length) throw conflict(STALE);
    }
    await recordAudit(tx, ctx, {
      action: o.action,
      entityType: o.table,
      entityId: 'default',
      before: before.values,
      after: values,
    });
  }).catch((e) => {
    if (uniqueViolation(e)) throw conflict(STALE);
    throw e;
  });
}
