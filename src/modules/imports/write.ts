/** Writes a checked plan inside one transaction: orgs, members, events, periods, keys. Empties plan.members. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { textArray } from '../../platform/db/query.ts';
import { newId } from '../../platform/ids.ts';
import { personSortKey } from '../../vn/personSort.ts';
import { AttributeSetIds } from '../lifecycle/attributeSets.ts';
import { PERIOD_COLUMNS, periodRows as periodRowsOf } from '../lifecycle/history.ts';
import { PROFILE_COLUMNS as MEMBER_PROFILE_COLUMNS, searchTextOf } from '../members/service.ts';
import { orgSearchText } from '../orgs/service.ts';
import { insertInTx } from './bulk.ts';
import type { OrgInfo } from './orgIndex.ts';
import type { ImportPlan, MemberWrite } from './plan.ts';
import type { MemberProfile } from './validate.ts';

// The member form's columns, less those the template has no column for.
const {
  workplace: _workplace,
  badgeNumber: _badgeNumber,
  ...PROFILE_COLUMNS
} = MEMBER_PROFILE_COLUMNS as Record<keyof MemberProfile | 'workplace' | 'badgeNumber', string>;
const PROFILE_KEYS = Object.keys(PROFILE_COLUMNS) as (keyof MemberProfile)[];

const EVENT_COLUMNS = [
  'id',
  'member_id',
  'type',
  'effective_date',
  'org_id',
  'from_org_id',
  'decision_number',
  'decision_date',
  'issuing_body',
  'note',
  'details',
  'recorded_by',
];

/** The cached placement (open period, else the last one), as rebuildPeriods writes it. */
function placement(w: MemberWrite, paths: Map<string, string>) {
  const last = w.periods.at(-1);
  const current = last && last.validTo === null ? last : undefined;
  const orgId = current?.orgId ?? last?.orgId ?? null;
  return { orgId, status: current?.status ?? null, path: orgId ? (paths.get(orgId) ?? null) : null };
}

export async function writePlan(tx: Db, plan: ImportPlan, orgs: Map<string, OrgInfo>, username: string) {
  const paths = new Map([...orgs.values()].map((o) => [o.id, o.path] as const));
  await insertInTx(tx, {
    table: 'orgs',
    columns: ['id', 'code', 'path'],
    rows: plan.newOrgs.map((o) => [o.info.id, o.info.code, o.info.path]),
  });
  const orgEvents: unknown[][] = [];
  const versions: unknown[][] = [];
  for (const o of plan.newOrgs) {
    const r = o.record;
    orgEvents.push([
      newId(),
      o.info.id,
      'ESTABLISH',
      r.establishedOn,
      JSON.stringify({ name: r.name, kind: r.kind, sector: r.sector, parentId: o.parentId }),
      username,
    ]);
    if (r.dissolvedOn) orgEvents.push([newId(), o.info.id, 'DISSOLVE', r.dissolvedOn, '{}', username]);
    for (const v of o.info.versions)
      versions.push([
        newId(),
        o.info.id,
        v.validFrom,
        v.validTo,
        v.name,
        v.kind,
        v.sector,
        o.parentId,
        orgSearchText(v.name, o.info.code),
      ]);
  }
  await insertInTx(tx, {
    table: 'org_events',
    columns: ['id', 'org_id', 'type', 'effective_date', 'details', 'recorded_by'],
    rows: orgEvents,
  });
  await insertInTx(tx, {
    table: 'org_versions',
    columns: ['id', 'org_id', 'valid_from', 'valid_to', 'name', 'kind', 'sector', 'parent_id', 'search_text'],
    rows: versions,
  });

  // Members in slices, so only one slice's rows (and CSV) are in memory at a time; all in one transaction.
  // Each slice is taken out of the plan as it is written: the heap shrinks as the write goes on, and
  // the collector, which runs often near the import's heap limit, has less to mark each time.
  const attributeSets = new AttributeSetIds(PERIOD_COLUMNS);
  while (plan.members.length)
    await writeMembers(tx, plan.members.splice(0, MEMBER_SLICE), paths, username, attributeSets);
}

const MEMBER_SLICE = 10_000;

async function writeMembers(
  tx: Db,
  slice: readonly MemberWrite[],
  paths: Map<string, string>,
  username: string,
  attributeSets: AttributeSetIds,
) {
  const memberRows: unknown[][] = [];
  const eventRows: unknown[][] = [];
  const periodRows: unknown[][] = [];
  const keyRows: unknown[][] = [];
  const rebuilt: string[] = [];
  for (const w of slice) {
    const p = w.profile;
    const place = placement(w, paths);
    if (w.isNew) {
      memberRows.push([
        w.id,
        ...PROFILE_KEYS.map((k) =>
          k === 'birthName'
            ? (p.birthName ?? p.fullName)
            : k === 'admissionDecisionDate'
              ? (p.admissionDecisionDate ?? p.ceremonyDate)
              : k === 'officialDate'
                ? w.officialDate
                : p[k],
        ),
        place.orgId,
        place.path,
        place.status,
        searchTextOf(p),
        personSortKey(p.fullName),
      ]);
    } else if (w.changed.length || w.rebuild) {
      const sets = w.changed
        .filter((k) => k !== 'officialDate')
        .map((k) => sql`${sql.identifier(PROFILE_COLUMNS[k])} = ${p[k]}`);
      sets.push(sql`official_date = ${w.officialDate}`);
      if (w.changed.length)
        sets.push(
          sql`search_text = ${searchTextOf(p)}`,
          sql`sort_key = ${personSortKey(p.fullName)}`,
          sql`version = version + 1`,
          sql`updated_at = now()`,
        );
      if (w.rebuild)
        sets.push(sql`org_id = ${place.orgId}`, sql`status = ${place.status}`, sql`org_path = ${place.path}`);
      await tx.execute(sql`UPDATE members SET ${sql.join(sets, sql`, `)} WHERE id = ${w.id}`);
    }
    for (const e of w.newEvents)
      eventRows.push([
        e.id,
        w.id,
        e.type,
        e.effectiveDate,
        e.orgId ?? null,
        e.fromOrgId ?? null,
        e.decisionNumber ?? null,
        e.decisionDate ?? null,
        e.issuingBody ?? null,
        e.note ?? null,
        JSON.stringify(e.details ?? {}),
        username,
      ]);
    if (w.rebuild) {
      if (!w.isNew) rebuilt.push(w.id);
      periodRows.push(...periodRowsOf(w.id, w.periods, p));
    }
    if (w.addKey) keyRows.push([w.key, w.id]);
  }
  await insertInTx(tx, {
    table: 'members',
    columns: [
      'id',
      ...PROFILE_KEYS.map((k) => PROFILE_COLUMNS[k]),
      'org_id',
      'org_path',
      'status',
      'search_text',
      'sort_key',
    ],
    rows: memberRows,
  });
  for (let i = 0; i < rebuilt.length; i += 5000)
    await tx.execute(
      sql`DELETE FROM membership_periods WHERE member_id = ANY(${textArray(rebuilt.slice(i, i + 5000))})`,
    );
  await insertInTx(tx, { table: 'membership_events', columns: EVENT_COLUMNS, rows: eventRows });
  await attributeSets.fill(tx, periodRows);
  await insertInTx(tx, { table: 'membership_periods', columns: PERIOD_COLUMNS, rows: periodRows });
  if (keyRows.length) {
    // A key may already point at this member under an earlier spelling; the latest file wins.
    const keys = textArray(keyRows.map((k) => k[0] as string));
    await tx.execute(sql`DELETE FROM import_member_keys WHERE key = ANY(${keys})`);
    await insertInTx(tx, { table: 'import_member_keys', columns: ['key', 'member_id'], rows: keyRows });
  }
}
