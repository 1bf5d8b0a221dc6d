import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { one } from '../../platform/db/query.ts';
import { saveSettingsRow } from '../../platform/db/settingsRow.ts';
import { forbidden, invalidFields } from '../../platform/errors.ts';
import type { RatingSettingsInput } from './contracts.ts';
import { type CriteriaFramework, DEFAULT_CRITERIA, frameworkProblems } from './criteria.ts';
import { DEFAULT_SETTINGS, type RatingSettings, RULE_SETS, ruleSetById, ruleSetOn } from './scales/index.ts';

/** The installation's rating settings: scales/settings.ts defaults, overridden by rating_settings 'default'. */
export async function loadRatingSettings(
  db: Db,
): Promise<RatingSettings & { criteria366: CriteriaFramework; version: number | null }> {
  const row = await one<{
    values: Partial<RatingSettings & { criteria366: CriteriaFramework }>;
    version: number;
  }>(db, sql`SELECT "values", version FROM rating_settings WHERE key = 'default'`);
  const v = row?.values ?? {};
  return {
    annualRuleSet: { ...DEFAULT_SETTINGS.annualRuleSet, ...(v.annualRuleSet ?? {}) },
    quotaBase: v.quotaBase ?? DEFAULT_SETTINGS.quotaBase,
    criteria366: v.criteria366 ?? DEFAULT_CRITERIA,
    version: row?.version ?? null,
  };
}

export async function getRatingSettings(ctx: Ctx) {
  if (ctx.actor.role === 'member') throw forbidden();
  return {
    ...(await loadRatingSettings(ctx.db)),
    defaults: { ...DEFAULT_SETTINGS, criteria366: DEFAULT_CRITERIA },
    ruleSets: RULE_SETS.map((r) => ({ id: r.id, name: r.name, effectiveFrom: r.effectiveFrom })),
  };
}

/**
 * Changes the settings (admin): the rule set forced for a transition year's annual review may only be
 * the one in force at the year's start or at its end (2025: Quy định 124 or 366), never an unrelated one.
 * Rounds already open keep the rule set they were opened with.
 */
export async function saveRatingSettings(ctx: Ctx, input: RatingSettingsInput) {
  if (ctx.actor.role !== 'admin')
    throw forbidden('Chỉ quản trị hệ thống mới được thay đổi cấu hình xếp loại.');
  const problems = Object.entries(input.annualRuleSet).flatMap(([year, id]) => {
    const options = [ruleSetOn(`${year}-01-01`).id, ruleSetOn(`${year}-12-31`).id];
    return options.includes(id)
      ? []
      : [
          {
            path: `annualRuleSet.${year}`,
            message: `Năm ${year} chỉ đánh giá theo ${[...new Set(options)].map((o) => ruleSetById(o).name).join(' hoặc ')}.`,
          },
        ];
  });
  if (input.criteria366) problems.push(...frameworkProblems(input.criteria366, 30, 70));
  if (problems.length) throw invalidFields(problems);
  const before = await loadRatingSettings(ctx.db);
  const { version: _v, ...values } = input;
  const { version: _bv, ...previous } = before;
  await saveSettingsRow(
    ctx,
    { table: 'rating_settings', action: 'rating.settings.save', readVersion: input.version },
    { version: before.version, values: previous },
    values,
  );
  return getRatingSettings(ctx);
}
