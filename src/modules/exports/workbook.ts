/**
 * Writes workbooks in the import template's format with ExcelJS's streaming writer: the template
 * itself (no rows) and the whole installation's export (every row), so both always agree.
 */
import type { Writable } from 'node:stream';
import { CODE_LISTS } from '../../vn/codes/index.ts';
import { FILE_EVENT_TYPES } from '../imports/eventTypes.ts';
import { CODE_SHEETS, type ColumnDef, SHEETS, type SheetDef, type SheetName } from '../imports/sheets.ts';
import { escapeCell } from './escape.ts';
import ExcelJS from './excel.ts';

export type RowValues = Record<string, string | null>;

const INSTRUCTIONS = [
  'HƯỚNG DẪN NHẬP DỮ LIỆU VÀO NỀN MÓNG',
  '',
  'Tệp gồm ba trang dữ liệu: ToChuc (tổ chức đảng), DangVien (đảng viên), BienDong (biến động đảng viên).',
  'Dòng đầu mỗi trang là tiêu đề cột; giữ nguyên tên cột (không phân biệt hoa thường, dấu, khoảng trắng). Cột có thể đổi thứ tự; cột thừa bị bỏ qua.',
  '"Mã đảng viên" là mã riêng của tệp để nối trang DangVien với BienDong (đảng viên chưa có số thẻ vẫn có mã).',
  'Ngày ghi dạng dd/mm/yyyy hoặc định dạng ngày của Excel. Cột có danh mục (giới tính, dân tộc, trình độ…) nhận mã, tên hoặc cách viết thường gặp; chọn trong danh sách thả xuống.',
  'Lịch sử: kết nạp lấy từ "Ngày quyết định kết nạp" (trống: bằng "Ngày vào Đảng"); công nhận chính thức từ "Ngày chính thức" (trống: dự bị).',
  '"Mã chi bộ" là chi bộ sinh hoạt cuối cùng; các chi bộ trước đó lấy từ dòng CHUYEN_NOI_BO ở trang BienDong.',
  'Nếu biến động đầu tiên của đảng viên là CHUYEN_DEN (mã tổ chức đi để trống) thì đảng viên được kết nạp nơi khác, lịch sử ở đây bắt đầu từ ngày chuyển đến.',
  'CHUYEN_DEN / CHUYEN_DI để trống mã tổ chức đi / đến nghĩa là ngoài hệ thống. XOA_TEN: ghi lý do ở cột Ghi chú.',
  'Nhập cả tệp hoặc không nhập gì: nếu có lỗi, báo cáo ghi rõ trang, dòng, cột, giá trị và lý do; sửa rồi nhập lại. Nhập lại cùng tệp không tạo bản ghi trùng.',
  'Tệp cũ gõ bằng bảng mã TCVN3 (ABC) hoặc VNI được tự nhận ra và chuyển sang Unicode.',
];

function codeRows(list: (typeof CODE_SHEETS)[number]['list']) {
  const items = list === 'eventType' ? FILE_EVENT_TYPES.items : CODE_LISTS[list].items;
  return items.map((i) => [i.code, i.label]);
}

function listRange(col: ColumnDef): string | null {
  const list = col.kind.type === 'code' ? col.kind.list : col.kind.type === 'eventType' ? 'eventType' : null;
  const sheet = list && CODE_SHEETS.find((s) => s.list === list);
  if (!sheet) return null;
  return `${sheet.sheet}!$B$2:$B$${codeRows(sheet.list).length + 1}`;
}

const colLetter = (i: number) => String.fromCharCode(65 + i);

type RowSource = Partial<Record<SheetName, AsyncIterable<RowValues> | Iterable<RowValues>>>;

/** Streams the workbook to `out`; rows come from the sources sheet by sheet. */
export async function writeTemplateWorkbook(out: Writable, rows: RowSource = {}): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const guide = wb.addWorksheet('HuongDan');
  guide.getColumn(1).width = 140;
  INSTRUCTIONS.forEach((line, i) => {
    const row = guide.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
    row.commit();
  });
  for (const sheet of SHEETS) {
    guide.addRow([]).commit();
    guide.addRow([`Trang ${sheet.name} — ${sheet.title}`]).commit();
    for (const c of sheet.columns)
      guide.addRow([`  ${c.header}${c.required ? ' (bắt buộc)' : ''}: ${c.help}`]).commit();
  }
  guide.commit();
  for (const sheet of SHEETS) await writeDataSheet(wb, sheet, rows[sheet.name] ?? []);
  for (const s of CODE_SHEETS) {
    const ws = wb.addWorksheet(s.sheet);
    ws.columns = [
      { header: 'Mã', width: 24 },
      { header: 'Tên', width: 60 },
    ];
    for (const r of codeRows(s.list)) ws.addRow(r).commit();
    ws.commit();
  }
  await wb.commit();
}

async function writeDataSheet(
  wb: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>,
  sheet: SheetDef,
  rows: AsyncIterable<RowValues> | Iterable<RowValues>,
) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.kind.type === 'date' ? 14 : Math.min(40, Math.max(14, c.header.length + 4)),
    ...(c.kind.type === 'date' && { style: { numFmt: 'dd/mm/yyyy' } }),
  }));
  ws.getRow(1).font = { bold: true };
  // Drop-downs on the coded columns (labels; codes and aliases are accepted too).
  sheet.columns.forEach((c, i) => {
    const range = listRange(c);
    if (!range) return;
    (ws as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add(
      `${colLetter(i)}2:${colLetter(i)}200000`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: false,
      },
    );
  });
  for await (const r of rows) {
    const values = sheet.columns.map((c) => {
      const v = r[c.key] ?? null;
      if (v === null) return null;
      if (c.kind.type === 'date') {
        const [y, m, d] = v.split('-').map(Number);
        return new Date(Date.UTC(y!, m! - 1, d!));
      }
      return escapeCell(v);
    });
    ws.addRow(values).commit();
  }
  ws.commit();
}
