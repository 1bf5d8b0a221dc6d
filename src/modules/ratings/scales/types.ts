/**
 * The vocabulary every rating rule set speaks: levels, periods, the facts a constraint reads and the
 * findings it returns. Pure types; the rule sets (until2017.ts, qd132.ts, qd124.ts, qd366.ts) fill them
 * in, and registry.ts picks the one governing a period.
 */
import type { IsoDate } from '../../../vn/dates.ts';

/** Every level code any regulation since 2010 has used. A rule set's scale is a subset of these. */
export type LevelCode = 'TSVM' | 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' | 'YEU_KEM' | 'VI_PHAM_TU_CACH';

/** Who is rated: a party member or an org (grassroots org or subordinate cell). */
export type SubjectKind = 'MEMBER' | 'ORG';

export interface Level {
  code: LevelCode;
  /** Vietnamese label as the regulation words it. */
  label: string;
  /** Higher is better; comparable only within one rule set and one subject kind. */
  rank: number;
}

export type RuleSetId = 'UNTIL_2017' | 'QD132' | 'QD124' | 'QD366';

/** The review periods a regulation may define. */
export type PeriodKind = 'TERM' | 'YEAR' | 'QUARTER';

export type Period =
  | { kind: 'YEAR'; year: number }
  | { kind: 'QUARTER'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'TERM'; from: IsoDate; to: IsoDate };

/** Where a rule comes from: the document and the article, clause or section in it. */
export interface Citation {
  document: string;
  article: string;
}

/**
 * What a check found. `error` blocks the proposal or decision; `warning` is shown and recorded but does
 * not block: used where the regulation's text could not be verified (see docs/ratings.md), so that a
 * rule we could not cite never refuses a committee's decision or a historical record on its own.
 */
export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  /** Vietnamese, ends with the cited article in parentheses. */
  message: string;
  citation: Citation;
  /** The member or org the finding is about, when it is about one. */
  subjectId?: string;
}

/** A discipline decision on the member (or, for orgs, on the org itself). */
export interface Discipline {
  /** Date of the disciplinary decision: "bị thi hành kỷ luật trong năm" counts decisions in the period. */
  decidedOn: IsoDate;
  /** The violation was already counted when an earlier period was rated ("chỉ tính một lần"). */
  countedInEarlierPeriod?: boolean;
  /** Quy định 124-QĐ/TW: self-detected and its consequences remedied (an exception to the cap). */
  selfDetectedAndRemedied?: boolean;
}

/** The 100-point score of Quy định 366-QĐ/TW: general criteria (≤ 30) plus task results (≤ 70). */
export interface Score {
  total: number;
  general?: number;
  tasks?: number;
}

/** Task results a 366 level's extra conditions are stated in. */
export interface TaskFacts {
  assigned: number;
  completed: number;
  onTime: number;
  exceeded: number;
}

/** One member or org with the proposed level and the facts the constraints need. */
export interface RatingCase {
  subject: SubjectKind;
  id: string;
  /** The proposed or decided level code; a string because it comes from users and spreadsheets. */
  level: string | null;
  /** Members: exempt from work and meetings (miễn công tác và sinh hoạt đảng) during the period. */
  exempt?: boolean;
  /** Members: suspended from party activity (đình chỉ sinh hoạt đảng). */
  suspended?: boolean;
  probationary?: boolean;
  /** Members: admission date; orgs: establishment date. Used for "less than 6 months" rules. */
  since?: IsoDate;
  disciplines?: Discipline[];
  /** Members: total sick leave in the period, in months. */
  sickLeaveMonths?: number;
  score?: Score;
  tasks?: TaskFacts;
  /** 366 HTXSNV condition: every shortcoming concluded earlier has been remedied. */
  shortcomingsRemedied?: boolean;
  /** Orgs: what the org's members (a cell) or subordinate orgs (a committee) were rated this period. */
  children?: { kind: 'MEMBERS' | 'ORGS'; levels: string[] };
  /** Orgs: subordinate units disciplined in the period, and whether any leadership member was. */
  disciplinedUnits?: number;
  unitCount?: number;
  leadershipDisciplined?: boolean;
}

/** A comparable group (e.g. the members of one grassroots org) for the quota of HTXSNV. */
export interface RatingGroup {
  subject: SubjectKind;
  /** Shown in the message, e.g. "Đảng bộ xã A". */
  label: string;
  levels: string[];
}

/** What a constraint sees: the rule set, the period it rates and the settings in force. */
export interface CheckContext {
  ruleSet: RuleSet;
  period: Period;
  settings: RatingSettings;
}

export interface SubjectConstraint {
  id: string;
  check(ctx: CheckContext, c: RatingCase): Finding[];
}

export interface GroupConstraint {
  id: string;
  check(ctx: CheckContext, g: RatingGroup): Finding[];
}

export interface RuleSet {
  id: RuleSetId;
  /** e.g. "Quy định 132-QĐ/TW". */
  name: string;
  /** The regulation (and its guidance) the scale and rules come from. */
  sources: Citation[];
  /** First day in force; null for the open-ended past ("until 2017"). */
  effectiveFrom: IsoDate | null;
  periodKinds: PeriodKind[];
  memberLevels: Level[];
  orgLevels: Level[];
  /** Where the scale's levels are defined. */
  levelsCitation: Citation;
  /** The 100-point scale, for rule sets that score. */
  scoring?: { max: number; generalMax: number; tasksMax: number };
  constraints: SubjectConstraint[];
  groupConstraints: GroupConstraint[];
}

/** Installation settings the rules read; see settings.ts for the defaults and their sources. */
export interface RatingSettings {
  /** Rule set forced for the annual review of a given year (transition years). */
  annualRuleSet: Partial<Record<number, RuleSetId>>;
  /** Base of the 20% quota: those rated exactly HTTNV (the regulation's wording) or HTTNV and better. */
  quotaBase: 'HTTNV' | 'HTTNV_OR_BETTER';
}
