import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/app.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { verifyAudit } from './log.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await smallTree(t.system);
  await addMember(t.system);
  await addMember(t.system);
});
afterAll(() => t.close());

/** Tampering needs the append-only trigger out of the way, as an intruder with table rights would do. */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
  await t.database.db.execute(statement);
  await t.database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
}

describe('audit log', () => {
  it('records every write with who and what, before and after', async () => {
    const result = await verifyAudit(t.database.db);
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(8); // 6 orgs + 2 members
  });

  it('refuses UPDATE and DELETE at the database', async () => {
    await expect(t.database.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`UPDATE audit_log SET actor_name = 'x' WHERE seq = 1`),
    ).rejects.toThrow();
  });

  it('reports a changed row', async () => {
    await tamper(sql`UPDATE audit_log SET after = '{"name":"giả mạo"}'::jsonb WHERE seq = 3`);
    const { problems } = await verifyAudit(t.database.db);
    expect(problems).toEqual([expect.objectContaining({ seq: 3, problem: 'changed' })]);
  });

  it('reports a deleted row', async () => {
    await tamper(sql`DELETE FROM audit_log WHERE seq = 5`);
    const { problems } = await verifyAudit(t.database.db);
    expect(problems.map((p) => [p.seq, p.problem])).toEqual(
      expect.arrayContaining([
        [6, 'deleted_before'],
        [6, 'inserted_or_reordered'],
      ]),
    );
  });

  it('reports an inserted row even with a self-consistent hash', async () => {
    await tamper(sql`INSERT INTO audit_log (seq, at, action, entity_type, prev_hash, hash)
      VALUES (100, '2026-01-01T00:00:00.000Z', 'member.update', 'member', 'abc', 'def')`);
    const { problems } = await verifyAudit(t.database.db);
    expect(problems.some((p) => p.seq === 100)).toBe(true);
  });
});
