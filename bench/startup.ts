import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Spawns `node scripts/start.ts` on a data folder and returns seconds until /api/health answers. */
async function timeStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.ts'], {
    env: { ...process.env, NENMONG_DATA_DIR: dataDir, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return Math.round((performance.now() - started) / 100) / 10;
      } catch {}
      if (performance.now() - started > 180_000) throw new Error('server did not start in 180 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** First start on an empty data folder (demo load included), then a second start on the same folder. */
export async function benchStartup() {
  const dataDir = 'tmp/bench-start';
  rmSync(dataDir, { recursive: true, force: true });
  const firstStartSeconds = await timeStart(dataDir, 3291);
  const laterStartSeconds = await timeStart(dataDir, 3292);
  return { firstStartSeconds, laterStartSeconds };
}

/** The web build that a fresh clone's first `npm start` also runs. */
export async function benchWebBuild(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'silent'],
      { stdio: 'ignore' },
    );
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))));
  });
  return Math.round((performance.now() - started) / 100) / 10;
}
