import { readFileSync } from 'node:fs';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { changesSql, fixedChangesSql, spansOf, structureSql } from './queries.ts';

// DESIGN.md: a copy of each report query's SQL is kept in the repo, for review. This keeps it true.
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const doc = squash(readFileSync(new URL('../../../docs/statistics.md', import.meta.url), 'utf8'));
const dialect = new PgDialect();

describe('docs/statistics.md', () => {
  it('holds the SQL the reports run', () => {
    expect(doc).toContain(squash(dialect.sqlToQuery(structureSql(['ORG'], '2021-10-14')).sql));
    const spans = spansOf(new Map([['A', [{ from: '2010-01-01', to: '9999-12-31' }]]]));
    expect(doc).toContain(squash(dialect.sqlToQuery(changesSql(spans, '2010-01-01', '2021-10-14')).sql));
    expect(doc).toContain(
      squash(dialect.sqlToQuery(fixedChangesSql(['ORG'], '2011-01-01', '2021-10-14')).sql),
    );
    expect(doc).toContain(squash(dialect.sqlToQuery(fixedChangesSql(null, '2011-01-01', '2021-10-14')).sql));
  });
});
