import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { countOf, GROUP_KEYS, levelColumns } from '../modules/ratings/report/columns.ts';
import {
  type RatingsReport,
  ratingsReport,
  ratingsReportChildren,
} from '../modules/ratings/report/service.ts';
import { GROUP_TITLES, metText, TITLE, targetText } from '../modules/ratings/report/texts.ts';
import { writeRatingsWorkbook } from '../modules/ratings/report/xlsx.ts';
import type { Ctx } from '../platform/context.ts';
import { print, UsageError } from './io.ts';

type Flags = Record<string, string | boolean | undefined>;

const str = (flags: Flags, name: string) =>
  typeof flags[name] === 'string' ? (flags[name] as string) : undefined;

const pct = (p: number | null) => (p === null ? '—' : `${p.toLocaleString('vi-VN')}%`);

/** One block per group: a line per year, a column per level of every year's scale. */
export function ratingsText(r: RatingsReport): string {
  const lines = [
    `${TITLE} — ${r.org.name}${r.org.code ? ` (${r.org.code})` : ''}, từ năm ${r.fromYear} đến năm ${r.toYear}`,
  ];
  const legend = new Map<string, string>();
  for (const g of GROUP_KEYS) {
    const columns = levelColumns(r.years, g);
    for (const c of columns) legend.set(c.code, c.label);
    const target = r.years[0]!.members.shares;
    lines.push(
      '',
      `${GROUP_TITLES[g]}:`,
      `  ${'Năm'.padEnd(5)} ${'Xếp loại'.padStart(9)} ${columns.map((c) => c.code.padStart(16)).join('')}  ${`TTNV+ (${targetText(target.goodOrBetter.target)})`.padStart(22)}  ${`XS (${targetText(target.excellent.target)})`.padStart(22)}`,
    );
    for (const y of r.years) {
      const s = y[g].shares;
      const share = (x: typeof s.goodOrBetter) => `${pct(x.percent)} ${metText(x.met)}`.trim().padStart(22);
      lines.push(
        `  ${String(y.year).padEnd(5)} ${String(y[g].rated).padStart(9)} ${columns.map((c) => String(countOf(y, g, c.code) ?? '').padStart(16)).join('')}  ${share(s.goodOrBetter)}  ${share(s.excellent)}`,
      );
    }
  }
  lines.push('', 'Quy định từng năm:', ...r.years.map((y) => `  ${y.year}: ${y.scale.name}`));
  lines.push('', 'Mức xếp loại:', ...[...legend].map(([code, label]) => `  ${code}: ${label}`));
  return lines.join('\n');
}

/** `report ratings [--org MÃ] [--from-year N] [--to-year N] [--out TỆP.xlsx]`. */
export async function ratingsReportCommand(ctx: Ctx, flags: Flags, json: boolean) {
  const input = { org: str(flags, 'org'), fromYear: str(flags, 'from-year'), toYear: str(flags, 'to-year') };
  const out = str(flags, 'out');
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx'))
    throw new UsageError('--out phải là tệp .xlsx.');
  // zod coerces the years from text, as from a query string.
  const q = input as unknown as Parameters<typeof ratingsReport>[1];
  const r = await ratingsReport(ctx, q);
  if (out) {
    const file = createWriteStream(out);
    await writeRatingsWorkbook(r, await ratingsReportChildren(ctx, q))(file);
    await finished(file);
    return print(json, { file: out }, () => `Đã ghi bảng kết quả xếp loại vào ${out}.`);
  }
  return print(json, r, () => ratingsText(r));
}
