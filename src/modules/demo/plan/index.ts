/**
 * Demo data plan: a deterministic, seeded description of orgs, coverage units and members for the
 * loader to insert. Pure — no database, no clock (asOf is passed in) — and lazy for members, so the
 * nation scale (~5.7 million) streams in batches instead of sitting in memory.
 *
 *   const plan = planDemo({ scale: 'district', seed: 1, asOf: '2021-10-14' });
 *   insert(plan.orgs); insert(plan.coverageUnits);
 *   for (const batch of plan.members()) insert(batch);
 */
import { parseDay } from './dates.ts';
import { CellTimes, type FormerSlot, formerCount, unitPeople } from './history.ts';
import { LAI_CHAU } from './provinces.ts';
import { createRng } from './random.ts';
import {
  numberUnits,
  PROVINCE_MEMBERS,
  planDistrictUnits,
  planNationUnits,
  planProvinceUnits,
} from './scale.ts';
import { OrgTree } from './tree.ts';
import type { DemoCoverageUnit, DemoMember, DemoOrg, IsoDate } from './types.ts';
import type { UnitPlan } from './unit.ts';

export { historyPeriod, SEED_CHANGES, SEED_ROLL } from './history.ts';
export type { DemoCoverageUnit, DemoEvent, DemoMember, DemoOrg, IsoDate } from './types.ts';

export type DemoScale = 'district' | 'province' | 'nation';

export interface DemoPlanOptions {
  scale: DemoScale;
  seed: number;
  /** "Today" for the plan, passed in: the generator never reads the clock. */
  asOf: IsoDate;
}

export interface DemoPlan {
  orgs: DemoOrg[];
  coverageUnits: DemoCoverageUnit[];
  /** Members on the roll as of asOf. */
  memberCount: number;
  /** People who left the roll during the history period (history.ts): not in memberCount. */
  formerCount: number;
  /** Batches of at most 5,000, generated lazily; every call starts over and yields the same members. */
  members(): Generator<DemoMember[]>;
  /** Former members only (leftOn set), in batches like members(). */
  formerMembers(): Generator<DemoMember[]>;
  /** Members and former members, unit by unit: what the loader writes. */
  everyone(): Generator<DemoMember[]>;
}

export const MEMBER_BATCH_SIZE = 5000;

/** The earliest as-of date the shapes make sense for (Tam Đường's town dates from late 2004). */
export const EARLIEST_AS_OF = '2010-01-01';

export function planDemo(options: DemoPlanOptions): DemoPlan {
  const { scale, seed, asOf } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`planDemo: seed must be a number, got ${seed}`);
  const asOfDay = parseDay(asOf);
  if (asOf < EARLIEST_AS_OF)
    throw new RangeError(`planDemo: asOf must be ${EARLIEST_AS_OF} or later, got ${asOf}`);
  const rng = createRng(seed);
  const tree = new OrgTree(asOfDay, rng.fork('tree'));
  let units: UnitPlan[];
  switch (scale) {
    case 'district':
      units = planDistrictUnits(tree, rng.fork('structure'));
      break;
    case 'province':
      units = planProvinceUnits(tree, rng.fork('structure'), LAI_CHAU, PROVINCE_MEMBERS);
      break;
    case 'nation':
      units = planNationUnits(tree, rng.fork('structure'));
      break;
    default:
      throw new RangeError(`planDemo: unknown scale ${JSON.stringify(scale)}`);
  }
  const memberCount = numberUnits(units);
  const memberSeed = rng.fork('members').seed;
  // Former members at district and province scale; the nation keeps to its members' own histories,
  // so its load (already ~30 minutes) does not grow by 40%.
  const slots = formerSlots(units, memberCount, scale !== 'nation');
  const formerTotal = slots.reduce((a, s) => a + s.count, 0);
  const orgByCode = new Map(tree.orgs.map((o) => [o.code, o]));

  function* people(which: { members: boolean; former: boolean }): Generator<DemoMember[]> {
    let batch: DemoMember[] = [];
    for (const [u, unit] of units.entries()) {
      const cells = new CellTimes(
        unit.cells.map((c) => c.code),
        orgByCode,
      );
      const slot = slots[u] as FormerSlot;
      const out = unitPeople(unit, memberSeed, asOfDay, cells, slot.count > 0 ? slot : null);
      for (const list of [which.members ? out.members : [], which.former ? out.former : []]) {
        for (const member of list) {
          batch.push(member);
          if (batch.length === MEMBER_BATCH_SIZE) {
            yield batch;
            batch = [];
          }
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  return {
    orgs: tree.orgs,
    coverageUnits: tree.coverageUnits,
    memberCount,
    formerCount: formerTotal,
    members: () => people({ members: true, former: false }),
    formerMembers: () => people({ members: false, former: true }),
    everyone: () => people({ members: true, former: true }),
  };
}

/** Former members' numbers come after all members': in the plan (card numbers) and in each province (IDs). */
function formerSlots(units: readonly UnitPlan[], memberCount: number, withFormer: boolean): FormerSlot[] {
  const provinceTotals = new Map<string, number>();
  for (const u of units)
    provinceTotals.set(u.province.letters, (provinceTotals.get(u.province.letters) ?? 0) + u.memberCount);
  const perProvince = new Map<string, number>();
  let global = memberCount;
  return units.map((u) => {
    const count = withFormer ? formerCount(u.memberCount) : 0;
    const inProvince = perProvince.get(u.province.letters) ?? 0;
    perProvince.set(u.province.letters, inProvince + count);
    const slot = {
      count,
      globalOffset: global,
      provinceOffset: (provinceTotals.get(u.province.letters) as number) + inProvince,
    };
    global += count;
    return slot;
  });
}
