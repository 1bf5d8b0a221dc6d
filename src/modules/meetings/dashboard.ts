import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { underPath } from '../../platform/db/paths.ts';
import { one, rows, textArray } from '../../platform/db/query.ts';
import { cellsOf, HELD_FIGURES } from './cells.ts';
import type { DashboardQuery } from './contracts.ts';
import { monthOf, monthsBetween, nextMonth, planDeadline, quarterOf } from './rules.ts';
import { yearOf } from './scope.ts';

interface MonthFigures {
  month: string;
  regularHeld: number;
  thematicHeld: number;
  held: number;
  present: number;
  expected: number;
  tot: number;
  kha: number;
  trungBinh: number;
  chuaDat: number;
}

/**
 * The upper level's view of a year: a months × cells grid (one page of cells), the monthly figures of
 * the whole subtree (regular meetings held, attendance trend, quality), quarters without a thematic
 * meeting, late and missing plans, and overdue tasks. Every figure reads the counts cached on the
 * meetings rows; the attendance rows are never scanned. The SQL is in docs/meetings.md.
 */
export async function meetingDashboard(ctx: Ctx, q: DashboardQuery) {
  const { year, from, to, root, settings } = await yearOf(ctx, q);
  const inTree = (col: ReturnType<typeof sql>) => (root.path ? underPath(col, root.path) : sql`TRUE`);
  const months = monthsBetween(from, to);
  const upcoming = nextMonth(monthOf(ctx.today));
  const upcomingDue = planDeadline(upcoming, settings);
  // Every month of the year, and next month's plans, in one scan of the covering index.
  const scanned = months.includes(upcoming) ? months : [...months, upcoming];
  const deadlines = sql.join(
    scanned.map((m) => sql`(${m}, ${planDeadline(m, settings)}::date)`),
    sql`, `,
  );
  const recent = months.filter((m) => m <= monthOf(ctx.today)).slice(-3);
  const cells = await cellsOf(ctx.db, root.path, from, to);
  const page = cells.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const [grid, monthly, thematicQuarters, late, overdue, overdueCount, missing] = await Promise.all([
    rows<{
      orgId: string;
      month: string;
      kind: string;
      status: string;
      qualityLevel: string | null;
      model: boolean;
      present: number | null;
      expected: number | null;
    }>(
      ctx.db,
      sql`SELECT m.org_id AS "orgId", m.month, m.kind, m.status, m.quality_level AS "qualityLevel", m.model,
            m.present_count AS present, m.expected_count AS expected
          FROM meetings m
          WHERE m.org_id = ANY(${textArray(page.map((c) => c.id))}) AND m.month >= ${`${year}-01`} AND m.month <= ${`${year}-12`}
            AND m.status <> 'CANCELLED'
          ORDER BY m.planned_date`,
    ),
    rows<MonthFigures & { planned: number; late: number }>(
      ctx.db,
      sql`SELECT m.month,
            -- One regular meeting per cell and month (unique index): no DISTINCT, so no sort.
            count(*) FILTER (WHERE m.kind = 'REGULAR' AND m.status IN ('HELD', 'CLOSED'))::int AS "regularHeld",
            count(*) FILTER (WHERE m.kind = 'THEMATIC' AND m.status IN ('HELD', 'CLOSED'))::int AS "thematicHeld",
            count(*) FILTER (WHERE m.kind = 'REGULAR')::int AS planned,
            count(*) FILTER (WHERE m.kind = 'REGULAR' AND m.planned_on > d.deadline)::int AS late,
            ${HELD_FIGURES}
          FROM meetings m JOIN (VALUES ${deadlines}) AS d(month, deadline) ON d.month = m.month
          WHERE ${inTree(sql`m.org_path`)} AND m.status <> 'CANCELLED'
          GROUP BY m.month ORDER BY m.month`,
    ),
    rows<{ quarter: string; cells: number }>(
      ctx.db,
      sql`SELECT quarter, count(*)::int AS cells FROM (
            SELECT DISTINCT m.org_id, substr(m.month, 1, 4) || '-Q' || ((substr(m.month, 6, 2)::int + 2) / 3) AS quarter
            FROM meetings m
            WHERE ${inTree(sql`m.org_path`)} AND m.month >= ${`${year}-01`} AND m.month <= ${`${year}-12`}
              AND m.kind = 'THEMATIC' AND m.status IN ('HELD', 'CLOSED')) q
          GROUP BY quarter`,
    ),
    // The latest late plans: the last three months suffice for a list of twenty. The inner query reads
    // the covering index only; names are looked up for the twenty rows.
    recent.length
      ? rows<{ orgCode: string; orgName: string; month: string; plannedOn: string; deadline: string }>(
          ctx.db,
          sql`SELECT o.code AS "orgCode",
              (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
              l.month, l.planned_on AS "plannedOn", l.deadline
            FROM (SELECT m.org_id, m.month, m.planned_on, d.deadline
                  FROM meetings m JOIN (VALUES ${deadlines}) AS d(month, deadline) ON d.month = m.month
                  WHERE ${inTree(sql`m.org_path`)} AND m.month >= ${recent[0]!} AND m.kind = 'REGULAR'
                    AND m.status <> 'CANCELLED' AND m.planned_on > d.deadline
                  ORDER BY m.month DESC, m.planned_on DESC LIMIT 20) l
            JOIN orgs o ON o.id = l.org_id
            ORDER BY l.month DESC, l.planned_on DESC`,
        )
      : Promise.resolve([]),
    rows<{ id: string; title: string; dueOn: string; memberName: string; orgCode: string; orgName: string }>(
      ctx.db,
      sql`SELECT t.id, t.title, t.due_on AS "dueOn", mb.full_name AS "memberName", o.code AS "orgCode",
            (SELECT v.name FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName"
          FROM meeting_tasks t JOIN members mb ON mb.id = t.member_id JOIN orgs o ON o.id = t.org_id
          WHERE ${inTree(sql`t.org_path`)} AND t.status = 'OPEN' AND t.due_on < ${ctx.today}
          ORDER BY t.due_on LIMIT 20`,
    ),
    one<{ n: number }>(
      ctx.db,
      sql`SELECT count(*)::int AS n FROM meeting_tasks t
          WHERE ${inTree(sql`t.org_path`)} AND t.status = 'OPEN' AND t.due_on < ${ctx.today}`,
    ),
    // The first cells, in tree order, without next month's regular plan (the unique index answers each).
    rows<{ code: string; name: string }>(
      ctx.db,
      sql`SELECT o.code, v.name FROM orgs o JOIN org_versions v ON v.org_id = o.id AND v.valid_to IS NULL
          WHERE ${inTree(sql`o.path`)} AND v.kind IN ('CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC')
            AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.org_id = o.id AND m.month = ${upcoming}
                              AND m.kind = 'REGULAR' AND m.status <> 'CANCELLED')
          ORDER BY o.path LIMIT 20`,
    ),
  ]);
  const lateCount = { n: monthly.filter((m) => months.includes(m.month)).reduce((n, m) => n + m.late, 0) };
  const plannedNext = monthly.find((m) => m.month === upcoming)?.planned ?? 0;
  const currentMonth = monthOf(ctx.today);
  const liveCells = (m: string) =>
    cells.filter((c) => c.liveFrom <= `${m}-31` && (c.liveTo === null || c.liveTo > `${m}-01`)).length;
  const byMonth = new Map(monthly.map((m) => [m.month, m]));
  const monthRows = months.map((m) => {
    const f = byMonth.get(m);
    const total = liveCells(m);
    return {
      month: m,
      cells: total,
      regularHeld: f?.regularHeld ?? 0,
      /** Cells without a regular meeting, once the month is over (the current month is still open). */
      cellsWithoutRegular: m < currentMonth ? Math.max(0, total - (f?.regularHeld ?? 0)) : null,
      thematicHeld: f?.thematicHeld ?? 0,
      meetingsHeld: f?.held ?? 0,
      attendanceRate: f?.expected ? Math.round((1000 * f.present) / f.expected) / 10 : null,
      quality: {
        TOT: f?.tot ?? 0,
        KHA: f?.kha ?? 0,
        TRUNG_BINH: f?.trungBinh ?? 0,
        CHUA_DAT: f?.chuaDat ?? 0,
      },
    };
  });
  const quarterCells = new Map(thematicQuarters.map((x) => [x.quarter, x.cells]));
  const quarters = [...new Set(months.map(quarterOf))].map((quarter) => ({
    quarter,
    cellsWithThematic: quarterCells.get(quarter) ?? 0,
    // Once the quarter is over: its last month lies before the current one.
    cellsWithoutThematic:
      `${quarter.slice(0, 4)}-${String(Number(quarter.slice(-1)) * 3).padStart(2, '0')}` < currentMonth
        ? Math.max(0, cells.length - (quarterCells.get(quarter) ?? 0))
        : null,
  }));
  const liveNow = cells.filter((c) => c.liveTo === null).length;
  const missingTotal = ctx.today > upcomingDue ? Math.max(0, liveNow - plannedNext) : 0;
  const byCell = new Map<string, typeof grid>();
  for (const g of grid) byCell.set(g.orgId, [...(byCell.get(g.orgId) ?? []), g]);
  return {
    org: root.code,
    year,
    asOf: ctx.today,
    months: monthRows,
    quarters,
    grid: {
      total: cells.length,
      page: q.page,
      pageSize: q.pageSize,
      cells: page.map((c) => ({
        code: c.code,
        name: c.name,
        months: months.map((m) => {
          const held = (byCell.get(c.id) ?? []).filter((g) => g.month === m);
          return {
            month: m,
            meetings: held.map((g) => ({
              kind: g.kind,
              status: g.status,
              model: g.model,
              qualityLevel: g.qualityLevel,
              attendanceRate: g.expected ? Math.round((1000 * (g.present ?? 0)) / g.expected) / 10 : null,
            })),
          };
        }),
      })),
    },
    latePlans: { total: lateCount.n, items: late },
    missingPlans: {
      month: upcoming,
      deadline: upcomingDue,
      total: missingTotal,
      items: missingTotal ? missing : [],
    },
    overdueTasks: { total: overdueCount?.n ?? 0, items: overdue },
  };
}
