import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { addMember, smallTree } from '../../testing/fixtures.ts';
import { holdMeeting } from './holding.ts';
import { planMeeting } from './plans.ts';
import { meetingsReport } from './report.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/nenmong');
const dir = mkdtempSync(path.join(tmpdir(), 'nenmong-cli-meetings-'));
const dataDir = path.join(dir, 'db');
const TODAY = '2026-11-23';
const env = { ...process.env, DATABASE_URL: '', NENMONG_DATA_DIR: dataDir, NENMONG_TODAY: TODAY };

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(bin, args, { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let expected: unknown;
beforeAll(async () => {
  const database = await openDatabase({ databaseUrl: null, dataDir });
  await migrate(database);
  const ctx: Ctx = { db: database.db, actor: systemActor('test'), today: TODAY };
  await smallTree(ctx);
  const a = await addMember(ctx, { orgCode: 'TD.BB.A' });
  const b = await addMember(ctx, { orgCode: 'TD.BB.A' });
  const m = (await planMeeting(ctx, {
    orgCode: 'TD.BB.A',
    kind: 'REGULAR',
    model: false,
    plannedDate: '2026-10-08',
    topic: 'Tháng 10',
  })) as { id: string; version: number };
  await holdMeeting(ctx, m.id, {
    version: m.version,
    heldOn: '2026-10-08',
    attendance: [
      { memberId: a.id, status: 'PRESENT' },
      { memberId: b.id, status: 'ABSENT_EXCUSED', reason: 'Ốm' },
    ],
    minutes: { content: 'Nội dung', votes: [] },
  });
  expected = await meetingsReport(ctx, { org: 'TD', from: '2026-01-01', to: '2026-11-23' });
  await database.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report meetings', () => {
  it('prints the API JSON with --json and a table without', async () => {
    const json = await cli([
      'report',
      'meetings',
      '--org',
      'TD',
      '--from',
      '2026-01-01',
      '--to',
      '2026-11-23',
      '--json',
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(expected);
    const text = await cli([
      'report',
      'meetings',
      '--org',
      'TD',
      '--from',
      '2026-01-01',
      '--to',
      '2026-11-23',
    ]);
    expect(text.stdout).toContain('SINH HOẠT CHI BỘ — TD');
    expect(text.stdout).toMatch(/Chi bộ bản Nà Đon \(TD\.BB\.A\)\s+1\/11\s+0\/4\s+50%/);
  }, 60_000);

  it('says what is wrong in Vietnamese, exit code non-zero', async () => {
    const bad = await cli(['report', 'meetings', '--org', 'KHONG', '--from', '2026-01-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Không tìm thấy tổ chức đảng');
  }, 60_000);
});
