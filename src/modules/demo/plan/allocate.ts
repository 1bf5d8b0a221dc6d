/**
 * Shares a unit's members out to its cells by occupation, so that the unit's totals follow the
 * report exactly and each cell gets the occupations its category holds (cells.ts).
 */
import { apportion } from './apportion.ts';
import { OCCUPATION_BASE, OCCUPATION_PULL } from './cells.ts';
import { OCCUPATIONS, type OccupationCode } from './distributions.ts';
import type { CellSlot } from './unit.ts';

/**
 * Members per cell and occupation (cells × OCCUPATIONS). Occupations no cell can hold have their
 * share moved to the others, so blocs without villages simply have no farmers.
 */
export function allocateOccupations(
  cells: readonly CellSlot[],
  memberCount: number,
  shares: readonly number[],
): Uint16Array {
  const k = OCCUPATIONS.length;
  const out = new Uint16Array(cells.length * k);
  const holdable = OCCUPATIONS.map((occ) => cells.some((c) => (OCCUPATION_PULL[c.category][occ] ?? 0) > 0));
  const totals = apportion(
    memberCount,
    shares.map((s, o) => (holdable[o] ? s : 0)),
  );
  OCCUPATIONS.forEach((occ, o) => {
    const total = totals[o] as number;
    if (total === 0) return;
    let baseSum = 0;
    cells.forEach((c) => {
      baseSum += OCCUPATION_BASE[c.category][occ] ?? 0;
    });
    // A unit too small for its cells still gets a plan: bases shrink in proportion.
    const baseScale = baseSum > total ? total / baseSum : 1;
    const bases = cells.map((c) => Math.floor((OCCUPATION_BASE[c.category][occ] ?? 0) * baseScale));
    const rest = total - bases.reduce((a, b) => a + b, 0);
    const extra = apportion(
      rest,
      cells.map((c) => (OCCUPATION_PULL[c.category][occ] ?? 0) * c.weight),
    );
    cells.forEach((_, ci) => {
      const n = (bases[ci] as number) + (extra[ci] as number);
      if (n > 65535) throw new RangeError('A cell of more than 65,535 members');
      out[ci * k + o] = n;
    });
  });
  return out;
}

export function cellSize(counts: Uint16Array, cell: number): number {
  const k = OCCUPATIONS.length;
  let n = 0;
  for (let o = 0; o < k; o++) n += counts[cell * k + o] as number;
  return n;
}

/** Occupations tied to an institution: their numbers follow the number of offices, schools, posts. */
const STRUCTURAL: ReadonlySet<OccupationCode> = new Set([
  'CBCC_HUYEN',
  'CBCC_XA',
  'KCT_THON',
  'VIEN_CHUC',
  'LUC_LUONG_VU_TRANG',
  'DOANH_NGHIEP',
]);

/** Σ over cells of pull × weight, per occupation. */
function pullTotals(cells: readonly CellSlot[]): number[] {
  return OCCUPATIONS.map((occ) =>
    cells.reduce((sum, c) => sum + (OCCUPATION_PULL[c.category][occ] ?? 0) * c.weight, 0),
  );
}

/** Members per unit of pull in a reference unit (Tam Đường): how full its cells are. */
export function densities(cells: readonly CellSlot[], counts: readonly number[]): number[] {
  const pulls = pullTotals(cells);
  return counts.map((count, o) => ((pulls[o] as number) > 0 ? count / (pulls[o] as number) : 0));
}

/**
 * Occupation shares for a district grown or shrunk from Tam Đường: offices, schools and posts are
 * as full as Tam Đường's (so cells keep believable sizes), and the remaining members are the
 * residents of village cells — farmers, retirees, others — split by `residentMix`. Institutions
 * never take more than 75% of the members.
 */
export function structuralShares(
  cells: readonly CellSlot[],
  memberCount: number,
  density: readonly number[],
  residentMix: Readonly<Partial<Record<OccupationCode, number>>>,
): number[] {
  const pulls = pullTotals(cells);
  const expected = OCCUPATIONS.map((occ, o) =>
    STRUCTURAL.has(occ) ? (density[o] as number) * (pulls[o] as number) : 0,
  );
  const institutional = expected.reduce((a, b) => a + b, 0);
  const scale = institutional > 0.75 * memberCount ? (0.75 * memberCount) / institutional : 1;
  const residents = memberCount - institutional * scale;
  const mixTotal = Object.values(residentMix).reduce((a, b) => a + (b ?? 0), 0);
  return OCCUPATIONS.map((occ, o) =>
    STRUCTURAL.has(occ) ? (expected[o] as number) * scale : (residents * (residentMix[occ] ?? 0)) / mixTotal,
  );
}
