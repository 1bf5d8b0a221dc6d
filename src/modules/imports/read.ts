/**
 * Reads an import file into plain rows per template sheet, one sheet at a time: xlsx parts found
 * through the zip's directory (zipRead.ts) with each worksheet streamed through a lean SAX pass
 * (sheetXml.ts), so a 100,000-member workbook never sits in memory as a workbook; or CSV files named
 * after the sheets. Text comes out as NFC with single spaces; legacy TCVN3/VNI text is converted and
 * counted.
 */
import { Readable } from 'node:stream';
import { matchKey } from '../../vn/codes/matchKey.ts';
import { normalizeText } from '../../vn/fold.ts';
import { fromLegacy, type LegacyEncoding } from '../../vn/legacy.ts';
import { unescapeCell } from '../exports/escape.ts';
import ExcelJS from '../exports/excel.ts';
import { parseCsv } from './csv.ts';
import { findHeader, HEADER_SCAN_ROWS } from './headers.ts';
import { SHEETS, type SheetDef, type SheetName } from './sheets.ts';
import { type SheetContext, sheetRows } from './sheetXml.ts';
import { openPart, sheetNamesByNumber, worksheetParts, zipDirectory } from './zipRead.ts';

export type Cell = string | number | Date | null;

export interface SheetRow {
  /** The row number a person sees in Excel (1-based), or the line in a CSV file. */
  row: number;
  /** Cells in the order of ReadSheet.keys (arrays: a 100,000-row sheet as objects took twice the memory). */
  cells: Cell[];
}

export interface ReadSheet {
  def: SheetDef;
  /** The name the sheet (or CSV file) has in the file. */
  source: string;
  columns: Map<string, number>;
  /** The column keys found, in the order of each row's cells. */
  keys: string[];
  rows: SheetRow[];
}

export interface Conversion {
  sheet: string;
  encoding: LegacyEncoding;
  cells: number;
  example: { from: string; to: string };
}

export interface ReadResult {
  sheets: Map<SheetName, ReadSheet>;
  /** Problems with the file's structure: a sheet without its header, a sheet read twice. */
  problems: { sheet: string; message: string }[];
  conversions: Conversion[];
}

/** Refuses absurd row counts before memory does (a bomb that lied about its sizes still stops here). */
const MAX_ROWS = 1_500_000;

/** Which template sheet a sheet or file name stands for: its name starts with the sheet's. */
export function sheetFor(name: string): SheetDef | undefined {
  const key = matchKey(name.replace(/\.csv$/i, ''));
  return SHEETS.find((s) => key.startsWith(matchKey(s.name)) || key.startsWith(matchKey(s.title)));
}

class Collector {
  readonly result: ReadResult = { sheets: new Map(), problems: [], conversions: [] };
  private conversions = new Map<string, Conversion>();
  private total = 0;

  /** Reads one sheet from its rows (arrays of raw cell values, 0-based columns). */
  async sheet(source: string, rows: AsyncIterable<{ number: number; values: unknown[] }>): Promise<void> {
    const def = sheetFor(source);
    if (!def) {
      for await (const _ of rows) {
        // drain: the streaming reader must consume a sheet before the next
      }
      return;
    }
    if (this.result.sheets.has(def.name)) {
      this.result.problems.push({
        sheet: source,
        message: `Có hai trang ${def.name}; chỉ đọc trang đầu tiên.`,
      });
      for await (const _ of rows) {
        // drain
      }
      return;
    }
    const head: { number: number; values: unknown[] }[] = [];
    let sheet: ReadSheet | null = null;
    let decided = false;
    const take = (r: { number: number; values: unknown[] }, into: ReadSheet) => {
      const cells: Cell[] = [];
      let blank = true;
      for (const i of into.columns.values()) {
        const v = this.cell(source, r.values[i]);
        cells.push(v);
        if (v !== null) blank = false;
      }
      if (blank) return;
      if (++this.total > MAX_ROWS) throw new TooManyRows();
      into.rows.push({ row: r.number, cells });
    };
    const decide = () => {
      decided = true;
      const header = findHeader(
        def,
        head.map((r) => r.values.map((v) => (v === null || v === undefined ? '' : plain(v)))),
      );
      if (!header) {
        this.result.problems.push({
          sheet: source,
          message: `Trang ${source} không có dòng tiêu đề cột (ví dụ "${def.columns[0]!.header}") trong ${HEADER_SCAN_ROWS} dòng đầu.`,
        });
        return;
      }
      sheet = { def, source, columns: header.columns, keys: [...header.columns.keys()], rows: [] };
      this.result.sheets.set(def.name, sheet);
      for (const r of head.slice(header.dataStart)) take(r, sheet);
    };
    for await (const r of rows) {
      if (!decided) {
        head.push(r);
        if (head.length === HEADER_SCAN_ROWS) decide();
      } else if (sheet) take(r, sheet);
    }
    if (!decided) decide();
  }

  private cell(sheet: string, v: unknown): Cell {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    const raw = plain(v);
    const { text, encoding } = fromLegacy(raw);
    if (encoding) {
      const key = `${sheet}\n${encoding}`;
      const c = this.conversions.get(key);
      if (c) c.cells += 1;
      else {
        const conv: Conversion = {
          sheet,
          encoding,
          cells: 1,
          example: { from: raw, to: normalizeText(text) },
        };
        this.conversions.set(key, conv);
        this.result.conversions.push(conv);
      }
    }
    const out = unescapeCell(normalizeText(text));
    if (out === '') return null;
    // The parser's strings are slices of its 64 KB chunks of XML, and a kept slice keeps its whole
    // chunk alive: a 100,000-member workbook held most of its XML in memory. A copy lets chunks go.
    return out.length >= 13 ? Buffer.from(out, 'utf8').toString('utf8') : out;
  }
}

/** The text of a cell value (a shared string may be ExcelJS's rich text). */
function plain(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  return '';
}

export class TooManyRows extends Error {}

/** The parts of ExcelJS's streaming WorkbookReader that read one part each (not in its typings). */
interface WorkbookParts {
  model?: { sheets?: unknown[] };
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
}

/**
 * A file's template sheets, each read when asked for. The import parses one sheet at a time and
 * drops its raw cells before reading the next: reading every sheet first held a 100,000-member file's
 * 5 million raw cells alongside the parsed records (the import's memory peak, docs/performance.md).
 */
export interface SheetSource {
  /** Sheets read so far, the file's structural problems, legacy-text conversions. */
  readonly result: ReadResult;
  /** The template sheets the file has (by sheet or file name), before any is read. */
  readonly available: ReadonlySet<SheetName>;
  /** Reads one sheet (once); undefined when the file has none or it has no header row. */
  read(name: SheetName): Promise<ReadSheet | undefined>;
}

/** Picks the first sheet (or file) for each template sheet; a second one is a structural problem. */
function choose<T>(
  collector: Collector,
  items: readonly { name: string; item: T }[],
  kind: 'trang' | 'tệp',
): Map<SheetName, { name: string; item: T }> {
  const chosen = new Map<SheetName, { name: string; item: T }>();
  for (const it of items) {
    const def = sheetFor(it.name);
    if (!def) {
      if (kind === 'tệp')
        collector.result.problems.push({
          sheet: it.name,
          message: `Tên tệp ${it.name} không bắt đầu bằng tên trang (ToChuc, DangVien, BienDong, XepLoai).`,
        });
      continue;
    }
    if (chosen.has(def.name))
      collector.result.problems.push({
        sheet: it.name,
        message: `Có hai ${kind} ${def.name}; chỉ đọc ${kind} đầu tiên.`,
      });
    else chosen.set(def.name, it);
  }
  return chosen;
}

function sourceOf<T>(
  collector: Collector,
  chosen: Map<SheetName, { name: string; item: T }>,
  rowsOf: (item: T) => Promise<AsyncIterable<{ number: number; values: unknown[] }>>,
): SheetSource {
  const done = new Set<SheetName>();
  return {
    result: collector.result,
    available: new Set(chosen.keys()),
    async read(sheet) {
      const c = chosen.get(sheet);
      if (!c) return undefined;
      if (!done.has(sheet)) {
        done.add(sheet);
        await collector.sheet(c.name, await rowsOf(c.item));
      }
      return collector.result.sheets.get(sheet);
    },
  };
}

/** An xlsx file's sheets, found through the zip's directory and read in any order. */
export async function openXlsx(bytes: Uint8Array): Promise<SheetSource> {
  const collector = new Collector();
  const parts = zipDirectory(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookParts;
  // A workbook without workbook.xml (or an unreadable one) still has its sheets read.
  Object.assign(reader, { model: { sheets: [] }, properties: { model: { date1904: false } } });
  const open = (name: string) => {
    const part = parts.get(name);
    return part ? openPart(bytes, part) : null;
  };
  const rels = open('xl/_rels/workbook.xml.rels');
  if (rels) await reader._parseRels(rels);
  const workbook = open('xl/workbook.xml');
  if (workbook) await reader._parseWorkbook(workbook);
  if (!reader.model?.sheets) reader.model = { sheets: [] };
  const strings = open('xl/sharedStrings.xml');
  if (strings)
    for await (const _ of reader._parseSharedStrings(strings)) {
      // 'cache' mode keeps them on the reader and yields nothing
    }
  const styles = open('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);
  const names = sheetNamesByNumber(bytes, parts);
  const sheets = worksheetParts(parts).map((w) => ({
    name: names.get(w.number) ?? `Sheet${w.number}`,
    item: w,
  }));
  const context: SheetContext = {
    // Rich-text shared strings flattened once, not in every cell that uses them.
    sharedStrings: (reader.sharedStrings ?? []).map((v) => (typeof v === 'string' ? v : plain(v))),
    numFmtOf: (style) => reader.styles?.getStyleModel(style)?.numFmt,
    date1904: Boolean(reader.properties?.model?.date1904),
  };
  return sourceOf(collector, choose(collector, sheets, 'trang'), async ({ part }) =>
    sheetRows(openPart(bytes, part), context),
  );
}

/** CSV files named after the sheets (ToChuc….csv, DangVien….csv, …), imported as one batch. */
export function openCsvFiles(files: readonly { name: string; bytes: Uint8Array }[]): SheetSource {
  const collector = new Collector();
  const named = files.map((f) => ({ name: f.name.replace(/^.*[\\/]/, ''), item: f }));
  return sourceOf(collector, choose(collector, named, 'tệp'), async (f) => {
    const text = new TextDecoder('utf-8').decode(f.bytes).replace(/^\uFEFF/, '');
    return (async function* () {
      let n = 0;
      for (const values of parseCsv(text)) yield { number: ++n, values };
    })();
  });
}

/** Reads every template sheet of a source at once (the tests compare whole files). */
export async function readAll(source: SheetSource): Promise<ReadResult> {
  for (const def of SHEETS) await source.read(def.name);
  return source.result;
}

export const readXlsx = async (bytes: Uint8Array) => readAll(await openXlsx(bytes));
