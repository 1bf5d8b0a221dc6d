/**
 * Property test: random valid histories (admissions, recognitions, moves between cells, transfers
 * with accept, departures, deaths, re-admissions, arrivals, cells moved between committees, cells
 * merged), recorded through the services in date order. Then, on random dates and periods:
 * - every member active on a date (by an independent model) is counted exactly once by the root,
 *   and the grassroots orgs partition the district's count;
 * - endCount = startCount + increase − decrease, and both ends agree with the structure report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { freshDatabase } from '../../testing/database.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { addDays, addMonths } from '../../vn/dates.ts';
import { createRng } from '../demo/plan/random.ts';
import { decideTransfer, membershipState, recordMembershipEvent } from '../lifecycle/service.ts';
import { orgByCode } from '../orgs/queries.ts';
import { establishOrg, recordOrgEvent } from '../orgs/service.ts';
import { holdsWholeLives, subtreeIntervals } from './intervals.ts';
import { versionsEverUnder } from './queries.ts';
import { buildChanges } from './rules.ts';
import { changesReport, structureReport, subtreeChangeCounts } from './service.ts';

const TODAY = '2026-11-23';
const SEED = Number(process.env.PROPERTY_SEED ?? 20_251_124);
const rng = createRng(SEED);
let database: Awaited<ReturnType<typeof freshDatabase>>;
let ctx: Ctx;

interface ModelMember {
  id: string;
  cell: string;
  /** Days on which the member was in the party: [from, to), to null while open. */
  active: { from: string; to: string | null }[];
  ceremony: string;
  official: boolean;
}
const members: ModelMember[] = [];
/** Subordinate cells alive now, and the committees they may sit under. */
const cells = new Set(['TD.BB.A', 'TD.BB.B', 'TD.SP.1', 'TD.SP.2', 'TD.BB.BP.1']);
const committees = ['TD.BB', 'TD.BB.BP', 'TD.SP'];
const allCells = ['TD.TRUONG', ...cells];
const isActive = (m: ModelMember, d: string) =>
  m.active.some((a) => a.from <= d && (a.to === null || d < a.to));
const current = (m: ModelMember) => m.active.at(-1)!.to === null;

/** Runs a service call; a refusal (the rules said no) leaves the model untouched. */
async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    if (e instanceof AppError && e.status === 400) return false;
    throw e;
  }
}
const event = (id: string, input: Record<string, unknown>) =>
  recordMembershipEvent(ctx, id, input as Parameters<typeof recordMembershipEvent>[2]);

async function randomHistory() {
  const base = { sector: 'KHAC' as const, effectiveDate: '2010-01-01' };
  await establishOrg(ctx, {
    ...base,
    code: 'TD.SP',
    name: 'Đảng bộ xã Sơn Bình',
    kind: 'DANG_BO_CO_SO',
    parentCode: 'TD',
  });
  await establishOrg(ctx, {
    ...base,
    code: 'TD.SP.1',
    name: 'Chi bộ bản 1',
    kind: 'CHI_BO_TRUC_THUOC',
    parentCode: 'TD.SP',
  });
  await establishOrg(ctx, {
    ...base,
    code: 'TD.SP.2',
    name: 'Chi bộ bản 2',
    kind: 'CHI_BO_TRUC_THUOC',
    parentCode: 'TD.SP',
  });
  await establishOrg(ctx, {
    ...base,
    code: 'TD.BB.BP',
    name: 'Đảng bộ bộ phận',
    kind: 'DANG_BO_BO_PHAN',
    parentCode: 'TD.BB',
  });
  await establishOrg(ctx, {
    ...base,
    code: 'TD.BB.BP.1',
    name: 'Chi bộ 1',
    kind: 'CHI_BO_TRUC_THUOC',
    parentCode: 'TD.BB.BP',
  });

  let d = '2010-06-01';
  const counts: Record<string, number> = {};
  while (d < addDays(TODAY, -40)) {
    d = addDays(d, rng.int(5, 40));
    const live = members.filter(current);
    const gone = members.filter((m) => !current(m));
    const action = rng.weighted([
      ['admit', 30],
      ['recognize', 12],
      ['move', 10],
      ['transfer', 8],
      ['depart', 6],
      ['die', 4],
      ['remove', 3],
      ['return', 6],
      ['moveCell', 5],
      ['merge', 2],
    ] as const);
    const pick = <T>(xs: readonly T[]): T | undefined =>
      xs.length ? xs[rng.int(0, xs.length - 1)] : undefined;
    const cell = pick([...allCells.filter((c) => c === 'TD.TRUONG' || cells.has(c))])!;
    let ok = false;
    switch (action) {
      case 'admit': {
        const m = await addMember(ctx, {
          orgCode: cell,
          birthDate: rng.dateBetween('1950-01-01', addMonths(d, -12 * 19)),
          gender: rng.chance(0.4) ? 'NU' : 'NAM',
          admissionDecisionDate: d,
          ceremonyDate: d,
          officialDate: null,
        });
        members.push({ id: m.id, cell, active: [{ from: d, to: null }], ceremony: d, official: false });
        ok = true;
        break;
      }
      case 'recognize': {
        const m = pick(live.filter((x) => !x.official && addMonths(x.ceremony, 12) <= d));
        if (m) ok = await attempt(() => event(m.id, { type: 'RECOGNITION', effectiveDate: d }));
        if (ok) m!.official = true;
        break;
      }
      case 'move': {
        const m = pick(live);
        if (m && m.cell !== cell)
          ok = await attempt(() => event(m.id, { type: 'INTERNAL_MOVE', effectiveDate: d, orgCode: cell }));
        if (ok) m!.cell = cell;
        break;
      }
      case 'transfer': {
        const m = pick(live);
        if (!m || m.cell === cell) break;
        ok = await attempt(() => event(m.id, { type: 'TRANSFER_ISSUED', effectiveDate: d, orgCode: cell }));
        if (!ok) break;
        const issued = (await membershipState(ctx, m.id)).history.findLast(
          (h: { type: string }) => h.type === 'TRANSFER_ISSUED',
        )!;
        ok = await attempt(() =>
          decideTransfer(ctx, issued.id, 'accept', { effectiveDate: addDays(d, rng.int(0, 4)) }),
        );
        if (ok) m.cell = cell;
        break;
      }
      case 'depart':
      case 'die':
      case 'remove': {
        const m = pick(live);
        const input =
          action === 'depart'
            ? { type: 'DEPARTURE', externalOrg: 'Đảng bộ tỉnh khác' }
            : action === 'die'
              ? { type: 'DIED' }
              : { type: 'REMOVED', removalCause: 'KHAC' };
        if (m) ok = await attempt(() => event(m.id, { ...input, effectiveDate: d }));
        if (ok) m!.active.at(-1)!.to = d;
        break;
      }
      case 'return': {
        const m = pick(gone);
        if (m) {
          // A departed member arrives; a removed or dead one can only be re-admitted (the rules refuse the dead).
          ok =
            (await attempt(() => event(m.id, { type: 'ARRIVAL', effectiveDate: d, orgCode: cell }))) ||
            (await attempt(() => event(m.id, { type: 'READMISSION', effectiveDate: d, orgCode: cell })));
        }
        if (ok) {
          m!.active.push({ from: d, to: null });
          m!.cell = cell;
        }
        break;
      }
      case 'moveCell': {
        const c = pick([...cells]);
        const to = pick(committees)!;
        if (c)
          ok = await attempt(() =>
            recordOrgEvent(ctx, c, { type: 'MOVE', parentCode: to, effectiveDate: d }),
          );
        break;
      }
      case 'merge': {
        if (cells.size <= 3) break;
        const [from, into] = [...cells].sort(() => rng.next() - 0.5);
        ok = await attempt(() =>
          recordOrgEvent(ctx, from!, { type: 'MERGE', survivorCode: into!, effectiveDate: d }),
        );
        if (ok) {
          cells.delete(from!);
          for (const m of members) if (m.cell === from) m.cell = into!;
        }
        break;
      }
    }
    if (ok) counts[action] = (counts[action] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  database = await freshDatabase();
  ctx = { db: database.db, actor: systemActor('test'), today: TODAY };
  await smallTree(ctx);
}, 60_000);
afterAll(() => database.drop());

describe(`statistics over random histories (PROPERTY_SEED=${SEED})`, { timeout: 300_000 }, () => {
  it('count every member exactly once on any date and keep the changes identity', async () => {
    const done = await randomHistory();
    // The history exercised what it is meant to.
    for (const a of ['admit', 'recognize', 'move', 'transfer', 'depart', 'die', 'return', 'moveCell'])
      expect(done[a], `${a} in ${JSON.stringify(done)}`).toBeGreaterThan(0);

    const orgs = ['LC', 'TD', 'TD.BB', 'TD.BB.BP', 'TD.SP', 'TD.TRUONG', 'TD.BB.A', 'TD.SP.1'];
    for (let i = 0; i < 12; i++) {
      const d = rng.dateBetween('2010-01-01', TODAY);
      const root = await structureReport(ctx, { org: 'LC', asOf: d });
      expect(root.members.total, `LC on ${d}`).toBe(members.filter((m) => isActive(m, d)).length);
      let parts = 0;
      for (const g of ['TD.BB', 'TD.SP', 'TD.TRUONG'])
        parts += (await structureReport(ctx, { org: g, asOf: d })).members.total;
      expect(parts, `grassroots orgs on ${d}`).toBe(root.members.total);
    }
    const fixed = new Set<string>();
    for (let i = 0; i < 16; i++) {
      // Every org twice, on random periods.
      const org = orgs[i % orgs.length]!;
      const a = rng.dateBetween('2010-01-01', TODAY);
      const b = rng.dateBetween('2010-01-01', TODAY);
      const [from, to] = a <= b ? [a, b] : [b, a];
      const r = await changesReport(ctx, { org, from, to });
      const label = `${org} ${from}..${to}`;
      expect(r.endCount, label).toBe(r.startCount + r.increase.total - r.decrease.total);
      expect(r.startCount, label).toBe(
        (await structureReport(ctx, { org, asOf: addDays(from, -1) })).members.total,
      );
      expect(r.endCount, label).toBe((await structureReport(ctx, { org, asOf: to })).members.total);
      if (org === 'LC') {
        // The whole installation changes only by admissions, returns and departures, never by a move.
        const spans = members.flatMap((m) => m.active);
        const starts = spans.filter((x) => x.from >= from && x.from <= to).length;
        const ends = spans.filter((x) => x.to !== null && x.to >= from && x.to <= to).length;
        expect(r.increase.total, label).toBe(starts);
        expect(r.decrease.total, label).toBe(ends);
      }
      // A subtree that held its orgs all their lives (the root always does) is counted by the
      // interval-free query: the general one, through the subtree's intervals, must agree.
      const subject = (await orgByCode(ctx.db, org))!;
      const versions = await versionsEverUnder(ctx.db, subject.id);
      const intervals = subtreeIntervals(subject.id, versions);
      if (holdsWholeLives(versions, intervals)) {
        fixed.add(org);
        const general = buildChanges(await subtreeChangeCounts(ctx.db, versions, intervals, from, to));
        expect(general, label).toEqual({
          startCount: r.startCount,
          endCount: r.endCount,
          increase: r.increase,
          decrease: r.decrease,
        });
      }
    }
    // Both kinds of fixed subtree were compared: the whole installation and one below the root.
    expect(fixed.has('LC'), [...fixed].join()).toBe(true);
    expect(
      [...fixed].some((o) => o !== 'LC'),
      [...fixed].join(),
    ).toBe(true);
  });
});
