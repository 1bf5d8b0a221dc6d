import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { XlsxWriter } from '../exports/xlsx/workbook.ts';
import { readXlsx } from './read.ts';
import { collect, EVENT_HEADER, MEMBER_HEADER, namedSheetZip, ORG_HEADER, xlsx, zipOf } from './testing.ts';
import { BrokenZip, openPart, sheetNamesByNumber, worksheetParts, zipDirectory } from './zipRead.ts';

const text = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** A small workbook as our exports write it: an instructions sheet first, workbook.xml last. */
const exported = () =>
  collect(async (out) => {
    const wb = new XlsxWriter(out);
    wb.sheet('HuongDan', { widths: [40] }).row(['Hướng dẫn nhập dữ liệu']);
    wb.sheet('ToChuc', { widths: [10] }).row(ORG_HEADER);
    const members = wb.sheet('DangVien', { widths: [10] });
    members.row(MEMBER_HEADER);
    members.row(['DV1', null, null, 'Lò Thị Nguyệt', 'Nữ', new Date(Date.UTC(1964, 1, 29))]);
    wb.sheet('BienDong', { widths: [10] }).row(EVENT_HEADER);
    await wb.finish();
  });

describe('reading an xlsx file through its central directory', () => {
  it('reads every sheet of an export, whose workbook.xml comes after its sheets, every time', async () => {
    // ExcelJS's own streaming reader lost the small parts after the first sheet now and then (CI saw
    // only "HuongDan"): reading the same file many times is what showed it.
    const bytes = await exported();
    for (let i = 0; i < 25; i++) {
      const read = await readXlsx(bytes);
      expect([...read.sheets.keys()]).toEqual(['ToChuc', 'DangVien', 'BienDong']);
      const members = read.sheets.get('DangVien')!;
      expect(members.rows).toHaveLength(1);
      const birth = members.rows[0]!.cells[members.keys.indexOf('birthDate')];
      expect(birth).toBeInstanceOf(Date);
      expect((birth as Date).toISOString().slice(0, 10)).toBe('1964-02-29');
    }
  });

  it('reads a workbook written by ExcelJS (workbook.xml first, shared strings) with its names', async () => {
    const bytes = await xlsx({
      Khac: [['x']],
      DangVien: [MEMBER_HEADER, ['DV1', null, null, 'Hà Văn Cường']],
    });
    const parts = zipDirectory(bytes);
    expect(worksheetParts(parts).map((w) => w.number)).toEqual(['1', '2']);
    expect(sheetNamesByNumber(bytes, parts)).toEqual(
      new Map([
        ['1', 'Khac'],
        ['2', 'DangVien'],
      ]),
    );
    const read = await readXlsx(bytes);
    expect([...read.sheets.keys()]).toEqual(['DangVien']);
    const members = read.sheets.get('DangVien')!;
    expect(members.rows[0]!.cells[members.keys.indexOf('fullName')]).toBe('Hà Văn Cường');
  });

  it('refuses a zip whose directory is cut off', async () => {
    const bytes = await exported();
    expect(() => zipDirectory(bytes.slice(0, bytes.length - 30))).toThrow(BrokenZip);
    expect(() => zipDirectory(new Uint8Array(100))).toThrow(BrokenZip);
  });

  it('fails a part that unpacks beyond the size its directory declares', async () => {
    const data = Buffer.alloc(200_000, 0x41);
    const lying = zipOf([{ name: 'a.xml', data: deflateRawSync(data), size: 1000 }]);
    const honest = zipOf([{ name: 'a.xml', data: deflateRawSync(data), size: data.length }]);
    await expect(text(openPart(lying, zipDirectory(lying).get('a.xml')!))).rejects.toThrow(BrokenZip);
    expect(await text(openPart(honest, zipDirectory(honest).get('a.xml')!))).toBe(data.toString());
    await expect(readXlsx(namedSheetZip(deflateRawSync(data), 10))).rejects.toThrow(BrokenZip);
    // A sheet that no template sheet is named after is never unpacked at all.
    const unnamed = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(data), size: 10 }]);
    expect((await readXlsx(unnamed)).sheets.size).toBe(0);
  });
});
