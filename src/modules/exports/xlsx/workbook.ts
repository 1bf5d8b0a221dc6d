/**
 * Writes xlsx workbooks as plain SpreadsheetML, for the exports of the whole roll. ExcelJS's
 * streaming writer took 90 s for a 200,000-member installation (docs/performance.md); most of it was
 * spent building a model object per cell. Here a row becomes one string. The output follows what
 * ExcelJS wrote (strings as `t="str"` cells, dates as serial numbers with a dd/mm/yyyy format), so
 * the import's reader and every spreadsheet program read it as before.
 */
import type { Writable } from 'node:stream';
import { type ZipEntry, ZipWriter } from './zip.ts';

/** Cell styles: indexes into styles.xml's cellXfs (STYLES_XML). */
const STYLE = { plain: 0, date: 1, bold: 2, title: 3, header: 4, wrap: 5 } as const;
export type CellStyle = keyof typeof STYLE;
export type CellValue = string | number | Date | null | undefined;

export interface SheetOptions {
  /** Column widths in characters, first column first. */
  widths: readonly number[];
  /** Rows kept in view when scrolling (the header). */
  frozenRows?: number;
  /** Drop-down lists: cells (A1 range) and the range holding the choices. */
  lists?: readonly { cells: string; choices: string }[];
  /** Printed landscape on A4, one page wide (the 7-HSĐV book). */
  landscape?: boolean;
}

export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly sheets: SheetWriter[] = [];

  constructor(out: Writable) {
    this.zip = new ZipWriter(out);
  }

  sheet(name: string, options: SheetOptions): SheetWriter {
    const s = new SheetWriter(
      name,
      this.zip.entry(`xl/worksheets/sheet${this.sheets.length + 1}.xml`),
      options,
    );
    this.sheets.push(s);
    return s;
  }

  /** Ends the sheets not ended yet, adds the workbook's parts and writes the file. */
  async finish(): Promise<void> {
    for (const s of this.sheets) await s.end();
    const n = this.sheets.length;
    const ids = this.sheets.map((_, i) => i + 1);
    await this.zip.add(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        ids
          .map(
            (i) =>
              `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    );
    await this.zip.add(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    );
    await this.zip.add(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        '<bookViews><workbookView/></bookViews><sheets>' +
        this.sheets
          .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    );
    await this.zip.add(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        ids
          .map(
            (i) =>
              `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    );
    await this.zip.add('xl/styles.xml', STYLES_XML);
    await this.zip.finish();
  }
}

export class SheetWriter {
  private rowNumber = 0;
  private ended = false;
  readonly name: string;
  private readonly entry: ZipEntry;
  private readonly options: SheetOptions;

  constructor(name: string, entry: ZipEntry, options: SheetOptions) {
    this.name = name;
    this.entry = entry;
    this.options = options;
    const frozen = options.frozenRows
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${options.frozenRows}" topLeftCell="A${options.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    entry.write(
      `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        (options.landscape ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        frozen +
        '<sheetFormatPr defaultRowHeight="15"/><cols>' +
        options.widths
          .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
          .join('') +
        '</cols><sheetData>',
    );
  }

  /**
   * Appends a row; await the result when writing many rows, so zlib can keep up. `dayColumns` marks
   * the columns whose numbers are already day serials (excelDay): the 200,000-member export's dates
   * skip a Date object each.
   */
  row(
    values: readonly CellValue[],
    style: CellStyle = 'plain',
    dayColumns?: readonly boolean[],
  ): Promise<void> | undefined {
    const r = ++this.rowNumber;
    const s = STYLE[style];
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const ref = `${COLUMN_NAMES[i] ?? columnName(i)}${r}`;
      if (typeof v === 'string')
        xml += `<c r="${ref}"${s ? ` s="${s}"` : ''} t="str"><v>${xmlText(v)}</v></c>`;
      else if (typeof v === 'number')
        xml += dayColumns?.[i]
          ? `<c r="${ref}" s="${STYLE.date}"><v>${v}</v></c>`
          : `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${v}</v></c>`;
      else xml += `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(v)}</v></c>`;
    }
    return this.entry.write(`${xml}</row>`);
  }

  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const { lists = [], landscape } = this.options;
    let tail = '</sheetData>';
    if (lists.length)
      tail +=
        `<dataValidations count="${lists.length}">` +
        lists
          .map(
            (l) =>
              `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${l.cells}"><formula1>${xmlText(l.choices)}</formula1></dataValidation>`,
          )
          .join('') +
        '</dataValidations>';
    tail += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    if (landscape)
      tail += '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
    await this.entry.write(`${tail}</worksheet>`);
    await this.entry.end();
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A..Z, AA..: the column letters of a 0-based index. */
export function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 cannot carry are what it finds
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** XML text: the markup characters escaped; control characters XML 1.0 cannot carry dropped. */
export function xmlText(s: string): string {
  if (s.search(NEEDS_ESCAPE) === -1) return s;
  return s.replace(NEEDS_ESCAPE, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '',
  );
}

const EXCEL_DAY_0 = Date.UTC(1899, 11, 30);

/** Days since 30/12/1899, Excel's day 0 (dates here are UTC midnights, all after 1900). */
function excelSerial(d: Date): number {
  return (d.getTime() - EXCEL_DAY_0) / 86_400_000;
}

/** The day serial of an ISO date (YYYY-MM-DD), for a `dayColumns` cell. */
export function excelDay(iso: string): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return (ms - EXCEL_DAY_0) / 86_400_000;
}

/** The letters of the first columns, computed once: every cell of a large export names its column. */
const COLUMN_NAMES: readonly string[] = Array.from({ length: 64 }, (_, i) => columnName(i));

/** Fonts: 0 normal, 1 bold, 2 bold 14 pt. cellXfs in the order of STYLE. */
const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
