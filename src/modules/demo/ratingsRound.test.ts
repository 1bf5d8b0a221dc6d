import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import { rows } from '../../platform/db/query.ts';
import { freshDatabase } from '../../testing/database.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { orgByCode } from '../orgs/queries.ts';
import { bandFor } from '../ratings/scales/index.ts';
import { openDemoRound } from './ratingsRound.ts';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let cellId: string;

beforeEach(async () => {
  database = await freshDatabase();
  const ctx = { db: database.db, actor: systemActor('test'), today: '2026-11-23' };
  await smallTree(ctx);
  for (let i = 0; i < 6; i++) await addMember(ctx, { orgCode: 'TD.BB.A' });
  cellId = (await orgByCode(database.db, 'TD.BB.A'))!.id;
});
afterEach(() => database.drop());

describe("the demo's open round", () => {
  it('is the annual review from October, with two thirds of the focus cell self-assessed within their bands', async () => {
    const round = await openDemoRound(database, {
      asOf: '2026-11-23',
      rootCode: 'LC',
      focusCellId: cellId,
      seed: 1,
    });
    expect(round).toMatchObject({ periodLabel: 'năm 2026', status: 'OPEN', deadline: '2026-12-14' });
    const self = await rows<{ level: string; total: number }>(
      database.db,
      sql`SELECT self_level AS level, score::float8 AS total FROM ratings
          WHERE round_id = ${round.id} AND self_submitted_at IS NOT NULL`,
    );
    expect(self).toHaveLength(4);
    for (const s of self) expect(s.level).toBe(bandFor(s.total));
  });

  it("is the last quarter's review earlier in the year", async () => {
    const spring = await openDemoRound(database, {
      asOf: '2026-05-10',
      rootCode: 'LC',
      focusCellId: cellId,
      seed: 1,
    });
    expect(spring.periodLabel).toBe('quý I/2026');
    const winter = await openDemoRound(database, {
      asOf: '2027-02-01',
      rootCode: 'LC',
      focusCellId: null,
      seed: 1,
    });
    expect(winter.periodLabel).toBe('quý IV/2026');
  });
});
