import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Drizzle's migrator applies a migration only when its `when` is later than the last applied one's: a
// migration whose time is earlier than its predecessor's is silently skipped on every database that
// already has the predecessor (0019 and 0020 were, on a database migrated to 0018, whose time was set by hand).
const journal = JSON.parse(
  readFileSync(new URL('../../../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
) as {
  entries: { idx: number; when: number; tag: string }[];
};

describe('the migrations journal', () => {
  it('numbers the migrations in order, each later than the one before', () => {
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      expect(e.tag.startsWith(String(i).padStart(4, '0'))).toBe(true);
      if (i > 0) expect(e.when, e.tag).toBeGreaterThan(journal.entries[i - 1]!.when);
    });
  });
});
