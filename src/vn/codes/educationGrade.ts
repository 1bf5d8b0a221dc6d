import { foldVietnamese } from '../fold.ts';
import type { Education } from './education.ts';
import { EDUCATION } from './education.ts';
import { findItem } from './matchKey.ts';

export type ParsedEducation = {
  code: Education;
  /** The grade as written, normalized ("7/10"), kept because the group alone loses it. */
  note?: string;
};

// Records write the last grade completed over the length of the school system of the time: "9/12"
// today, "7/10" for the northern 10-year system (1956–1981), "6/9" for the 9-year one before it.
// For each system: the last grade of primary and of lower secondary.
const SYSTEMS: ReadonlyMap<number, { primaryUpTo: number; lowerSecondaryUpTo: number }> = new Map([
  [12, { primaryUpTo: 5, lowerSecondaryUpTo: 9 }],
  [10, { primaryUpTo: 4, lowerSecondaryUpTo: 7 }],
  [9, { primaryUpTo: 4, lowerSecondaryUpTo: 7 }],
]);

const GRADE = /^(?:lop\s*)?(\d{1,2})\s*\/\s*(\d{1,2})$/;

function parseGrade(input: string): ParsedEducation | null | undefined {
  const match = GRADE.exec(foldVietnamese(input));
  if (!match) return undefined;
  const grade = Number(match[1]);
  const years = Number(match[2]);
  const system = SYSTEMS.get(years);
  if (!system || grade > years) return null;
  const note = `${grade}/${years}`;
  if (grade === 0) return { code: 'KHONG_BIET_CHU', note };
  if (grade <= system.primaryUpTo) return { code: 'TIEU_HOC', note };
  if (grade <= system.lowerSecondaryUpTo) return { code: 'THCS', note };
  return { code: 'THPT', note };
}

/**
 * General education from grade notation ("9/12", "lớp 7/10", "0/12") or a name of the level ("cấp 2",
 * "Trung học cơ sở"). Null for blank input, impossible grades ("13/12", "5/11") and unknown text.
 */
export function parseEducation(input: string | null | undefined): ParsedEducation | null {
  if (input === null || input === undefined) return null;
  const graded = parseGrade(input);
  if (graded !== undefined) return graded;
  const item = findItem(EDUCATION, input);
  return item ? { code: item.code } : null;
}
