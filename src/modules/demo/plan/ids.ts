/**
 * Identity numbers that are unique by construction, not by checking: each comes from a member's
 * position (in the plan or in the province) through a keyed bijection, so numbers look random,
 * never repeat, and need no set of millions of strings in memory.
 */
import type { Rng } from './random.ts';

function mix(x: number, key: number): number {
  let h = (x ^ key) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 4-round balanced Feistel network on 2·halfBits bits: a bijection of [0, 2^(2·halfBits)). */
function feistel(x: number, halfBits: number, key: number): number {
  const mask = (1 << halfBits) - 1;
  let left = x >>> halfBits;
  let right = x & mask;
  for (let round = 0; round < 4; round++) {
    const next = (left ^ mix(right, key + round * 0x9e3779b9)) & mask;
    left = right;
    right = next;
  }
  return left * (1 << halfBits) + right;
}

/**
 * A bijection of [0, modulus) (cycle walking: re-apply while the value falls outside the range).
 * modulus ≤ 2^30.
 */
export function permute(index: number, modulus: number, key: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= modulus) {
    throw new RangeError(`permute: ${index} is outside [0, ${modulus})`);
  }
  let halfBits = 1;
  while (2 ** (2 * halfBits) < modulus) halfBits++;
  let x = index;
  do x = feistel(x, halfBits, key);
  while (x >= modulus);
  return x;
}

const MILLION = 1_000_000;

/**
 * Căn cước công dân: 3 digits of the province, 1 digit of century and gender (0/1 = man/woman born
 * in the 1900s, 2/3 in the 2000s), 2 digits of the year of birth, 6 digits. The last 6 come from the
 * member's index within the province, so they are unique per province and the prefix separates
 * provinces.
 */
export function citizenId(
  provinceCode: string,
  gender: 'NAM' | 'NU',
  birthYear: number,
  indexInProvince: number,
  key: number,
): string {
  if (indexInProvince >= MILLION) throw new RangeError('More than a million members in one province');
  const century = birthYear >= 2000 ? 2 : 0;
  const genderDigit = century + (gender === 'NU' ? 1 : 0);
  const yy = String(birthYear % 100).padStart(2, '0');
  const serial = String(permute(indexInProvince, MILLION, key)).padStart(6, '0');
  return `${provinceCode}${genderDigit}${yy}${serial}`;
}

/** Số lý lịch đảng viên: 6 digits + the province's letters, unique within the province. */
export function dossierNumber(letters: string, indexInProvince: number, key: number): string {
  if (indexInProvince >= MILLION) throw new RangeError('More than a million members in one province');
  return `${String(permute(indexInProvince, MILLION, key)).padStart(6, '0')}${letters}`;
}

/** Số thẻ đảng viên, 8 digits (2003 series), unique across the whole plan. */
export function cardNumber(globalIndex: number, key: number): string {
  return String(permute(globalIndex, 100_000_000, key)).padStart(8, '0');
}

// Mobile prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone, Vietnamobile).
const MOBILE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '086',
  '096',
  '097',
  '098',
  '081',
  '082',
  '083',
  '084',
  '085',
  '088',
  '091',
  '094',
  '070',
  '076',
  '077',
  '078',
  '079',
  '089',
  '090',
  '093',
  '056',
  '058',
] as const;

export function mobilePhone(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}
