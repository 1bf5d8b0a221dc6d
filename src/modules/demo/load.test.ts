import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../platform/db/query.ts';
import { type TestApp, TODAY, testApp } from '../../testing/app.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { withoutSecondaryIndexes } from './indexes.ts';
import { loadDemo } from './load.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await loadDemo(t.database, { scale: 'district', seed: 7, asOf: TODAY });
}, 180_000);
afterAll(() => t.close());

const scalar = async (q: ReturnType<typeof sql>) => Number((await one<{ n: number }>(t.database.db, q))!.n);

describe('district demo', () => {
  it('has the shape of the seed district', async () => {
    expect(await scalar(sql`SELECT count(*) AS n FROM members`)).toBe(2675);
    expect(
      await scalar(
        sql`SELECT count(*) AS n FROM org_versions WHERE kind IN ('DANG_BO_CO_SO', 'CHI_BO_CO_SO')`,
      ),
    ).toBe(51);
    expect(await scalar(sql`SELECT count(*) AS n FROM org_versions WHERE kind = 'CHI_BO_TRUC_THUOC'`)).toBe(
      209,
    );
    expect(
      await scalar(sql`SELECT count(*) AS n FROM coverage_units WHERE kind IN ('THON_BAN', 'TO_DAN_PHO')`),
    ).toBe(126);
  });

  it('is consistent: every member has the periods and cached placement the services would write', async () => {
    expect(
      await scalar(
        sql`SELECT count(*) AS n FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.org_path IS DISTINCT FROM o.path`,
      ),
    ).toBe(0);
    expect(
      await scalar(sql`SELECT count(*) AS n FROM members m WHERE NOT EXISTS (
      SELECT 1 FROM membership_periods p WHERE p.member_id = m.id AND p.valid_to IS NULL AND p.org_id = m.org_id AND p.status = m.status)`),
    ).toBe(0);
    expect(
      await scalar(
        sql`SELECT count(*) AS n FROM members WHERE status = 'OFFICIAL' AND official_date IS NULL`,
      ),
    ).toBe(0);
  });

  it('its accounts see what their scope holds', async () => {
    const staff = await t.login('tochuc', DEMO_PASSWORD);
    expect((await staff.get('/api/v1/members?pageSize=1')).json().total).toBe(2675);
    const secretary = await t.login('bithu', DEMO_PASSWORD);
    const me = (await secretary.get('/api/v1/auth/me')).json();
    const inCell = await scalar(
      sql`SELECT count(*) AS n FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.code = ${me.orgCode}`,
    );
    expect(inCell).toBeGreaterThan(0);
    const list = (await secretary.get('/api/v1/members?pageSize=200')).json();
    expect(list.total).toBe(inCell);
    expect(new Set(list.items.map((i: { orgCode: string }) => i.orgCode))).toEqual(new Set([me.orgCode]));
    const member = await t.login('dangvien', DEMO_PASSWORD);
    const own = (await member.get('/api/v1/auth/me')).json();
    expect((await member.get(`/api/v1/members/${own.memberId}`)).statusCode).toBe(200);
  });

  it('search finds Vietnamese names without diacritics', async () => {
    const staff = await t.login('tochuc', DEMO_PASSWORD);
    const res = (await staff.get('/api/v1/members?q=nguyen%20van')).json();
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((i: { fullName: string }) => i.fullName.startsWith('Nguyễn Văn'))).toBe(true);
  });
});

describe('bulk-load index handling', () => {
  it("drops the roll's secondary indexes and re-creates exactly the same ones", async () => {
    const defs = async () =>
      (
        await t.database.db.execute(
          sql`SELECT indexdef FROM pg_indexes WHERE tablename IN ('members', 'membership_events', 'membership_periods') ORDER BY indexname`,
        )
      ).rows.map((r) => (r as { indexdef: string }).indexdef);
    const before = await defs();
    const restore = await withoutSecondaryIndexes(t.database.db);
    const during = await defs();
    expect(during.length).toBeLessThan(before.length);
    expect(during.every((d) => d.startsWith('CREATE UNIQUE INDEX'))).toBe(true);
    await restore();
    expect(await defs()).toEqual(before);
  });
});
