import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from './random.ts';

describe('Rng', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('forks streams from the seed, not from the state', () => {
    const a = createRng(1);
    const early = a.fork('x').next();
    a.next();
    a.next();
    expect(a.fork('x').next()).toBe(early);
    expect(a.fork('y').next()).not.toBe(early);
    expect(deriveSeed(1, 'a', 'b')).not.toBe(deriveSeed(1, 'ab'));
  });

  it('int covers both ends and nothing outside', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 8));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8]);
    expect(() => rng.int(2, 1)).toThrow(RangeError);
  });

  it('weighted follows the weights and skips zero weights', () => {
    const rng = createRng(9);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++)
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);
  });

  it('chance, pick and shuffle behave', () => {
    const rng = createRng(11);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (rng.chance(0.25)) hits++;
    expect(hits).toBeGreaterThan(2300);
    expect(hits).toBeLessThan(2700);
    expect(['x', 'y']).toContain(rng.pick(['x', 'y']));
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('dateBetween stays within inclusive bounds, across a leap day', () => {
    const rng = createRng(13);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const d = rng.dateBetween('2024-02-27', '2024-03-01');
      expect(d >= '2024-02-27' && d <= '2024-03-01').toBe(true);
      seen.add(d);
    }
    expect([...seen].sort()).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('normal has mean ~0 and sd ~1', () => {
    const rng = createRng(17);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});
