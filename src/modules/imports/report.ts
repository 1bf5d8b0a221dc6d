/** The validation report: every problem with where it is, counts per sheet, what was converted. */
import type { Conversion } from './read.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  sheet: string;
  /** The row a person sees in Excel; null for a problem with the whole sheet or file. */
  row: number | null;
  /** The column's header; null when the problem is not in one cell. */
  column: string | null;
  value: string | null;
  message: string;
}

export interface SheetCounts {
  sheet: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  warnings: number;
}

export interface ImportReport {
  /** True when nothing stops the import (warnings allowed). */
  ok: boolean;
  dryRun: boolean;
  /** Whether the batch was written (never with dryRun, never when not ok). */
  written: boolean;
  file: string;
  sheets: SheetCounts[];
  /** Membership events the batch adds (from both sheets) and those already recorded. */
  events: { added: number; existing: number };
  conversions: Conversion[];
  problems: Problem[];
  errorCount: number;
  warningCount: number;
}

export class Problems {
  readonly list: Problem[] = [];
  add(p: Omit<Problem, 'severity'> & { severity?: Severity }): void {
    this.list.push({ severity: p.severity ?? 'error', ...p });
  }
  error(sheet: string, row: number | null, column: string | null, value: string | null, message: string) {
    this.add({ sheet, row, column, value, message });
  }
  warn(sheet: string, row: number | null, column: string | null, value: string | null, message: string) {
    this.add({ severity: 'warning', sheet, row, column, value, message });
  }
  get errors(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }
}

/** The report as lines for the CLI. */
export function reportText(r: ImportReport): string {
  const lines: string[] = [];
  lines.push(
    r.written
      ? `Đã nhập ${r.file}.`
      : r.ok
        ? r.dryRun
          ? `Kiểm tra ${r.file}: hợp lệ, có thể nhập (chưa ghi gì vì --dry-run).`
          : `${r.file}: không có gì thay đổi.`
        : `Không nhập ${r.file}: có ${r.errorCount} lỗi. Không có dữ liệu nào được ghi.`,
  );
  for (const s of r.sheets)
    lines.push(
      `  ${s.sheet.padEnd(10)} ${String(s.rows).padStart(7)} dòng: mới ${s.created}, cập nhật ${s.updated}, không đổi ${s.unchanged}; lỗi ${s.errors}, cảnh báo ${s.warnings}`,
    );
  lines.push(`  Biến động đảng viên: thêm ${r.events.added}, đã có ${r.events.existing}.`);
  for (const c of r.conversions)
    lines.push(
      `  Đã chuyển ${c.cells} ô ở trang ${c.sheet} từ bảng mã ${c.encoding === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI'} sang Unicode (ví dụ "${c.example.from}" → "${c.example.to}").`,
    );
  for (const p of r.problems)
    lines.push(
      `  ${p.severity === 'error' ? 'LỖI' : 'Cảnh báo'} ${p.sheet}${p.row ? ` dòng ${p.row}` : ''}${p.column ? `, cột "${p.column}"` : ''}${p.value ? ` ("${p.value}")` : ''}: ${p.message}`,
    );
  return lines.join('\n');
}
