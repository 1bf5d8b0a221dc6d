import { sql } from 'drizzle-orm';
import { policy } from '../../platform/access/policy.ts';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { conflict, forbidden, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { foldVietnamese } from '../../vn/fold.ts';
import { personSortKey } from '../../vn/personSort.ts';
import { appendMembershipEvents, memberHistory, type NewMembershipEvent } from '../lifecycle/history.ts';
import { orgByCode, orgOn } from '../orgs/queries.ts';
import { isCell } from '../orgs/rules.ts';
import type { CreateMemberInput, MemberListQuery, UpdateMemberInput } from './contracts.ts';
import { type MemberRow, type MemberSummaryRow, presentMember, presentMemberSummary } from './presenter.ts';
import { dateProblems, religionProblems } from './rules.ts';

/** What the search box matches: folded name, birth name and the numbers people type. */
export function searchTextOf(m: {
  fullName: string;
  birthName?: string | null;
  cardNumber?: string | null;
  dossierNumber?: string | null;
  citizenId?: string | null;
}): string {
  return [
    m.fullName,
    m.birthName && m.birthName !== m.fullName ? m.birthName : null,
    m.cardNumber,
    m.dossierNumber,
    m.citizenId,
  ]
    .filter(Boolean)
    .map((s) => foldVietnamese(String(s)))
    .join(' | ');
}

/** Profile fields and their columns: what an edit may change (also the import's member columns). */
export const PROFILE_COLUMNS: Record<string, string> = {
  fullName: 'full_name',
  birthName: 'birth_name',
  gender: 'gender',
  birthDate: 'birth_date',
  ethnicity: 'ethnicity',
  religion: 'religion',
  religiousAdherence: 'religious_adherence',
  hometown: 'hometown',
  residence: 'residence',
  citizenId: 'citizen_id',
  phone: 'phone',
  education: 'education',
  professional: 'professional',
  politicalTheory: 'political_theory',
  foreignLanguage: 'foreign_language',
  occupation: 'occupation',
  jobTitle: 'job_title',
  workplace: 'workplace',
  cardNumber: 'card_number',
  dossierNumber: 'dossier_number',
  badgeNumber: 'badge_number',
  admissionDecisionDate: 'admission_decision_date',
  ceremonyDate: 'ceremony_date',
  officialDate: 'official_date',
};

const UNIQUE_FIELDS = [
  ['citizenId', 'citizen_id', 'Số CCCD đã có trong hồ sơ đảng viên khác.'],
  ['cardNumber', 'card_number', 'Số thẻ đảng viên đã được cấp cho đảng viên khác.'],
  ['dossierNumber', 'dossier_number', 'Số lý lịch đã có trong hồ sơ đảng viên khác.'],
] as const;

/** Unique numbers are checked up front for a field-level message; the unique indexes still guard races. */
async function uniquenessProblems(db: Db, m: Partial<CreateMemberInput>, selfId: string | null) {
  const out: { path: string; message: string }[] = [];
  for (const [field, column, message] of UNIQUE_FIELDS) {
    const value = m[field];
    if (!value) continue;
    const hit = await one(
      db,
      sql`SELECT 1 FROM members WHERE ${sql.identifier(column)} = ${value} AND id IS DISTINCT FROM ${selfId}`,
    );
    if (hit) out.push({ path: field, message });
  }
  return out;
}

function translateUniqueViolation(e: unknown): never {
  const violation = uniqueViolation(e);
  if (!violation) throw e;
  const hit = UNIQUE_FIELDS.find(([, column]) => violation.constraint.includes(column));
  throw conflict(
    hit?.[2] ?? 'Số định danh đã có trong hồ sơ khác.',
    hit ? [{ path: hit[0], message: hit[2] }] : [],
  );
}

/** The cell a member is placed in: must exist on the date, be a cell, and be writable by the actor. */
async function cellFor(ctx: Ctx, code: string, date: string) {
  const org = await orgByCode(ctx.db, code);
  if (!org) throw notFound(`Không tìm thấy chi bộ mã ${code}.`);
  await policy.writeMember(ctx, null, org.id);
  const state = await orgOn(ctx.db, org.id, date);
  if (!state)
    throw invalidFields([{ path: 'orgCode', message: `Chi bộ ${code} không tồn tại vào ngày ${date}.` }]);
  if (!isCell(state.kind)) {
    throw invalidFields([
      { path: 'orgCode', message: 'Đảng viên chỉ sinh hoạt ở chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc).' },
    ]);
  }
  return org;
}

/** The admission decision's number and issuing body, when known (the admission pipeline has them). */
export interface AdmissionDecision {
  decisionNumber?: string | null;
  issuingBody?: string | null;
}

export async function createMember(ctx: Ctx, input: CreateMemberInput, decision: AdmissionDecision = {}) {
  const problems = [
    ...dateProblems(input, ctx.today),
    ...religionProblems(input.religion, input.religiousAdherence),
  ];
  if (problems.length) throw invalidFields(problems);
  const decisionDate = input.admissionDecisionDate ?? input.ceremonyDate;
  const cell = await cellFor(ctx, input.orgCode, input.arrivalDate ?? decisionDate);
  if (!(await orgOn(ctx.db, cell.id, ctx.today))) {
    throw invalidFields([{ path: 'orgCode', message: `Chi bộ ${input.orgCode} không còn hoạt động.` }]);
  }
  const unique = await uniquenessProblems(ctx.db, input, null);
  if (unique.length) throw conflict(unique[0]!.message, unique);
  const id = newId();
  await inTransaction(ctx.db, async (tx) => {
    await insertMemberRow(tx, id, input);
    await appendMembershipEvents(tx, ctx, initialEvents(id, cell.id, input, decision));
    await recordAudit(tx, ctx, { action: 'member.create', entityType: 'member', entityId: id, after: input });
  }).catch(translateUniqueViolation);
  return getMember(ctx, id, { audit: false });
}

/** A member entered with their admission (and recognition) dates starts their history with those events. */
export function initialEvents(
  memberId: string,
  cellId: string,
  m: Pick<CreateMemberInput, 'admissionDecisionDate' | 'ceremonyDate' | 'officialDate'> &
    Partial<Pick<CreateMemberInput, 'arrivalDate' | 'arrivalFrom'>>,
  decision: AdmissionDecision = {},
): NewMembershipEvent[] {
  if (m.arrivalDate) {
    const officialOnArrival = !!m.officialDate && m.officialDate <= m.arrivalDate;
    const arrival: NewMembershipEvent = {
      memberId,
      type: 'ARRIVAL',
      effectiveDate: m.arrivalDate,
      orgId: cellId,
      details: {
        status: officialOnArrival ? 'OFFICIAL' : 'PROBATIONARY',
        ceremonyDate: m.ceremonyDate,
        ...(m.arrivalFrom && { externalOrg: m.arrivalFrom }),
      },
    };
    return officialOnArrival || !m.officialDate
      ? [arrival]
      : [arrival, { memberId, type: 'RECOGNITION', effectiveDate: m.officialDate, orgId: cellId }];
  }
  const events: NewMembershipEvent[] = [
    {
      memberId,
      type: 'ADMISSION',
      effectiveDate: m.admissionDecisionDate ?? m.ceremonyDate,
      orgId: cellId,
      decisionDate: m.admissionDecisionDate ?? m.ceremonyDate,
      decisionNumber: decision.decisionNumber ?? null,
      issuingBody: decision.issuingBody ?? null,
      details: { ceremonyDate: m.ceremonyDate },
    },
  ];
  if (m.officialDate)
    events.push({ memberId, type: 'RECOGNITION', effectiveDate: m.officialDate, orgId: cellId });
  return events;
}

export async function insertMemberRow(tx: Db, id: string, m: CreateMemberInput): Promise<void> {
  await tx.execute(sql`INSERT INTO members (id, full_name, birth_name, gender, birth_date, ethnicity, religion,
      religious_adherence, hometown, residence, citizen_id, phone, education, professional, political_theory,
      foreign_language, occupation, job_title, workplace, card_number, dossier_number, badge_number,
      admission_decision_date, ceremony_date, official_date, search_text, sort_key)
    VALUES (${id}, ${m.fullName}, ${m.birthName ?? m.fullName}, ${m.gender}, ${m.birthDate}, ${m.ethnicity},
      ${m.religion ?? null}, ${m.religiousAdherence ?? null}, ${m.hometown ?? null}, ${m.residence ?? null},
      ${m.citizenId ?? null}, ${m.phone ?? null}, ${m.education ?? null}, ${m.professional ?? null},
      ${m.politicalTheory ?? null}, ${m.foreignLanguage ?? null}, ${m.occupation ?? null}, ${m.jobTitle ?? null},
      ${m.workplace ?? null}, ${m.cardNumber ?? null}, ${m.dossierNumber ?? null}, ${m.badgeNumber ?? null},
      ${m.admissionDecisionDate ?? m.ceremonyDate}, ${m.ceremonyDate}, ${m.officialDate ?? null},
      ${searchTextOf(m)}, ${personSortKey(m.fullName)})`);
}

const MEMBER_SELECT = sql`SELECT m.id, m.full_name AS "fullName", m.birth_name AS "birthName", m.gender,
    m.birth_date AS "birthDate", m.ethnicity, m.religion, m.religious_adherence AS "religiousAdherence",
    m.hometown, m.residence, m.citizen_id AS "citizenId", m.phone, m.education, m.professional,
    m.political_theory AS "politicalTheory", m.foreign_language AS "foreignLanguage", m.occupation,
    m.job_title AS "jobTitle", m.workplace, m.card_number AS "cardNumber", m.dossier_number AS "dossierNumber",
    m.badge_number AS "badgeNumber", m.admission_decision_date AS "admissionDecisionDate",
    m.ceremony_date AS "ceremonyDate", m.official_date AS "officialDate", m.org_id AS "orgId", o.code AS "orgCode",
    (SELECT v.name FROM org_versions v WHERE v.org_id = m.org_id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName",
    m.status, m.version, m.updated_at AS "updatedAt"
  FROM members m LEFT JOIN orgs o ON o.id = m.org_id`;

async function loadMember(db: Db, id: string): Promise<MemberRow | undefined> {
  // Ids are UUIDs; anything else cannot exist and must not reach the database as a cast error.
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return one<MemberRow>(db, sql`${MEMBER_SELECT} WHERE m.id = ${id}`);
}

/** The full record. Reading confidential fields is a dossier read and is audited. */
export async function getMember(ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const row = await loadMember(ctx.db, id);
  if (!row) throw notFound('Không tìm thấy đảng viên.');
  await policy.readMember(ctx, row.id, row.orgId);
  const confidential = await policy.seesConfidential(ctx, row.id, row.orgId);
  if (confidential && opts.audit !== false) {
    await inTransaction(ctx.db, (tx) =>
      recordAudit(tx, ctx, { action: 'member.read_dossier', entityType: 'member', entityId: row.id }),
    );
  }
  const history = await memberHistory(ctx.db, row.id);
  return presentMember(row, { confidential, history, canEdit: await policy.canEditMember(ctx, row.orgId) });
}

export async function updateMember(ctx: Ctx, id: string, input: UpdateMemberInput) {
  const row = await loadMember(ctx.db, id);
  if (!row) throw notFound('Không tìm thấy đảng viên.');
  await policy.writeMember(ctx, row.id, row.orgId);
  if (row.version !== input.version) {
    throw conflict('Hồ sơ vừa được người khác sửa. Hãy tải lại trang để xem thay đổi mới nhất rồi sửa lại.');
  }
  const merged = { ...row, ...stripUndefined(input) } as MemberRow & CreateMemberInput;
  const problems = [
    ...dateProblems(merged, ctx.today),
    ...religionProblems(merged.religion, merged.religiousAdherence),
  ];
  if (problems.length) throw invalidFields(problems);
  const unique = await uniquenessProblems(ctx.db, input, id);
  if (unique.length) throw conflict(unique[0]!.message, unique);
  let newCellId: string | null = null;
  if (input.orgCode && input.orgCode !== row.orgCode)
    newCellId = (await cellFor(ctx, input.orgCode, ctx.today)).id;

  const changed = Object.keys(PROFILE_COLUMNS).filter(
    (k) =>
      k in input && (input as Record<string, unknown>)[k] !== (row as unknown as Record<string, unknown>)[k],
  );
  if (!changed.length && !newCellId) return getMember(ctx, id, { audit: false });
  await inTransaction(ctx.db, async (tx) => {
    const sets = changed.map(
      (k) =>
        sql`${sql.identifier(PROFILE_COLUMNS[k]!)} = ${(merged as unknown as Record<string, unknown>)[k] ?? null}`,
    );
    sets.push(sql`search_text = ${searchTextOf(merged)}`, sql`sort_key = ${personSortKey(merged.fullName)}`);
    sets.push(sql`version = version + 1`, sql`updated_at = now()`);
    const updated = await rows(
      tx,
      sql`UPDATE members SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${input.version} RETURNING id`,
    );
    if (!updated.length) throw conflict('Hồ sơ vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.');
    await appendMembershipEvents(tx, ctx, await historyCorrections(tx, row, merged, changed));
    if (newCellId) {
      await appendMembershipEvents(tx, ctx, [
        {
          memberId: id,
          type: 'INTERNAL_MOVE',
          effectiveDate: ctx.today,
          orgId: newCellId,
          fromOrgId: row.orgId,
          note: 'Chuyển chi bộ khi sửa hồ sơ',
        },
      ]);
    }
    const before = Object.fromEntries(
      changed.map((k) => [k, (row as unknown as Record<string, unknown>)[k] ?? null]),
    );
    const after = Object.fromEntries(
      changed.map((k) => [k, (merged as unknown as Record<string, unknown>)[k] ?? null]),
    );
    if (newCellId)
      Object.assign(before, { orgCode: row.orgCode }) && Object.assign(after, { orgCode: input.orgCode });
    await recordAudit(tx, ctx, {
      action: 'member.update',
      entityType: 'member',
      entityId: id,
      before,
      after,
    });
  }).catch(translateUniqueViolation);
  return getMember(ctx, id, { audit: false });
}

/** Changing the admission or official date in the profile corrects the events that carry them. */
async function historyCorrections(
  tx: Db,
  row: MemberRow,
  merged: MemberRow,
  changed: string[],
): Promise<NewMembershipEvent[]> {
  const out: NewMembershipEvent[] = [];
  const reason = 'Đính chính ngày trong hồ sơ đảng viên';
  const events = await rows<{ id: string; type: string }>(
    tx,
    sql`SELECT id, type FROM membership_events WHERE member_id = ${row.id} AND type IN ('ADMISSION', 'RECOGNITION')
        AND id NOT IN (SELECT corrects_event_id FROM membership_events WHERE member_id = ${row.id}
                       AND type = 'CORRECTION' AND corrects_event_id IS NOT NULL AND (details->>'void')::boolean IS TRUE)
        ORDER BY seq`,
  );
  const admission = events.find((e) => e.type === 'ADMISSION');
  const recognition = events.findLast((e) => e.type === 'RECOGNITION');
  if (admission && (changed.includes('admissionDecisionDate') || changed.includes('ceremonyDate'))) {
    const date = merged.admissionDecisionDate ?? merged.ceremonyDate!;
    out.push({
      memberId: row.id,
      type: 'CORRECTION',
      effectiveDate: date,
      correctsEventId: admission.id,
      note: reason,
      details: { replacement: { effectiveDate: date, details: { ceremonyDate: merged.ceremonyDate } } },
    });
  }
  if (changed.includes('officialDate')) {
    if (recognition && merged.officialDate) {
      out.push({
        memberId: row.id,
        type: 'CORRECTION',
        effectiveDate: merged.officialDate,
        correctsEventId: recognition.id,
        note: reason,
        details: { replacement: { effectiveDate: merged.officialDate } },
      });
    } else if (recognition) {
      out.push({
        memberId: row.id,
        type: 'CORRECTION',
        effectiveDate: row.officialDate!,
        correctsEventId: recognition.id,
        note: reason,
        details: { void: true },
      });
    } else if (merged.officialDate) {
      out.push({
        memberId: row.id,
        type: 'RECOGNITION',
        effectiveDate: merged.officialDate,
        orgId: row.orgId,
      });
    }
  }
  return out;
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Escapes LIKE wildcards so a user's "%" or "_" matches itself. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listMembers(ctx: Ctx, q: MemberListQuery, fewMatches = FEW_MATCHES) {
  if (!policy.canListMembers(ctx)) throw forbidden('Bạn chỉ được xem hồ sơ của chính mình.');
  const scope = await scopeOf(ctx);
  const where = [sql`m.status IS NOT NULL`];
  if (scope.pathPrefix !== null) where.push(underPath(sql`m.org_path`, scope.pathPrefix));
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org) throw notFound(`Không tìm thấy tổ chức mã ${q.org}.`);
    await policy.readOrg(ctx, org.id);
    where.push(underPath(sql`m.org_path`, org.path!));
  }
  const folded = q.q ? foldVietnamese(q.q) : '';
  if (folded) where.push(sql`m.search_text LIKE ${`%${likeEscape(folded)}%`}`);
  if (q.status) where.push(sql`m.status = ${q.status}`);
  if (q.gender) where.push(sql`m.gender = ${q.gender}`);
  if (q.ethnicity === 'MINORITY') where.push(sql`m.ethnicity <> '01'`);
  else if (q.ethnicity) where.push(sql`m.ethnicity = ${q.ethnicity}`);
  for (const [key, column] of [
    ['education', 'education'],
    ['professional', 'professional'],
    ['politicalTheory', 'political_theory'],
    ['occupation', 'occupation'],
  ] as const) {
    if (q[key]) where.push(sql`${sql.identifier(column)} = ${q[key]}`);
  }
  if (q.ageBand) where.push(ageBandCondition(q.ageBand, ctx.today));
  const whereSql = sql.join(where, sql` AND `);
  const order = {
    name: sql`m.sort_key, m.id`,
    // m.id last everywhere: pages stay stable whichever plan the database picks.
    birthDate: sql`m.birth_date, m.sort_key, m.id`,
    '-birthDate': sql`m.birth_date DESC, m.sort_key, m.id`,
    ceremonyDate: sql`m.ceremony_date, m.sort_key, m.id`,
    '-ceremonyDate': sql`m.ceremony_date DESC, m.sort_key, m.id`,
  }[q.sort];
  const offset = (q.page - 1) * q.pageSize;
  const total =
    (await one<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM members m WHERE ${whereSql}`))?.n ??
    0;
  // Few matches: collect them all (through the trigram or facts index) and sort them, behind an
  // OFFSET 0 fence. Otherwise the planner walks the sort index hoping to meet 20 matches early, and
  // matches that cluster in name order ("nguyen thi thu": every one a given name Thu) cost a walk
  // through most of the roll — 0.9 s on a province instead of 25 ms.
  const matches =
    total <= fewMatches ? sql`(SELECT * FROM members m WHERE ${whereSql} OFFSET 0) m` : sql`members m`;
  const items = await rows<MemberSummaryRow>(
    ctx.db,
    sql`SELECT m.id, m.full_name AS "fullName", m.gender, m.birth_date AS "birthDate", m.ethnicity,
          m.card_number AS "cardNumber", m.ceremony_date AS "ceremonyDate", m.official_date AS "officialDate",
          m.status, o.code AS "orgCode",
          (SELECT v.name FROM org_versions v WHERE v.org_id = m.org_id ORDER BY v.valid_from DESC LIMIT 1) AS "orgName"
        FROM ${matches} JOIN orgs o ON o.id = m.org_id
        WHERE ${whereSql} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`,
  );
  return { items: items.map(presentMemberSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Up to this many matches a list page sorts all of them rather than walking an ordered index. */
const FEW_MATCHES = 3_000;

/** Age in completed years within [min, max] ⇔ birth date in (today − (max+1) years, today − min years]. */
function ageBandCondition(band: string, today: string) {
  const [min, max] = band === '61+' ? [61, null] : band.split('-').map(Number);
  const shift = (years: number) =>
    `${Number(today.slice(0, 4)) - years}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  const conds = [sql`m.birth_date <= ${shift(min!)}::date`];
  if (max !== null && max !== undefined) conds.push(sql`m.birth_date > ${shift(max + 1)}::date`);
  return sql.join(conds, sql` AND `);
}
