/**
 * Turning shares into exact integer counts. The report's figures are counts, so the plan reproduces
 * them exactly (up to rounding) instead of hoping a million coin flips land near them.
 */
import type { Rng } from './random.ts';

/** Largest-remainder (Hamilton) apportionment: counts proportional to weights that add up to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`apportion: bad total ${total}`);
  let sum = 0;
  for (const w of weights) {
    if (!(w >= 0)) throw new RangeError(`apportion: negative or NaN weight ${w}`);
    sum += w;
  }
  if (total === 0) return weights.map(() => 0);
  if (!(sum > 0)) throw new RangeError('apportion: weights add up to 0');
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let left = total - counts.reduce((a, b) => a + b, 0);
  // Ties go to the earlier index, so the result is deterministic without a random stream.
  const order = weights
    .map((w, i) => ({ i, rem: (w / sum) * total - (counts[i] as number) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    counts[i] = (counts[i] as number) + 1;
    left -= 1;
  }
  return counts;
}

/**
 * Indices of k items drawn without replacement with probability proportional to weight
 * (Efraimidis–Spirakis keys), best first. `accept` may veto an item given those already taken.
 */
export function weightedSample(
  rng: Rng,
  weights: ArrayLike<number>,
  k: number,
  accept: (index: number) => boolean = () => true,
): number[] {
  const keys: { i: number; key: number }[] = [];
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    // -ln(u)/w is exponential with rate w: the k smallest are a weighted sample.
    if (w > 0) keys.push({ i, key: -Math.log(1 - rng.next()) / w });
  }
  keys.sort((a, b) => a.key - b.key);
  const taken: number[] = [];
  for (const { i } of keys) {
    if (taken.length >= k) break;
    if (accept(i)) taken.push(i);
  }
  return taken;
}
