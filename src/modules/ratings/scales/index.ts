/**
 * The ratings scales' public surface: what rounds, proposals, decisions, the import and the reports
 * use. Everything here is pure (no I/O, no clock).
 */
export { checkCase, checkGroup, checkRating, mustBeRated, ratingContext } from './check.ts';
export { eligibility, notRatedReason } from './eligibility.ts';
export { cite, hasErrors } from './findings.ts';
export { findLevel, labelOf, levelsFor, rankOf } from './levels.ts';
export { inPeriod, periodFromKey, periodKey, periodLabel, periodRange } from './period.ts';
export { quotaAllowance, quotaBaseCount } from './quota.ts';
export { RULE_SETS, ruleSetById, ruleSetFor, ruleSetOn } from './registry.ts';
export { bandFor, conditionsFor, SCORE_BANDS, suggestedLevel } from './score366.ts';
export { DEFAULT_SETTINGS } from './settings.ts';
export type * from './types.ts';
