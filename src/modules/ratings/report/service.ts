/**
 * The ratings report (issue 6 part 6; seeds/002 footnote 10): per year the scale and, for the
 * grassroots orgs, the subordinate cells and the members under an org, the number rated per level and
 * the shares against the targets; and the same per direct child org, for the drill-down.
 * Definitions and SQL: docs/ratings.md, "Report".
 */
import { sql } from 'drizzle-orm';
import { policy } from '../../../platform/access/policy.ts';
import { scopeOf } from '../../../platform/access/scope.ts';
import type { Ctx } from '../../../platform/context.ts';
import { one, rows } from '../../../platform/db/query.ts';
import { AppError, badRequest, notFound } from '../../../platform/errors.ts';
import { parseInput } from '../../../platform/validation.ts';
import { orgByCode } from '../../orgs/queries.ts';
import { loadRatingSettings } from '../settings.ts';
import { MAX_SPAN_YEARS, type RatingsReportQuery, ratingsReportQuery } from './contracts.ts';
import { childRatingCounts, ratingCounts } from './queries.ts';
import { buildYears, type CountRow, type RatingsChildrenShape, type RatingsReportShape } from './rules.ts';
import { WHOLE_INSTALLATION } from './texts.ts';

const field = (path: string, message: string) => badRequest(message, [{ path, message }]);

/** What the report is about: an org by its path, or ('/') the whole installation of several roots. */
interface Subject {
  code: string | null;
  name: string;
  path: string;
}

const latestName = async (ctx: Ctx, orgId: string) =>
  (
    await one<{ name: string }>(
      ctx.db,
      sql`SELECT name FROM org_versions WHERE org_id = ${orgId} ORDER BY valid_from DESC LIMIT 1`,
    )
  )?.name;

/**
 * The org asked for, or the root of the caller's scope (their org; for an admin the installation's
 * root, or the whole installation when it has several). Outside the scope it does not exist (404).
 */
async function subjectOf(ctx: Ctx, code: string | undefined): Promise<Subject> {
  let org: { id: string; code: string; path: string | null } | undefined;
  if (code) {
    org = await orgByCode(ctx.db, code);
    if (!org) throw notFound(`Không tìm thấy tổ chức đảng mã ${code}.`);
  } else if ((await scopeOf(ctx)).pathPrefix !== null) {
    org = await one(ctx.db, sql`SELECT id, code, path FROM orgs WHERE id = ${ctx.actor.orgId}`);
  } else {
    const roots = await rows<{ id: string; code: string; path: string }>(
      ctx.db,
      sql`SELECT id, code, path FROM orgs WHERE cardinality(string_to_array(path, '/')) = 3 ORDER BY code`,
    );
    if (roots.length > 1) {
      policy.readWholeInstallation(ctx);
      return { code: null, name: WHOLE_INSTALLATION, path: '/' };
    }
    org = roots[0];
  }
  if (!org?.path) throw notFound('Chưa có tổ chức đảng nào để báo cáo.');
  // Unknown and out-of-scope orgs answer alike, so codes of other orgs cannot be probed.
  try {
    await policy.readReports(ctx, org.id);
  } catch (e) {
    if (code && e instanceof AppError && e.status === 404)
      throw notFound(`Không tìm thấy tổ chức đảng mã ${code}.`);
    throw e;
  }
  return { code: org.code, name: (await latestName(ctx, org.id)) ?? org.code, path: org.path };
}

/** The years asked for, checked: defaults to the ten years up to this one. */
function yearsOf(ctx: Ctx, q: { fromYear?: number; toYear?: number }) {
  const thisYear = Number(ctx.today.slice(0, 4));
  const toYear = q.toYear ?? thisYear;
  const fromYear = q.fromYear ?? toYear - 9;
  if (toYear > thisYear) throw field('toYear', `Đến năm (${toYear}) không được sau năm nay (${thisYear}).`);
  if (fromYear > toYear)
    throw field('fromYear', `Từ năm (${fromYear}) phải trước hoặc bằng đến năm (${toYear}).`);
  if (toYear - fromYear + 1 > MAX_SPAN_YEARS)
    throw field(
      'fromYear',
      `Báo cáo tối đa ${MAX_SPAN_YEARS} năm; từ ${fromYear} đến ${toYear} là ${toYear - fromYear + 1} năm.`,
    );
  return { fromYear, toYear };
}

async function prepare(ctx: Ctx, input: RatingsReportQuery) {
  const q = parseInput(ratingsReportQuery, input);
  const years = yearsOf(ctx, q);
  return { ...years, subject: await subjectOf(ctx, q.org) };
}

const orgOf = (s: Subject) => ({ code: s.code, name: s.name });

export async function ratingsReport(ctx: Ctx, input: RatingsReportQuery): Promise<RatingsReportShape> {
  const { fromYear, toYear, subject } = await prepare(ctx, input);
  const counts = await ratingCounts(ctx.db, subject.path, fromYear, toYear);
  return {
    org: orgOf(subject),
    fromYear,
    toYear,
    years: buildYears(counts, fromYear, toYear, await loadRatingSettings(ctx.db)),
  };
}
export type RatingsReport = RatingsReportShape;

/** The drill-down: the report of each org directly under the org, in code order. */
export async function ratingsReportChildren(
  ctx: Ctx,
  input: RatingsReportQuery,
): Promise<RatingsChildrenShape> {
  const { fromYear, toYear, subject } = await prepare(ctx, input);
  const found = await childRatingCounts(ctx.db, subject.path, fromYear, toYear);
  const settings = await loadRatingSettings(ctx.db);
  const children = new Map<string, { name: string; counts: CountRow[] }>();
  for (const r of found) {
    const child = children.get(r.code) ?? { name: r.name, counts: [] };
    children.set(r.code, child);
    if (r.year !== null) child.counts.push(r as CountRow);
  }
  return {
    org: orgOf(subject),
    fromYear,
    toYear,
    children: [...children].map(([code, c]) => ({
      org: { code, name: c.name },
      years: buildYears(c.counts, fromYear, toYear, settings),
    })),
  };
}
export type RatingsReportChildren = RatingsChildrenShape;
