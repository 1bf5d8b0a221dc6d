import path from 'node:path';

/** Runtime configuration, from flags (passed in) or the environment. */
export interface Config {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | null;
  /** Folder of the embedded database. */
  dataDir: string;
  port: number;
  host: string;
  /** Session lifetime in hours. */
  sessionHours: number;
  /** Cookies get the Secure flag when the app is served over HTTPS (behind a proxy). */
  secureCookies: boolean;
  /**
   * A fixed "today" (YYYY-MM-DD) instead of the clock in Asia/Ho_Chi_Minh: for tests and
   * reproducible demos only (NENMONG_TODAY).
   */
  today: string | null;
}

export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.NENMONG_DATA_DIR || './data/nenmong'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    sessionHours: Number(env.NENMONG_SESSION_HOURS || 8),
    secureCookies: env.NENMONG_SECURE_COOKIES === '1',
    today: env.NENMONG_TODAY || null,
    ...overrides,
  };
}
