/** Typed cells of a sheet's rows, and duplicate keys among them: what every sheet's parser shares. */
import type { ReadSheet } from './read.ts';
import type { Problems } from './report.ts';
import type { SheetDef } from './sheets.ts';
import { cellText, parseCell } from './values.ts';

/**
 * Parses every row of a sheet; a row with any cell error yields no record. A generator, each raw row
 * dropped once parsed: a 100,000-member file's raw cells, typed cells and records no longer all sit in
 * memory at once (the parse was the import's peak, docs/performance.md).
 */
export function* parseRows(
  sheet: ReadSheet | undefined,
  def: SheetDef,
  problems: Problems,
): Generator<{ row: number; values: Record<string, string | null> }> {
  if (!sheet) return;
  const missing = def.columns.filter((c) => c.required && !sheet.columns.has(c.key));
  for (const c of missing)
    problems.error(sheet.source, null, c.header, null, `Thiếu cột bắt buộc "${c.header}".`);
  if (missing.length) return;
  const at = new Map(sheet.keys.map((k, i) => [k, i] as const));
  const rows = sheet.rows;
  // The raw cells are not needed once parsed: let them go while the records are built.
  sheet.rows = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    rows[i] = DROPPED;
    const values: Record<string, string | null> = {};
    let good = true;
    for (const col of def.columns) {
      if (!sheet.columns.has(col.key)) {
        values[col.key] = null;
        continue;
      }
      const raw = r.cells[at.get(col.key)!] ?? null;
      const parsed = parseCell(col, raw);
      if (parsed.ok) values[col.key] = parsed.value;
      else {
        good = false;
        problems.error(sheet.source, r.row, col.header, raw === null ? null : cellText(raw), parsed.message);
      }
    }
    if (good) yield { row: r.row, values };
  }
}

const DROPPED = { row: 0, cells: [] };

export const headerOf = (def: SheetDef, key: string) => def.columns.find((c) => c.key === key)!.header;

/** Flags values seen twice in a column: each later row names the first. */
export function duplicates<T extends { row: number }>(
  records: readonly T[],
  key: (r: T) => string | null,
  report: (r: T, value: string, firstRow: number) => void,
): Set<T> {
  const seen = new Map<string, number>();
  const dup = new Set<T>();
  for (const r of records) {
    const k = key(r);
    if (!k) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, r.row);
    else {
      report(r, k, first);
      dup.add(r);
    }
  }
  return dup;
}
