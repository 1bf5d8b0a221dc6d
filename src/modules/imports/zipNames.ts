/**
 * Sheet names by worksheet file number, read from the zip's workbook.xml and its relationships.
 * ExcelJS's streaming reader names sheets only when workbook.xml comes before the sheets in the zip;
 * ExcelJS's own streaming writer (our exports) puts it last.
 */
import { inflateRawSync } from 'node:zlib';

function entries(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return out;
  let p = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
    const method = view.getUint16(p + 10, true);
    const packed = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + packed);
      out.set(name, method === 8 ? inflateRawSync(data) : data);
    }
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );

export function sheetNamesByNumber(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const files = entries(bytes);
    const decoder = new TextDecoder();
    const workbook = decoder.decode(files.get('xl/workbook.xml') ?? new Uint8Array());
    const rels = decoder.decode(files.get('xl/_rels/workbook.xml.rels') ?? new Uint8Array());
    const targets = new Map<string, string>();
    for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id && target) targets.set(id, target);
    }
    for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
      const name = attr(tag, 'name');
      const rid = attr(tag, 'r:id');
      const n = rid ? /sheet(\d+)\.xml$/.exec(targets.get(rid) ?? '')?.[1] : undefined;
      if (name && n) out.set(n, unescapeXml(name));
    }
  } catch {
    // A damaged directory: ExcelJS's own names (or none) stand.
  }
  return out;
}
