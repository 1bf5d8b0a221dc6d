/**
 * The installation (or the caller's subtree) in the import template's format: orgs in their latest
 * state with establishment and dissolution dates, every member (current and former) and their
 * effective history as BienDong rows — a file that imports into an empty installation to the same data.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { jsonRows, jsonRowsByIds, rows, textArray } from '../../platform/db/query.ts';
import { effectiveEvents, type MembershipEventFacts, REMOVAL_CAUSES } from '../lifecycle/rules.ts';
import type { RowValues } from './workbook.ts';

const PAGE = 5000;

export async function* orgRows(db: Db, prefix: string | null): AsyncGenerator<RowValues> {
  const found = await rows<{
    code: string;
    name: string;
    kind: string;
    sector: string;
    parentCode: string | null;
    establishedOn: string;
    dissolvedOn: string | null;
    open: boolean;
  }>(
    db,
    sql`SELECT o.code, last.name, last.kind, last.sector, p.code AS "parentCode",
          (SELECT min(valid_from) FROM org_versions WHERE org_id = o.id)::text AS "establishedOn",
          last.valid_to::text AS "dissolvedOn"
        FROM orgs o
        JOIN LATERAL (SELECT * FROM org_versions v WHERE v.org_id = o.id ORDER BY v.valid_from DESC LIMIT 1) last ON true
        LEFT JOIN orgs p ON p.id = last.parent_id
        WHERE ${prefix === null ? sql`TRUE` : underPath(sql`o.path`, prefix)}
        ORDER BY length(o.path) - length(replace(o.path, '/', '')), o.path`,
  );
  for (const o of found)
    yield {
      code: o.code,
      name: o.name,
      kind: o.kind,
      sector: o.sector,
      parentCode: o.parentCode,
      establishedOn: o.establishedOn,
      dissolvedOn: o.dissolvedOn,
    };
}

interface MemberRow extends Record<string, string | null> {
  id: string;
}

const MEMBER_SELECT = sql`m.id, m.org_id AS "orgId", m.card_number AS "cardNumber", m.dossier_number AS "dossierNumber",
  m.full_name AS "fullName", NULLIF(m.birth_name, m.full_name) AS "birthName", m.gender, m.birth_date::text AS "birthDate",
  m.ethnicity, m.religion, m.religious_adherence AS "religiousAdherence", m.hometown, m.residence, m.citizen_id AS "citizenId",
  m.phone, m.education, m.professional, m.political_theory AS "politicalTheory", m.foreign_language AS "foreignLanguage",
  m.occupation, m.job_title AS "jobTitle", m.admission_decision_date::text AS "admissionDecisionDate",
  m.ceremony_date::text AS "ceremonyDate", m.official_date::text AS "officialDate"`;

/**
 * Members page by page, each page with its events, so memory stays flat. The ids are taken first in
 * the order the rows lie on disk (ctid), and each page fetched by id: paging by id instead (random
 * UUIDs) read the members' and events' pages in random order, each of them many times over once the
 * tables outgrew PGlite's buffers (47 s per 40,000 members of a province). Org codes and file keys
 * are joined here from maps rather than by the database per page. A member edited during the export
 * is still found by its id.
 */
export async function* memberPages(db: Db, prefix: string | null) {
  const order = await jsonRows<{ id: string }>(
    db,
    sql`SELECT m.id FROM members m WHERE m.org_id IS NOT NULL
          ${prefix === null ? sql`` : sql`AND ${underPath(sql`m.org_path`, prefix)}`}
        ORDER BY m.ctid`,
  );
  const codes = new Map(
    (await jsonRows<{ id: string; code: string }>(db, sql`SELECT id, code FROM orgs`)).map(
      (o) => [o.id, o.code] as const,
    ),
  );
  for (let i = 0; i < order.length; i += PAGE) {
    const ids = textArray(order.slice(i, i + PAGE).map((o) => o.id));
    const found = await jsonRowsByIds<MemberRow>(
      db,
      sql`SELECT ${MEMBER_SELECT} FROM members m WHERE m.id = ANY(${ids})`,
    );
    // The latest key a file gave the member (a later file may have respelled it).
    const keys = new Map(
      (
        await jsonRowsByIds<{ memberId: string; key: string }>(
          db,
          sql`SELECT member_id AS "memberId", key FROM import_member_keys WHERE member_id = ANY(${ids}) ORDER BY created_at`,
        )
      ).map((k) => [k.memberId, k.key] as const),
    );
    const events = await jsonRowsByIds<ExportEvent>(
      db,
      sql`SELECT e.id, e.member_id AS "memberId", e.seq, e.type, e.effective_date::text AS "effectiveDate", e.org_id AS "orgId",
            e.from_org_id AS "fromOrgId", e.corrects_event_id AS "correctsEventId", e.details,
            e.decision_number AS "decisionNumber", e.decision_date::text AS "decisionDate", e.issuing_body AS "issuingBody", e.note
          FROM membership_events e WHERE e.member_id = ANY(${ids})`,
    );
    const byMember = new Map<string, ExportEvent[]>();
    for (const e of events) {
      const list = byMember.get(e.memberId) ?? [];
      list.push({
        ...e,
        seq: Number(e.seq),
        orgCode: e.orgId ? (codes.get(e.orgId) ?? null) : null,
        fromOrgCode: e.fromOrgId ? (codes.get(e.fromOrgId) ?? null) : null,
      });
      byMember.set(e.memberId, list);
    }
    for (const list of byMember.values()) list.sort((x, y) => x.seq - y.seq);
    const page = found.map(({ orgId, ...m }) => ({
      ...m,
      key: keys.get(m.id!) ?? m.id!,
      cellCode: orgId ? (codes.get(orgId) ?? null) : null,
    }));
    yield { members: page, events: byMember };
  }
}

export interface ExportEvent extends MembershipEventFacts {
  memberId: string;
  fromOrgId?: string | null;
  orgCode: string | null;
  fromOrgCode: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
}

/** One member's effective events as BienDong rows (the inverse of imports/history.ts). */
export function eventRowsOf(key: string, events: readonly ExportEvent[]): RowValues[] {
  const meta = new Map(events.map((e) => [e.id, e] as const));
  const codeOfOrg = new Map(events.filter((e) => e.orgId).map((e) => [e.orgId!, e.orgCode] as const));
  const out: RowValues[] = [];
  for (const fact of effectiveEvents(events)) {
    const e = { ...meta.get(fact.id)!, ...fact };
    const orgCode = e.orgId ? (codeOfOrg.get(e.orgId) ?? e.orgCode) : null;
    const row = (type: string, fromOrg: string | null, toOrg: string | null, note = e.note): RowValues => ({
      key,
      type,
      date: e.effectiveDate,
      fromOrg,
      toOrg,
      decisionNumber: e.decisionNumber,
      decisionDate: e.decisionDate,
      issuingBody: e.issuingBody,
      note,
    });
    const d = e.details as Record<string, unknown>;
    switch (e.type) {
      case 'ADMISSION':
        out.push(row('KET_NAP', null, null));
        break;
      case 'READMISSION':
        out.push(row('KET_NAP_LAI', null, orgCode));
        break;
      case 'RECOGNITION':
        out.push(row('CONG_NHAN_CHINH_THUC', null, null));
        break;
      case 'RECOGNITION_REFUSED':
        out.push(row('XOA_TEN', null, null, REMOVAL_CAUSES.KHONG_CONG_NHAN));
        break;
      case 'ARRIVAL':
        out.push(row('CHUYEN_DEN', null, orgCode, (d.externalOrg as string | undefined) ?? e.note));
        break;
      case 'DEPARTURE':
        out.push(row('CHUYEN_DI', e.fromOrgCode, null, (d.externalOrg as string | undefined) ?? e.note));
        break;
      case 'TRANSFER_ISSUED': {
        // A returned transfer changed nothing; an accepted one is the pair CHUYEN_DI + CHUYEN_DEN.
        const returned = events.some(
          (x) =>
            x.type === 'TRANSFER_RETURNED' && (x.details as Record<string, unknown>).transferEventId === e.id,
        );
        if (!returned) out.push(row('CHUYEN_DI', e.fromOrgCode, orgCode));
        break;
      }
      case 'TRANSFER_ACCEPTED':
        out.push(row('CHUYEN_DEN', e.fromOrgCode, orgCode));
        break;
      case 'INTERNAL_MOVE':
      case 'ORG_MERGE':
        out.push(row('CHUYEN_NOI_BO', e.fromOrgCode, orgCode));
        break;
      case 'EXEMPTION_START':
        out.push(row('MIEN_SINH_HOAT', null, null));
        break;
      case 'EXEMPTION_END':
        out.push(row('HET_MIEN_SINH_HOAT', null, null));
        break;
      case 'TEMP_EXEMPTION_START':
        out.push(row('TAM_MIEN', null, null));
        break;
      case 'TEMP_EXEMPTION_END':
        out.push(row('HET_TAM_MIEN', null, null));
        break;
      case 'DIED':
        out.push(row('TU_TRAN', null, null));
        break;
      case 'EXPELLED':
        out.push(row('KHAI_TRU', null, null));
        break;
      case 'REMOVED':
        out.push(
          row('XOA_TEN', null, null, REMOVAL_CAUSES[d.cause as keyof typeof REMOVAL_CAUSES] ?? e.note),
        );
        break;
      case 'RESIGNED':
        out.push(row('XIN_RA_KHOI_DANG', null, null));
        break;
      case 'ADMISSION_ANNULLED':
        out.push(row('HUY_KET_NAP', null, null));
        break;
      // Temporary transfers (host cell) have no BienDong type in the template: not exported.
      default:
        break;
    }
  }
  return out;
}
