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
import { unitMembers } from './members.ts';
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

export type { DemoCoverageUnit, DemoMember, DemoOrg, IsoDate } from './types.ts';

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
  memberCount: number;
  /** Batches of at most 5,000, generated lazily; every call starts over and yields the same members. */
  members(): Generator<DemoMember[]>;
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

  function* members(): Generator<DemoMember[]> {
    let batch: DemoMember[] = [];
    for (const unit of units) {
      for (const member of unitMembers(unit, memberSeed, asOfDay)) {
        batch.push(member);
        if (batch.length === MEMBER_BATCH_SIZE) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  return { orgs: tree.orgs, coverageUnits: tree.coverageUnits, memberCount, members };
}
