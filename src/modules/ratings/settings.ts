import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { one } from '../../platform/db/query.ts';
import { DEFAULT_SETTINGS, type RatingSettings } from './scales/index.ts';

/** The installation's rating settings: scales/settings.ts defaults, overridden by rating_settings 'default'. */
export async function loadRatingSettings(db: Db): Promise<RatingSettings> {
  const row = await one<{ values: Partial<RatingSettings> }>(
    db,
    sql`SELECT "values" FROM rating_settings WHERE key = 'default'`,
  );
  const v = row?.values ?? {};
  return {
    annualRuleSet: { ...DEFAULT_SETTINGS.annualRuleSet, ...(v.annualRuleSet ?? {}) },
    quotaBase: v.quotaBase ?? DEFAULT_SETTINGS.quotaBase,
  };
}
