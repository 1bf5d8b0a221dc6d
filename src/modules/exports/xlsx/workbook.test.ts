import { describe, expect, it } from 'vitest';
import { collect } from '../../imports/testing.ts';
import ExcelJS from '../excel.ts';
import { columnName, excelDay, XlsxWriter } from './workbook.ts';

async function written(fill: (wb: XlsxWriter) => Promise<void>) {
  const bytes = await collect(async (out) => {
    const wb = new XlsxWriter(out);
    await fill(wb);
    await wb.finish();
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe('xlsx writer', () => {
  it('writes sheets that a spreadsheet reader reads back: text, numbers, dates, styles', async () => {
    const book = await written(async (wb) => {
      const a = wb.sheet('DangVien', { widths: [10, 20, 14], frozenRows: 1 });
      const b = wb.sheet('BienDong', { widths: [12] });
      a.row(['Họ và tên', 'Ghi chú', 'Ngày sinh'], 'bold');
      // Two sheets filled at once, as the installation export does.
      b.row(['KET_NAP']);
      a.row(['Lò Thị Nguyệt', 'A & B <c> "d"\u0001', new Date(Date.UTC(1964, 1, 29))]);
      a.row([42, null, undefined]);
      b.row(['CHUYEN_DEN'], 'wrap');
    });
    expect(book.worksheets.map((w) => w.name)).toEqual(['DangVien', 'BienDong']);
    const a = book.getWorksheet('DangVien')!;
    expect(a.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Ghi chú', 'Ngày sinh']);
    expect(a.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(a.getCell('A2').value).toBe('Lò Thị Nguyệt');
    // Markup escaped; a control character XML cannot carry is dropped.
    expect(a.getCell('B2').value).toBe('A & B <c> "d"');
    expect(a.getCell('C2').value).toEqual(new Date(Date.UTC(1964, 1, 29)));
    expect(a.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(a.getCell('A3').value).toBe(42);
    expect(a.getCell('B3').value).toBeNull();
    expect(a.getColumn(2).width).toBe(20);
    expect(a.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const b = book.getWorksheet('BienDong')!;
    expect(b.getCell('A1').value).toBe('KET_NAP');
    expect(b.getCell('A2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('writes day-serial columns as dates, the same as Date cells, 29 February and 1900s included', async () => {
    const days = ['1964-02-29', '1930-02-03', '2026-12-31'];
    const book = await written(async (wb) => {
      const s = wb.sheet('DangVien', { widths: [14, 14, 10] });
      for (const d of days)
        s.row([excelDay(d), new Date(`${d}T00:00:00Z`), 7], 'plain', [true, false, false]);
    });
    const ws = book.getWorksheet('DangVien')!;
    days.forEach((d, i) => {
      expect(ws.getCell(`A${i + 1}`).value).toEqual(new Date(`${d}T00:00:00Z`));
      expect(ws.getCell(`A${i + 1}`).value).toEqual(ws.getCell(`B${i + 1}`).value);
      expect(ws.getCell(`A${i + 1}`).numFmt).toBe('dd/mm/yyyy');
      expect(ws.getCell(`C${i + 1}`).value).toBe(7);
    });
    expect(excelDay('1900-03-01')).toBe(61);
  });

  it('adds drop-down lists and a landscape page', async () => {
    const book = await written(async (wb) => {
      const data = wb.sheet('DangVien', {
        widths: [10],
        lists: [{ cells: 'A2:A100', choices: 'DanToc!$B$2:$B$55' }],
        landscape: true,
      });
      data.row(['Dân tộc']);
      wb.sheet('DanToc', { widths: [8, 30] }).row(['01', 'Kinh']);
    });
    const ws = book.getWorksheet('DangVien')!;
    expect(ws.getCell('A50').dataValidation).toMatchObject({ type: 'list', formulae: ['DanToc!$B$2:$B$55'] });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
  });

  it('names columns past Z', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('writes many rows with backpressure and stays a valid file', async () => {
    const book = await written(async (wb) => {
      const ws = wb.sheet('Nhieu', { widths: [10, 10] });
      for (let i = 0; i < 30_000; i++) await ws.row([`Đảng viên ${i}`, i]);
    });
    const ws = book.getWorksheet('Nhieu')!;
    expect(ws.rowCount).toBe(30_000);
    expect(ws.getCell('A30000').value).toBe('Đảng viên 29999');
  });
});
