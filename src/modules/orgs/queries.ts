import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { one, rows, textArray } from '../../platform/db/query.ts';

/** SQL fragment: org_versions row v is in force on date d. */
export const liveOn = (d: string) =>
  sql`v.valid_from <= ${d}::date AND (v.valid_to IS NULL OR v.valid_to > ${d}::date)`;

export interface OrgRow {
  id: string;
  code: string;
  path: string | null;
  version: number;
}

export function orgByCode(db: Db, code: string): Promise<OrgRow | undefined> {
  return one<OrgRow>(db, sql`SELECT id, code, path, version FROM orgs WHERE code = ${code}`);
}

export interface OrgStateRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  sector: string;
  parentId: string | null;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

/** The org's attributes on a date, or undefined if it did not exist then. */
export function orgOn(db: Db, orgId: string, date: string): Promise<OrgStateRow | undefined> {
  return one<OrgStateRow>(
    db,
    sql`SELECT o.id, o.code, v.name, v.kind, v.sector, v.parent_id AS "parentId", p.code AS "parentCode",
          v.valid_from AS "validFrom", v.valid_to AS "validTo"
        FROM org_versions v JOIN orgs o ON o.id = v.org_id LEFT JOIN orgs p ON p.id = v.parent_id
        WHERE v.org_id = ${orgId} AND ${liveOn(date)}`,
  );
}

/** Every version of the org, oldest first. */
export function orgVersionsOf(db: Db, orgId: string): Promise<OrgStateRow[]> {
  return rows<OrgStateRow>(
    db,
    sql`SELECT o.id, o.code, v.name, v.kind, v.sector, v.parent_id AS "parentId", p.code AS "parentCode",
          v.valid_from AS "validFrom", v.valid_to AS "validTo"
        FROM org_versions v JOIN orgs o ON o.id = v.org_id LEFT JOIN orgs p ON p.id = v.parent_id
        WHERE v.org_id = ${orgId} ORDER BY v.valid_from`,
  );
}

/** Ids of the org's descendants on a date (not the org itself). */
export async function descendantsOn(db: Db, orgId: string, date: string): Promise<Set<string>> {
  const found = await rows<{ id: string }>(
    db,
    sql`WITH RECURSIVE live AS (
          SELECT v.org_id, v.parent_id FROM org_versions v WHERE ${liveOn(date)}
        ), sub AS (
          SELECT org_id AS id FROM live WHERE parent_id = ${orgId}
          UNION SELECT l.org_id FROM live l JOIN sub s ON l.parent_id = s.id
        ) SELECT id FROM sub`,
  );
  return new Set(found.map((r) => r.id));
}

/** Members placed in the org on a date (their period covers it). */
export function membersInOrgOn(db: Db, orgId: string, date: string): Promise<{ memberId: string }[]> {
  return rows<{ memberId: string }>(
    db,
    sql`SELECT member_id AS "memberId" FROM membership_periods
        WHERE org_id = ${orgId} AND valid_from <= ${date}::date AND (valid_to IS NULL OR valid_to > ${date}::date)`,
  );
}

export interface TreeNode {
  code: string;
  name: string;
  kind: string;
  sector: string;
  parentCode: string | null;
  hasChildren: boolean;
  memberCount: number;
}

/**
 * Children of a parent (or the given roots) on a date, each with its subtree's member count on that
 * date. One query per tree level, so the web tree loads lazily.
 */
export function treeLevel(
  db: Db,
  date: string,
  where: { parentId: string } | { orgIds: string[] } | { roots: true },
) {
  const pick =
    'parentId' in where
      ? sql`v.parent_id = ${where.parentId}`
      : 'orgIds' in where
        ? sql`v.org_id = ANY(${textArray(where.orgIds)})`
        : sql`v.parent_id IS NULL`;
  return rows<TreeNode>(
    db,
    sql`WITH RECURSIVE live AS (
          SELECT v.org_id, v.parent_id FROM org_versions v WHERE ${liveOn(date)}
        ), level AS (
          SELECT o.id, o.code, v.name, v.kind, v.sector, p.code AS "parentCode"
          FROM org_versions v JOIN orgs o ON o.id = v.org_id LEFT JOIN orgs p ON p.id = v.parent_id
          WHERE ${liveOn(date)} AND ${pick}
        ), sub AS (
          SELECT id AS root, id AS org_id FROM level
          UNION ALL SELECT s.root, l.org_id FROM sub s JOIN live l ON l.parent_id = s.org_id
        ), counts AS (
          SELECT s.root, count(*)::int AS n FROM sub s JOIN membership_periods mp ON mp.org_id = s.org_id
          WHERE mp.valid_from <= ${date}::date AND (mp.valid_to IS NULL OR mp.valid_to > ${date}::date)
          GROUP BY s.root
        )
        SELECT l.code, l.name, l.kind, l.sector, l."parentCode",
          EXISTS (SELECT 1 FROM live c WHERE c.parent_id = l.id) AS "hasChildren",
          COALESCE(c.n, 0) AS "memberCount"
        FROM level l LEFT JOIN counts c ON c.root = l.id
        ORDER BY (l.kind LIKE 'CHI_BO%'), l.name`,
  );
}
