/** Writes the planned history ratings inside the batch's transaction. */
import type { Db } from '../../platform/db/client.ts';
import { insertInTx } from './bulk.ts';
import type { RatingWrite } from './ratingPlan.ts';

/** The columns a decided history row fills; ratings.ts (the rounds) fills the rest. */
export const HISTORY_RATING_COLUMNS = [
  'id',
  'source',
  'subject',
  'subject_id',
  'member_id',
  'org_id',
  'org_path',
  'org_group',
  'period_kind',
  'period_key',
  'year',
  'quarter',
  'rule_set',
  'level',
  'score',
  'decided_by',
  'locked',
  'findings',
  'note',
];

export async function writeRatings(tx: Db, writes: readonly RatingWrite[], username: string): Promise<void> {
  await insertInTx(tx, {
    table: 'ratings',
    columns: HISTORY_RATING_COLUMNS,
    // Imported history is decided and locked: it was decided where and when it happened.
    rows: writes.map((w) => [
      w.id,
      'IMPORT',
      w.subject,
      w.subjectId,
      w.memberId,
      w.orgId,
      w.orgPath,
      w.orgGroup,
      w.periodKind,
      w.periodKey,
      w.year,
      w.quarter,
      w.ruleSet,
      w.level,
      w.score,
      username,
      true,
      w.findings.length ? JSON.stringify(w.findings) : null,
      w.note,
    ]),
  });
}
