import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAudit } from '../platform/audit/log.ts';
import { loadConfig } from '../platform/config.ts';
import { backup, restore } from './backup.ts';
import { openMigrated } from './database.ts';
import { importHeap, rerunWithHeapLimit } from './heapLimit.ts';
import { exportCommand, importCommand } from './imports.ts';
import { fail, print, UsageError } from './io.ts';
import { reportCommand } from './reports.ts';
import { serve } from './serve.ts';
import { tokenCommand, userCommand } from './users.ts';

const HELP = `Nền Móng — dòng lệnh

  serve                         chạy máy chủ web (cổng PORT, mặc định 3000)
  migrate                       cập nhật cấu trúc cơ sở dữ liệu
  demo --scale district|province|nation [--seed N]
                                tạo dữ liệu mẫu (đảng bộ huyện, tỉnh, toàn quốc)
  user add --username U --password P --role R [--org MÃ] [--member ID] [--name "Tên"]
  user list | user disable --username U | user reset-password --username U --password P
  token create --username U [--name N]     in ra token (chỉ token)
  token revoke --username U | --id ID
  report structure [--org MÃ] [--as-of YYYY-MM-DD]
                                cơ cấu tổ chức, đảng viên vào một ngày (mặc định: tổ chức gốc, hôm nay)
  report changes [--org MÃ] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                tăng, giảm đảng viên trong kỳ (mặc định: từ 1/1 đến hôm nay)
  report meetings [--org MÃ] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                sinh hoạt chi bộ: thường kỳ, chuyên đề, tỷ lệ dự, chất lượng theo chi bộ
  report ratings [--org MÃ] [--from-year NĂM] [--to-year NĂM] [--out TỆP.xlsx]
                                kết quả xếp loại chất lượng theo năm (mặc định: 10 năm đến năm nay)
  audit verify                  kiểm tra chuỗi nhật ký không bị sửa, chèn, xóa
  import template --out TỆP.xlsx   mẫu nhập dữ liệu (tổ chức, đảng viên, biến động)
  import TỆP.xlsx [--dry-run]   nhập cả tệp hoặc không gì; --dry-run chỉ kiểm tra (cũng nhận nhiều tệp .csv)
  export installation --out TỆP.xlsx [--org MÃ]
                                xuất toàn bộ (hoặc cây con) theo mẫu nhập, nhập lại được
  export roll --out TỆP.xlsx [--org MÃ]   sổ danh sách đảng viên (mẫu 7-HSĐV)
  backup --out TỆP              sao lưu CSDL nhúng (PostgreSQL: dùng pg_dump)
  restore TỆP                   khôi phục CSDL nhúng từ bản sao lưu

Tùy chọn chung: --json (in JSON), --data-dir THƯ_MỤC, --port N.
Môi trường: DATABASE_URL (PostgreSQL), NENMONG_DATA_DIR (mặc định ./data/nenmong), PORT.
Vai trò: admin, org_staff, secretary, viewer, member.`;

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      member: { type: 'string' },
      name: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'from-year': { type: 'string' },
      'to-year': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub] = positionals;
  const json = Boolean(values.json);
  if (!command || command === 'help' || values.help) return print(false, null, () => HELP);
  const config = loadConfig({
    ...(values['data-dir'] && { dataDir: values['data-dir'] }),
    ...(values.port && { port: Number(values.port) }),
    ...(values.host && { host: values.host }),
  });

  switch (command) {
    case 'backup': {
      if (!values.out) throw new UsageError('Thiếu --out TỆP.');
      const bytes = await backup(config, values.out);
      return print(
        json,
        { file: values.out, bytes },
        () => `Đã sao lưu vào ${values.out} (${(bytes / 1024).toFixed(0)} KB).`,
      );
    }
    case 'import':
      if (sub === 'template') return importCommand(null, positionals.slice(1), values, json);
      break;
    case 'restore': {
      if (!sub) throw new UsageError('Dùng: restore TỆP');
      const aside = await restore(config, sub);
      return print(
        json,
        { restored: sub, previousKeptAt: aside },
        () => `Đã khôi phục vào ${config.dataDir}.${aside ? ` Dữ liệu cũ được giữ ở ${aside}.` : ''}`,
      );
    }
  }

  // Both must stay under 1 GB (issues 2 and 4); V8 otherwise lets its heap and PGlite's read buffers
  // grow long before collecting them (docs/performance.md).
  if (command === 'demo' && values.scale === 'nation') rerunWithHeapLimit(768);
  if (command === 'import') {
    const { mb, v8Flags } = importHeap(inputSize(positionals.slice(1)));
    rerunWithHeapLimit(mb, v8Flags);
  }
  // An import keeps PostgreSQL's page cache at 32 MB: PGlite's WebAssembly memory never shrinks, and
  // at the default 128 MB every page the import touched stayed resident (measured 272 → 128 MB).
  const database = await openMigrated(config, command === 'import' ? { sharedBuffers: '32MB' } : {});
  try {
    switch (command) {
      case 'serve':
        await serve(database, config);
        return; // keeps running; the database closes on SIGTERM
      case 'migrate':
        return print(json, { ok: true }, () => 'Cơ sở dữ liệu đã được cập nhật.');
      case 'demo': {
        const { loadDemo } = await import('../modules/demo/load.ts');
        const scale = (values.scale ?? 'district') as 'district' | 'province' | 'nation';
        if (!['district', 'province', 'nation'].includes(scale))
          throw new UsageError('--scale phải là district, province hoặc nation.');
        const result = await loadDemo(database, { scale, seed: Number(values.seed ?? 1) });
        return print(json, result, () => result.summary);
      }
      case 'user':
        return await userCommand(database, sub, values, json);
      case 'token':
        return await tokenCommand(database, sub, values, json);
      case 'report':
        return await reportCommand(database, sub, values, json);
      case 'import':
        return await importCommand(database, positionals.slice(1), values, json);
      case 'export':
        return await exportCommand(database, positionals.slice(1), values, json);
      case 'audit': {
        if (sub !== 'verify') throw new UsageError('Dùng: audit verify');
        const result = await verifyAudit(database.db);
        print(json, result, () =>
          result.problems.length
            ? `Nhật ký có ${result.problems.length} vấn đề trong ${result.rows} bản ghi:\n${result.problems.map((p) => `  - ${p.message}`).join('\n')}`
            : `Nhật ký toàn vẹn: ${result.rows} bản ghi, chuỗi băm khớp.`,
        );
        if (result.problems.length) process.exitCode = 1;
        return;
      }
      default:
        throw new UsageError(`Không có lệnh "${command}".`);
    }
  } finally {
    if (command !== 'serve') await database.close();
  }
}

main(process.argv.slice(2)).catch((e) => {
  if (e && typeof e === 'object' && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    fail(new UsageError((e as Error).message));
  fail(e);
});

/** The total size of the files named (0 for a name that is not a readable file: the import says so). */
function inputSize(paths: readonly string[]): number {
  let total = 0;
  for (const p of paths) {
    try {
      total += statSync(p).size;
    } catch {
      // reported by the import itself
    }
  }
  return total;
}
