import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { one } from '../../platform/db/query.ts';
import { freshDatabase } from '../../testing/database.ts';
import { changesReport, structureReport } from '../reports/service.ts';
import { shapeOf, writeGeneratedWorkbook } from './generate.ts';
import { importFiles } from './service.ts';
import { collect } from './testing.ts';

let db: Awaited<ReturnType<typeof freshDatabase>>;
let ctx: Ctx;
beforeAll(async () => {
  db = await freshDatabase();
  ctx = { db: db.db, actor: systemActor('test'), today: '2026-11-23' };
});
afterAll(() => db.drop());

it('a generated 10,000-member workbook with history imports in one go, and the reports match it', {
  timeout: 480_000,
}, async () => {
  const bytes = await collect((out) => writeGeneratedWorkbook(out, 10_000).then(() => undefined));
  const shape = shapeOf(10_000);
  const r = await importFiles(ctx, [{ name: 'sinh-ra.xlsx', bytes }], { dryRun: false });
  expect(r.problems.filter((p) => p.severity === 'error').slice(0, 5)).toEqual([]);
  expect(r.written).toBe(true);
  expect(r.events).toEqual({ added: shape.events, existing: 0 });
  const n = async (q: ReturnType<typeof sql>) => (await one<{ n: number }>(db.db, q))!.n;
  expect(await n(sql`SELECT count(*)::int AS n FROM members WHERE status IS NOT NULL`)).toBe(10_000);
  expect(await n(sql`SELECT count(*)::int AS n FROM orgs`)).toBe(shape.orgs);
  const structure = await structureReport(ctx, { org: 'P', asOf: '2026-01-01' });
  expect(structure.members.total).toBe(10_000);
  expect(structure.members.probationary).toBe(shape.probationary);
  const changes = await changesReport(ctx, { org: 'P', from: '1991-01-01', to: '2026-01-01' });
  expect(changes.increase.admitted).toBe(10_000);
  // Moves between the province's own cells are neither increases nor decreases.
  expect(changes.decrease.total).toBe(0);
  // The same file again changes nothing.
  const again = await importFiles(ctx, [{ name: 'sinh-ra.xlsx', bytes }], { dryRun: false });
  expect(again.written).toBe(false);
  expect(again.events.added).toBe(0);
});
