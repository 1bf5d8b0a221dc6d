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
export function rerunWithHeapLimit(mb: number): void {
  if (process.env[MARK] || process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) return;
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${mb}`, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, [MARK]: String(mb) } },
  );
  process.exit(result.status ?? 1);
}
