/**
 * Running a rule set: the common validation (period, level, score) and then the rule set's own
 * constraints. A proposal sheet, a decision or a history import builds one context for its period
 * (the governing rule set from registry.ts, and the settings) and checks every case and group with it.
 */
import { ruleSetFor } from './registry.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import type {
  CheckContext,
  Finding,
  Period,
  RatingCase,
  RatingGroup,
  RatingSettings,
  RuleSet,
} from './types.ts';
import { levelFindings, periodFindings, scoreFindings } from './validation.ts';

/** The context for a period: its governing rule set unless one is given (e.g. to replay history). */
export const ratingContext = (
  period: Period,
  settings: RatingSettings = DEFAULT_SETTINGS,
  ruleSet: RuleSet = ruleSetFor(period, settings),
): CheckContext => ({ ruleSet, period, settings });

/** Every finding for one member or org. */
export function checkCase(ctx: CheckContext, c: RatingCase): Finding[] {
  const invalid = [...periodFindings(ctx), ...levelFindings(ctx, c), ...scoreFindings(ctx, c)];
  // A level outside the scale or a period the regulation does not review makes every rule moot.
  if (invalid.some((f) => f.code === 'LEVEL_NOT_IN_SCALE' || f.code === 'PERIOD_NOT_IN_RULE_SET'))
    return invalid;
  const found = ctx.ruleSet.constraints.flatMap((k) => k.check(ctx, c));
  // Someone who is not to be rated has nothing else to be checked against.
  const notRated = found.filter((f) => f.code === 'NOT_RATED');
  return [...invalid, ...(notRated.length > 0 ? notRated : found)];
}

/** Findings for a comparable group (the quota of HTXSNV). */
export function checkGroup(ctx: CheckContext, g: RatingGroup): Finding[] {
  const invalid = periodFindings(ctx);
  return invalid.length > 0 ? invalid : ctx.ruleSet.groupConstraints.flatMap((k) => k.check(ctx, g));
}

/** checkCase under the rule set governing the period. */
export const checkRating = (period: Period, c: RatingCase, settings: RatingSettings = DEFAULT_SETTINGS) =>
  checkCase(ratingContext(period, settings), c);

/**
 * Whether the rule set requires a level for this member or org in the period (false for the exempt,
 * the suspended, the too new…): what a proposal sheet uses to list who is to be rated.
 */
export const mustBeRated = (ctx: CheckContext, c: RatingCase): boolean =>
  checkCase(ctx, { ...c, level: null }).some((f) => f.code === 'LEVEL_MISSING');
