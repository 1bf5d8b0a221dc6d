import { sql } from 'drizzle-orm';
import { policy } from '../../platform/access/policy.ts';
import { scopeOf } from '../../platform/access/scope.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { inTransaction, one, rows, uniqueViolation } from '../../platform/db/query.ts';
import { AppError, badRequest, conflict, forbidden, invalidFields, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { KINH } from '../../vn/codes/index.ts';
import { foldVietnamese } from '../../vn/fold.ts';
import { personSortKey } from '../../vn/personSort.ts';
import type { CreateMemberInput } from '../members/contracts.ts';
import { religionProblems } from '../members/rules.ts';
import { createMember } from '../members/service.ts';
import { orgByCode, orgOn } from '../orgs/queries.ts';
import { isCell } from '../orgs/rules.ts';
import {
  type CandidateListQuery,
  type CreateCandidateInput,
  type PlanInput,
  type SettingsInput,
  stepSchemas,
  type WithdrawInput,
} from './contracts.ts';
import { type CandidateRow, presentCandidate, presentCandidateSummary, type StepRow } from './presenter.ts';
import {
  type AdmissionSettings,
  ageFindings,
  applicableSteps,
  backgroundFindings,
  ceremonyFindings,
  certificateFindings,
  DEFAULT_SETTINGS,
  dossierFindings,
  educationFindings,
  type Finding,
  laterOrderFindings,
  missingBefore,
  notInFuture,
  orderFindings,
  planFindings,
  type SponsorFacts,
  STEP_LABELS,
  type Step,
  sponsorFindings,
  voteFindings,
} from './rules.ts';

// ---------------------------------------------------------------------------------------------
// Settings

export async function loadSettings(db: Db): Promise<AdmissionSettings & { version: number | null }> {
  const row = await one<{ values: Partial<AdmissionSettings>; version: number }>(
    db,
    sql`SELECT "values", version FROM admission_settings WHERE key = 'default'`,
  );
  return { ...DEFAULT_SETTINGS, ...(row?.values ?? {}), version: row?.version ?? null };
}

export async function getSettings(ctx: Ctx) {
  if (!policy.canListMembers(ctx)) throw forbidden();
  return { ...(await loadSettings(ctx.db)), defaults: DEFAULT_SETTINGS };
}

export async function saveSettings(ctx: Ctx, input: SettingsInput) {
  policy.editAdmissionSettings(ctx);
  const before = await loadSettings(ctx.db);
  if (before.version !== null && input.version !== before.version)
    throw conflict('Cấu hình vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.');
  const { version: _v, ...values } = input;
  await inTransaction(ctx.db, async (tx) => {
    if (before.version === null) {
      await tx.execute(
        sql`INSERT INTO admission_settings (key, "values") VALUES ('default', ${JSON.stringify(values)}::jsonb)`,
      );
    } else {
      const done = await rows(
        tx,
        sql`UPDATE admission_settings SET "values" = ${JSON.stringify(values)}::jsonb, version = version + 1,
              updated_at = now() WHERE key = 'default' AND version = ${before.version} RETURNING key`,
      );
      if (!done.length) throw conflict('Cấu hình vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.');
    }
    const { version: _bv, ...previous } = before;
    await recordAudit(tx, ctx, {
      action: 'admission.settings.save',
      entityType: 'admission_settings',
      entityId: 'default',
      before: previous,
      after: values,
    });
  }).catch(translateUniqueViolation('Cấu hình vừa được người khác tạo. Hãy tải lại trang.'));
  return getSettings(ctx);
}

const translateUniqueViolation = (message: string) => (e: unknown) => {
  if (uniqueViolation(e)) throw conflict(message);
  throw e;
};

// ---------------------------------------------------------------------------------------------
// Candidates

const CANDIDATE_SELECT = sql`SELECT c.id, c.org_id AS "orgId", o.code AS "orgCode",
    lv.name AS "orgName", lv.kind AS "orgKind",
    c.full_name AS "fullName", c.birth_name AS "birthName", c.gender, c.birth_date AS "birthDate", c.ethnicity,
    c.religion, c.religious_adherence AS "religiousAdherence", c.hometown, c.residence, c.citizen_id AS "citizenId",
    c.phone, c.education, c.professional, c.political_theory AS "politicalTheory",
    c.foreign_language AS "foreignLanguage", c.occupation, c.job_title AS "jobTitle", c.workplace,
    c.youth_union AS "youthUnion", c.rural, c.highland_area AS "highlandArea", c.status, c.member_id AS "memberId",
    c.withdrawn_date AS "withdrawnDate", c.withdrawn_reason AS "withdrawnReason", c.ceremony_date AS "ceremonyDate",
    c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
    (SELECT json_agg(json_build_object('step', s.step, 'date', s.date, 'data', s.data, 'warnings', s.warnings,
        'recordedBy', s.recorded_by, 'recordedAt', s.recorded_at) ORDER BY s.date, s.recorded_at)
       FROM admission_steps s WHERE s.candidate_id = c.id) AS steps
  FROM admission_candidates c JOIN orgs o ON o.id = c.org_id
  LEFT JOIN LATERAL (SELECT v.name, v.kind FROM org_versions v WHERE v.org_id = c.org_id
                     ORDER BY v.valid_from DESC LIMIT 1) lv ON true`;

async function loadCandidate(db: Db, id: string): Promise<CandidateRow | undefined> {
  // Ids are UUIDs; anything else cannot exist.
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return one<CandidateRow>(db, sql`${CANDIDATE_SELECT} WHERE c.id = ${id}`);
}

const searchTextOf = (c: { fullName: string; birthName?: string | null; citizenId?: string | null }) =>
  [c.fullName, c.birthName && c.birthName !== c.fullName ? c.birthName : null, c.citizenId]
    .filter(Boolean)
    .map((s) => foldVietnamese(String(s)))
    .join(' | ');

/** The cell a candidate is prepared in: it exists today, is a cell, and the actor keeps it. */
async function cellFor(ctx: Ctx, code: string) {
  const org = await orgByCode(ctx.db, code);
  if (!org) throw notFound(`Không tìm thấy chi bộ mã ${code}.`);
  await policy.writeCandidate(ctx, org.id);
  const state = await orgOn(ctx.db, org.id, ctx.today);
  if (!state) throw invalidFields([{ path: 'orgCode', message: `Chi bộ ${code} không còn hoạt động.` }]);
  if (!isCell(state.kind)) {
    throw invalidFields([
      { path: 'orgCode', message: 'Người vào Đảng được xét ở chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc).' },
    ]);
  }
  return org;
}

export async function createCandidate(ctx: Ctx, input: CreateCandidateInput) {
  const cell = await cellFor(ctx, input.orgCode);
  const problems = religionProblems(input.religion, input.religiousAdherence);
  if (input.birthDate >= ctx.today)
    problems.push({ path: 'birthDate', message: 'Ngày sinh phải trước hôm nay.' });
  if (problems.length) throw invalidFields(problems);
  if (input.citizenId) {
    const member = await one(ctx.db, sql`SELECT 1 FROM members WHERE citizen_id = ${input.citizenId}`);
    if (member) {
      const message = 'Số CCCD này đã có trong hồ sơ một đảng viên.';
      throw conflict(message, [{ path: 'citizenId', message }]);
    }
    const candidate = await one(
      ctx.db,
      sql`SELECT 1 FROM admission_candidates WHERE citizen_id = ${input.citizenId} AND status = 'ACTIVE'`,
    );
    if (candidate) {
      const message = 'Người có số CCCD này đang trong danh sách xét kết nạp.';
      throw conflict(message, [{ path: 'citizenId', message }]);
    }
  }
  const id = newId();
  const c = input;
  await inTransaction(ctx.db, async (tx) => {
    await tx.execute(sql`INSERT INTO admission_candidates (id, org_id, full_name, birth_name, gender, birth_date,
        ethnicity, religion, religious_adherence, hometown, residence, citizen_id, phone, education, professional,
        political_theory, foreign_language, occupation, job_title, workplace, youth_union, rural, highland_area,
        search_text, sort_key)
      VALUES (${id}, ${cell.id}, ${c.fullName}, ${c.birthName ?? c.fullName}, ${c.gender}, ${c.birthDate},
        ${c.ethnicity}, ${c.religion ?? null}, ${c.religiousAdherence ?? null}, ${c.hometown ?? null},
        ${c.residence ?? null}, ${c.citizenId ?? null}, ${c.phone ?? null}, ${c.education ?? null},
        ${c.professional ?? null}, ${c.politicalTheory ?? null}, ${c.foreignLanguage ?? null},
        ${c.occupation ?? null}, ${c.jobTitle ?? null}, ${c.workplace ?? null}, ${c.youthUnion}, ${c.rural},
        ${c.highlandArea}, ${searchTextOf(c)}, ${personSortKey(c.fullName)})`);
    await recordAudit(tx, ctx, {
      action: 'admission.candidate.create',
      entityType: 'admission_candidate',
      entityId: id,
      after: input,
    });
  }).catch(translateUniqueViolation('Người có số CCCD này đang trong danh sách xét kết nạp.'));
  return getCandidate(ctx, id, { audit: false });
}

/** The full record. Reading confidential fields (citizen ID, religion, background notes) is audited. */
export async function getCandidate(ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const row = await loadCandidate(ctx.db, id);
  if (!row) throw notFound('Không tìm thấy người vào Đảng.');
  await policy.readCandidate(ctx, row.orgId);
  const confidential = await policy.seesConfidential(ctx, '', row.orgId);
  if (confidential && opts.audit !== false) {
    await inTransaction(ctx.db, (tx) =>
      recordAudit(tx, ctx, {
        action: 'admission.candidate.read_dossier',
        entityType: 'admission_candidate',
        entityId: row.id,
      }),
    );
  }
  const settings = await loadSettings(ctx.db);
  return presentCandidate(row, {
    confidential,
    canEdit: await policy.canEditCandidate(ctx, row.orgId),
    settings,
    today: ctx.today,
  });
}

export async function listCandidates(ctx: Ctx, q: CandidateListQuery) {
  if (!policy.canListMembers(ctx)) throw forbidden('Bạn không có quyền xem danh sách người vào Đảng.');
  const scope = await scopeOf(ctx);
  const where = [];
  if (q.status !== 'ALL') where.push(sql`c.status = ${q.status}`);
  if (scope.pathPrefix !== null) where.push(underPath(sql`o.path`, scope.pathPrefix));
  if (q.org) {
    const org = await orgByCode(ctx.db, q.org);
    if (!org) throw notFound(`Không tìm thấy tổ chức mã ${q.org}.`);
    await policy.readOrg(ctx, org.id);
    where.push(underPath(sql`o.path`, org.path!));
  }
  const whereSql = where.length ? sql.join(where, sql` AND `) : sql`true`;
  const items = await rows<CandidateRow>(
    ctx.db,
    sql`${CANDIDATE_SELECT} WHERE ${whereSql} ORDER BY c.sort_key, c.id
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const total = await one<{ n: number }>(
    ctx.db,
    sql`SELECT count(*)::int AS n FROM admission_candidates c JOIN orgs o ON o.id = c.org_id WHERE ${whereSql}`,
  );
  const settings = await loadSettings(ctx.db);
  return {
    items: items.map((r) => presentCandidateSummary(r, settings, ctx.today)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function writableCandidate(ctx: Ctx, id: string, version: number) {
  const row = await loadCandidate(ctx.db, id);
  if (!row) throw notFound('Không tìm thấy người vào Đảng.');
  await policy.writeCandidate(ctx, row.orgId);
  if (row.status !== 'ACTIVE') {
    throw conflict(
      row.status === 'ADMITTED'
        ? 'Người này đã được kết nạp; hồ sơ kết nạp không sửa được nữa. Sửa hồ sơ đảng viên nếu cần.'
        : 'Hồ sơ đã rút; không ghi thêm được.',
    );
  }
  if (row.version !== version)
    throw conflict(
      'Hồ sơ vừa được người khác cập nhật. Hãy tải lại trang để xem thay đổi mới nhất rồi ghi lại.',
    );
  return row;
}

/** Bumps the version of a candidate read at `version`: the optimistic lock of every write. */
async function bumpVersion(tx: Db, id: string, version: number, extra = sql``) {
  const done = await rows(
    tx,
    sql`UPDATE admission_candidates SET version = version + 1, updated_at = now() ${extra}
        WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  if (!done.length) throw conflict('Hồ sơ vừa được người khác cập nhật. Hãy tải lại trang rồi ghi lại.');
}

export async function withdrawCandidate(ctx: Ctx, id: string, input: WithdrawInput) {
  const row = await writableCandidate(ctx, id, input.version);
  const problems = notInFuture(input.date, ctx.today);
  if (problems.length) throw invalidFields(problems);
  await inTransaction(ctx.db, async (tx) => {
    await bumpVersion(
      tx,
      id,
      input.version,
      sql`, status = 'WITHDRAWN', withdrawn_date = ${input.date}, withdrawn_reason = ${input.reason}`,
    );
    await recordAudit(tx, ctx, {
      action: 'admission.candidate.withdraw',
      entityType: 'admission_candidate',
      entityId: row.id,
      before: { status: row.status },
      after: { status: 'WITHDRAWN', date: input.date, reason: input.reason },
    });
  });
  return getCandidate(ctx, id, { audit: false });
}

// ---------------------------------------------------------------------------------------------
// Steps

/**
 * Records (or re-records) one step. The step's rules run against the steps already recorded; errors
 * refuse the write with field messages, warnings are stored with the step. The ceremony creates the
 * member — see recordCeremony.
 */
export async function recordStep(ctx: Ctx, id: string, step: Step, body: unknown) {
  const row0 = await loadCandidate(ctx.db, id);
  if (!row0) throw notFound('Không tìm thấy người vào Đảng.');
  await policy.writeCandidate(ctx, row0.orgId);
  const input = parseInput(stepSchemas[step], body) as { version: number; date: string } & Record<
    string,
    unknown
  >;
  const row = await writableCandidate(ctx, id, input.version);
  const applicable = applicableSteps(row.orgKind);
  if (!applicable.includes(step))
    throw badRequest(
      `Bước "${STEP_LABELS[step]}" không áp dụng cho chi bộ cơ sở: nghị quyết chi bộ trình thẳng cấp ủy cấp trên.`,
    );
  const recorded = new Map((row.steps ?? []).map((s) => [s.step, s]));
  const missing = missingBefore(step, applicable, new Set(recorded.keys()));
  if (missing.length) {
    throw badRequest(`Cần ghi bước "${STEP_LABELS[missing[0]!]}" trước bước "${STEP_LABELS[step]}".`);
  }
  const settings = await loadSettings(ctx.db);
  const { version, date, ...data } = input;
  const findings = await stepFindings(ctx, row, step, input, recorded, settings);
  const errors = findings.filter((f) => f.level === 'error');
  if (errors.length) throw invalidFields(errors.map(({ path, message }) => ({ path, message })));
  const warnings = findings.filter((f) => f.level === 'warning');
  if (step === 'SPONSORS') {
    // Keep each sponsor's name as it was, so the record reads the same whoever looks at it later.
    const names = await sponsorNames(ctx.db, data.sponsors as { memberId: string }[]);
    data.sponsors = (data.sponsors as { memberId: string }[]).map((s, i) => ({
      ...s,
      fullName: names[i] ?? null,
    }));
  }
  const previous = recorded.get(step);

  await inTransaction(ctx.db, async (tx) => {
    await bumpVersion(tx, id, version);
    await tx.execute(sql`INSERT INTO admission_steps (candidate_id, step, date, data, warnings, recorded_by)
      VALUES (${id}, ${step}, ${date}, ${JSON.stringify(data)}::jsonb, ${JSON.stringify(warnings)}::jsonb,
        ${ctx.actor.username})
      ON CONFLICT (candidate_id, step) DO UPDATE SET date = EXCLUDED.date, data = EXCLUDED.data,
        warnings = EXCLUDED.warnings, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`);
    let memberId: string | null = null;
    if (step === 'CEREMONY') memberId = await recordCeremony(ctx, tx, row, recorded, date);
    await recordAudit(tx, ctx, {
      action: 'admission.step.record',
      entityType: 'admission_candidate',
      entityId: id,
      before: previous ? { step, date: previous.date, data: previous.data } : null,
      after: { step, date, data, ...(memberId && { memberId }) },
    });
  });
  return getCandidate(ctx, id, { audit: false });
}

/**
 * The ceremony makes the candidate a (probationary) member: createMember runs inside this
 * transaction with the transaction as its database. Its own inTransaction then opens a savepoint
 * (Drizzle nests transactions as savepoints on both drivers), so the member, their ADMISSION event,
 * their periods, both audit rows and the candidate's ADMITTED state land together or not at all —
 * and PGlite's single connection is never asked for a query outside the open transaction
 * (docs/decisions.md, "PGlite inside transactions"). Its field errors are the ceremony's.
 */
async function recordCeremony(
  ctx: Ctx,
  tx: Db,
  row: CandidateRow,
  recorded: Map<Step, StepRow>,
  ceremonyDate: string,
): Promise<string> {
  const decision = recorded.get('DECISION')!;
  const input: CreateMemberInput = {
    fullName: row.fullName,
    birthName: row.birthName,
    gender: row.gender,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    religion: row.religion,
    religiousAdherence: row.religiousAdherence,
    hometown: row.hometown,
    residence: row.residence,
    citizenId: row.citizenId,
    phone: row.phone,
    education: row.education,
    professional: row.professional,
    politicalTheory: row.politicalTheory,
    foreignLanguage: row.foreignLanguage,
    occupation: row.occupation,
    jobTitle: row.jobTitle,
    workplace: row.workplace,
    cardNumber: null,
    dossierNumber: null,
    badgeNumber: null,
    admissionDecisionDate: decision.date,
    ceremonyDate,
    officialDate: null,
    orgCode: row.orgCode,
  } as CreateMemberInput;
  let member: { id: string };
  try {
    member = (await createMember({ ...ctx, db: tx }, input, {
      decisionNumber: (decision.data as { number?: string }).number ?? null,
      issuingBody: (decision.data as { issuingBody?: string }).issuingBody ?? null,
    })) as unknown as { id: string };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const errors = e.errors.map((f) => ({
      path: f.path === 'ceremonyDate' ? 'date' : f.path,
      message: f.message,
    }));
    throw new AppError(e.status, e.type, e.title, `Chưa tạo được hồ sơ đảng viên: ${e.message}`, errors);
  }
  await tx.execute(sql`UPDATE admission_candidates SET status = 'ADMITTED', member_id = ${member.id},
      ceremony_date = ${ceremonyDate} WHERE id = ${row.id}`);
  return member.id;
}

async function sponsorNames(db: Db, sponsors: { memberId: string }[]): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (const s of sponsors) {
    const r = await one<{ fullName: string }>(
      db,
      sql`SELECT full_name AS "fullName" FROM members WHERE id = ${s.memberId}`,
    );
    out.push(r?.fullName ?? null);
  }
  return out;
}

/** Runs the step's rules against the candidate and the steps already recorded. */
async function stepFindings(
  ctx: Ctx,
  row: CandidateRow,
  step: Step,
  input: { date: string } & Record<string, unknown>,
  recorded: Map<Step, StepRow>,
  settings: AdmissionSettings,
): Promise<Finding[]> {
  const date = input.date;
  const applicable = applicableSteps(row.orgKind);
  const index = applicable.indexOf(step);
  const earlier = applicable
    .slice(0, index)
    .flatMap((s) => (recorded.has(s) ? [{ step: s, date: recorded.get(s)!.date }] : []));
  const later = applicable
    .slice(index + 1)
    .flatMap((s) => (recorded.has(s) ? [{ step: s, date: recorded.get(s)!.date }] : []));
  const out: Finding[] = [
    ...notInFuture(date, ctx.today),
    ...orderFindings(step, date, earlier),
    ...laterOrderFindings(date, later),
  ];
  if (date <= row.birthDate)
    out.push({ level: 'error', path: 'date', message: 'Ngày này phải sau ngày sinh.' });
  const cellResolution = recorded.get('CELL_RESOLUTION');
  switch (step) {
    case 'AWARENESS_CLASS':
      if (cellResolution) out.push(...certificateFindings(date, cellResolution.date, settings));
      break;
    case 'SPONSORS': {
      const sponsors = input.sponsors as { memberId: string; workedTogetherSince: string }[];
      const facts: SponsorFacts[] = [];
      for (const [i, s] of sponsors.entries()) {
        const fact = await sponsorFacts(ctx, s.memberId, s.workedTogetherSince, date);
        if (fact) facts.push(fact);
        else
          out.push({
            level: 'error',
            path: `sponsors.${i}.memberId`,
            message: 'Không tìm thấy đảng viên này.',
          });
      }
      if (facts.length === sponsors.length)
        out.push(
          ...sponsorFindings(input.mode as 'TWO_MEMBERS' | 'YOUTH_UNION', facts, row.youthUnion, date),
        );
      break;
    }
    case 'DOSSIER':
      out.push(...dossierFindings(input.items as string[]));
      break;
    case 'CELL_RESOLUTION': {
      out.push(...voteFindings(input.agree as number, input.total as number, 'cell'));
      out.push(...ageFindings(row.birthDate, date, 'date', 'vào ngày chi bộ xét kết nạp'));
      out.push(...educationFindings(row.education, row.highlandArea, settings));
      const cert = recorded.get('AWARENESS_CLASS');
      if (cert) out.push(...certificateFindings(cert.date, date, settings));
      out.push(
        ...backgroundFindings(recorded.get('BACKGROUND_CHECK')?.data.conclusion as string | undefined),
      );
      break;
    }
    case 'COMMITTEE_RESOLUTION':
      out.push(...voteFindings(input.agree as number, input.total as number, 'committee'));
      break;
    case 'DECISION':
      out.push(...ageFindings(row.birthDate, date, 'date', 'vào ngày quyết định kết nạp'));
      break;
    case 'CEREMONY':
      out.push(
        ...ceremonyFindings(
          recorded.get('DECISION')!.date,
          date,
          input.lateApproval as string | null | undefined,
          settings,
        ),
      );
      break;
  }
  return out;
}

/** A sponsor the actor may see, with their status on the introduction date; null if there is none. */
async function sponsorFacts(
  ctx: Ctx,
  memberId: string,
  workedTogetherSince: string,
  on: string,
): Promise<SponsorFacts | null> {
  if (!/^[0-9a-f-]{36}$/i.test(memberId)) return null;
  const m = await one<{ id: string; fullName: string; orgId: string | null }>(
    ctx.db,
    sql`SELECT id, full_name AS "fullName", org_id AS "orgId" FROM members WHERE id = ${memberId}`,
  );
  if (!m) return null;
  try {
    await policy.readMember(ctx, m.id, m.orgId);
  } catch {
    return null;
  }
  const period = await one<{ status: string }>(
    ctx.db,
    sql`SELECT status FROM membership_periods WHERE member_id = ${memberId}
        AND valid_from <= ${on}::date AND (valid_to IS NULL OR valid_to > ${on}::date)
        ORDER BY valid_from DESC LIMIT 1`,
  );
  return { memberId, fullName: m.fullName, statusOnDate: period?.status ?? null, workedTogetherSince };
}

// ---------------------------------------------------------------------------------------------
// Annual plans

export interface PlanRow {
  id: string;
  year: number;
  targetTotal: number;
  targetYouthUnion: number | null;
  targetWomen: number | null;
  targetEthnicMinority: number | null;
  targetRural: number | null;
  note: string | null;
  version: number;
}

async function planOrg(ctx: Ctx, code: string | undefined) {
  let orgId = ctx.actor.orgId;
  if (code) {
    const org = await orgByCode(ctx.db, code);
    if (!org) throw notFound(`Không tìm thấy tổ chức mã ${code}.`);
    orgId = org.id;
  }
  if (!orgId) throw badRequest('Chọn tổ chức đảng để xem kế hoạch kết nạp.');
  await policy.readOrg(ctx, orgId);
  const org = await one<{ id: string; code: string; path: string; name: string }>(
    ctx.db,
    sql`SELECT o.id, o.code, o.path, (SELECT v.name FROM org_versions v WHERE v.org_id = o.id
          ORDER BY v.valid_from DESC LIMIT 1) AS name FROM orgs o WHERE o.id = ${orgId}`,
  );
  return org!;
}

/**
 * The plan of an org for a year and its progress: candidates admitted (ceremony held) that year in
 * the org's subtree, in total and by group. Members entered directly on the roll are not counted.
 */
export async function getPlan(ctx: Ctx, q: { org?: string; year: number }) {
  if (!policy.canListMembers(ctx)) throw forbidden('Bạn không có quyền xem kế hoạch kết nạp.');
  const org = await planOrg(ctx, q.org);
  const plan = await one<PlanRow>(
    ctx.db,
    sql`SELECT id, year, target_total AS "targetTotal", target_youth_union AS "targetYouthUnion",
          target_women AS "targetWomen", target_ethnic_minority AS "targetEthnicMinority",
          target_rural AS "targetRural", note, version
        FROM admission_plans WHERE org_id = ${org.id} AND year = ${q.year}`,
  );
  const progress = await one<{
    total: number;
    youthUnion: number;
    women: number;
    ethnicMinority: number;
    rural: number;
  }>(
    ctx.db,
    sql`SELECT count(*)::int AS total,
          count(*) FILTER (WHERE c.youth_union)::int AS "youthUnion",
          count(*) FILTER (WHERE c.gender = 'NU')::int AS women,
          count(*) FILTER (WHERE c.ethnicity <> ${KINH})::int AS "ethnicMinority",
          count(*) FILTER (WHERE c.rural)::int AS rural
        FROM admission_candidates c JOIN orgs o ON o.id = c.org_id
        WHERE c.status = 'ADMITTED' AND c.ceremony_date >= ${`${q.year}-01-01`}::date
          AND c.ceremony_date < ${`${q.year + 1}-01-01`}::date AND ${underPath(sql`o.path`, org.path)}`,
  );
  const inPipeline = await one<{ n: number }>(
    ctx.db,
    sql`SELECT count(*)::int AS n FROM admission_candidates c JOIN orgs o ON o.id = c.org_id
        WHERE c.status = 'ACTIVE' AND ${underPath(sql`o.path`, org.path)}`,
  );
  return {
    org: { code: org.code, name: org.name },
    year: q.year,
    plan: plan ? { ...plan, id: undefined } : null,
    progress: progress!,
    inPipeline: inPipeline?.n ?? 0,
    canEdit: await policy.canEditCandidate(ctx, org.id),
  };
}

export async function savePlan(ctx: Ctx, orgCode: string, year: number, input: PlanInput) {
  const org = await orgByCode(ctx.db, orgCode);
  if (!org) throw notFound(`Không tìm thấy tổ chức mã ${orgCode}.`);
  await policy.writeCandidate(ctx, org.id);
  const problems = planFindings(input);
  if (problems.length) throw invalidFields(problems.map(({ path, message }) => ({ path, message })));
  const existing = await one<PlanRow>(
    ctx.db,
    sql`SELECT id, version, target_total AS "targetTotal", target_youth_union AS "targetYouthUnion",
          target_women AS "targetWomen", target_ethnic_minority AS "targetEthnicMinority",
          target_rural AS "targetRural", note
        FROM admission_plans WHERE org_id = ${org.id} AND year = ${year}`,
  );
  if (existing && existing.version !== input.version)
    throw conflict('Kế hoạch vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.');
  const p = input;
  await inTransaction(ctx.db, async (tx) => {
    if (existing) {
      const done = await rows(
        tx,
        sql`UPDATE admission_plans SET target_total = ${p.targetTotal}, target_youth_union = ${p.targetYouthUnion ?? null},
              target_women = ${p.targetWomen ?? null}, target_ethnic_minority = ${p.targetEthnicMinority ?? null},
              target_rural = ${p.targetRural ?? null}, note = ${p.note ?? null}, version = version + 1, updated_at = now()
            WHERE id = ${existing.id} AND version = ${existing.version} RETURNING id`,
      );
      if (!done.length) throw conflict('Kế hoạch vừa được người khác sửa. Hãy tải lại trang rồi sửa lại.');
    } else {
      await tx.execute(sql`INSERT INTO admission_plans (id, org_id, year, target_total, target_youth_union,
          target_women, target_ethnic_minority, target_rural, note)
        VALUES (${newId()}, ${org.id}, ${year}, ${p.targetTotal}, ${p.targetYouthUnion ?? null}, ${p.targetWomen ?? null},
          ${p.targetEthnicMinority ?? null}, ${p.targetRural ?? null}, ${p.note ?? null})`);
    }
    const { version: _v, ...after } = input;
    await recordAudit(tx, ctx, {
      action: 'admission.plan.save',
      entityType: 'admission_plan',
      entityId: `${org.code}/${year}`,
      before: existing ? { ...existing, id: undefined, version: undefined } : null,
      after,
    });
  }).catch(translateUniqueViolation('Kế hoạch năm này vừa được người khác tạo. Hãy tải lại trang.'));
  return getPlan(ctx, { org: orgCode, year });
}
