import { sql } from 'drizzle-orm';
import { systemActor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { todayInVietnam } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { childPath } from '../../platform/db/paths.ts';
import { inTransaction, one } from '../../platform/db/query.ts';
import { badRequest } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { personSortKey } from '../../vn/personSort.ts';
import { AttributeSetIds } from '../lifecycle/attributeSets.ts';
import { PERIOD_COLUMNS, periodRows } from '../lifecycle/history.ts';
import { derivePeriods } from '../lifecycle/rules.ts';
import { searchTextOf } from '../members/service.ts';
import { deriveOrgVersions } from '../orgs/rules.ts';
import { orgSearchText } from '../orgs/service.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { writeRows } from './bulk.ts';
import { withoutBulkLoadConstraints } from './indexes.ts';
import { loadMeetingsDemo } from './meetings.ts';
import { type DemoPlan, type DemoScale, planDemo } from './plan/index.ts';
import type { DemoMember } from './plan/types.ts';
import { loadRatingsDemo } from './ratings.ts';
import { openDemoRound } from './ratingsRound.ts';

const MEMBER_COLUMNS = [
  'id',
  'full_name',
  'birth_name',
  'gender',
  'birth_date',
  'ethnicity',
  'religion',
  'religious_adherence',
  'hometown',
  'residence',
  'citizen_id',
  'phone',
  'education',
  'professional',
  'political_theory',
  'foreign_language',
  'occupation',
  'job_title',
  'workplace',
  'card_number',
  'dossier_number',
  'admission_decision_date',
  'ceremony_date',
  'official_date',
  'org_id',
  'org_path',
  'status',
  'search_text',
  'sort_key',
] as const;
const EVENT_COLUMNS = [
  'id',
  'member_id',
  'type',
  'effective_date',
  'org_id',
  'from_org_id',
  'decision_date',
  'details',
  'recorded_by',
] as const;

export interface DemoResult {
  scale: DemoScale;
  orgs: number;
  members: number;
  /** People who left the roll during the history period (history.ts), kept with their histories. */
  formerMembers: number;
  coverageUnits: number;
  accounts: { username: string; password: string; role: string; org: string | null }[];
  seconds: number;
  summary: string;
}

/**
 * Loads a synthetic organization into an empty database. Rows are bulk-inserted, but the history
 * (events → periods, org events → versions) comes from the same pure functions the services use,
 * so the demo holds exactly what entering it through the app would.
 */
export async function loadDemo(
  database: Database,
  opts: { scale: DemoScale; seed: number; asOf?: string },
): Promise<DemoResult> {
  const started = Date.now();
  const db = database.db;
  const asOf = opts.asOf ?? todayInVietnam();
  if (await one(db, sql`SELECT 1 FROM orgs LIMIT 1`)) {
    throw badRequest(
      'Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống (chọn NENMONG_DATA_DIR khác).',
    );
  }
  const plan = planDemo({ scale: opts.scale, seed: opts.seed, asOf });
  const orgIds = new Map<string, string>();
  for (const o of plan.orgs) orgIds.set(o.code, newId());
  const idOf = (code: string) => {
    const id = orgIds.get(code);
    if (!id) throw new Error(`demo plan references unknown org ${code}`);
    return id;
  };

  const paths = await loadOrgs(database, plan, idOf);

  // Above district size, indexes and foreign keys are built once after the load, not checked per row.
  const restoreConstraints = plan.memberCount > 50_000 ? await withoutBulkLoadConstraints(db) : null;
  // Members and former members in batches, each its own transaction, so memory stays flat at nation scale.
  const pathById = new Map<string, string>();
  for (const [code, path] of paths) pathById.set(idOf(code), path);
  let count = 0;
  let former = 0;
  let firstCellMember: { id: string; cellId: string } | null = null;
  const firstCell =
    plan.orgs.find((o) => o.kind === 'CHI_BO_TRUC_THUOC') ?? plan.orgs.find((o) => o.kind === 'CHI_BO_CO_SO');
  // One batch is written while the next is generated: on PostgreSQL the server works on its own core
  // meanwhile, as long as generation yields to the event loop now and then so the driver can send the
  // write's next statement.
  let writing: Promise<void> | null = null;
  const attributeSets = new AttributeSetIds(PERIOD_COLUMNS);
  for (const batch of plan.everyone()) {
    const memberRows: unknown[][] = [];
    const eventRows: unknown[][] = [];
    const periodBatch: unknown[][] = [];
    for (const [k, m] of batch.entries()) {
      if (writing && k % 250 === 249) await new Promise(setImmediate);
      const id = newId();
      const events = m.history.map((e, i) => ({
        id: newId(),
        seq: i,
        type: e.type,
        effectiveDate: e.date,
        orgId: e.orgCode === null ? null : idOf(e.orgCode),
        fromOrgId: e.fromOrgCode === null ? null : idOf(e.fromOrgCode),
        decisionDate: e.decisionDate,
        correctsEventId: null,
        details: e.details,
      }));
      // The same rules as the services: a history that would be refused there is a bug in the plan.
      const { periods, problems } = derivePeriods(events);
      if (problems.length > 0 || periods.length === 0)
        throw new Error(
          `demo plan: history of ${m.fullName} (${m.citizenId}) does not hold: ${problems.join(' ')}`,
        );
      const last = periods.at(-1)!;
      const status = last.validTo === null ? last.status : null;
      if ((status === null) !== (m.leftOn !== null))
        throw new Error(`demo plan: ${m.fullName} (${m.citizenId}) is ${status ? 'on' : 'off'} the roll`);
      memberRows.push(memberRow(id, m, last.orgId, pathById.get(last.orgId)!, status));
      for (const e of events)
        eventRows.push([
          e.id,
          id,
          e.type,
          e.effectiveDate,
          e.orgId,
          e.fromOrgId,
          e.decisionDate,
          JSON.stringify(e.details),
          'demo',
        ]);
      periodBatch.push(...periodRows(id, periods, m));
      if (status === null) former += 1;
      else count += 1;
      if (!firstCellMember && status !== null && firstCell && last.orgId === idOf(firstCell.code))
        firstCellMember = { id, cellId: last.orgId };
    }
    await writing;
    await attributeSets.fill(db, periodBatch);
    writing = writeRows(database, [
      { table: 'members', columns: MEMBER_COLUMNS, rows: memberRows },
      { table: 'membership_events', columns: EVENT_COLUMNS, rows: eventRows },
      { table: 'membership_periods', columns: PERIOD_COLUMNS, rows: periodBatch },
    ]);
    // Handled: a failed write is rethrown by the next `await writing`, not reported as unhandled.
    writing.catch(() => {});
  }
  await writing;

  await restoreConstraints?.();
  const root = plan.orgs.find((o) => o.parentCode === null)!;
  const accounts = await createDemoAccounts(database, {
    rootId: idOf(root.code),
    rootCode: root.code,
    cellId: firstCell ? idOf(firstCell.code) : null,
    cellCode: firstCell?.code ?? null,
    member: firstCellMember,
  });
  // A year of cell meetings; above district size the meetings benchmark generates its own (bench/meetings.ts).
  if (plan.memberCount <= 50_000)
    await loadMeetingsDemo(database, {
      seed: opts.seed,
      asOf,
      focusCellId: firstCell ? idOf(firstCell.code) : null,
    });
  // This period's rating round, open, with the focus cell's first self-assessments (issue 6).
  if (plan.memberCount <= 50_000)
    await openDemoRound(database, {
      asOf,
      rootCode: root.code,
      focusCellId: firstCell ? idOf(firstCell.code) : null,
      seed: opts.seed,
    });
  if (plan.memberCount <= 50_000) await loadRatingsDemo(database, { seed: opts.seed, asOf });
  await inTransaction(db, (tx) =>
    recordAudit(
      tx,
      { db: tx, actor: systemActor('demo'), today: asOf },
      {
        action: 'demo.load',
        entityType: 'installation',
        entityId: null,
        after: { scale: opts.scale, seed: opts.seed, orgs: plan.orgs.length, members: count, former },
      },
    ),
  );
  // PGlite runs no autovacuum: without the visibility map the roll's index-only counts read the heap.
  await db.execute(sql`VACUUM ANALYZE`);
  const seconds = (Date.now() - started) / 1000;
  const lines = [
    `Đã nạp dữ liệu mẫu (${opts.scale}, seed ${opts.seed}): ${plan.orgs.length} tổ chức, ${count} đảng viên (và ${former} người đã ra khỏi danh sách, có lịch sử biến động), ${plan.coverageUnits.length} thôn/bản/đơn vị trong ${seconds.toFixed(1)} giây.`,
    'Tài khoản dùng thử (mật khẩu chung):',
    ...accounts.map(
      (a) => `  ${a.username.padEnd(10)} ${a.password}  ${a.role}${a.org ? ` @ ${a.org}` : ''}`,
    ),
  ];
  return {
    scale: opts.scale,
    orgs: plan.orgs.length,
    members: count,
    formerMembers: former,
    coverageUnits: plan.coverageUnits.length,
    accounts,
    seconds,
    summary: lines.join('\n'),
  };
}

const ORG_EVENT_COLUMNS = [
  'id',
  'org_id',
  'type',
  'effective_date',
  'decision_number',
  'decision_date',
  'issuing_body',
  'details',
  'recorded_by',
];
const VERSION_COLUMNS = [
  'id',
  'org_id',
  'valid_from',
  'valid_to',
  'name',
  'kind',
  'sector',
  'parent_id',
  'search_text',
];
/** Orgs and units are written in slices so the nation's 560,000 of them never sit in memory as rows. */
const SLICE = 20_000;

/** Writes the orgs (parents first) with their establishing events, versions and paths; then the coverage units. */
async function loadOrgs(
  database: Database,
  plan: DemoPlan,
  idOf: (code: string) => string,
): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (let i = 0; i < plan.orgs.length; i += SLICE) {
    const orgRows: unknown[][] = [];
    const eventRows: unknown[][] = [];
    const versionRows: unknown[][] = [];
    for (const o of plan.orgs.slice(i, i + SLICE)) {
      const id = idOf(o.code);
      const path = childPath(o.parentCode ? paths.get(o.parentCode)! : null, o.code);
      paths.set(o.code, path);
      const details = {
        name: o.name,
        kind: o.kind,
        sector: o.sector,
        parentId: o.parentCode ? idOf(o.parentCode) : null,
      };
      orgRows.push([id, o.code, path]);
      eventRows.push([
        newId(),
        id,
        'ESTABLISH',
        o.establishedOn,
        o.decisionNumber,
        o.establishedOn,
        o.issuingBody,
        details,
        'demo',
      ]);
      for (const v of deriveOrgVersions([{ type: 'ESTABLISH', effectiveDate: o.establishedOn, details }])) {
        versionRows.push([
          newId(),
          id,
          v.validFrom,
          v.validTo,
          v.name,
          v.kind,
          v.sector,
          v.parentId,
          orgSearchText(v.name, o.code),
        ]);
      }
    }
    await writeRows(database, [
      { table: 'orgs', columns: ['id', 'code', 'path'], rows: orgRows },
      { table: 'org_events', columns: ORG_EVENT_COLUMNS, rows: eventRows },
      { table: 'org_versions', columns: VERSION_COLUMNS, rows: versionRows },
    ]);
  }
  for (let i = 0; i < plan.coverageUnits.length; i += SLICE) {
    const unitRows: unknown[][] = [];
    const linkRows: unknown[][] = [];
    for (const u of plan.coverageUnits.slice(i, i + SLICE)) {
      const id = newId();
      unitRows.push([id, u.code, u.name, u.kind, idOf(u.communeOrgCode), u.headIsMember]);
      for (const c of u.cellCodes) linkRows.push([id, idOf(c)]);
    }
    await writeRows(database, [
      {
        table: 'coverage_units',
        columns: ['id', 'code', 'name', 'kind', 'owner_org_id', 'head_is_member'],
        rows: unitRows,
      },
      { table: 'coverage_links', columns: ['unit_id', 'org_id'], rows: linkRows },
    ]);
  }
  return paths;
}

function memberRow(
  id: string,
  m: DemoMember,
  orgId: string,
  orgPath: string,
  status: string | null,
): unknown[] {
  return [
    id,
    m.fullName,
    m.birthName,
    m.gender,
    m.birthDate,
    m.ethnicity,
    m.religion,
    m.religiousAdherence,
    m.hometown,
    m.residence,
    m.citizenId,
    m.phone,
    m.education,
    m.professional,
    m.politicalTheory,
    m.foreignLanguage,
    m.occupation,
    m.jobTitle,
    m.workplace,
    m.cardNumber,
    m.dossierNumber,
    m.admissionDecisionDate,
    m.ceremonyDate,
    m.officialDate,
    orgId,
    orgPath,
    status,
    searchTextOf(m),
    personSortKey(m.fullName),
  ];
}

async function createDemoAccounts(
  database: Database,
  where: {
    rootId: string;
    rootCode: string;
    cellId: string | null;
    cellCode: string | null;
    member: { id: string; cellId: string } | null;
  },
) {
  const hash = await hashPassword(DEMO_PASSWORD);
  const out: DemoResult['accounts'] = [];
  await inTransaction(database.db, async (tx) => {
    for (const a of DEMO_ACCOUNTS) {
      const orgId =
        a.scope === 'root'
          ? where.rootId
          : a.scope === 'cell'
            ? where.cellId
            : a.scope === 'member'
              ? (where.member?.cellId ?? null)
              : null;
      if (a.scope !== 'none' && !orgId) continue;
      const memberId = a.scope === 'member' ? where.member!.id : null;
      await tx.execute(sql`INSERT INTO users (id, username, password_hash, display_name, role, org_id, member_id)
        VALUES (${newId()}, ${a.username}, ${hash}, ${a.displayName}, ${a.role}, ${orgId}, ${memberId})
        ON CONFLICT (username) DO NOTHING`);
      const org = a.scope === 'root' ? where.rootCode : a.scope === 'none' ? null : where.cellCode;
      out.push({ username: a.username, password: DEMO_PASSWORD, role: a.role, org });
    }
  });
  return out;
}
