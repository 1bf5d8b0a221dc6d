/**
 * Which rule set governs a period. A period is rated under the regulation in force on its last day (the
 * review happens at its end): 2017 under the old scale, 2018 under 132 (from 8/3/2018), 2023 under 124
 * (from 4/10/2023), the third quarter of 2025 under 366 (from 30/8/2025). A transition year can be forced
 * by the setting `annualRuleSet` (settings.ts: 2025 → 366 by default). A future regulation is one more
 * module appended to RULE_SETS; nothing else changes.
 */
import { periodRange } from './period.ts';
import { QD124_RULES } from './qd124.ts';
import { QD132_RULES } from './qd132.ts';
import { QD366_RULES } from './qd366.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import type { Period, RatingSettings, RuleSet, RuleSetId } from './types.ts';
import { UNTIL_2017_RULES } from './until2017.ts';

/** Oldest first; each rule set governs from its effectiveFrom until the next one's. */
export const RULE_SETS: readonly RuleSet[] = [UNTIL_2017_RULES, QD132_RULES, QD124_RULES, QD366_RULES];

export function ruleSetById(id: RuleSetId): RuleSet {
  const rs = RULE_SETS.find((r) => r.id === id);
  if (!rs) throw new Error(`unknown rule set ${id}`);
  return rs;
}

/** The rule set in force on a date (among `sets`, oldest first). */
export function ruleSetOn(date: string, sets: readonly RuleSet[] = RULE_SETS): RuleSet {
  let current = sets[0]!;
  for (const rs of sets) if (rs.effectiveFrom === null || rs.effectiveFrom <= date) current = rs;
  return current;
}

export function ruleSetFor(period: Period, settings: RatingSettings = DEFAULT_SETTINGS): RuleSet {
  const forced = period.kind === 'YEAR' ? settings.annualRuleSet[period.year] : undefined;
  return forced ? ruleSetById(forced) : ruleSetOn(periodRange(period).to);
}
