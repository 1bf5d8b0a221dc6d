/**
 * Membership history: who was admitted, arrived, moved, left, and when — so that the changes over
 * the report's period come out as seed 002 counts them (line 177, "Từ năm 2010 đến nay"): increase
 * 2,131 = admitted 1,633 + transferred in 498; decrease 1,113 = died 128 + expelled 42 + removed
 * 37 + resigned 22 + admission annulled 3 + transferred out 881; with the roll as of asOf unchanged.
 *
 * The roll's members keep their profiles (members.ts); what changes is how their history begins:
 * some arrived from outside the installation during the period (ARRIVAL, their profile keeps the
 * original admission dates), the rest were admitted here. Former members are extra people,
 * generated like members, whose history ends during the period. For a unit of n members every
 * figure is the seed's × n / 2,675 (rounded): exact for Tam Đường, proportional elsewhere.
 *
 * Orgs exist from their establishment date: a member admitted before their cell existed starts in an
 * older cell of the same committee and moves (INTERNAL_MOVE) when the cell is set up — otherwise a
 * report would count the new cell's members as transferred in. Moves inside the district are not
 * increases or decreases (DOMAIN.md, statistics). With an asOf before about 2014 the period starts
 * before the district's first cells (2002), so the figures are then only approximate.
 *
 * The nation scale gets no former members (its load would grow by 40%): its members' histories
 * still include arrivals, moves, exemptions and pending transfers at the seed's rates.
 */
import { allocateOccupations } from './allocate.ts';
import { weightedSample } from './apportion.ts';
import { addMonthsDay, addYearsDay, ageOnDay, formatDay, parseDay } from './dates.ts';
import { OCCUPATIONS, type OccupationCode } from './distributions.ts';
import { unitMembers } from './members.ts';
import { placeName } from './placenames.ts';
import { isUpland, PROVINCES, provinceLabel } from './provinces.ts';
import { deriveSeed, Rng } from './random.ts';
import type { DemoEvent, DemoMember, DemoOrg, IsoDate } from './types.ts';
import type { UnitPlan } from './unit.ts';

/** Seed 002, line 177: the roll on the report's date, and its changes since 2010 by cause. */
export const SEED_ROLL = 2675;
export const SEED_CHANGES = {
  admitted: 1633,
  transferredIn: 498,
  died: 128,
  expelled: 42,
  removed: 37,
  resigned: 22,
  admissionAnnulled: 3,
  transferredOut: 881,
} as const;
type ChangeKey = keyof typeof SEED_CHANGES;

/**
 * The report's period: it is dated 14/10/2021 and counts "from 2010 until now", so the plan's
 * period runs from 1 January eleven years before asOf's year to asOf, both included.
 */
export function historyPeriod(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: `${String(Number(asOf.slice(0, 4)) - 11).padStart(4, '0')}-01-01`, to: asOf };
}

/** The seed's figures scaled to a unit of `memberCount` members. */
export function changeTargets(memberCount: number): Record<ChangeKey, number> {
  const out = {} as Record<ChangeKey, number>;
  for (const [k, v] of Object.entries(SEED_CHANGES))
    out[k as ChangeKey] = Math.round((v * memberCount) / SEED_ROLL);
  return out;
}

/** Former members of a unit: everyone who left during the period. */
export function formerCount(memberCount: number): number {
  const t = changeTargets(memberCount);
  return t.died + t.expelled + t.removed + t.resigned + t.admissionAnnulled + t.transferredOut;
}

/** Where a unit's former members sit in the plan's and the province's number ranges (ids.ts). */
export interface FormerSlot {
  count: number;
  globalOffset: number;
  provinceOffset: number;
}

/** Members "exempt from work and meetings" among those over 70 (ours: about 1 in 220 members). */
const EXEMPTION_RATE = 0.0045;
/** Transfers issued in the last 60 days and not yet accepted, per unit (for the inbox and to-do list). */
const PENDING_TRANSFERS = 2;
/** Members who moved between cells of one committee for no structural reason (ours). */
const MOVE_RATE = 0.02;
/** Share of removals that are a probation not recognized (ours). */
const NOT_RECOGNIZED_SHARE = 0.1;
/** Former members are generated 60 days before asOf, so every one of them has time to leave. */
const FORMER_LEAD = 60;

/** Who tends to move between districts: cadres, teachers, soldiers more than farmers (ours). */
const MOBILITY: Readonly<Record<OccupationCode, number>> = {
  CBCC_HUYEN: 3,
  VIEN_CHUC: 3,
  LUC_LUONG_VU_TRANG: 3,
  DOANH_NGHIEP: 2,
  CBCC_XA: 1.2,
  HS_SV: 1,
  NGHI_HUU: 0.8,
  KHAC: 0.8,
  KCT_THON: 0.4,
  NONG_LAM_NGU: 0.4,
};

type Exit = 'DIED' | 'EXPELLED' | 'REMOVED' | 'RESIGNED' | 'ADMISSION_ANNULLED' | 'DEPARTURE';

interface Person {
  m: DemoMember;
  birth: number;
  decision: number;
  ceremony: number;
  official: number | null;
  age: number;
  /** Current cell (members) or the last one (former members). */
  cell: string;
  startCell: string;
  arrival: number | null;
  move: number | null;
  exit: Exit | null;
  exitDay: number;
  cause: string | null;
  exemption: number | null;
  transfer: { day: number; to: string } | null;
}

/** A unit's cells with their establishment days: by committee, and all of them, oldest first. */
export class CellTimes {
  readonly #day = new Map<string, number>();
  readonly #siblings = new Map<string, string[]>();
  readonly all: string[];

  constructor(codes: readonly string[], orgByCode: ReadonlyMap<string, DemoOrg>) {
    const byParent = new Map<string, string[]>();
    for (const code of codes) {
      const org = orgByCode.get(code);
      if (!org) throw new RangeError(`history: unknown cell ${code}`);
      this.#day.set(code, parseDay(org.establishedOn));
      const key = org.parentCode ?? '';
      const list = byParent.get(key);
      if (list) list.push(code);
      else byParent.set(key, [code]);
    }
    const byDay = (a: string, b: string) => this.day(a) - this.day(b) || (a < b ? -1 : 1);
    for (const list of byParent.values()) {
      list.sort(byDay);
      for (const code of list) this.#siblings.set(code, list);
    }
    this.all = [...codes].sort(byDay);
  }

  day(code: string): number {
    return this.#day.get(code) as number;
  }

  siblings(code: string): readonly string[] {
    return this.#siblings.get(code) ?? [];
  }

  /** A cell other than `code` established by `by`: same committee if possible, else anywhere in the unit. */
  older(rng: Rng, code: string, by: number): string | null {
    for (const list of [this.siblings(code), this.all]) {
      // Lists are sorted by day: the candidates are a prefix, found by bisection.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.day(list[mid] as string) <= by) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0 || (lo === 1 && list[0] === code)) continue;
      for (;;) {
        const pick = list[rng.int(0, lo - 1)] as string;
        if (pick !== code) return pick;
      }
    }
    return null;
  }
}

/**
 * A unit's members and former members, histories included. Former members (when `former` is set)
 * are drawn like members, with more old people, and their numbers come after every member's.
 */
export function unitPeople(
  unit: UnitPlan,
  seed: number,
  asOfDay: number,
  cells: CellTimes,
  former: FormerSlot | null,
): { members: DemoMember[]; former: DemoMember[] } {
  const members = unitMembers(unit, seed, asOfDay);
  let formerMembers: DemoMember[] = [];
  if (former && former.count > 0) {
    const k = OCCUPATIONS.length;
    const totals = OCCUPATIONS.map((_, o) => {
      let sum = 0;
      for (let c = 0; c < unit.cells.length; c++) sum += unit.occupationCounts[c * k + o] as number;
      return sum;
    });
    formerMembers = unitMembers(
      {
        ...unit,
        key: `${unit.key}:former`,
        memberCount: former.count,
        occupationCounts: allocateOccupations(unit.cells, former.count, totals),
        globalOffset: former.globalOffset,
        provinceOffset: former.provinceOffset,
      },
      seed,
      asOfDay - FORMER_LEAD,
      3,
    );
  }
  planHistories(unit, members, formerMembers, {
    rng: new Rng(deriveSeed(seed, 'history', unit.key)),
    asOfDay,
    cells,
  });
  return { members, former: formerMembers };
}

function person(m: DemoMember, asOfDay: number): Person {
  const birth = parseDay(m.birthDate);
  return {
    m,
    birth,
    decision: parseDay(m.admissionDecisionDate),
    ceremony: parseDay(m.ceremonyDate),
    official: m.officialDate === null ? null : parseDay(m.officialDate),
    age: ageOnDay(birth, asOfDay),
    cell: m.cellCode,
    startCell: m.cellCode,
    arrival: null,
    move: null,
    exit: null,
    exitDay: 0,
    cause: null,
    exemption: null,
    transfer: null,
  };
}

/** Fills in `history` (and, for former members, `leftOn`, the last cell and the truncated profile). */
function planHistories(
  unit: UnitPlan,
  current: DemoMember[],
  former: DemoMember[],
  ctx: { rng: Rng; asOfDay: number; cells: CellTimes },
): void {
  const { rng, asOfDay, cells } = ctx;
  const from = parseDay(historyPeriod(formatDay(asOfDay)).from);
  const cur = current.map((m) => person(m, asOfDay));
  const fmr = former.map((m) => person(m, asOfDay));
  const targets = changeTargets(current.length);
  /** In the subtree by `day`, or already before the period (where no report looks). */
  const ok = (cell: string, day: number) => cells.day(cell) <= Math.max(day, from - 1);

  assignExits(rng, fmr, targets, from, asOfDay);

  // Arrivals. Admissions in the period beyond the seed's count become arrivals (admitted elsewhere,
  // then transferred in); the arrivals still missing come from members admitted before the period.
  const inPeriod = (p: Person) => p.decision >= from;
  const window = (p: Person, isCurrent: boolean): [number, number] => {
    const lo = Math.max(from, p.ceremony + 1, isCurrent ? cells.day(p.cell) : from);
    const hi = isCurrent ? asOfDay - 1 : p.exitDay - 30;
    return [lo, hi];
  };
  const movable = (p: Person, isCurrent: boolean) => {
    if (!isCurrent && (p.exit === 'ADMISSION_ANNULLED' || p.cause === 'KHONG_CONG_NHAN')) return false;
    const [lo, hi] = window(p, isCurrent);
    return lo <= hi;
  };
  const admittedInPeriod = cur.filter(inPeriod).length + fmr.filter(inPeriod).length;
  const excess = Math.max(0, admittedInPeriod - targets.admitted);
  const earlier = Math.max(0, targets.transferredIn - excess);
  const share = fmr.length / Math.max(1, fmr.length + cur.length);
  const arrive = (people: Person[], isCurrent: boolean, pool: (p: Person) => boolean, k: number) => {
    const weights = people.map((p) =>
      p.arrival === null && pool(p) && movable(p, isCurrent)
        ? MOBILITY[p.m.occupation as OccupationCode] * (isCurrent && !ok(p.cell, p.decision) ? 4 : 1)
        : 0,
    );
    const chosen = weightedSample(rng, weights, k);
    for (const i of chosen) {
      const p = people[i] as Person;
      const [lo, hi] = window(p, isCurrent);
      p.arrival = rng.int(lo, hi);
    }
    return chosen.length;
  };
  const split = (total: number, pool: (p: Person) => boolean) => {
    const doneFormer = arrive(fmr, false, pool, Math.round(total * share));
    const doneCurrent = arrive(cur, true, pool, total - doneFormer);
    arrive(fmr, false, pool, total - doneFormer - doneCurrent);
  };
  split(excess, inPeriod);
  split(earlier, (p) => !inPeriod(p));

  // Where each history starts, and the moves into cells set up later.
  for (const p of cur) {
    const start = p.arrival ?? p.decision;
    if (!ok(p.cell, start)) {
      const older = cells.older(rng, p.cell, Math.max(start, from - 1));
      if (older) {
        p.startCell = older;
        const lo = Math.max(cells.day(p.cell), start + 1);
        p.move = Math.min(lo + rng.int(0, 90), asOfDay - 1);
      }
    } else if (rng.chance(MOVE_RATE)) {
      const lo = Math.max(start + 180, from, cells.day(p.cell));
      const older = cells.siblings(p.cell).filter((c) => c !== p.cell && ok(c, start) && cells.day(c) < lo);
      if (older.length > 0 && lo <= asOfDay - 30) {
        p.startCell = rng.pick(older);
        p.move = rng.int(lo, asOfDay - 30);
      }
    }
  }
  for (const p of fmr) {
    const start = p.arrival ?? p.decision;
    if (!ok(p.cell, start)) {
      const older = cells.older(rng, p.cell, Math.max(start, from - 1));
      if (older) p.cell = p.startCell = older;
    }
  }

  // Admitted before their first cell here was set up (the district's cells date from 2002, its
  // oldest members from the 1950s): their membership in the installation begins on that cell's
  // establishment, as an arrival from the org that admitted them, so no event names a cell on a day
  // it did not exist (the app and the import refuse that). Always before the report period: a cell
  // that was not there before the period is never a starting cell.
  for (const p of [...cur, ...fmr]) {
    const established = cells.day(p.startCell);
    if (established > (p.arrival ?? p.decision)) p.arrival = established;
  }

  // A few old members exempt from work and meetings; a couple of transfers waiting to be accepted.
  const last = (p: Person) => Math.max(p.arrival ?? p.decision, p.official ?? 0, p.move ?? 0);
  const exemptFrom = (p: Person) => Math.max(addYearsDay(p.birth, 70) + 1, last(p) + 1, from);
  const exempt = weightedSample(
    rng,
    cur.map((p) => (p.age > 70 && p.official !== null && exemptFrom(p) <= asOfDay - 1 ? 1 : 0)),
    Math.round(EXEMPTION_RATE * cur.length),
  );
  for (const i of exempt) {
    const p = cur[i] as Person;
    p.exemption = rng.int(exemptFrom(p), asOfDay - 1);
  }
  const transfers = weightedSample(
    rng,
    cur.map((p) =>
      p.official !== null &&
      p.exemption === null &&
      last(p) < asOfDay - 60 &&
      cells.siblings(p.cell).length > 1
        ? 1
        : 0,
    ),
    cur.length >= 100 ? PENDING_TRANSFERS : 0,
  );
  for (const i of transfers) {
    const p = cur[i] as Person;
    const day = asOfDay - rng.int(1, 59);
    const to = cells.older(rng, p.cell, day);
    if (to) p.transfer = { day, to };
  }

  const external = externalOrgs(rng, unit);
  for (const p of cur) p.m.history = eventsOf(p, external);
  for (const p of fmr) {
    if (p.official !== null && p.official >= p.exitDay) p.official = null;
    p.m.officialDate = p.official === null ? null : formatDay(p.official);
    if (p.official === null) p.m.cardNumber = null;
    p.m.cellCode = p.cell;
    p.m.leftOn = formatDay(p.exitDay);
    p.m.history = eventsOf(p, external);
  }
}

/**
 * The ways former members left, with their conditions: annulment while on probation, a probation
 * not recognized, expulsion only of official members (Điều lệ Đảng 2011, Điều 35), deaths mostly
 * among the old; the rest transferred out.
 */
function assignExits(
  rng: Rng,
  people: Person[],
  targets: Record<ChangeKey, number>,
  from: number,
  asOfDay: number,
): void {
  const taken = new Uint8Array(people.length);
  const exitLo = (p: Person) => Math.max(from, p.decision + 30, p.ceremony + 1);
  const take = (k: number, weight: (p: Person) => number, then: (p: Person) => void) => {
    const weights = people.map((p, i) => (taken[i] ? 0 : weight(p)));
    for (const i of weightedSample(rng, weights, k)) {
      taken[i] = 1;
      then(people[i] as Person);
    }
  };
  const set = (p: Person, exit: Exit, day: number, cause: string | null = null) => {
    p.exit = exit;
    p.exitDay = day;
    p.cause = cause;
  };
  const recent = (p: Person) => p.decision >= from;

  // Hủy quyết định kết nạp: found out during probation.
  take(
    targets.admissionAnnulled,
    (p) => (recent(p) && p.ceremony + 30 <= asOfDay ? (p.official === null ? 5 : 1) : 0),
    (p) => {
      const day = Math.min(p.ceremony + rng.int(30, 300), addMonthsDay(p.ceremony, 12) - 1, asOfDay);
      p.official = null;
      set(p, 'ADMISSION_ANNULLED', day);
    },
  );
  // Xóa tên because the probation was not recognized (Điều lệ Điều 5.3).
  const notRecognized = Math.round(targets.removed * NOT_RECOGNIZED_SHARE);
  take(
    notRecognized,
    (p) => (recent(p) && addMonthsDay(p.ceremony, 12) + 40 <= asOfDay ? 1 : 0),
    (p) => {
      p.official = null;
      set(p, 'REMOVED', addMonthsDay(p.ceremony, 12) + rng.int(1, 40), 'KHONG_CONG_NHAN');
    },
  );
  take(
    targets.died,
    (p) => (exitLo(p) > asOfDay ? 0 : p.age >= 56 ? (p.age - 50) ** 2 : p.age >= 40 ? 1 : 0.2),
    (p) => set(p, 'DIED', rng.int(exitLo(p), asOfDay)),
  );
  const officialLo = (p: Person) => Math.max(from, (p.official ?? asOfDay) + 1);
  const officialWeight = (p: Person) =>
    p.official === null || officialLo(p) > asOfDay ? 0 : p.age >= 25 && p.age <= 60 ? 1 : 0.4;
  const removalCauses: [string, number][] = [
    ['BO_SINH_HOAT', 6],
    ['GIAM_SUT_TU_CACH', 3],
    ['KHAC', 1],
  ];
  take(targets.expelled, officialWeight, (p) => set(p, 'EXPELLED', rng.int(officialLo(p), asOfDay)));
  take(targets.removed - notRecognized, officialWeight, (p) =>
    set(p, 'REMOVED', rng.int(officialLo(p), asOfDay), rng.weighted(removalCauses)),
  );
  take(targets.resigned, officialWeight, (p) => set(p, 'RESIGNED', rng.int(officialLo(p), asOfDay)));
  people.forEach((p, i) => {
    if (!taken[i]) set(p, 'DEPARTURE', rng.int(Math.min(exitLo(p), asOfDay), asOfDay));
  });
}

/** Party organizations outside the installation that members came from or went to (names ours). */
function externalOrgs(rng: Rng, unit: UnitPlan): () => string {
  const home = unit.province;
  const style = isUpland(home) ? 'upland' : 'lowland';
  return () => {
    const province = rng.chance(0.6) ? home : rng.pick(PROVINCES);
    const label = provinceLabel(province);
    if (rng.chance(0.15)) return `Đảng bộ Bộ Chỉ huy Quân sự ${label}`;
    if (rng.chance(0.15)) return `Đảng bộ Công an ${label}`;
    const title = rng.weighted([
      ['huyện', 6],
      ['thành phố', 2],
      ['thị xã', 1],
    ] as const);
    return `Đảng bộ ${title} ${placeName(rng, province === home ? style : 'lowland')}, ${label}`;
  };
}

function eventsOf(p: Person, external: () => string): DemoEvent[] {
  const orgOn = (day: number) => (p.move !== null && day > p.move ? p.cell : p.startCell);
  const out: { day: number; e: Omit<DemoEvent, 'date'> }[] = [];
  const push = (day: number, e: Omit<DemoEvent, 'date'>) => out.push({ day, e });
  let recognition = p.official !== null;
  if (p.arrival !== null) {
    const officialOnArrival = p.official !== null && p.official <= p.arrival;
    recognition = p.official !== null && !officialOnArrival;
    push(p.arrival, {
      type: 'ARRIVAL',
      orgCode: p.startCell,
      fromOrgCode: null,
      decisionDate: null,
      details: {
        status: officialOnArrival ? 'OFFICIAL' : 'PROBATIONARY',
        ceremonyDate: p.m.ceremonyDate,
        externalOrg: external(),
      },
    });
  } else {
    push(p.decision, {
      type: 'ADMISSION',
      orgCode: p.startCell,
      fromOrgCode: null,
      decisionDate: p.m.admissionDecisionDate,
      details: { ceremonyDate: p.m.ceremonyDate },
    });
  }
  if (recognition) {
    const day = p.official as number;
    push(day, {
      type: 'RECOGNITION',
      orgCode: orgOn(day),
      fromOrgCode: orgOn(day),
      decisionDate: null,
      details: {},
    });
  }
  if (p.move !== null)
    push(p.move, {
      type: 'INTERNAL_MOVE',
      orgCode: p.cell,
      fromOrgCode: p.startCell,
      decisionDate: null,
      details: {},
    });
  out.sort((a, b) => a.day - b.day);
  if (p.exemption !== null)
    push(p.exemption, {
      type: 'EXEMPTION_START',
      orgCode: null,
      fromOrgCode: p.cell,
      decisionDate: null,
      details: {},
    });
  if (p.transfer)
    push(p.transfer.day, {
      type: 'TRANSFER_ISSUED',
      orgCode: p.transfer.to,
      fromOrgCode: p.cell,
      decisionDate: null,
      details: {},
    });
  if (p.exit)
    push(p.exitDay, {
      type: p.exit,
      orgCode: null,
      fromOrgCode: p.cell,
      decisionDate: null,
      details:
        p.exit === 'REMOVED' ? { cause: p.cause } : p.exit === 'DEPARTURE' ? { externalOrg: external() } : {},
    });
  return out.map(({ day, e }) => ({ ...e, date: formatDay(day) }));
}
