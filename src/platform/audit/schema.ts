import { bigint, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained log. seq is assigned by the writer (last + 1) under a lock, so a
 * deleted row shows as a gap and an inserted one as a broken chain.
 */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  /** ISO-8601 UTC text exactly as hashed: a timestamptz would come back formatted differently per driver. */
  at: text('at').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name'),
  ip: text('ip'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
