import { type CodeOf, defineCodeList } from './types.ts';

// The age bands of the membership statistics (seed report), by completed years on the as-of date.
export const AGE_BAND = defineCodeList('ageBand', 'Độ tuổi', [
  { code: '18-30', label: '18–30', aliases: ['Từ 18 đến 30', 'Từ 18 đến 30 tuổi'] },
  { code: '31-35', label: '31–35', aliases: ['Từ 31 đến 35', 'Từ 31 đến 35 tuổi'] },
  { code: '36-40', label: '36–40', aliases: ['Từ 36 đến 40', 'Từ 36 đến 40 tuổi'] },
  { code: '41-45', label: '41–45', aliases: ['Từ 41 đến 45', 'Từ 41 đến 45 tuổi'] },
  { code: '46-50', label: '46–50', aliases: ['Từ 46 đến 50', 'Từ 46 đến 50 tuổi'] },
  { code: '51-55', label: '51–55', aliases: ['Từ 51 đến 55', 'Từ 51 đến 55 tuổi'] },
  { code: '56-60', label: '56–60', aliases: ['Từ 56 đến 60', 'Từ 56 đến 60 tuổi'] },
  { code: '61+', label: 'Trên 60', aliases: ['Trên 60 tuổi', 'Từ 61 tuổi trở lên', '> 60', '60+'] },
] as const);

export type AgeBand = CodeOf<typeof AGE_BAND>;

export type AgeRange = { minAge: number; maxAge: number | null };

const RANGE = /^(\d+)(?:-(\d+)|\+)$/;

/** Bounds (inclusive) read from the code itself, so the list stays the one source of truth. */
export function ageBandRange(code: AgeBand): AgeRange {
  const match = RANGE.exec(code);
  if (!match) throw new RangeError(`Unknown age band: ${JSON.stringify(code)}`);
  return { minAge: Number(match[1]), maxAge: match[2] === undefined ? null : Number(match[2]) };
}

/** The band of an age in completed years; null under 18 (not a possible member) or for non-numbers. */
export function ageBandOf(age: number): AgeBand | null {
  if (!Number.isFinite(age)) return null;
  const years = Math.floor(age);
  for (const { code } of AGE_BAND.items) {
    const { minAge, maxAge } = ageBandRange(code);
    if (years >= minAge && (maxAge === null || years <= maxAge)) return code;
  }
  return null;
}
