import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { rows, textArray } from '../../platform/db/query.ts';
import { isCell } from '../orgs/rules.ts';
import { orgsOf } from './cells.ts';
import type { DashboardQuery } from './contracts.ts';
import {
  COMMITTEE_KINDS,
  CONGRESS_KINDS,
  hasCommittee,
  type MeetingSettings,
  monthOf,
  owedPeriods,
  type WindowFigures,
  windowFigures,
} from './rules.ts';
import { yearOf } from './scope.ts';

export interface CommitteeFigures {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  /** First day the org no longer existed in that shape, or null while it does. */
  liveTo: string | null;
  committee: WindowFigures | null;
  congress: WindowFigures | null;
}

/**
 * Committee meetings and congresses of a subtree over a year, from the data: every đảng ủy
 * (grassroots and intermediate committees) and every cell with a chi ủy (at least
 * `cellCommitteeMinOfficial` official members on the year's last day, or today: Điều lệ Điều 24.4)
 * owes a committee meeting (kind COMMITTEE) in every window of `committeeMeetingEveryMonths` months
 * (Điều lệ Điều 24.2: monthly); every grassroots committee owes `congressesPerYear` conferences (kind
 * CONGRESS; DOMAIN.md: twice a year). Windows count while the org existed and once begun; missed
 * once over. Orgs owing neither are left out; tree order.
 */
export async function committeeFigures(
  db: Db,
  prefix: string | null,
  year: number,
  today: string,
  settings: MeetingSettings,
): Promise<CommitteeFigures[]> {
  const every = settings.committeeMeetingEveryMonths;
  const perYear = settings.congressesPerYear;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const asOf = to < today ? to : today;
  const orgs = await orgsOf(db, prefix, from, to, [...COMMITTEE_KINDS, 'CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC']);
  const cellIds = orgs.filter((o) => isCell(o.kind)).map((o) => o.id);
  const [official, held] = await Promise.all([
    every > 0 && cellIds.length
      ? rows<{ orgId: string; n: number }>(
          db,
          sql`SELECT p.org_id AS "orgId", count(*)::int AS n FROM membership_periods p
              WHERE p.org_id = ANY(${textArray(cellIds)}) AND p.status = 'OFFICIAL'
                AND p.valid_from <= ${asOf}::date AND (p.valid_to IS NULL OR p.valid_to > ${asOf}::date)
              GROUP BY p.org_id HAVING count(*) >= ${settings.cellCommitteeMinOfficial}`,
        )
      : Promise.resolve([]),
    rows<{ orgId: string; kind: string; month: string }>(
      db,
      sql`SELECT DISTINCT m.org_id AS "orgId", m.kind, m.month FROM meetings m
          WHERE ${prefix ? underPath(sql`m.org_path`, prefix) : sql`TRUE`}
            AND m.kind IN ('COMMITTEE', 'CONGRESS') AND m.status IN ('HELD', 'CLOSED')
            AND m.month >= ${`${year}-01`} AND m.month <= ${`${year}-12`}`,
    ),
  ]);
  const officialBy = new Map(official.map((o) => [o.orgId, o.n]));
  const heldBy = new Map<string, { COMMITTEE: string[]; CONGRESS: string[] }>();
  for (const h of held) {
    const e = heldBy.get(h.orgId) ?? { COMMITTEE: [], CONGRESS: [] };
    e[h.kind as 'COMMITTEE' | 'CONGRESS'].push(h.month);
    heldBy.set(h.orgId, e);
  }
  const current = monthOf(today);
  return orgs.flatMap((o) => {
    const owed = owedPeriods(from, to, { from: o.liveFrom, to: o.liveTo }, today).months;
    const h = heldBy.get(o.id) ?? { COMMITTEE: [], CONGRESS: [] };
    const committee =
      every > 0 && hasCommittee(o.kind, officialBy.get(o.id) ?? 0, settings)
        ? windowFigures(owed, h.COMMITTEE, every, current)
        : null;
    const congress =
      perYear > 0 && (CONGRESS_KINDS as readonly string[]).includes(o.kind)
        ? windowFigures(owed, h.CONGRESS, 12 / perYear, current)
        : null;
    if (!committee && !congress) return [];
    const { id, code, name, kind, path, liveTo } = o;
    return [{ id, code, name, kind, path, liveTo, committee, congress }];
  });
}

/** The committees' card (`GET /meetings/committees`): orgs with a missed window first, then tree order. */
export async function committeeCompliance(ctx: Ctx, q: DashboardQuery) {
  const { year, root, settings } = await yearOf(ctx, q);
  const items = await committeeFigures(ctx.db, root.path, year, ctx.today, settings);
  const missing = (i: CommitteeFigures) => Boolean(i.committee?.missed.length || i.congress?.missed.length);
  items.sort((a, b) => Number(missing(b)) - Number(missing(a)) || (a.path < b.path ? -1 : 1));
  return {
    org: root.code,
    year,
    asOf: ctx.today,
    rules: {
      committeeMeetingEveryMonths: settings.committeeMeetingEveryMonths,
      cellCommitteeMinOfficial: settings.cellCommitteeMinOfficial,
      congressesPerYear: settings.congressesPerYear,
    },
    totals: {
      committees: items.filter((i) => i.committee).length,
      committeesMissing: items.filter((i) => i.committee?.missed.length).length,
      congressOrgs: items.filter((i) => i.congress).length,
      congressMissing: items.filter((i) => i.congress?.missed.length).length,
    },
    total: items.length,
    page: q.page,
    pageSize: q.pageSize,
    items: items
      .slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
      .map(({ code, name, kind, committee, congress }) => ({ code, name, kind, committee, congress })),
  };
}
