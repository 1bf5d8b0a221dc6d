/** What the plan compares the file with, read in a few set queries (not one query per row). */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rows, textArray } from '../../platform/db/query.ts';
import type { OrgInfo } from './orgIndex.ts';
import type { ExistingEvent, ExistingMember, Snapshot } from './plan.ts';
import type { MemberProfile, ParsedFile } from './validate.ts';

async function loadOrgs(db: Db): Promise<Map<string, OrgInfo>> {
  const found = await rows<{
    id: string;
    code: string;
    path: string;
    validFrom: string;
    validTo: string | null;
    kind: string;
    name: string;
    sector: string;
    parentCode: string | null;
  }>(
    db,
    sql`SELECT o.id, o.code, o.path, v.valid_from AS "validFrom", v.valid_to AS "validTo", v.kind, v.name, v.sector,
          p.code AS "parentCode"
        FROM orgs o JOIN org_versions v ON v.org_id = o.id LEFT JOIN orgs p ON p.id = v.parent_id
        ORDER BY o.code, v.valid_from`,
  );
  const out = new Map<string, OrgInfo>();
  for (const r of found) {
    let o = out.get(r.code);
    if (!o) {
      o = { id: r.id, code: r.code, path: r.path, isNew: false, versions: [] };
      out.set(r.code, o);
    }
    o.versions.push({
      validFrom: r.validFrom,
      validTo: r.validTo,
      kind: r.kind,
      name: r.name,
      sector: r.sector,
      parentCode: r.parentCode,
    });
  }
  return out;
}

const PROFILE_SELECT = sql`m.full_name AS "fullName", m.birth_name AS "birthName", m.gender, m.birth_date AS "birthDate",
  m.ethnicity, m.religion, m.religious_adherence AS "religiousAdherence", m.hometown, m.residence,
  m.citizen_id AS "citizenId", m.phone, m.education, m.professional, m.political_theory AS "politicalTheory",
  m.foreign_language AS "foreignLanguage", m.occupation, m.job_title AS "jobTitle", m.card_number AS "cardNumber",
  m.dossier_number AS "dossierNumber", m.admission_decision_date AS "admissionDecisionDate",
  m.ceremony_date AS "ceremonyDate", m.official_date AS "officialDate"`;

export async function loadSnapshot(db: Db, file: ParsedFile): Promise<Snapshot> {
  const orgs = await loadOrgs(db);
  const ids = await rows<{ id: string; card: string | null; dossier: string | null; citizen: string | null }>(
    db,
    sql`SELECT id, card_number AS card, dossier_number AS dossier, citizen_id AS citizen FROM members`,
  );
  const keys = await rows<{ key: string; memberId: string }>(
    db,
    sql`SELECT key, member_id AS "memberId" FROM import_member_keys`,
  );
  const snap: Snapshot = {
    orgs,
    byKey: new Map(),
    storedKeys: new Map(keys.map((k) => [k.key, k.memberId])),
    byCard: new Map(),
    byDossier: new Map(),
    byCitizen: new Map(),
    members: new Map(),
  };
  for (const r of ids) {
    snap.byKey.set(r.id, r.id);
    if (r.card) snap.byCard.set(r.card, r.id);
    if (r.dossier) snap.byDossier.set(r.dossier, r.id);
    if (r.citizen) snap.byCitizen.set(r.citizen, r.id);
  }
  for (const [k, id] of snap.storedKeys) snap.byKey.set(k, id);

  const wanted = new Set<string>();
  for (const m of file.members) {
    for (const [index, value] of [
      [snap.byKey, m.key],
      [snap.byCard, m.profile.cardNumber],
      [snap.byDossier, m.profile.dossierNumber],
      [snap.byCitizen, m.profile.citizenId],
    ] as const) {
      const id = value ? index.get(value) : undefined;
      if (id) wanted.add(id);
    }
  }
  const list = [...wanted];
  for (let i = 0; i < list.length; i += 5000) {
    const chunk = textArray(list.slice(i, i + 5000));
    const profiles = await rows<MemberProfile & { id: string; orgPath: string | null }>(
      db,
      sql`SELECT m.id, m.org_path AS "orgPath", ${PROFILE_SELECT} FROM members m WHERE m.id = ANY(${chunk})`,
    );
    for (const p of profiles) {
      const { id, orgPath, ...profile } = p;
      snap.members.set(id, { id, orgPath, profile, events: [] } satisfies ExistingMember);
    }
    const events = await rows<ExistingEvent & { memberId: string }>(
      db,
      sql`SELECT id, member_id AS "memberId", seq, type, effective_date AS "effectiveDate", org_id AS "orgId",
            from_org_id AS "fromOrgId", corrects_event_id AS "correctsEventId", details
          FROM membership_events WHERE member_id = ANY(${chunk}) ORDER BY seq`,
    );
    for (const e of events) {
      const { memberId, ...event } = e;
      snap.members.get(memberId)?.events.push({ ...event, seq: Number(event.seq) });
    }
  }
  return snap;
}
