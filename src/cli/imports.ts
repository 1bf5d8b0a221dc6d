import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { exportInstallation, rollExport, writeTemplate } from '../modules/exports/service.ts';
import { reportText } from '../modules/imports/report.ts';
import { importFiles } from '../modules/imports/service.ts';
import { systemActor } from '../platform/access/actor.ts';
import { todayFrom } from '../platform/context.ts';
import type { Database } from '../platform/db/client.ts';
import { print, UsageError } from './io.ts';

type Flags = Record<string, string | boolean | undefined>;

async function toFile(path: string, write: (out: Writable) => Promise<unknown>) {
  const out = createWriteStream(path);
  await write(out);
  await finished(out);
}

/** `import template --out F` | `import FILE.xlsx | A.csv B.csv … [--dry-run]`: exit 0 only when written (or would be). */
export async function importCommand(database: Database | null, args: string[], flags: Flags, json: boolean) {
  if (args[0] === 'template') {
    const out = typeof flags.out === 'string' ? flags.out : null;
    if (!out) throw new UsageError('Thiếu --out TỆP.xlsx.');
    await toFile(out, (s) => writeTemplate(s));
    return print(json, { file: out }, () => `Đã ghi mẫu nhập dữ liệu vào ${out}.`);
  }
  if (!args.length)
    throw new UsageError(
      'Dùng: import TỆP.xlsx [--dry-run] hoặc import ToChuc.csv DangVien.csv BienDong.csv',
    );
  const files = [];
  for (const path of args) {
    try {
      files.push({ name: path, bytes: new Uint8Array(await readFile(path)) });
    } catch {
      throw new UsageError(`Không đọc được tệp ${path}.`);
    }
  }
  const ctx = { db: database!.db, actor: systemActor('cli'), today: todayFrom() };
  const report = await importFiles(ctx, files, { dryRun: Boolean(flags['dry-run']) });
  print(json, report, () => reportText(report));
  if (!report.ok) process.exitCode = 1;
}

/** `export installation --out F [--org MÃ]`. */
export async function exportCommand(database: Database, args: string[], flags: Flags, json: boolean) {
  const out = typeof flags.out === 'string' ? flags.out : null;
  if (!out) throw new UsageError('Thiếu --out TỆP.xlsx.');
  const ctx = { db: database.db, actor: systemActor('cli'), today: todayFrom() };
  const org = typeof flags.org === 'string' ? flags.org : undefined;
  switch (args[0]) {
    case 'installation':
      await toFile(out, (s) => exportInstallation(ctx, s, org));
      break;
    case 'roll': {
      const write = await rollExport(ctx, org);
      await toFile(out, write);
      break;
    }
    default:
      throw new UsageError('Dùng: export installation|roll --out TỆP.xlsx [--org MÃ]');
  }
  return print(json, { file: out }, () => `Đã xuất ra ${out}.`);
}
