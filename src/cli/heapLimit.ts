import { spawnSync } from 'node:child_process';

const MARK = 'NENMONG_HEAP_LIMIT_MB';

/**
 * Runs this same command again in a Node whose old-generation heap is capped at `mb`, and exits with
 * its status; the rerun (marked in its environment) and a process started with its own
 * --max-old-space-size carry on. V8 otherwise grows its heap lazily well past what the work needs:
 * the nation demo load's resident memory reached 2.2 GB uncapped, and stays under 900 MB with a
 * 768 MB heap (docs/performance.md), as issue 2 asks (under 1 GB). The rerun is a child process: a
 * terminal's Ctrl-C reaches both, but a SIGKILL sent to the parent alone leaves the child running.
 */
export function rerunWithHeapLimit(mb: number, v8Flags: readonly string[] = []): void {
  if (process.env[MARK] || process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) return;
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${mb}`, ...v8Flags, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, [MARK]: String(mb) } },
  );
  process.exit(result.status ?? 1);
}

/**
 * The import's heap: 640 MB, or 30 times the input for files past 21 MB (a 100,000-member workbook
 * is 22 MB and peaks at ≈ 490 MB of live objects; a 200,000-member one ran out of a 768 MB heap).
 * Young-generation semi-spaces of 16 MB instead of V8's larger default keep short-lived cell strings
 * from piling up: measured on the 100,000-member import (docs/performance.md), 4 MB gave 988 MB of
 * resident memory in 73 s, 16 MB 984 MB in 63 s, 32 MB 1,086 MB in 59 s, the default 1,170 MB.
 */
export function importHeap(inputBytes: number): { mb: number; v8Flags: string[] } {
  return { mb: Math.max(640, Math.ceil((30 * inputBytes) / 1048576)), v8Flags: ['--max-semi-space-size=16'] };
}
