import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from '../exports/excel.ts';
import { readXlsx } from './read.ts';
import { columnIndex, type SheetContext, sheetRows } from './sheetXml.ts';
import { MEMBER_HEADER } from './testing.ts';

const rowsOf = async (xml: string, ctx: Partial<SheetContext> = {}) => {
  const out: { number: number; values: unknown[] }[] = [];
  const context: SheetContext = { sharedStrings: [], numFmtOf: () => undefined, date1904: false, ...ctx };
  // Split in pieces of 7 bytes: tags, entities and letters cut anywhere must still read whole.
  const bytes = Buffer.from(xml, 'utf8');
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.subarray(i, i + 7));
  for await (const r of sheetRows(Readable.from(pieces), context)) out.push(r);
  return out;
};

describe('worksheet XML', () => {
  it('reads each kind of cell as ExcelJS would', async () => {
    const rows = await rowsOf(
      '<worksheet><sheetData>' +
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="str"><v>Lò &amp; Thị</v></c>' +
        '<c r="D2" t="inlineStr"><is><r><t>Nguy</t></r><r><t xml:space="preserve">ễn </t></r></is></c></row>' +
        '<row r="5"><c r="B5" s="3"><v>23436</v></c><c r="C5" s="1"><v>42.5</v></c><c r="D5" t="b"><v>1</v></c>' +
        '<c r="E5" t="e"><v>#N/A</v></c><c r="F5"><f>1+1</f><v>2</v></c><c r="G5" t="str"><f>A1</f><v>x</v></c>' +
        '<c r="H5" s="3"/><c r="AB5"><v>7</v></c></row>' +
        '</sheetData></worksheet>',
      {
        sharedStrings: ['không', 'Đảng viên'],
        numFmtOf: (s) => (s === 3 ? 'dd/mm/yyyy' : s === 1 ? '0.0' : undefined),
      },
    );
    expect(rows.map((r) => r.number)).toEqual([2, 5]);
    expect(rows[0]!.values).toEqual(['Đảng viên', undefined, 'Lò & Thị', 'Nguyễn ']);
    const v = rows[1]!.values;
    expect(v[0]).toBeUndefined();
    expect((v[1] as Date).toISOString()).toBe('1964-02-29T00:00:00.000Z');
    expect(v.slice(2, 7)).toEqual([42.5, true, undefined, 2, 'x']);
    expect(v[7]).toBeUndefined();
    expect(v[27]).toBe(7);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const [row] = await rowsOf('<sheetData><row r="1"><c r="A1" s="1"><v>21974</v></c></row></sheetData>', {
      numFmtOf: () => 'yyyy-mm-dd',
      date1904: true,
    });
    expect((row!.values[0] as Date).toISOString()).toBe('1964-02-29T00:00:00.000Z');
  });

  it('refuses XML that is not well formed', async () => {
    await expect(rowsOf('<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>')).rejects.toThrow();
  });

  it('names columns by their letters', () => {
    expect([columnIndex('A1'), columnIndex('Z9'), columnIndex('AA10'), columnIndex('XFD1')]).toEqual([
      0, 25, 26, 16383,
    ]);
  });

  it('reads what Excel writes: shared and rich strings, formulas, dates, numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DangVien');
    ws.addRow(MEMBER_HEADER);
    ws.addRow([
      'DV1',
      { formula: '"3000"&"0001"', result: '30000001' },
      null,
      { richText: [{ text: 'Hà ', font: { bold: true } }, { text: 'Văn Cường' }] },
      'Nam',
      new Date(Date.UTC(1980, 0, 1)),
    ]);
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const sheet = read.sheets.get('DangVien')!;
    const cell = (key: string) => sheet.rows[0]!.cells[sheet.keys.indexOf(key)];
    expect(cell('cardNumber')).toBe('30000001');
    expect(cell('fullName')).toBe('Hà Văn Cường');
    expect((cell('birthDate') as Date).toISOString().slice(0, 10)).toBe('1980-01-01');
  });
});
