/**
 * The shared config on its own port, so this spec can run while another engineer's e2e server holds
 * 3200: `npx playwright test -c e2e/ratings-round.config.ts`. The default config runs the spec too.
 */
import { defineConfig } from '@playwright/test';
import base from '../playwright.config.ts';

const port = Number(process.env.RATINGS_E2E_PORT || 3262);

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'ratings-round.spec.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    ...(base.webServer as object),
    command: `E2E_PORT=${port} node scripts/e2e-server.ts`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
  },
});
