/**
 * The columns of the footnote-10 table over several years: per group, every level any of the years'
 * scales lists, best first (TSVM beside HTXSNV, YEU_KEM beside KHTNV), so a year crossing a change of
 * scale keeps its own levels and leaves the others' cells empty. Used by the xlsx and the CLI.
 */
import { REPORT_GROUPS, type ReportGroup, type YearResult } from './rules.ts';

export interface LevelColumn {
  code: string;
  label: string;
}

export function levelColumns(years: readonly YearResult[], group: ReportGroup): LevelColumn[] {
  const seen = new Map<string, { label: string; position: number; order: number }>();
  let order = 0;
  for (const y of years)
    for (const [position, l] of y[group].levels.entries()) {
      const known = seen.get(l.code);
      // The newest year's label wins; the position is the level's place in its scale (0 = best).
      seen.set(l.code, {
        label: l.label,
        position: known?.position ?? position,
        order: known?.order ?? order++,
      });
    }
  return [...seen]
    .sort(([, a], [, b]) => a.position - b.position || a.order - b.order)
    .map(([code, { label }]) => ({ code, label }));
}

export const GROUP_KEYS = Object.keys(REPORT_GROUPS) as ReportGroup[];

/** The count of a level in a year, or null when that year's scale has no such level. */
export const countOf = (y: YearResult, group: ReportGroup, code: string): number | null =>
  y[group].levels.find((l) => l.code === code)?.count ?? null;
