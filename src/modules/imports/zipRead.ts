/**
 * Reads an xlsx file's parts through the zip's central directory. ExcelJS's streaming reader walks
 * the zip front to back with unzipper and loses entries in a race: small entries pushed while it is
 * busy with a sheet are dropped when the zip stream ends (CI once saw only the first sheet of an
 * export, "HuongDan", and refused the file). The import holds the whole file in memory anyway, so
 * each part is found by its directory record and inflated as a stream on its own, in the order the
 * parser needs: relationships, workbook, shared strings, styles, then the sheets.
 */
import { Readable, Transform } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  method: number;
  /** Offset of the compressed data in the file. */
  start: number;
  packed: number;
  size: number;
}

export class BrokenZip extends Error {}

/** The parts of a zip by name, from its central directory; throws BrokenZip when that cannot be read. */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipPart> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => {
    if (at + 2 > bytes.length) throw new BrokenZip('beyond the end');
    return view.getUint16(at, true);
  };
  const u32 = (at: number) => {
    if (at + 4 > bytes.length) throw new BrokenZip('beyond the end');
    return view.getUint32(at, true);
  };
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new BrokenZip('no end of central directory');
  const out = new Map<string, ZipPart>();
  const count = u16(eocd + 10);
  let p = u32(eocd + 16);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (u32(p) !== 0x02014b50) throw new BrokenZip('bad directory record');
    const method = u16(p + 10);
    const packed = u32(p + 20);
    const size = u32(p + 24);
    const nameLength = u16(p + 28);
    const extra = u16(p + 30);
    const comment = u16(p + 32);
    const local = u32(p + 42);
    if (p + 46 + nameLength > bytes.length) throw new BrokenZip('name beyond the end');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, '');
    if (u32(local) !== 0x04034b50) throw new BrokenZip('bad local header');
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > bytes.length) throw new BrokenZip('data beyond the end');
    out.set(name, { name, method, start, packed, size });
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

/**
 * The unpacked bytes of a part as a stream. A part that unpacks to more than its directory declares
 * is a lie (a zip bomb that passed the size check) and fails the stream.
 */
export function openPart(bytes: Uint8Array, part: ZipPart): Readable {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + part.start, part.packed);
  if (part.method !== 0 && part.method !== 8)
    return Readable.from(
      (async function* () {
        yield* [];
        throw new BrokenZip(`compression method ${part.method}`);
      })(),
    );
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > part.size) done(new BrokenZip(`${part.name} unpacks beyond its declared size`));
      else done(null, chunk);
    },
  });
  const source = Readable.from([data], { objectMode: false });
  // zlib's default 16 KB output chunks cost a callback each: 6 of the 22 s of reading a
  // 100,000-member workbook went to them; 256 KB chunks keep the callbacks few and the memory flat.
  const unpacked = part.method === 8 ? source.pipe(createInflateRaw({ chunkSize: 256 * 1024 })) : source;
  unpacked.on('error', (e) => cap.destroy(e));
  return unpacked.pipe(cap);
}

/** A small part's text, unpacked at once ('' when absent). */
export function partText(bytes: Uint8Array, parts: Map<string, ZipPart>, name: string): string {
  const part = parts.get(name);
  if (!part) return '';
  const data = bytes.subarray(part.start, part.start + part.packed);
  return new TextDecoder().decode(part.method === 8 ? inflateRawSync(data) : data);
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );

/** Sheet names by worksheet file number (`xl/worksheets/sheet3.xml` → "3"), from workbook.xml and its relationships. */
export function sheetNamesByNumber(bytes: Uint8Array, parts: Map<string, ZipPart>): Map<string, string> {
  const out = new Map<string, string>();
  const workbook = partText(bytes, parts, 'xl/workbook.xml');
  const rels = partText(bytes, parts, 'xl/_rels/workbook.xml.rels');
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
  return out;
}

/** The worksheet parts in the order of their file numbers. */
export function worksheetParts(parts: Map<string, ZipPart>): { number: string; part: ZipPart }[] {
  const out: { number: string; part: ZipPart }[] = [];
  for (const part of parts.values()) {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(part.name);
    if (m) out.push({ number: m[1]!, part });
  }
  return out.sort((a, b) => Number(a.number) - Number(b.number));
}
