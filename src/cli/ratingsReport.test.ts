import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../modules/exports/excel.ts';
import { insertRatings } from '../modules/ratings/report/testing.ts';
import { systemActor } from '../platform/access/actor.ts';
import { todayInVietnam } from '../platform/context.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';
import { smallTree } from '../testing/fixtures.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/nenmong');
const dir = mkdtempSync(path.join(tmpdir(), 'nenmong-cli-ratings-'));
const dataDir = path.join(dir, 'db');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(bin, args, {
      env: { ...process.env, DATABASE_URL: '', NENMONG_DATA_DIR: dataDir, NENMONG_TODAY: '2026-11-23' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  const database = await openDatabase({ databaseUrl: null, dataDir });
  await migrate(database);
  await smallTree({ db: database.db, actor: systemActor('test'), today: todayInVietnam() });
  await insertRatings(database.db, [
    { orgCode: 'TD.BB', subject: 'ORG', year: 2017, level: 'TSVM' },
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2017, level: 'HTXSNV' },
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2018, level: 'HTTNV' },
    { orgCode: 'TD.BB.A', subject: 'MEMBER', year: 2018, level: 'KHTNV' },
  ]);
  await database.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TD_2017_2018 = ['report', 'ratings', '--org', 'TD', '--from-year', '2017', '--to-year', '2018'];

describe('./bin/nenmong report ratings', { timeout: 120_000 }, () => {
  it("prints the API's JSON with --json, and a table per group without", async () => {
    const res = await cli([...TD_2017_2018, '--json']);
    expect(res.code, res.stderr).toBe(0);
    const r = JSON.parse(res.stdout);
    expect(r.org).toEqual({ code: 'TD', name: 'Đảng bộ huyện Tam Đường' });
    expect(r.years.map((y: { scale: { id: string } }) => y.scale.id)).toEqual(['UNTIL_2017', 'QD132']);
    expect(r.years[1].members).toMatchObject({ rated: 2 });
    expect(r.years[1].members.shares.goodOrBetter).toMatchObject({ percent: 50, met: false });
    const text = await cli(TD_2017_2018);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(text.stdout).toContain('Tổ chức cơ sở đảng:');
    expect(text.stdout).toContain('TSVM: Trong sạch, vững mạnh');
    expect(text.stdout).toMatch(/2018\s+2\s/);
  });

  it('writes the xlsx with --out', async () => {
    const out = path.join(dir, 'xep-loai.xlsx');
    const res = await cli([...TD_2017_2018, '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('XepLoai')!.getCell('A7').value).toBe(2018);
  });

  it('fails in Vietnamese on stderr with a non-zero exit, writing nothing', async () => {
    const out = path.join(dir, 'khong.xlsx');
    const bad = await cli(['report', 'ratings', '--from-year', '2020', '--to-year', '2018', '--out', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Từ năm (2020) phải trước hoặc bằng đến năm (2018).');
    expect(existsSync(out)).toBe(false);
    const unknown = await cli(['report', 'ratings', '--org', 'KHONG', '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy tổ chức đảng mã KHONG.');
    const word = await cli(['report', 'ratings', '--from-year', 'hai nghìn']);
    expect(word.code).toBe(1);
    expect(word.stderr).toContain('Từ năm');
  });
});
