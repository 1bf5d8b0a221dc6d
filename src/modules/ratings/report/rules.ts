/**
 * The footnote-10 table from counts: per year the scale, and per group the rated, the count per level
 * of the full scale and the shares against the targets. Pure: the counts come from queries.ts.
 */
import {
  DEFAULT_SETTINGS,
  findLevel,
  type Level,
  levelsFor,
  type RatingSettings,
  RULE_SETS,
  type RuleSet,
  type RuleSetId,
  rankOf,
  ruleSetFor,
} from '../scales/index.ts';
import { EXCELLENT_TARGET, GOOD_OR_BETTER_TARGET, meets, type Target } from './targets.ts';

/** How rated subjects are counted: members, and orgs by their group when rated (orgGroup.ts). */
export type CountGroup = 'MEMBER' | 'GRASSROOTS' | 'CELL' | 'PARTIAL';

export interface CountRow {
  year: number;
  grp: CountGroup;
  ruleSet: string;
  level: string;
  n: number;
}

/** The report's three groups, as the seeds count them; PARTIAL (đảng bộ bộ phận) is in none. */
export const REPORT_GROUPS = {
  grassroots: 'GRASSROOTS',
  subordinateCells: 'CELL',
  members: 'MEMBER',
} as const satisfies Record<string, CountGroup>;
export type ReportGroup = keyof typeof REPORT_GROUPS;

export interface Share {
  count: number;
  /** Percent of those rated, one decimal; null when nobody was rated. */
  percent: number | null;
  target: Target;
  met: boolean | null;
}

export interface GroupResult {
  rated: number;
  levels: { code: string; label: string; count: number }[];
  shares: { goodOrBetter: Share; excellent: Share & { code: string } };
}

export interface YearResult {
  year: number;
  scale: { id: RuleSetId; name: string };
  grassroots: GroupResult;
  subordinateCells: GroupResult;
  members: GroupResult;
}

/** What the API returns (the JSON plus the shares): explicit, so the web shares it. */
export interface RatingsReportShape {
  org: { code: string | null; name: string };
  fromYear: number;
  toYear: number;
  years: YearResult[];
}

export interface RatingsChildrenShape {
  org: { code: string | null; name: string };
  fromYear: number;
  toYear: number;
  children: { org: { code: string; name: string }; years: YearResult[] }[];
}

const known = (id: string): RuleSet | undefined => RULE_SETS.find((r) => r.id === id);

/**
 * The year's scale: the rule set most of its ratings were decided under (ties: the newer); a year
 * with none shows the one governing its annual review, so even an empty year lists its levels.
 */
export function scaleOf(year: number, rows: readonly CountRow[], settings: RatingSettings): RuleSet {
  const byRuleSet = new Map<string, number>();
  for (const r of rows) if (known(r.ruleSet)) byRuleSet.set(r.ruleSet, (byRuleSet.get(r.ruleSet) ?? 0) + r.n);
  let best: RuleSet | undefined;
  let bestN = 0;
  for (const rs of RULE_SETS) {
    const n = byRuleSet.get(rs.id) ?? 0;
    if (n > 0 && n >= bestN) [best, bestN] = [rs, n];
  }
  return best ?? ruleSetFor({ kind: 'YEAR', year }, settings);
}

const percent = (count: number, rated: number) =>
  rated === 0 ? null : Math.round((count * 1000) / rated) / 10;

const byRank = (levels: Level[]) => [...levels].sort((a, b) => b.rank - a.rank);

/**
 * One group in one year. A rating decided under another rule set than the year's scale (history
 * imported under its own) is counted under its code; a code the scale lacks is listed after the scale.
 * Shares read each rating's own rule set: HTTNV or better by rank, excellent as its top level.
 */
export function groupResult(scale: RuleSet, grp: CountGroup, rows: readonly CountRow[]): GroupResult {
  const subject = grp === 'MEMBER' ? 'MEMBER' : 'ORG';
  const levels: GroupResult['levels'] = byRank(levelsFor(scale, subject)).map((l) => ({
    code: l.code,
    label: l.label,
    count: 0,
  }));
  let rated = 0;
  let good = 0;
  let excellent = 0;
  for (const r of rows) {
    rated += r.n;
    const rs = known(r.ruleSet) ?? scale;
    const own = levelsFor(rs, subject);
    if (rankOf(rs, subject, r.level) >= rankOf(rs, subject, 'HTTNV')) good += r.n;
    if (r.level === byRank(own)[0]?.code) excellent += r.n;
    let entry = levels.find((l) => l.code === r.level);
    if (!entry) {
      entry = { code: r.level, label: findLevel(rs, subject, r.level)?.label ?? r.level, count: 0 };
      levels.push(entry);
    }
    entry.count += r.n;
  }
  const top = byRank(levelsFor(scale, subject))[0]!.code;
  return {
    rated,
    levels,
    shares: {
      goodOrBetter: {
        count: good,
        percent: percent(good, rated),
        target: GOOD_OR_BETTER_TARGET,
        met: meets(GOOD_OR_BETTER_TARGET, good, rated),
      },
      excellent: {
        code: top,
        count: excellent,
        percent: percent(excellent, rated),
        target: EXCELLENT_TARGET,
        met: meets(EXCELLENT_TARGET, excellent, rated),
      },
    },
  };
}

/** Every year of [fromYear, toYear], oldest first, years without ratings as zeros. */
export function buildYears(
  rows: readonly CountRow[],
  fromYear: number,
  toYear: number,
  settings: RatingSettings = DEFAULT_SETTINGS,
): YearResult[] {
  const out: YearResult[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const ofYear = rows.filter((r) => r.year === year && r.n > 0);
    const scale = scaleOf(year, ofYear, settings);
    const group = (g: CountGroup) =>
      groupResult(
        scale,
        g,
        ofYear.filter((r) => r.grp === g),
      );
    out.push({
      year,
      scale: { id: scale.id, name: scale.name },
      grassroots: group(REPORT_GROUPS.grassroots),
      subordinateCells: group(REPORT_GROUPS.subordinateCells),
      members: group(REPORT_GROUPS.members),
    });
  }
  return out;
}
