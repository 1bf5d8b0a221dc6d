/** Looking levels up in a rule set's scale. */
import type { Level, LevelCode, RuleSet, SubjectKind } from './types.ts';

export const levelsFor = (rs: RuleSet, subject: SubjectKind): Level[] =>
  subject === 'MEMBER' ? rs.memberLevels : rs.orgLevels;

/** The level with this code in the scale for this subject, or undefined if the scale has no such level. */
export const findLevel = (rs: RuleSet, subject: SubjectKind, code: string | null): Level | undefined =>
  code === null ? undefined : levelsFor(rs, subject).find((l) => l.code === code);

/** Rank of a code in the scale; -1 when the code is not in it (so comparisons treat it as no level). */
export const rankOf = (rs: RuleSet, subject: SubjectKind, code: LevelCode | string): number =>
  findLevel(rs, subject, code)?.rank ?? -1;

export const labelOf = (rs: RuleSet, subject: SubjectKind, code: string): string =>
  findLevel(rs, subject, code)?.label ?? code;

/** The four-level scale shared by Quy định 132, 124 and 366 (for members and for orgs alike). */
export const FOUR_LEVELS: Level[] = [
  { code: 'HTXSNV', label: 'Hoàn thành xuất sắc nhiệm vụ', rank: 4 },
  { code: 'HTTNV', label: 'Hoàn thành tốt nhiệm vụ', rank: 3 },
  { code: 'HTNV', label: 'Hoàn thành nhiệm vụ', rank: 2 },
  { code: 'KHTNV', label: 'Không hoàn thành nhiệm vụ', rank: 1 },
];

/** Members and orgs rated on the same four levels. */
export const FOUR_LEVEL_SCALE = { memberLevels: FOUR_LEVELS, orgLevels: FOUR_LEVELS };
