/**
 * A minimal zip writer for xlsx files: entries deflated by Node's native zlib as they are written
 * and kept compressed in memory (a 200,000-member sheet is ≈ 20 MB compressed), then written out
 * with their sizes and CRCs known, so no data descriptors and no zip64 are needed (xlsx parts stay
 * far below 4 GB). Several entries can be filled at once: the template export writes DangVien and
 * BienDong in one pass over the roll.
 */
import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

/** Text is handed to zlib in pieces of about this size: fewer, larger writes are much faster. */
const PIECE = 64 * 1024;

export class ZipEntry {
  private readonly deflate: DeflateRaw;
  private readonly chunks: Buffer[] = [];
  private pending = '';
  private crc = 0;
  private size = 0;
  private done: Promise<void>;
  private compressedSize = 0;
  readonly name: string;

  constructor(name: string) {
    this.name = name;
    this.deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED, memLevel: 9 });
    this.deflate.on('data', (c: Buffer) => {
      this.chunks.push(c);
      this.compressedSize += c.length;
    });
    this.done = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
  }

  /** Appends text; resolves at once unless zlib is behind, so a caller may await it for backpressure. */
  write(text: string): Promise<void> | undefined {
    this.pending += text;
    if (this.pending.length < PIECE) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    if (!this.pending) return undefined;
    const bytes = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (this.deflate.write(bytes)) return undefined;
    return new Promise((resolve) => this.deflate.once('drain', resolve));
  }

  async end(): Promise<void> {
    await this.flush();
    this.deflate.end();
    await this.done;
  }

  get header() {
    return { crc: this.crc >>> 0, size: this.size, compressedSize: this.compressedSize };
  }

  get data(): readonly Buffer[] {
    return this.chunks;
  }
}

export class ZipWriter {
  private readonly entries: ZipEntry[] = [];
  private readonly out: Writable;

  constructor(out: Writable) {
    this.out = out;
  }

  entry(name: string): ZipEntry {
    const e = new ZipEntry(name);
    this.entries.push(e);
    return e;
  }

  async add(name: string, text: string): Promise<void> {
    const e = this.entry(name);
    await e.write(text);
    await e.end();
  }

  /** Writes every entry (each must have ended), then the central directory, and ends `out`. */
  async finish(): Promise<void> {
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of this.entries) {
      const name = Buffer.from(e.name, 'utf8');
      const { crc, size, compressedSize } = e.header;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
      local.writeUInt16LE(0x0800, 6); // names in UTF-8
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt32LE(DOS_EPOCH, 10);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressedSize, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      await this.put(local);
      await this.put(name);
      for (const c of e.data) await this.put(c);
      const dir = Buffer.alloc(46);
      dir.writeUInt32LE(0x02014b50, 0);
      dir.writeUInt16LE(20, 4);
      dir.writeUInt16LE(20, 6);
      dir.writeUInt16LE(0x0800, 8);
      dir.writeUInt16LE(8, 10);
      dir.writeUInt32LE(DOS_EPOCH, 12);
      dir.writeUInt32LE(crc, 16);
      dir.writeUInt32LE(compressedSize, 20);
      dir.writeUInt32LE(size, 24);
      dir.writeUInt16LE(name.length, 28);
      dir.writeUInt32LE(offset, 42);
      central.push(dir, name);
      offset += 30 + name.length + compressedSize;
    }
    const dirSize = central.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(dirSize, 12);
    end.writeUInt32LE(offset, 16);
    for (const b of central) await this.put(b);
    await this.put(end);
    // Ends the stream, as ExcelJS's writer did: the HTTP reply and the CLI's file wait for it.
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(resolve);
    });
  }

  private put(b: Buffer): Promise<void> | undefined {
    if (this.out.write(b)) return undefined;
    return new Promise((resolve) => this.out.once('drain', resolve));
  }
}

/** 1 January 1980 00:00 in MS-DOS date/time format: the file times carry no meaning here. */
const DOS_EPOCH = (0 << 25) | (1 << 21) | (1 << 16);
