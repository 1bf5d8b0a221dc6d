import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { buildApp } from '../platform/http/app.ts';

export async function serve(database: Database, config: Config): Promise<void> {
  const app = await buildApp(database, config, { logger: process.env.NENMONG_LOG === '1' });
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(
    `Nền Móng đang chạy tại http://${['0.0.0.0', '127.0.0.1'].includes(config.host) ? 'localhost' : config.host}:${config.port}\n`,
  );
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
