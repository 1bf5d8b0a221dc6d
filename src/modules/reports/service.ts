/**
 * Statistics of an org's subtree: its structure as of a date and its changes over a period
 * (definitions and SQL: docs/statistics.md).
 */
import { sql } from 'drizzle-orm';
import { policy } from '../../platform/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { rows } from '../../platform/db/query.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { isCellKind, type OrgKind } from '../../vn/codes/index.ts';
import { formatVnDate } from '../../vn/dates.ts';
import { orgByCode, orgVersionsOf } from '../orgs/queries.ts';
import { type ChangesQuery, changesQuery, type StructureQuery, structureQuery } from './contracts.ts';
import { holdsWholeLives, type Interval, type OrgVersionEdge, subtreeIntervals } from './intervals.ts';
import {
  changeCounts,
  countKinds,
  fixedChangeCounts,
  installationOrgCounts,
  spansOf,
  structureCounts,
  subtreeOrgs,
  versionsEverUnder,
} from './queries.ts';
import { buildChanges, buildStructure } from './rules.ts';

const field = (path: string, message: string) => badRequest(message, [{ path, message }]);

/** What a report is about: an org, or (id null) the whole installation when it has several roots. */
interface Subject {
  id: string | null;
  code: string | null;
}
export const WHOLE_INSTALLATION = 'Toàn hệ thống';

/**
 * The org a report is about: the one asked for, or else the root of the caller's scope (their own
 * org; for an admin, the installation's root org, or the whole installation when it has several,
 * like the nation's provinces). Outside the scope it does not exist (404).
 */
async function reportOrg(ctx: Ctx, code: string | undefined): Promise<Subject> {
  let org: { id: string; code: string } | undefined;
  if (code) {
    org = await orgByCode(ctx.db, code);
    if (!org) throw notFound(`Không tìm thấy tổ chức đảng mã ${code}.`);
  } else if (ctx.actor.orgId) {
    org = (
      await rows<{ id: string; code: string }>(
        ctx.db,
        sql`SELECT id, code FROM orgs WHERE id = ${ctx.actor.orgId}`,
      )
    )[0];
  } else {
    // Roots: orgs whose latest version has no parent. Starting from the versions without a parent
    // (the parent index holds a few dozen) instead of every org's latest version: on the nation
    // that subquery per org took 2 s of every report.
    const roots = await rows<{ id: string; code: string }>(
      ctx.db,
      sql`SELECT o.id, o.code FROM org_versions v JOIN orgs o ON o.id = v.org_id
          WHERE v.parent_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM org_versions w WHERE w.org_id = v.org_id AND w.valid_from > v.valid_from)
          ORDER BY o.code`,
    );
    if (roots.length > 1) {
      policy.readWholeInstallation(ctx);
      return { id: null, code: null };
    }
    org = roots[0];
  }
  if (!org) throw notFound('Chưa có tổ chức đảng nào để báo cáo.');
  await policy.readReports(ctx, org.id);
  return org;
}

/** The org's name on the date; before it existed, its first name; after it ended, its last. */
async function orgLabel(ctx: Ctx, org: Subject, date: string) {
  if (org.id === null || org.code === null) return { code: null, name: WHOLE_INSTALLATION };
  const versions = await orgVersionsOf(ctx.db, org.id);
  const onOrBefore = versions.filter((v) => v.validFrom <= date).at(-1);
  return { code: org.code, name: (onOrBefore ?? versions[0])?.name ?? org.code };
}

function notAfterToday(ctx: Ctx, path: string, label: string, date: string) {
  if (date > ctx.today)
    throw field(
      path,
      `${label} (${formatVnDate(date)}) không được sau ngày hôm nay (${formatVnDate(ctx.today)}).`,
    );
}

/** The org's subtree on a date: its organizations and its members by every breakdown. */
export async function structureReport(ctx: Ctx, input: StructureQuery) {
  const q = parseInput(structureQuery, input);
  const asOf = q.asOf ?? ctx.today;
  notAfterToday(ctx, 'asOf', 'Ngày báo cáo', asOf);
  const org = await reportOrg(ctx, q.org);
  const { orgs, counts } = await subtreeStructure(ctx.db, org.id, asOf);
  const { members, breakdowns } = buildStructure(counts, asOf);
  return {
    org: await orgLabel(ctx, org, asOf),
    asOf,
    organizations: {
      grassroots: { total: orgs.committees + orgs.cells, committees: orgs.committees, cells: orgs.cells },
      subordinateCells: orgs.subordinateCells,
    },
    members,
    breakdowns,
  };
}

/** The subtree's org counts and the structure query's rows (org id null: the whole installation). */
async function subtreeStructure(db: Db, orgId: string | null, asOf: string) {
  if (orgId === null) {
    const [orgs, counts] = await Promise.all([
      installationOrgCounts(db, asOf),
      structureCounts(db, null, asOf),
    ]);
    return { orgs, counts };
  }
  // The subtree is walked once, for both its counts and the periods' filter.
  const sub = await subtreeOrgs(db, orgId, asOf);
  return {
    orgs: countKinds(sub),
    counts: await structureCounts(
      db,
      sub.map((o) => o.orgId),
      asOf,
    ),
  };
}

/** How the subtree's roll changed over [from, to], both days included. */
export async function changesReport(ctx: Ctx, input: ChangesQuery) {
  const q = parseInput(changesQuery, input);
  const to = q.to ?? ctx.today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  notAfterToday(ctx, 'to', 'Đến ngày', to);
  if (from > to)
    throw field(
      'from',
      `Từ ngày (${formatVnDate(from)}) phải trước hoặc bằng đến ngày (${formatVnDate(to)}).`,
    );
  const org = await reportOrg(ctx, q.org);
  const figures = buildChanges(await changeRows(ctx.db, org.id, from, to));
  return { org: await orgLabel(ctx, org, to), from, to, ...figures };
}

/**
 * The changes query's rows for the org's subtree (null: the whole installation). A subtree that held
 * each of its orgs on every day the org existed — the usual case — needs no intervals, and the
 * interval-free query gives the same rows far faster (queries.ts fixedChangesSql).
 */
async function changeRows(db: Db, orgId: string | null, from: string, to: string) {
  if (orgId === null) return fixedChangeCounts(db, null, from, to);
  const versions = await versionsEverUnder(db, orgId);
  const intervals = subtreeIntervals(orgId, versions);
  if (holdsWholeLives(versions, intervals)) {
    const everyOrg = intervals.size === (await orgTotal(db));
    return fixedChangeCounts(db, everyOrg ? null : [...intervals.keys()], from, to);
  }
  return subtreeChangeCounts(db, versions, intervals, from, to);
}

/** The general changes query, through the subtree's intervals; exported so tests can compare. */
export function subtreeChangeCounts(
  db: Db,
  versions: readonly (OrgVersionEdge & { kind: string })[],
  intervals: Map<string, Interval[]>,
  from: string,
  to: string,
) {
  // Only cells hold members (Điều lệ Đảng 2011, Điều 24), so only orgs that were ever a cell matter.
  const everCell = new Set(versions.filter((v) => isCellKind(v.kind as OrgKind)).map((v) => v.orgId));
  const cells = new Map([...intervals].filter(([id]) => everCell.has(id)));
  return changeCounts(db, spansOf(cells), from, to);
}

async function orgTotal(db: Db) {
  return (await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM orgs`))[0]?.n ?? 0;
}
