/**
 * `npm run bench -- import`: a generated workbook of 100,000 members with 300,000 history rows
 * imported into an empty PGlite installation by the CLI (wall time, peak RSS of the process), then a
 * 200,000-member installation exported as the template workbook and as the 7-HSĐV roll.
 * Targets (issue 4): import < 60 s with peak memory < 1 GB; export of 200,000 members < 30 s.
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { writeGeneratedWorkbook } from '../src/modules/imports/generate.ts';

const run = promisify(execFile);

/** Runs the CLI under /usr/bin/time: seconds and peak resident memory in MB. */
async function cli(
  args: string[],
  dataDir: string,
): Promise<{ seconds: number; peakMB: number; stdout: string }> {
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'TIME %e %M', process.execPath, 'src/cli/main.ts', ...args],
    {
      env: { ...process.env, NENMONG_DATA_DIR: dataDir },
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const m = /TIME ([\d.]+) (\d+)/.exec(stderr);
  return { seconds: Number(m?.[1]), peakMB: Math.round(Number(m?.[2]) / 1024), stdout };
}

async function generate(dir: string, members: number) {
  const file = join(dir, `dv-${members}.xlsx`);
  const started = Date.now();
  const out = createWriteStream(file);
  await writeGeneratedWorkbook(out, members);
  await finished(out);
  return {
    file,
    seconds: (Date.now() - started) / 1000,
    MB: Math.round((await stat(file)).size / 1024 / 1024),
  };
}

export async function benchImport() {
  const dir = await mkdtemp(join(tmpdir(), 'nenmong-bench-import-'));
  try {
    const small = await generate(dir, 100_000);
    // The installation is created first: PGlite's initdb alone peaks at ≈ 1.3 GB of resident memory,
    // which is the database's creation, not the import's reading of the workbook.
    const created = await cli(['migrate'], join(dir, 'db100k'));
    const imported = await cli(['import', small.file, '--json'], join(dir, 'db100k'));
    const report = JSON.parse(imported.stdout) as {
      written: boolean;
      errorCount: number;
      events: { added: number };
    };
    const again = await cli(['import', small.file, '--json'], join(dir, 'db100k'));
    const big = await generate(dir, 200_000);
    await cli(['migrate'], join(dir, 'db200k'));
    const imported200 = await cli(['import', big.file, '--json'], join(dir, 'db200k'));
    const installation = await cli(
      ['export', 'installation', '--out', join(dir, 'x.xlsx')],
      join(dir, 'db200k'),
    );
    const roll = await cli(['export', 'roll', '--out', join(dir, 'r.xlsx')], join(dir, 'db200k'));
    return {
      scale: '100,000 members + 300,000 history rows (import); 200,000 members (export); PGlite on disk',
      generate100k: small,
      createEmptyInstallation: { seconds: created.seconds, peakMB: created.peakMB },
      import100k: {
        seconds: imported.seconds,
        peakMB: imported.peakMB,
        written: report.written,
        errors: report.errorCount,
        eventsAdded: report.events.added,
      },
      reimport100kUnchanged: { seconds: again.seconds, peakMB: again.peakMB },
      import200k: { seconds: imported200.seconds, peakMB: imported200.peakMB },
      exportInstallation200k: { seconds: installation.seconds, peakMB: installation.peakMB },
      exportRoll200k: { seconds: roll.seconds, peakMB: roll.peakMB },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
