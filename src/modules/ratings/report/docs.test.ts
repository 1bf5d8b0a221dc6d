import { readFileSync } from 'node:fs';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { childCountsSql, countsSql } from './queries.ts';

// DESIGN.md: a copy of each report query's SQL is kept in the repo, for review. This keeps it true.
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const doc = squash(readFileSync(new URL('../../../../docs/ratings.md', import.meta.url), 'utf8'));
const migration = squash(
  readFileSync(new URL('../../../../drizzle/0018_rating_counts.sql', import.meta.url), 'utf8'),
);
const dialect = new PgDialect();

describe('docs/ratings.md', () => {
  it('holds the SQL the ratings report runs', () => {
    expect(doc).toContain(squash(dialect.sqlToQuery(countsSql('/LC/', 2016, 2025)).sql));
    expect(doc).toContain(squash(dialect.sqlToQuery(childCountsSql('/LC/', 2016, 2025)).sql));
  });
  it('holds the trigger that keeps the counts', () => {
    const insert = migration.match(/CREATE OR REPLACE FUNCTION rating_counts_on_insert\(\).*?END \$\$;/)?.[0];
    expect(insert).toBeTruthy();
    expect(doc).toContain(insert);
  });
});
