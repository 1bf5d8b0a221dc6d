/**
 * A worksheet's rows as arrays of raw cell values, straight from its XML. ExcelJS's worksheet reader
 * builds a Row and a Cell object with a style model for every cell; on a 100,000-member workbook that
 * garbage was a fifth of the import's time in the collector (docs/performance.md). This reader gives
 * the values ExcelJS would have given (its date formats, shared strings, formula results, booleans,
 * errors as null) and nothing else.
 */
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

const excelRequire = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const { SaxesParser } = excelRequire('saxes') as {
  SaxesParser: new () => {
    on(event: 'opentag' | 'closetag', fn: (node: SaxNode) => void): void;
    on(event: 'text', fn: (text: string) => void): void;
    on(event: 'error', fn: (e: unknown) => void): void;
    write(text: string): void;
    close(): void;
  };
};
const utils = excelRequire('./lib/utils/utils.js') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904: boolean): Date;
  xmlDecode(text: string): string;
};

interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}

export interface SheetContext {
  /** Shared strings (plain text or ExcelJS's rich-text objects), by index. */
  sharedStrings: readonly unknown[];
  /** The number format of a cell style, by style index (ExcelJS's StyleManager). */
  numFmtOf(style: number): string | undefined;
  date1904: boolean;
}

/** 'A' → 0, 'AB' → 27: the column of a cell reference such as 'AB12'. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export async function* sheetRows(
  xml: Readable,
  ctx: SheetContext,
): AsyncGenerator<{ number: number; values: unknown[] }> {
  const isDate = new Map<number, boolean>();
  const dateStyle = (s: number) => {
    let d = isDate.get(s);
    if (d === undefined) {
      d = utils.isDateFmt(ctx.numFmtOf(s));
      isDate.set(s, d);
    }
    return d;
  };
  let inData = false;
  let values: unknown[] | null = null;
  let rowNumber = 0;
  let col = -1;
  let type = '';
  let style = 0;
  let formula = false;
  let text: string | null = null;
  let reading = false;
  let ready: { number: number; values: unknown[] }[] = [];
  const cellValue = (): unknown => {
    if (text === null) return null;
    if (formula) return type === 'str' ? utils.xmlDecode(text) : Number.parseFloat(text);
    switch (type) {
      case 's':
        return ctx.sharedStrings[Number.parseInt(text, 10)] ?? null;
      case 'str':
      case 'inlineStr':
        return utils.xmlDecode(text);
      case 'e':
        return null;
      case 'b':
        return Number.parseInt(text, 10) !== 0;
      default: {
        const n = Number.parseFloat(text);
        return style && dateStyle(style) ? utils.excelToDate(n, ctx.date1904) : n;
      }
    }
  };
  const parser = new SaxesParser();
  let error: unknown = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('text', (t) => {
    if (reading) text = (text ?? '') + t;
  });
  parser.on('opentag', (node) => {
    switch (node.name) {
      case 'sheetData':
        inData = true;
        break;
      case 'row':
        if (!inData) break;
        values = [];
        rowNumber = Number.parseInt(node.attributes.r ?? '', 10) || rowNumber + 1;
        col = -1;
        break;
      case 'c':
        if (!values) break;
        col = node.attributes.r ? columnIndex(node.attributes.r) : col + 1;
        type = node.attributes.t ?? 'n';
        style = Number.parseInt(node.attributes.s ?? '0', 10) || 0;
        formula = false;
        text = null;
        break;
      case 'f':
        if (values) formula = true;
        break;
      case 'v':
      case 't':
        // <t> is an inline string's text, or a run of its rich text: the runs are joined.
        if (values) reading = true;
        break;
      default:
        break;
    }
  });
  parser.on('closetag', (node) => {
    switch (node.name) {
      case 'v':
      case 't':
        reading = false;
        break;
      case 'c':
        if (values && col >= 0) {
          const v = cellValue();
          if (v !== null) values[col] = v;
        }
        break;
      case 'row':
        if (values) ready.push({ number: rowNumber, values });
        values = null;
        break;
      case 'sheetData':
        inData = false;
        break;
      default:
        break;
    }
  });
  // One decoder for the whole part: a letter's UTF-8 bytes split between two chunks stay one letter.
  const decoder = new StringDecoder('utf8');
  const feed = (chunk: string) => {
    parser.write(chunk);
    if (error) throw error;
  };
  for await (const chunk of xml) {
    feed(decoder.write(chunk as Buffer));
    if (ready.length) {
      yield* ready;
      ready = [];
    }
  }
  feed(decoder.end());
  parser.close();
  if (error) throw error;
  yield* ready;
}
