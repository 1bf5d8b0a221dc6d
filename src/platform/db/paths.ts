import { type SQL, sql } from 'drizzle-orm';

/**
 * "column is under prefix" for materialized paths like '/LC/TD/TD.BB/': a byte range, so a btree
 * index serves it and codes containing '_' are not LIKE wildcards. Every path ends with '/', and
 * '0' is the byte after '/'.
 */
export function underPath(column: SQL, prefix: string): SQL {
  return sql`(${column} >= ${prefix} AND ${column} < ${`${prefix.slice(0, -1)}0`})`;
}

export const childPath = (parentPath: string | null, code: string): string => `${parentPath ?? '/'}${code}/`;
