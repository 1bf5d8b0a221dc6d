import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openDatabase } from '../../platform/db/client.ts';
import { writeGeneratedWorkbook } from './generate.ts';

const cli = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));

// The CLI writes into an embedded database folder; on PostgreSQL a killed client's transaction is
// rolled back by the server, which needs no test of ours.
it.skipIf(process.env.TEST_DATABASE_URL)(
  'killing the process in the middle of the write leaves the database as it was',
  { timeout: 400_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nenmong-kill-'));
    try {
      const file = join(dir, 'dv.xlsx');
      const out = createWriteStream(file);
      await writeGeneratedWorkbook(out, 5_000);
      await finished(out);
      const env = {
        ...process.env,
        NENMONG_DATA_DIR: join(dir, 'db'),
        NENMONG_IMPORT_TRACE: '1',
        DATABASE_URL: '',
      };
      // The heap flag keeps the CLI from re-running itself under a capped heap (cli/heapLimit.ts):
      // the process killed must be the one writing.
      const child = spawn(process.execPath, ['--max-old-space-size=768', cli, 'import', file], {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let log = '';
      const killed = new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          log += chunk.toString();
          // The members are in, the events not yet: the transaction is open.
          if (log.includes('[import]   members:') && !child.killed) child.kill('SIGKILL');
        });
        child.on('exit', () => resolve());
      });
      await killed;
      expect(log).toContain('[import]   members:');
      expect(log).not.toContain('[import] write:');
      const db = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'db') });
      try {
        for (const table of ['orgs', 'members', 'membership_events', 'audit_log']) {
          const r = await db.pglite!.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
          expect([table, r.rows[0]!.n]).toEqual([table, 0]);
        }
      } finally {
        await db.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
