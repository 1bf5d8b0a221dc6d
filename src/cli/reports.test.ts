import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesReport, structureReport } from '../modules/reports/service.ts';
import { systemActor } from '../platform/access/actor.ts';
import { todayInVietnam } from '../platform/context.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';
import { addMember, smallTree } from '../testing/fixtures.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/nenmong');
const dir = mkdtempSync(path.join(tmpdir(), 'nenmong-cli-reports-'));
const dataDir = path.join(dir, 'db');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(bin, args, {
      env: { ...process.env, DATABASE_URL: '', NENMONG_DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The same report computed in-process, to compare with what the CLI printed. */
async function inProcess<T>(fn: (ctx: Parameters<typeof structureReport>[0]) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: null, dataDir });
  try {
    return await fn({ db: database.db, actor: systemActor('test'), today: todayInVietnam() });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const database = await openDatabase({ databaseUrl: null, dataDir });
  await migrate(database);
  const ctx = { db: database.db, actor: systemActor('test'), today: todayInVietnam() };
  await smallTree(ctx);
  await addMember(ctx, { orgCode: 'TD.BB.A', gender: 'NU' });
  await addMember(ctx, {
    orgCode: 'TD.TRUONG',
    admissionDecisionDate: '2020-06-01',
    ceremonyDate: '2020-06-10',
    officialDate: null,
  });
  await database.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('./bin/nenmong report', { timeout: 120_000 }, () => {
  it('prints the structure report as the API shapes it with --json, and a table without', async () => {
    const res = await cli(['report', 'structure', '--org', 'TD', '--as-of', '2021-01-01', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const json = JSON.parse(res.stdout);
    expect(json).toEqual(await inProcess((ctx) => structureReport(ctx, { org: 'TD', asOf: '2021-01-01' })));
    expect(json.members).toMatchObject({ total: 2, female: 1, probationary: 1, official: 1 });
    const human = await cli(['report', 'structure', '--as-of', '2021-01-01']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Đảng bộ tỉnh Lai Châu (LC), ngày 01/01/2021');
    expect(human.stdout).toMatch(/Tổng số đảng viên\s+2/);
  });

  // Each run opens the embedded database (seconds), so the cases are few; the service tests cover the rest.
  it('prints the changes report', async () => {
    const res = await cli([
      'report',
      'changes',
      '--org',
      'TD',
      '--from',
      '2020-01-01',
      '--to',
      '2020-12-31',
      '--json',
    ]);
    expect(res.code, res.stderr).toBe(0);
    const json = JSON.parse(res.stdout);
    expect(json).toEqual(
      await inProcess((ctx) => changesReport(ctx, { org: 'TD', from: '2020-01-01', to: '2020-12-31' })),
    );
    expect(json).toMatchObject({ startCount: 1, endCount: 2, increase: { total: 1, admitted: 1 } });
  });

  it('fails with a Vietnamese message and a non-zero exit on bad input', async () => {
    const bad = await cli(['report', 'changes', '--from', '2021-01-01', '--to', '2020-01-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('phải trước hoặc bằng');
  });
});
