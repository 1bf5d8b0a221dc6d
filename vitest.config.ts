import { defineConfig } from 'vitest/config';

// Integration tests share one database per worker; 2 cores means 2 workers at most.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
