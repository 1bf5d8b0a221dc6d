/**
 * The footnote-10 table as a workbook: one row per year, for each group the number rated, the count
 * per level and the two shares against their targets; a second sheet has the same per child org.
 * Text cells are escaped against formula injection (exports/escape.ts): names come from users.
 */
import type { Writable } from 'node:stream';
import { escapeCell } from '../../exports/escape.ts';
import { type CellValue, XlsxWriter } from '../../exports/xlsx/workbook.ts';
import { countOf, GROUP_KEYS, type LevelColumn, levelColumns } from './columns.ts';
import type { YearResult } from './rules.ts';
import type { RatingsReport, RatingsReportChildren } from './service.ts';
import { GROUP_TITLES, metText, SHARE_TITLES, TITLE, targetText } from './texts.ts';

type Columns = Record<(typeof GROUP_KEYS)[number], LevelColumn[]>;

function headers(columns: Columns, lead: string[]): [CellValue[], CellValue[]] {
  const top: CellValue[] = lead.map(() => '');
  const second: CellValue[] = [...lead];
  for (const g of GROUP_KEYS) {
    const y0 = columns[g];
    top.push(GROUP_TITLES[g], ...y0.map(() => ''), '', '', '', '');
    second.push('Số được xếp loại', ...y0.map((c) => c.label));
    second.push(
      `${SHARE_TITLES.goodOrBetter} (%)`,
      'Chỉ tiêu > 90%',
      `${SHARE_TITLES.excellent} (%)`,
      'Chỉ tiêu 10–15%',
    );
  }
  return [top, second];
}

function yearCells(y: YearResult, columns: Columns): CellValue[] {
  const out: CellValue[] = [];
  for (const g of GROUP_KEYS) {
    const r = y[g];
    out.push(r.rated, ...columns[g].map((c) => countOf(y, g, c.code)));
    out.push(r.shares.goodOrBetter.percent, metText(r.shares.goodOrBetter.met));
    out.push(r.shares.excellent.percent, metText(r.shares.excellent.met));
  }
  return out;
}

export function writeRatingsWorkbook(report: RatingsReport, children: RatingsReportChildren) {
  return async (out: Writable) => {
    const all = [...report.years, ...children.children.flatMap((c) => c.years)];
    const columns = Object.fromEntries(GROUP_KEYS.map((g) => [g, levelColumns(all, g)])) as Columns;
    const width = 3 + GROUP_KEYS.reduce((n, g) => n + 5 + columns[g].length, 0);
    const xlsx = new XlsxWriter(out);
    const main = xlsx.sheet('XepLoai', {
      widths: [8, 22, ...Array(width).fill(14)],
      frozenRows: 5,
      landscape: true,
    });
    main.row([TITLE], 'title');
    main.row([
      escapeCell(
        `${report.org.name}${report.org.code ? ` (${report.org.code})` : ''}, từ năm ${report.fromYear} đến năm ${report.toYear}`,
      ),
    ]);
    main.row([
      `Chỉ tiêu: ${SHARE_TITLES.goodOrBetter.toLowerCase()} ${targetText(report.years[0]!.members.shares.goodOrBetter.target)}; ${SHARE_TITLES.excellent.toLowerCase()} ${targetText(report.years[0]!.members.shares.excellent.target)}. Ô trống: mức không có trong thang của năm đó.`,
    ]);
    const [top, second] = headers(columns, ['Năm', 'Quy định']);
    main.row(top, 'header');
    main.row(second, 'header');
    for (const y of report.years) main.row([y.year, y.scale.name, ...yearCells(y, columns)]);
    const byOrg = xlsx.sheet('TheoDonVi', {
      widths: [16, 36, 8, 22, ...Array(width).fill(14)],
      frozenRows: 2,
    });
    const [ctop, csecond] = headers(columns, ['Mã tổ chức', 'Tên tổ chức', 'Năm', 'Quy định']);
    byOrg.row(ctop, 'header');
    byOrg.row(csecond, 'header');
    for (const c of children.children)
      for (const y of c.years)
        await byOrg.row([
          escapeCell(c.org.code),
          escapeCell(c.org.name),
          y.year,
          y.scale.name,
          ...yearCells(y, columns),
        ]);
    await xlsx.finish();
  };
}
