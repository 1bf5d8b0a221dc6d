import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve('bin/nenmong');
const dir = mkdtempSync(path.join(tmpdir(), 'nenmong-cli-'));
const dataDir = path.join(dir, 'db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real CLI on a throwaway embedded database; never throws, returns code and output. */
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(bin, args, {
      env: { ...process.env, DATABASE_URL: '', NENMONG_DATA_DIR: dataDir, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('./bin/nenmong', { timeout: 400_000 }, () => {
  it('migrates, loads the district demo and manages users and tokens', async () => {
    const demo = await cli(['demo', '--scale', 'district', '--seed', '3', '--json']);
    expect(demo.code).toBe(0);
    const result = JSON.parse(demo.stdout);
    expect(result.members).toBeGreaterThan(2600);
    expect(result.accounts.map((a: { username: string }) => a.username)).toEqual([
      'admin',
      'tochuc',
      'lanhdao',
      'bithu',
      'dangvien',
    ]);

    const again = await cli(['demo', '--scale', 'district']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có dữ liệu');

    const add = await cli([
      'user',
      'add',
      '--username',
      'bt.moi',
      '--password',
      'mat-khau-dai',
      '--role',
      'secretary',
      '--org',
      'TD',
      '--json',
    ]);
    expect(add.code).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ username: 'bt.moi', role: 'secretary', orgCode: 'TD' });

    const token = await cli(['token', 'create', '--username', 'bt.moi']);
    expect(token.stdout.trim()).toMatch(/^nm_[A-Za-z0-9_-]{40,}$/);

    const bad = await cli([
      'user',
      'add',
      '--username',
      'x1x',
      '--password',
      'mat-khau-dai',
      '--role',
      'admin',
      '--org',
      'TD',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('không gắn với tổ chức');
    const unknownFlag = await cli(['user', 'add', '--khong-co']);
    expect(unknownFlag.code).toBe(2);

    const verify = await cli(['audit', 'verify', '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).problems).toEqual([]);
  });

  it('backs up and restores the embedded database', async () => {
    const file = path.join(dir, 'backup.tar.gz');
    const backup = await cli(['backup', '--out', file]);
    expect(backup.code).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    const other = path.join(dir, 'restored');
    const restore = await cli(['restore', file], { NENMONG_DATA_DIR: other });
    expect(restore.code).toBe(0);
    const users = await cli(['user', 'list', '--json'], { NENMONG_DATA_DIR: other });
    expect(JSON.parse(users.stdout).map((u: { username: string }) => u.username)).toContain('bt.moi');
  });
});
