/**
 * Giving each member a category so that the totals match the report exactly while categories still
 * go together the way they do in life (officials are better educated, retirees are old, teachers are
 * more often women). Two tools: rank by a latent score (ordered categories) and a preference pool
 * (unordered ones), plus a swap repair for hard constraints the scores only make likely.
 */
import type { Rng } from './random.ts';

/**
 * Ordered categories by rank: the lowest scores get category 0, and so on, with `counts[c]` members
 * in category c. counts must add up to scores.length.
 */
export function assignByRank(scores: Float64Array, counts: readonly number[]): Uint8Array {
  const n = scores.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  const out = new Uint8Array(n);
  let pos = 0;
  counts.forEach((count, category) => {
    for (let k = 0; k < count; k++) out[order[pos++] as number] = category;
  });
  if (pos !== n) throw new RangeError(`assignByRank: counts add up to ${pos}, expected ${n}`);
  return out;
}

/**
 * Unordered categories from a fixed pool: each member, in random order, takes the category it
 * prefers while the pool has it; the rest share out what is left at random.
 */
export function assignFromPool(
  rng: Rng,
  n: number,
  counts: readonly number[],
  prefer: (index: number) => number,
): Uint16Array {
  const left = counts.slice();
  const total = left.reduce((a, b) => a + b, 0);
  if (total !== n) throw new RangeError(`assignFromPool: counts add up to ${total}, expected ${n}`);
  const out = new Uint16Array(n);
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const deferred: number[] = [];
  for (const i of order) {
    const c = prefer(i);
    if ((left[c] ?? 0) > 0) {
      out[i] = c;
      left[c] = (left[c] as number) - 1;
    } else {
      deferred.push(i);
    }
  }
  const rest: number[] = [];
  left.forEach((count, c) => {
    for (let k = 0; k < count; k++) rest.push(c);
  });
  rng.shuffle(rest);
  deferred.forEach((i, k) => {
    out[i] = rest[k] as number;
  });
  return out;
}

/**
 * Swaps values between members until every member satisfies `ok` (e.g. no master's degree without
 * upper-secondary school). Swapping keeps the totals. Gives up on a violator after `maxScan`
 * candidates; the caller's scores make violators rare, so that never matters in practice.
 */
export function repairBySwap(
  values: Uint8Array,
  ok: (index: number, value: number) => boolean,
  rng: Rng,
  maxScan = 4000,
): number {
  const n = values.length;
  let unresolved = 0;
  const violators: number[] = [];
  for (let i = 0; i < n; i++) if (!ok(i, values[i] as number)) violators.push(i);
  if (violators.length === 0) return 0;
  const start = rng.int(0, n - 1);
  let cursor = 0;
  for (const i of violators) {
    const vi = values[i] as number;
    if (ok(i, vi)) continue;
    let fixed = false;
    for (let step = 0; step < Math.min(n, maxScan); step++) {
      const j = (start + cursor + step) % n;
      const vj = values[j] as number;
      if (j !== i && vj !== vi && ok(j, vi) && ok(i, vj)) {
        values[i] = vj;
        values[j] = vi;
        cursor += step + 1;
        fixed = true;
        break;
      }
    }
    if (!fixed) unresolved += 1;
  }
  return unresolved;
}
