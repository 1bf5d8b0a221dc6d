/** Median and 95th percentile of timings in milliseconds. */
export function summarize(ms: number[]): { n: number; medianMs: number; p95Ms: number; maxMs: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(s.at(-1)!) };
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}
