/**
 * The clerk's own file back, with what is wrong written next to each row: a column "Lỗi khi nhập"
 * on every sheet with problems, and a sheet LoiNhap listing every problem (also those of a whole
 * sheet or file). A CSV batch comes back as the list alone.
 */
import ExcelJS from '../exports/excel.ts';
import type { Problem } from './report.ts';

const RED = { argb: 'FFC00000' };

export async function annotatedCopy(
  original: Uint8Array | null,
  problems: readonly Problem[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (original) await wb.xlsx.load(Buffer.from(original) as unknown as ArrayBuffer);
  const bySheet = new Map<string, Map<number, string[]>>();
  for (const p of problems) {
    if (p.row === null) continue;
    const rows = bySheet.get(p.sheet) ?? new Map<number, string[]>();
    const text = `${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}${p.column ? ` [${p.column}]` : ''}: ${p.message}`;
    rows.set(p.row, [...(rows.get(p.row) ?? []), text]);
    bySheet.set(p.sheet, rows);
  }
  for (const [name, rows] of bySheet) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const col = ws.columnCount + 1;
    const firstRow = [...rows.keys()].reduce((a, b) => Math.min(a, b));
    const header = ws.getCell(Math.max(1, firstRow - 1), col);
    header.value = 'Lỗi khi nhập';
    header.font = { bold: true, color: RED };
    ws.getColumn(col).width = 60;
    for (const [row, messages] of rows) {
      const cell = ws.getCell(row, col);
      cell.value = messages.join('\n');
      cell.font = { color: RED };
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  const list = wb.addWorksheet('LoiNhap');
  list.columns = [
    { header: 'Mức', width: 10 },
    { header: 'Trang', width: 14 },
    { header: 'Dòng', width: 8 },
    { header: 'Cột', width: 24 },
    { header: 'Giá trị', width: 24 },
    { header: 'Nội dung', width: 90 },
  ];
  list.getRow(1).font = { bold: true };
  for (const p of problems)
    list.addRow([p.severity === 'error' ? 'Lỗi' : 'Cảnh báo', p.sheet, p.row, p.column, p.value, p.message]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
