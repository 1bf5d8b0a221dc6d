/**
 * The server the browser tests drive: a fresh database (PGlite, or a new PostgreSQL database when
 * TEST_DATABASE_URL is set) with the district demo, seed 1, and its demo accounts, on port 3200.
 */
import { loadDemo } from '../src/modules/demo/load.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { freshDatabase } from '../src/testing/database.ts';

const database = await freshDatabase();
await loadDemo(database, { scale: 'district', seed: 1 });
const port = Number(process.env.E2E_PORT || 3200);
const app = await buildApp(database, loadConfig({ port }));
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write(`e2e server on http://127.0.0.1:${port} (${database.kind})\n`);
const stop = async () => {
  await app.close();
  await database.drop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
