/**
 * `npm start`: the demo. Builds the web app if its sources changed, opens the embedded database in
 * ./data/demo, loads the district demo on first start, prints the demo accounts and serves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openMigrated } from '../src/cli/database.ts';
import { serve } from '../src/cli/serve.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/modules/demo/accounts.ts';
import { loadDemo } from '../src/modules/demo/load.ts';
import { loadConfig } from '../src/platform/config.ts';
import { one } from '../src/platform/db/query.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

const built = path.join(root, 'web/dist/index.html');
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts']
  .map((p) => path.join(root, p))
  .filter(existsSync);
if (!existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs) {
  process.stdout.write('Đang dựng giao diện web (chỉ lần đầu hoặc khi mã nguồn thay đổi)…\n');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

const config = loadConfig({
  dataDir: path.resolve(process.env.NENMONG_DATA_DIR || path.join(root, 'data/demo')),
});
const database = await openMigrated(config);
if (!(await one(database.db, sql`SELECT 1 FROM orgs LIMIT 1`))) {
  process.stdout.write('Lần chạy đầu: đang tạo dữ liệu mẫu đảng bộ huyện…\n');
  const result = await loadDemo(database, { scale: 'district', seed: 1 });
  process.stdout.write(`${result.summary.split('\n')[0]}\n`);
}
process.stdout.write(`\nTài khoản dùng thử (mật khẩu: ${DEMO_PASSWORD}):\n`);
for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.username.padEnd(10)} ${a.displayName}\n`);
await serve(database, config);
process.stdout.write(`Sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} giây.\n`);
