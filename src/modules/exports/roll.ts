/**
 * Sổ danh sách đảng viên, mẫu 7-HSĐV (Hướng dẫn 12-HD/BTCTW 2012, kept by Hướng dẫn 09-HD/BTCTW
 * 2017 and 12-HD/BTCTW 2022): fourteen columns; the book gives each member one bold line with four
 * small lines, which one row with line breaks inside the cells stands for. Current and former
 * members of the subtree, by cell and then the Vietnamese order of names.
 */
import type { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { underPath } from '../../platform/db/paths.ts';
import { jsonRows, jsonRowsByIds, textArray } from '../../platform/db/query.ts';
import { labelOf } from '../../vn/codes/index.ts';
import { formatVnDate } from '../../vn/dates.ts';
import { effectiveEvents, type MembershipEventFacts, REMOVAL_CAUSES } from '../lifecycle/rules.ts';
import { escapeCell } from './escape.ts';
import { XlsxWriter } from './xlsx/workbook.ts';

export const ROLL_COLUMNS = [
  'Số TT',
  'Họ và tên\nHọ và tên khai sinh',
  'Nam, nữ, dân tộc, tôn giáo',
  'Quê quán',
  'Văn hóa, lý luận, chuyên môn nghiệp vụ, ngoại ngữ',
  'Nghề nghiệp hiện nay',
  'Ngày vào Đảng, ngày chính thức',
  'Số thẻ đảng viên, số lý lịch, số Huy hiệu Đảng',
  'Bộ đội, công an, hưu trí',
  'Ngày chuyển đi, đến đảng bộ cơ sở nào',
  'Ngày chuyển đến, ở đảng bộ cơ sở nào đến',
  'Ngày từ trần, lý do',
  'Ngày ra khỏi Đảng, hình thức ra Đảng',
  'Ghi chú',
];

const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');
const OUT_OF_PARTY: Record<string, string> = {
  EXPELLED: 'Khai trừ',
  REMOVED: 'Xóa tên',
  RECOGNITION_REFUSED: 'Xóa tên (dự bị không được công nhận)',
  RESIGNED: 'Xin ra khỏi Đảng',
  ADMISSION_ANNULLED: 'Hủy quyết định kết nạp',
};

interface RollMember {
  id: string;
  fullName: string;
  birthName: string | null;
  gender: string;
  ethnicity: string;
  religion: string | null;
  hometown: string | null;
  education: string | null;
  politicalTheory: string | null;
  professional: string | null;
  foreignLanguage: string | null;
  occupation: string | null;
  jobTitle: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  cardNumber: string | null;
  dossierNumber: string | null;
  badgeNumber: string | null;
  cellName: string | null;
}

type RollEvent = MembershipEventFacts & { memberId: string; orgName: string | null; note: string | null };

export async function writeRoll(
  db: Db,
  out: Writable,
  prefix: string | null,
  opts: { confidential: boolean; title: string },
): Promise<number> {
  const wb = new XlsxWriter(out);
  const ws = wb.sheet('SoDanhSach', {
    widths: [6, 26, 18, 24, 24, 22, 14, 16, 12, 22, 22, 16, 20, 16],
    frozenRows: 3,
    landscape: true,
  });
  ws.row([`SỔ DANH SÁCH ĐẢNG VIÊN — ${opts.title}`], 'title');
  ws.row(ROLL_COLUMNS, 'header');
  ws.row(ROLL_COLUMNS.map((_, i) => String(i + 1)));
  // The order once (cell, then the Vietnamese order of names), then the rows in pages of it; org names
  // from one map rather than a subquery per row.
  const order = await jsonRows<{ id: string }>(
    db,
    sql`SELECT m.id FROM members m WHERE m.org_path IS NOT NULL
          ${prefix === null ? sql`` : sql`AND ${underPath(sql`m.org_path`, prefix)}`}
        ORDER BY m.org_path COLLATE "C", m.sort_key COLLATE "C", m.id`,
  );
  const names = new Map(
    (
      await jsonRows<{ id: string; name: string }>(
        db,
        sql`SELECT DISTINCT ON (org_id) org_id AS id, name FROM org_versions ORDER BY org_id, valid_from DESC`,
      )
    ).map((o) => [o.id, o.name] as const),
  );
  let n = 0;
  for (let i = 0; i < order.length; i += 2000) {
    const ids = order.slice(i, i + 2000).map((o) => o.id);
    const found = await jsonRowsByIds<RollMember & { orgId: string | null }>(
      db,
      sql`SELECT m.id, m.full_name AS "fullName", m.birth_name AS "birthName", m.gender, m.ethnicity, m.religion, m.hometown,
            m.education, m.political_theory AS "politicalTheory", m.professional, m.foreign_language AS "foreignLanguage",
            m.occupation, m.job_title AS "jobTitle", m.ceremony_date::text AS "ceremonyDate", m.official_date::text AS "officialDate",
            m.card_number AS "cardNumber", m.dossier_number AS "dossierNumber", m.badge_number AS "badgeNumber", m.org_id AS "orgId"
          FROM members m WHERE m.id = ANY(${textArray(ids)})`,
    );
    const byId = new Map(
      found.map((m) => [m.id, { ...m, cellName: m.orgId ? (names.get(m.orgId) ?? null) : null }] as const),
    );
    const events = await jsonRowsByIds<RollEvent>(
      db,
      sql`SELECT e.id, e.member_id AS "memberId", e.seq, e.type, e.effective_date::text AS "effectiveDate", e.org_id AS "orgId",
            e.corrects_event_id AS "correctsEventId", e.details, e.note
          FROM membership_events e WHERE e.member_id = ANY(${textArray(ids)}) ORDER BY e.seq`,
    );
    const byMember = new Map<string, RollEvent[]>();
    for (const e of events) {
      const list = byMember.get(e.memberId) ?? [];
      list.push({ ...e, seq: Number(e.seq), orgName: e.orgId ? (names.get(e.orgId) ?? null) : null });
      byMember.set(e.memberId, list);
    }
    for (const id of ids) {
      const m = byId.get(id)!;
      await ws.row(
        rollRow(++n, m, byMember.get(id) ?? [], opts.confidential).map((v) => escapeCell(v)),
        'wrap',
      );
    }
  }
  await wb.finish();
  return n;
}

function rollRow(n: number, m: RollMember, events: readonly RollEvent[], confidential: boolean): string[] {
  const effective = effectiveEvents(events);
  const byId = new Map(events.map((e) => [e.id, e] as const));
  const dated = (types: string[], describe: (e: RollEvent) => string | null) =>
    lines(
      ...effective
        .filter((e) => types.includes(e.type))
        .map(
          (e) =>
            `${formatVnDate(e.effectiveDate)}${describe(byId.get(e.id)!) ? `: ${describe(byId.get(e.id)!)}` : ''}`,
        ),
    );
  const external = (e: RollEvent) => (e.details.externalOrg as string | undefined) ?? e.note ?? null;
  const occupation = m.occupation ? labelOf('occupation', m.occupation) : null;
  return [
    String(n),
    lines(m.fullName, m.birthName && m.birthName !== m.fullName ? m.birthName : null),
    lines(
      labelOf('gender', m.gender),
      labelOf('ethnicity', m.ethnicity),
      confidential && m.religion ? labelOf('religion', m.religion) : null,
    ),
    m.hometown ?? '',
    lines(
      m.education && labelOf('education', m.education),
      m.politicalTheory && `LLCT: ${labelOf('politicalTheory', m.politicalTheory)}`,
      m.professional && `CM: ${labelOf('professional', m.professional)}`,
      m.foreignLanguage,
    ),
    lines(occupation, m.jobTitle),
    lines(formatVnDate(m.ceremonyDate), formatVnDate(m.officialDate)),
    lines(m.cardNumber, m.dossierNumber, m.badgeNumber),
    m.occupation === 'LUC_LUONG_VU_TRANG' || m.occupation === 'NGHI_HUU' ? (occupation ?? '') : '',
    dated(['DEPARTURE', 'TRANSFER_ISSUED'], (e) => (e.type === 'DEPARTURE' ? external(e) : e.orgName)),
    dated(['ARRIVAL', 'TRANSFER_ACCEPTED'], (e) => (e.type === 'ARRIVAL' ? external(e) : e.orgName)),
    dated(['DIED'], (e) => e.note),
    dated(Object.keys(OUT_OF_PARTY), (e) =>
      lines(
        OUT_OF_PARTY[e.type],
        e.type === 'REMOVED' ? REMOVAL_CAUSES[e.details.cause as keyof typeof REMOVAL_CAUSES] : null,
      ),
    ),
    m.cellName ?? '',
  ];
}
