/** Decided history ratings as rows of `ratings`: what the XepLoai import and the demo both write. */
import type { Db } from '../../platform/db/client.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgGroup } from '../ratings/orgGroup.ts';
import type { Finding } from '../ratings/scales/index.ts';
import { insertInTx } from './bulk.ts';

/** One subject's decided level for one period, with no round behind it. */
export interface HistoryRating {
  subject: 'MEMBER' | 'ORG';
  subjectId: string;
  memberId: string | null;
  orgId: string;
  orgPath: string;
  /** ORG subjects only (ratings/schema.ts); null for members. */
  orgGroup: OrgGroup | null;
  periodKind: 'YEAR' | 'QUARTER';
  periodKey: string;
  year: number;
  quarter: number | null;
  ruleSet: string;
  level: string;
  score: number | null;
  scoreGeneral?: number | null;
  scoreTasks?: number | null;
  note?: string | null;
  /** The warnings it was recorded with. */
  findings?: Finding[];
}

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
  'score_general',
  'score_tasks',
  'decided_by',
  'locked',
  'findings',
  'note',
] as const;

/**
 * History is 'IMPORT' (brought in, not decided through a round here), decided and locked: it was decided
 * where and when it happened, and changing it takes a reopening with a reason.
 */
export const historyRatingRows = (list: readonly HistoryRating[], decidedBy: string): unknown[][] =>
  list.map((r) => [
    newId(),
    'IMPORT',
    r.subject,
    r.subjectId,
    r.memberId,
    r.orgId,
    r.orgPath,
    r.orgGroup,
    r.periodKind,
    r.periodKey,
    r.year,
    r.quarter,
    r.ruleSet,
    r.level,
    r.score,
    r.scoreGeneral ?? null,
    r.scoreTasks ?? null,
    decidedBy,
    true,
    r.findings?.length ? JSON.stringify(r.findings) : null,
    r.note ?? null,
  ]);

export async function writeRatings(tx: Db, list: readonly HistoryRating[], username: string): Promise<void> {
  await insertInTx(tx, {
    table: 'ratings',
    columns: HISTORY_RATING_COLUMNS,
    rows: historyRatingRows(list, username),
  });
}
