/**
 * Finds the header row of a sheet and maps its columns to the template's, ignoring case, diacritics
 * and spacing. Title rows above the headers and headers split over two rows by merged cells are
 * common in offices' files; columns may come in any order and extra columns are ignored.
 */
import { matchKey } from '../../vn/codes/matchKey.ts';
import type { SheetDef } from './sheets.ts';

/** How many rows from the top may hold titles and headers. */
export const HEADER_SCAN_ROWS = 10;

export interface HeaderMap {
  /** Index (0-based) of the row after the header, in the scanned rows. */
  dataStart: number;
  /** Column key → 0-based column index. */
  columns: Map<string, number>;
}

const keyOfHeader = (def: SheetDef) => {
  const byKey = new Map<string, string>();
  for (const c of def.columns) byKey.set(matchKey(c.header), c.key);
  return byKey;
};

function matchesOf(def: SheetDef, row: readonly string[]): Map<string, number> {
  const known = keyOfHeader(def);
  const out = new Map<string, number>();
  row.forEach((cell, i) => {
    const key = known.get(matchKey(cell));
    if (key && !out.has(key)) out.set(key, i);
  });
  return out;
}

/** The header among the first rows: the one naming most template columns, completed by its neighbours. */
export function findHeader(def: SheetDef, rows: readonly (readonly string[])[]): HeaderMap | null {
  let best = -1;
  let bestMatches = new Map<string, number>();
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const m = matchesOf(def, row);
    if (m.size > bestMatches.size) {
      best = i;
      bestMatches = m;
    }
  });
  if (best < 0) return null;
  const columns = new Map(bestMatches);
  let last = best;
  // A header cell merged over two rows holds its text in one row only; the other row's headers complete it.
  for (const r of [best - 1, best + 1]) {
    const row = rows[r];
    if (!row) continue;
    let used = false;
    for (const [key, i] of matchesOf(def, row)) {
      if (!columns.has(key) && !(rows[best]![i] ?? '').trim()) {
        columns.set(key, i);
        used = true;
      }
    }
    if (used && r > last) last = r;
  }
  return { dataStart: last + 1, columns };
}
