/**
 * ExcelJS, with its SAX feed fixed: ExcelJS 4.4 decodes each chunk of a zip entry to text on its
 * own, so a Vietnamese letter (2–3 bytes in UTF-8) split between two chunks came out as "N��ng" —
 * in big streamed workbooks, a few cells in every ten thousand. The replacement keeps a
 * StringDecoder per entry. Every module here takes ExcelJS from this file, so the fix is in place
 * before ExcelJS first loads its parser.
 */
import Module, { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSType from 'exceljs';

const require = createRequire(import.meta.url);
const excelRequire = createRequire(require.resolve('exceljs'));
const target = excelRequire.resolve('./lib/utils/parse-sax.js');

if (!require.cache[target]) {
  const { SaxesParser } = excelRequire('saxes') as { SaxesParser: new () => SaxParser };
  async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown;
    parser.on('error', (e: unknown) => {
      error = e;
    });
    let events: { eventType: string; value: unknown }[] = [];
    for (const type of ['opentag', 'text', 'closetag'])
      parser.on(type, (value: unknown) => events.push({ eventType: type, value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  const m = new Module(target);
  m.filename = target;
  m.loaded = true;
  m.exports = parseSax;
  require.cache[target] = m;
}

interface SaxParser {
  on(event: string, fn: (value: unknown) => void): void;
  write(text: string): void;
}

const ExcelJS = excelRequire('exceljs') as typeof ExcelJSType;
export default ExcelJS;
