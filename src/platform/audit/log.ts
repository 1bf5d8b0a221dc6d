import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { one, rows } from '../db/query.ts';
import { sha256 } from '../ids.ts';
import { canonicalJson } from './canonical.ts';

export interface AuditEntry {
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  /** e.g. 'member.create', 'member.read_dossier', 'org.rename', 'auth.login' */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

interface StoredRow {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

const GENESIS = '0'.repeat(64);
// Any constant: all writers take the same transaction-scoped lock so the chain stays a chain.
const AUDIT_LOCK = 727_001;

export function hashRow(row: StoredRow): string {
  // Only the stored fields, named one by one: a row read back carries its own hash too.
  return sha256(
    canonicalJson({
      seq: Number(row.seq),
      at: row.at,
      actorId: row.actorId,
      actorName: row.actorName,
      ip: row.ip,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before ?? null,
      after: row.after ?? null,
      prevHash: row.prevHash,
    }),
  );
}

/** Appends one entry. Call inside the transaction of the write it records. */
export async function appendAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const last = await one<{ seq: string | number; hash: string }>(
    tx,
    sql`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
  );
  const row: StoredRow = {
    seq: last ? Number(last.seq) + 1 : 1,
    at: new Date().toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorName,
    ip: entry.ip,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash: last?.hash ?? GENESIS,
  };
  const hash = hashRow(row);
  await tx.execute(sql`
    INSERT INTO audit_log (seq, at, actor_id, actor_name, ip, action, entity_type, entity_id, before, after, prev_hash, hash)
    VALUES (${row.seq}, ${row.at}, ${row.actorId}, ${row.actorName}, ${row.ip}, ${row.action}, ${row.entityType},
            ${row.entityId}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.prevHash}, ${hash})`);
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export interface AuditProblem {
  seq: number;
  problem: 'changed' | 'inserted_or_reordered' | 'deleted_before';
  message: string;
}

/** Walks the whole chain; every row whose hash or link does not hold is reported. */
export async function verifyAudit(db: Db): Promise<{ rows: number; problems: AuditProblem[] }> {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  const batch = 5000;
  for (let from = 0; ; ) {
    const page = await rows<StoredRow & { hash: string }>(
      db,
      sql`SELECT seq, at, actor_id AS "actorId", actor_name AS "actorName", ip, action, entity_type AS "entityType",
                 entity_id AS "entityId", before, after, prev_hash AS "prevHash", hash
          FROM audit_log WHERE seq > ${from} ORDER BY seq LIMIT ${batch}`,
    );
    for (const r of page) {
      const seq = Number(r.seq);
      count++;
      if (seq !== expectedSeq) {
        problems.push({
          seq,
          problem: 'deleted_before',
          message: `Thiếu bản ghi số ${expectedSeq}–${seq - 1} (đã bị xóa).`,
        });
      }
      if (r.prevHash !== prevHash) {
        problems.push({
          seq,
          problem: 'inserted_or_reordered',
          message: `Bản ghi số ${seq} không nối đúng chuỗi với bản ghi trước (bị chèn, xóa hoặc sửa).`,
        });
      }
      if (hashRow(r) !== r.hash) {
        problems.push({ seq, problem: 'changed', message: `Bản ghi số ${seq} đã bị sửa nội dung.` });
      }
      prevHash = r.hash;
      expectedSeq = seq + 1;
      from = seq;
    }
    if (page.length < batch) break;
  }
  return { rows: count, problems };
}
