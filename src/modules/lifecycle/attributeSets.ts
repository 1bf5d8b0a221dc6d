/**
 * Attribute sets: every distinct combination of the coded attributes and status a period carries, as a
 * small integer (`membership_periods.attribute_set_id`). The structure report groups the periods in
 * force by that integer and a birth-date bucket, then spreads the few combinations out into its
 * breakdowns: on the nation, hashing 5.7 million periods by two integers instead of eleven text columns
 * took the query from 3.1–3.3 s to 1.9–2.1 s (docs/performance.md, run 7).
 *
 * A set is named by its key, the values joined by U+001F with U+001E for null; migration 0021's
 * `attribute_set_key` builds the same text, and its triggers give every period written without an id
 * (one at a time, by the services) its set. Bulk writers resolve their rows here, one call a batch to
 * the migration's `ensure_attribute_sets`, which turns new keys into rows for both.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rows, textArray } from '../../platform/db/query.ts';

/** The period columns a set is made of, in key order. */
export const ATTRIBUTE_SET_COLUMNS = [
  'gender',
  'ethnicity',
  'education',
  'professional',
  'political_theory',
  'occupation',
  'religion',
  'religious_adherence',
  'status',
  'exemption',
] as const;

const SEPARATOR = '\u001f';
const NULL_MARK = '\u001e';

/** The key of one combination of values (ATTRIBUTE_SET_COLUMNS order), as the database builds it. */
export function attributeSetKey(values: readonly (string | null | undefined)[]): string {
  return values.map((v) => v ?? NULL_MARK).join(SEPARATOR);
}

/**
 * The ids of the sets of a writer's period rows, remembered across batches: after the first batches of
 * a large load every combination is known and a batch costs no query at all.
 */
export class AttributeSetIds {
  private readonly known = new Map<string, number>();
  private readonly positions: readonly number[];
  private readonly idPosition: number;

  /** columns: the rows' columns, which must include ATTRIBUTE_SET_COLUMNS and `attribute_set_id`. */
  constructor(columns: readonly string[]) {
    this.positions = ATTRIBUTE_SET_COLUMNS.map((c) => columnIndex(columns, c));
    this.idPosition = columnIndex(columns, 'attribute_set_id');
  }

  /** Puts each row's set id in its `attribute_set_id` column, creating the sets not seen before. */
  async fill(db: Db, periodRows: unknown[][]): Promise<void> {
    const keys = periodRows.map((r) => attributeSetKey(this.positions.map((p) => r[p] as string | null)));
    const missing = [...new Set(keys.filter((k) => !this.known.has(k)))];
    if (missing.length) await this.resolve(db, missing);
    periodRows.forEach((r, i) => {
      r[this.idPosition] = this.known.get(keys[i]!);
    });
  }

  private async resolve(db: Db, keys: readonly string[]): Promise<void> {
    const found = await rows<{ id: number; key: string }>(
      db,
      sql`SELECT set_id AS id, set_key AS key FROM ensure_attribute_sets(${textArray(keys)})`,
    );
    for (const f of found) this.known.set(f.key, Number(f.id));
  }
}

function columnIndex(columns: readonly string[], column: string): number {
  const i = columns.indexOf(column);
  if (i < 0) throw new Error(`attribute sets: the rows have no ${column} column`);
  return i;
}
