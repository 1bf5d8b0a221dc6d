import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, rows } from '../../platform/db/query.ts';
import { invalidFields } from '../../platform/errors.ts';
import { cellsOf, HELD_FIGURES } from './cells.ts';
import type { ReportQuery } from './contracts.ts';
import { monthOf, owedPeriods, QUALITY_CODES, type QualityLevel } from './rules.ts';
import { reportRoot } from './scope.ts';

type QualityCounts = Record<QualityLevel, number>;
const noQuality = (): QualityCounts => ({ TOT: 0, KHA: 0, TRUNG_BINH: 0, CHUA_DAT: 0 });

interface CellFigures {
  orgId: string;
  regularHeld: number;
  held: number;
  present: number;
  expected: number;
  tot: number;
  kha: number;
  trungBinh: number;
  chuaDat: number;
}

/**
 * The meetings report of a subtree over [from, to] (by the month each meeting belongs to): per cell the
 * regular meetings held against the months owed, thematic quarters covered against the quarters owed,
 * the attendance rate over the meetings held and their count per quality level; and the totals.
 * The SQL is in docs/meetings.md.
 */
export async function meetingsReport(ctx: Ctx, q: ReportQuery) {
  const to = q.to ?? ctx.today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalidFields([{ path: 'from', message: 'Từ ngày phải trước đến ngày.' }]);
  const root = await reportRoot(ctx, q.org);
  const cells = await cellsOf(ctx.db, root.path, from, to);
  const inTree = root.path ? underPath(sql`m.org_path`, root.path) : sql`TRUE`;
  // One group per cell: at province size (15,000 groups) the default 4 MB of work_mem made the
  // aggregate spill to disk in 129 batches. One regular meeting per cell and month (unique index),
  // and none is held before its cell existed or after today, so counting them counts the months.
  const figures = await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    return rows<CellFigures>(
      tx,
      sql`SELECT m.org_id AS "orgId", count(*) FILTER (WHERE m.kind = 'REGULAR')::int AS "regularHeld", ${HELD_FIGURES}
          FROM meetings m
          WHERE ${inTree} AND m.month >= ${monthOf(from)} AND m.month <= ${monthOf(to)} AND m.status IN ('HELD', 'CLOSED')
          GROUP BY m.org_id`,
    );
  });
  // Quarters with a thematic meeting, per cell, from the partial index of thematic meetings held.
  const thematic = await rows<{ orgId: string; quarters: number }>(
    ctx.db,
    sql`SELECT m.org_id AS "orgId",
          count(DISTINCT substr(m.month, 1, 4) || '-Q' || ((substr(m.month, 6, 2)::int + 2) / 3))::int AS quarters
        FROM meetings m
        WHERE ${inTree} AND m.month >= ${monthOf(from)} AND m.month <= ${monthOf(to)}
          AND m.kind = 'THEMATIC' AND m.status IN ('HELD', 'CLOSED')
        GROUP BY m.org_id`,
  );
  const quartersOf = new Map(thematic.map((t) => [t.orgId, t.quarters]));
  const byOrg = new Map(figures.map((f) => [f.orgId, f]));
  const totals = {
    cells: cells.length,
    regularHeld: 0,
    regularExpected: 0,
    thematicHeld: 0,
    thematicExpected: 0,
    meetingsHeld: 0,
    present: 0,
    expectedAttendance: 0,
    attendanceRate: null as number | null,
    quality: noQuality(),
    cellsMissingRegular: 0,
    cellsMissingThematic: 0,
  };
  const items = cells.map((c) => {
    const owed = owedPeriods(from, to, { from: c.liveFrom, to: c.liveTo }, ctx.today);
    const f = byOrg.get(c.id);
    const months = new Set(owed.months);
    const quarters = new Set(owed.quarters);
    const regularHeld = Math.min(f?.regularHeld ?? 0, months.size);
    const thematicHeld = Math.min(quartersOf.get(c.id) ?? 0, quarters.size);
    const quality: QualityCounts = {
      TOT: f?.tot ?? 0,
      KHA: f?.kha ?? 0,
      TRUNG_BINH: f?.trungBinh ?? 0,
      CHUA_DAT: f?.chuaDat ?? 0,
    };
    totals.regularHeld += regularHeld;
    totals.regularExpected += months.size;
    totals.thematicHeld += thematicHeld;
    totals.thematicExpected += quarters.size;
    totals.meetingsHeld += f?.held ?? 0;
    totals.present += f?.present ?? 0;
    totals.expectedAttendance += f?.expected ?? 0;
    for (const k of QUALITY_CODES) totals.quality[k] += quality[k];
    if (regularHeld < months.size) totals.cellsMissingRegular += 1;
    if (thematicHeld < quarters.size) totals.cellsMissingThematic += 1;
    return {
      code: c.code,
      name: c.name,
      regularHeld,
      regularExpected: months.size,
      thematicHeld,
      thematicExpected: quarters.size,
      meetingsHeld: f?.held ?? 0,
      attendanceRate: f?.expected ? Math.round((1000 * f.present) / f.expected) / 10 : null,
      quality,
    };
  });
  totals.attendanceRate = totals.expectedAttendance
    ? Math.round((1000 * totals.present) / totals.expectedAttendance) / 10
    : null;
  return { org: root.code, from, to, items, totals };
}
