/**
 * What a file is, judged by its bytes rather than its name, before any parser touches it: a renamed
 * PDF, an old .xls, a corrupt zip or a zip bomb is refused here with a message a clerk can act on.
 */

import { type ZipPart, zipDirectory } from './zipRead.ts';

/** The largest upload or file the import accepts (the web route refuses larger bodies with 413). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Workbooks unpack to XML roughly 5–20 times their size; far beyond that is a zip bomb. */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
const MAX_RATIO = 200;

export type FileKind = 'xlsx' | 'csv';

export interface FileVerdict {
  kind: FileKind | null;
  /** Vietnamese reason when the file is refused. */
  problem: string | null;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function checkFile(bytes: Uint8Array, name: string): FileVerdict {
  const refuse = (problem: string): FileVerdict => ({ kind: null, problem });
  if (bytes.length === 0) return refuse('Tệp rỗng.');
  if (bytes.length > MAX_FILE_BYTES)
    return refuse(`Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp nhỏ hơn.`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return refuse('Đây là tệp PDF (chỉ đổi đuôi tên), không phải bảng tính Excel. Hãy dùng tệp .xlsx gốc.');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return refuse('Đây là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx rồi nhập.');
  if (startsWith(bytes, [0x50, 0x4b])) {
    const zip = inspectZip(bytes);
    return zip ? refuse(zip) : { kind: 'xlsx', problem: null };
  }
  if (/\.csv$/i.test(name) || looksLikeText(bytes)) {
    return looksLikeText(bytes)
      ? { kind: 'csv', problem: null }
      : refuse('Tệp CSV không phải văn bản UTF-8.');
  }
  return refuse('Tệp không phải bảng tính .xlsx hay .csv.');
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
    return true;
  } catch {
    return false;
  }
}

/** Cuts a sample at a character boundary so a multi-byte letter split by the sample is not an error. */
function lastCompleteUtf8(b: Uint8Array): number {
  const end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = b[end - i]!;
    if ((byte & 0xc0) === 0xc0) return end - i;
    if ((byte & 0x80) === 0) break;
  }
  return end;
}

/**
 * Reads the zip's central directory (the sizes every entry declares) without unpacking anything.
 * Returns a Vietnamese reason to refuse, or null.
 */
export function inspectZip(bytes: Uint8Array): string | null {
  let parts: Map<string, ZipPart>;
  try {
    parts = zipDirectory(bytes);
  } catch {
    return 'Tệp .xlsx bị hỏng (không đọc được cấu trúc nén). Hãy mở bằng Excel, lưu lại rồi nhập.';
  }
  let unpacked = 0;
  for (const { size, packed } of parts.values()) {
    if (size === 0xffffffff || packed === 0xffffffff)
      return 'Tệp nén quá lớn (ZIP64); hãy chia thành nhiều tệp nhỏ hơn.';
    unpacked += size;
    if ((size > 1024 * 1024 && size / Math.max(packed, 1) > MAX_RATIO) || unpacked > MAX_UNPACKED_BYTES)
      return 'Tệp nén bất thường (giải nén ra dung lượng quá lớn so với tệp — có thể là "bom nén"); không nhập.';
  }
  if (!parts.has('xl/workbook.xml'))
    return 'Tệp nén không phải bảng tính Excel (.xlsx): không có trang tính nào.';
  return null;
}
