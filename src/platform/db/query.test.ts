import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../testing/database.ts';
import { textArray, uniqueViolation } from './query.ts';

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

describe('query helpers on the real engine', () => {
  it('uniqueViolation names the violated index, and ignores other errors', async () => {
    await database.db.execute(sql`INSERT INTO orgs (id, code) VALUES ('a', 'X')`);
    const dup = await database.db.execute(sql`INSERT INTO orgs (id, code) VALUES ('b', 'X')`).catch((e) => e);
    expect(uniqueViolation(dup)?.constraint).toContain('orgs_code');
    const other = await database.db.execute(sql`SELECT 1/0`).catch((e) => e);
    expect(uniqueViolation(other)).toBeNull();
  });

  it('textArray travels as one array parameter, quotes and all', async () => {
    const r = await database.db.execute(sql`SELECT ${textArray(['a"b', 'c,d', 'e\\f'])} AS v`);
    expect((r.rows[0] as { v: string[] }).v).toEqual(['a"b', 'c,d', 'e\\f']);
  });
});
