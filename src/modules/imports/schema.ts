import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from '../members/schema.ts';

/**
 * The file's own member key ("Mã đảng viên") of imported members, so a later file matches them
 * even when they have no card, dossier or citizen number yet.
 */
export const importMemberKeys = pgTable(
  'import_member_keys',
  {
    key: text('key').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('import_member_keys_member_idx').on(t.memberId)],
);
