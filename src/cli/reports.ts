import { meetingsReport } from '../modules/meetings/report.ts';
import { changesReport, structureReport } from '../modules/reports/service.ts';
import {
  BREAKDOWN_TITLES,
  DECREASE_FIGURES,
  INCREASE_FIGURES,
  MEMBER_FIGURES,
  ORG_FIGURES,
} from '../modules/reports/texts.ts';
import { systemActor } from '../platform/access/actor.ts';
import { todayFrom } from '../platform/context.ts';
import type { Database } from '../platform/db/client.ts';
import { formatVnDate } from '../vn/dates.ts';
import { print, UsageError } from './io.ts';
import { ratingsReportCommand } from './ratingsReport.ts';

type Flags = Record<string, string | boolean | undefined>;

const num = new Intl.NumberFormat('vi-VN');
const pct = (n: number, total: number) =>
  total
    ? `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((100 * n) / total)}%`
    : '';
const row = (label: string, n: number, total?: number) =>
  `  ${label.padEnd(58)} ${num.format(n).padStart(9)}${total === undefined ? '' : ` ${pct(n, total).padStart(7)}`}`;
const opt = (flags: Flags, name: string) =>
  typeof flags[name] === 'string' ? (flags[name] as string) : undefined;

/** `report structure|changes`: the statistics as tables for people, or the API's JSON with --json. */
export async function reportCommand(
  database: Database,
  sub: string | undefined,
  flags: Flags,
  json: boolean,
) {
  const ctx = { db: database.db, actor: systemActor('cli'), today: todayFrom() };
  switch (sub) {
    case 'structure': {
      const r = await structureReport(ctx, { org: opt(flags, 'org'), asOf: opt(flags, 'as-of') });
      return print(json, r, () => {
        const lines = [
          `CƠ CẤU TỔ CHỨC VÀ ĐẢNG VIÊN — ${r.org.name} (${r.org.code}), ngày ${formatVnDate(r.asOf)}`,
          '',
          row(ORG_FIGURES.grassroots, r.organizations.grassroots.total),
          row(`  ${ORG_FIGURES.committees}`, r.organizations.grassroots.committees),
          row(`  ${ORG_FIGURES.cells}`, r.organizations.grassroots.cells),
          row(ORG_FIGURES.subordinateCells, r.organizations.subordinateCells),
          '',
          ...Object.entries(MEMBER_FIGURES).map(([k, label]) =>
            k === 'total'
              ? row(label, r.members.total)
              : row(label, r.members[k as keyof typeof r.members], r.members.total),
          ),
        ];
        for (const [name, title] of Object.entries(BREAKDOWN_TITLES)) {
          lines.push('', `${title}:`);
          for (const e of r.breakdowns[name as keyof typeof r.breakdowns]) {
            // The 54 ethnicities: only those present, so the table stays readable.
            if (name === 'ethnicity' && e.count === 0) continue;
            lines.push(row(e.label, e.count, r.members.total));
          }
        }
        return lines.join('\n');
      });
    }
    case 'changes': {
      const r = await changesReport(ctx, {
        org: opt(flags, 'org'),
        from: opt(flags, 'from'),
        to: opt(flags, 'to'),
      });
      return print(json, r, () =>
        [
          `BIẾN ĐỘNG ĐẢNG VIÊN — ${r.org.name} (${r.org.code}), từ ${formatVnDate(r.from)} đến ${formatVnDate(r.to)}`,
          '',
          row(`Đầu kỳ (hết ngày trước ${formatVnDate(r.from)})`, r.startCount),
          ...Object.entries(INCREASE_FIGURES).map(([k, label]) =>
            row(k === 'total' ? label : `  ${label}`, r.increase[k as keyof typeof r.increase]),
          ),
          ...Object.entries(DECREASE_FIGURES).map(([k, label]) =>
            row(k === 'total' ? label : `  ${label}`, r.decrease[k as keyof typeof r.decrease]),
          ),
          row(`Cuối kỳ (ngày ${formatVnDate(r.to)})`, r.endCount),
        ].join('\n'),
      );
    }
    case 'meetings': {
      const r = await meetingsReport(ctx, {
        org: opt(flags, 'org'),
        from: opt(flags, 'from'),
        to: opt(flags, 'to'),
      });
      return print(json, r, () => meetingsText(r));
    }
    case 'ratings':
      return ratingsReportCommand(ctx, flags, json);
    default:
      throw new UsageError(
        'Dùng: report structure [--org MÃ] [--as-of NGÀY] | report changes [--org MÃ] --from NGÀY --to NGÀY | report meetings [--org MÃ] --from NGÀY --to NGÀY | report ratings [--org MÃ] --from-year NĂM --to-year NĂM [--out TỆP.xlsx]',
      );
  }
}

/** The meetings report as a table: one line per cell, then the totals. */
function meetingsText(r: Awaited<ReturnType<typeof meetingsReport>>): string {
  const q = (x: { TOT: number; KHA: number; TRUNG_BINH: number; CHUA_DAT: number }) =>
    `${x.TOT}/${x.KHA}/${x.TRUNG_BINH}/${x.CHUA_DAT}`.padStart(12);
  const rate = (x: number | null) => (x === null ? '' : `${x.toLocaleString('vi-VN')}%`).padStart(7);
  const line = (name: string, x: (typeof r.items)[number] | (typeof r.totals & { name?: string })) =>
    `  ${name.slice(0, 44).padEnd(44)} ${`${x.regularHeld}/${x.regularExpected}`.padStart(9)} ${`${x.thematicHeld}/${x.thematicExpected}`.padStart(9)} ${rate(x.attendanceRate)} ${q(x.quality)}`;
  return [
    `SINH HOẠT CHI BỘ — ${r.org ?? 'toàn hệ thống'}, từ ${formatVnDate(r.from)} đến ${formatVnDate(r.to)}`,
    '',
    `  ${'Chi bộ'.padEnd(44)} ${'Thường kỳ'.padStart(9)} ${'Chuyên đề'.padStart(9)} ${'Dự (%)'.padStart(7)} ${'T/K/TB/CĐ'.padStart(12)}`,
    ...r.items.map((i) => line(`${i.name} (${i.code})`, i)),
    '',
    line(`Tổng ${num.format(r.totals.cells)} chi bộ`, r.totals),
    `  Chi bộ thiếu sinh hoạt thường kỳ: ${num.format(r.totals.cellsMissingRegular)}; thiếu chuyên đề: ${num.format(r.totals.cellsMissingThematic)}.`,
  ].join('\n');
}
