import { AGE_BAND } from './ageBand.ts';
import { COVERAGE_UNIT_KIND } from './coverageUnitKind.ts';
import { EDUCATION } from './education.ts';
import { ETHNICITY } from './ethnicity.ts';
import { GENDER } from './gender.ts';
import { findItem } from './matchKey.ts';
import { MEMBER_STATUS } from './memberStatus.ts';
import { OCCUPATION } from './occupation.ts';
import { ORG_KIND } from './orgKind.ts';
import { ORG_SECTOR } from './orgSector.ts';
import { POLITICAL_THEORY } from './politicalTheory.ts';
import { PROFESSIONAL } from './professional.ts';
import { RELIGION } from './religion.ts';
import { RELIGIOUS_ADHERENCE } from './religiousAdherence.ts';
import type { CodeList, CodeOf } from './types.ts';

export { AGE_BAND, type AgeBand, type AgeRange, ageBandOf, ageBandRange } from './ageBand.ts';
export { COVERAGE_UNIT_KIND, type CoverageUnitKind } from './coverageUnitKind.ts';
export { EDUCATION, type Education } from './education.ts';
export { type ParsedEducation, parseEducation } from './educationGrade.ts';
export { ETHNICITY, type Ethnicity, isEthnicMinority, KINH } from './ethnicity.ts';
export { GENDER, type Gender } from './gender.ts';
export { matchKey } from './matchKey.ts';
export { MEMBER_STATUS, type MemberStatus } from './memberStatus.ts';
export { OCCUPATION, type Occupation } from './occupation.ts';
export { isCellKind, isGrassrootsKind, isUpperLevelKind, ORG_KIND, type OrgKind } from './orgKind.ts';
export { ORG_SECTOR, type OrgSector } from './orgSector.ts';
export { POLITICAL_THEORY, type PoliticalTheory } from './politicalTheory.ts';
export { PROFESSIONAL, type Professional } from './professional.ts';
export { isNoReligion, NO_RELIGION_ALIASES, RELIGION, type Religion } from './religion.ts';
export { RELIGIOUS_ADHERENCE, type ReligiousAdherence } from './religiousAdherence.ts';
export { type CodeItem, type CodeList, type CodeOf, defineCodeList } from './types.ts';

/** Every code list by name; the name is also each list's `name`. */
export const CODE_LISTS = {
  gender: GENDER,
  ethnicity: ETHNICITY,
  religion: RELIGION,
  religiousAdherence: RELIGIOUS_ADHERENCE,
  education: EDUCATION,
  professional: PROFESSIONAL,
  politicalTheory: POLITICAL_THEORY,
  occupation: OCCUPATION,
  ageBand: AGE_BAND,
  orgKind: ORG_KIND,
  orgSector: ORG_SECTOR,
  coverageUnitKind: COVERAGE_UNIT_KIND,
  memberStatus: MEMBER_STATUS,
} as const satisfies Record<string, CodeList>;

export type CodeListName = keyof typeof CODE_LISTS;
/** The code union of a list by name: CodeIn<'orgKind'> is OrgKind. */
export type CodeIn<N extends CodeListName> = CodeOf<(typeof CODE_LISTS)[N]>;

export function isCodeListName(name: string): name is CodeListName {
  return Object.hasOwn(CODE_LISTS, name);
}

/** The Vietnamese label of a code; null when the code is not in the list. */
export function labelOf(listName: CodeListName, code: string): string | null {
  return CODE_LISTS[listName].items.find((item: { code: string }) => item.code === code)?.label ?? null;
}

/** Whether the value is exactly one of the list's codes (what the database holds). */
export function isCode<N extends CodeListName>(listName: N, code: unknown): code is CodeIn<N> {
  return (
    typeof code === 'string' &&
    CODE_LISTS[listName].items.some((item: { code: string }) => item.code === code)
  );
}

/**
 * The code for what a person typed or a spreadsheet holds: the code, the label or an alias, ignoring
 * case, diacritics, spaces and punctuation. Null for blank or unrecognized input.
 */
export function resolveCode<N extends CodeListName>(
  listName: N,
  input: string | null | undefined,
): CodeIn<N> | null {
  const list: CodeList = CODE_LISTS[listName];
  return (findItem(list, input)?.code as CodeIn<N> | undefined) ?? null;
}
