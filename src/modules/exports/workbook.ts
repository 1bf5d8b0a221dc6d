/**
 * Writes workbooks in the import template's format: the template itself (no rows) and the whole
 * installation's export (every row), so both always agree.
 */
import type { Writable } from 'node:stream';
import { CODE_LISTS } from '../../vn/codes/index.ts';
import { FILE_EVENT_TYPES } from '../imports/eventTypes.ts';
import { FILE_LISTS } from '../imports/ratingCodes.ts';
import { CODE_SHEETS, type ColumnDef, SHEETS, type SheetDef, type SheetName } from '../imports/sheets.ts';
import { escapeCell } from './escape.ts';
import { columnName, excelDay, type SheetWriter, XlsxWriter } from './xlsx/workbook.ts';

export type RowValues = Record<string, string | null>;

const INSTRUCTIONS = [
  'HƯỚNG DẪN NHẬP DỮ LIỆU VÀO NỀN MÓNG',
  '',
  'Tệp gồm bốn trang dữ liệu: ToChuc (tổ chức đảng), DangVien (đảng viên), BienDong (biến động đảng viên), XepLoai (xếp loại chất lượng các năm trước).',
  'Dòng đầu mỗi trang là tiêu đề cột; giữ nguyên tên cột (không phân biệt hoa thường, dấu, khoảng trắng). Cột có thể đổi thứ tự; cột thừa bị bỏ qua.',
  '"Mã đảng viên" là mã riêng của tệp để nối trang DangVien với BienDong (đảng viên chưa có số thẻ vẫn có mã).',
  'Ngày ghi dạng dd/mm/yyyy hoặc định dạng ngày của Excel. Cột có danh mục (giới tính, dân tộc, trình độ…) nhận mã, tên hoặc cách viết thường gặp; chọn trong danh sách thả xuống.',
  'Lịch sử: kết nạp lấy từ "Ngày quyết định kết nạp" (trống: bằng "Ngày vào Đảng"); công nhận chính thức từ "Ngày chính thức" (trống: dự bị).',
  '"Mã chi bộ" là chi bộ sinh hoạt cuối cùng; các chi bộ trước đó lấy từ dòng CHUYEN_NOI_BO ở trang BienDong.',
  'Nếu biến động đầu tiên của đảng viên là CHUYEN_DEN (mã tổ chức đi để trống) thì đảng viên được kết nạp nơi khác, lịch sử ở đây bắt đầu từ ngày chuyển đến.',
  'CHUYEN_DEN / CHUYEN_DI để trống mã tổ chức đi / đến nghĩa là ngoài hệ thống. XOA_TEN: ghi lý do ở cột Ghi chú.',
  'Nhập cả tệp hoặc không nhập gì: nếu có lỗi, báo cáo ghi rõ trang, dòng, cột, giá trị và lý do; sửa rồi nhập lại. Nhập lại cùng tệp không tạo bản ghi trùng.',
  'Tệp cũ gõ bằng bảng mã TCVN3 (ABC) hoặc VNI được tự nhận ra và chuyển sang Unicode.',
  'XepLoai: mỗi dòng là kết quả xếp loại đã quyết định của một đảng viên (DV) hoặc tổ chức đảng (TC) trong một kỳ; được kiểm tra theo thang xếp loại của kỳ đó: đến 2017 (Hướng dẫn 27-HD/BTCTW), 2018–2023 (Quy định 132-QĐ/TW), 2023–8/2025 (Quy định 124-QĐ/TW), từ 30/8/2025 (Quy định 366-QĐ/TW, thang 100 điểm, có kỳ quý).',
  'Đảng viên được xếp loại phải sinh hoạt trong hệ thống vào kỳ đó; tổ chức phải tồn tại cuối kỳ. Mỗi đối tượng chỉ một xếp loại mỗi kỳ. Tỷ lệ 20% và các quy định khác chỉ cảnh báo: lịch sử được ghi nhận như đã quyết định.',
];

function codeRows(list: (typeof CODE_SHEETS)[number]['list']) {
  const items: readonly { code: string; label: string }[] =
    list === 'eventType'
      ? FILE_EVENT_TYPES.items
      : list in FILE_LISTS
        ? FILE_LISTS[list as keyof typeof FILE_LISTS].items
        : CODE_LISTS[list as keyof typeof CODE_LISTS].items;
  return items.map((i) => [i.code, i.label]);
}

function listRange(col: ColumnDef): string | null {
  const k = col.kind;
  const list =
    k.type === 'code' || k.type === 'fileList' ? k.list : k.type === 'eventType' ? 'eventType' : null;
  const sheet = list && CODE_SHEETS.find((s) => s.list === list);
  if (!sheet) return null;
  return `${sheet.sheet}!$B$2:$B$${codeRows(sheet.list).length + 1}`;
}

/**
 * A workbook in the template's format being written: every sheet is open at once, so the
 * installation export fills DangVien and BienDong in one pass over the roll.
 */
export class TemplateWorkbook {
  private readonly xlsx: XlsxWriter;
  private readonly data = new Map<
    SheetName,
    { def: SheetDef; sheet: SheetWriter; dayColumns: readonly boolean[] }
  >();

  constructor(out: Writable) {
    this.xlsx = new XlsxWriter(out);
    const guide = this.xlsx.sheet('HuongDan', { widths: [140] });
    for (const [i, line] of INSTRUCTIONS.entries()) guide.row([line], i === 0 ? 'title' : 'plain');
    for (const sheet of SHEETS) {
      guide.row([]);
      guide.row([`Trang ${sheet.name} — ${sheet.title}`]);
      for (const c of sheet.columns)
        guide.row([`  ${c.header}${c.required ? ' (bắt buộc)' : ''}: ${c.help}`]);
    }
    for (const def of SHEETS)
      this.data.set(def.name, {
        def,
        sheet: this.dataSheet(def),
        dayColumns: def.columns.map((c) => c.kind.type === 'date'),
      });
    for (const s of CODE_SHEETS) {
      const ws = this.xlsx.sheet(s.sheet, { widths: [24, 60] });
      ws.row(['Mã', 'Tên'], 'bold');
      for (const r of codeRows(s.list)) ws.row(r);
    }
  }

  private dataSheet(def: SheetDef): SheetWriter {
    // Drop-downs on the coded columns (labels; codes and aliases are accepted too).
    const lists = def.columns.flatMap((c, i) => {
      const choices = listRange(c);
      return choices ? [{ cells: `${columnName(i)}2:${columnName(i)}200000`, choices }] : [];
    });
    const sheet = this.xlsx.sheet(def.name, {
      widths: def.columns.map((c) =>
        c.kind.type === 'date' ? 14 : Math.min(40, Math.max(14, c.header.length + 4)),
      ),
      frozenRows: 1,
      lists,
    });
    sheet.row(
      def.columns.map((c) => c.header),
      'bold',
    );
    return sheet;
  }

  /** Appends a row to a data sheet; await it when adding many, so compression keeps up. */
  add(sheet: SheetName, r: RowValues): Promise<void> | undefined {
    const { def, sheet: ws, dayColumns } = this.data.get(sheet)!;
    return ws.row(
      def.columns.map((c) => {
        const v = r[c.key] ?? null;
        if (v === null) return null;
        if (c.kind.type === 'date') return excelDay(v);
        if (c.kind.type === 'number') return Number(v);
        return escapeCell(v);
      }),
      'plain',
      dayColumns,
    );
  }

  finish(): Promise<void> {
    return this.xlsx.finish();
  }
}

type RowSource = Partial<Record<SheetName, AsyncIterable<RowValues> | Iterable<RowValues>>>;

/** Writes the workbook to `out`; rows come from the sources sheet by sheet. */
export async function writeTemplateWorkbook(out: Writable, rows: RowSource = {}): Promise<void> {
  const wb = new TemplateWorkbook(out);
  for (const sheet of SHEETS) for await (const r of rows[sheet.name] ?? []) await wb.add(sheet.name, r);
  await wb.finish();
}
