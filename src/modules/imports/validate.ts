/**
 * The rows of each sheet as typed records, with every problem a single sheet shows on its own:
 * missing sheets and columns, cells that are not dates or codes, numbers of the wrong shape,
 * profile dates out of order, duplicate keys. Pure; cross-checks against the database are in plan.ts.
 */
import { labelOf } from '../../vn/codes/index.ts';
import { ageOn } from '../../vn/dates.ts';
import {
  CARD_NUMBER,
  CITIZEN_ID,
  DOSSIER_NUMBER,
  dateProblems,
  MIN_ADMISSION_AGE,
  PHONE,
  religionProblems,
} from '../members/rules.ts';
import { ORG_CODE } from '../orgs/rules.ts';
import type { FileEventType } from './eventTypes.ts';
import { parseRatings, type RatingRecord } from './ratingRows.ts';
import type { ReadSheet, SheetSource } from './read.ts';
import type { Problems } from './report.ts';
import { duplicates, headerOf, parseRows } from './rows.ts';
import { EVENT_SHEET, MEMBER_SHEET, ORG_SHEET, type SheetName } from './sheets.ts';

export interface OrgRecord {
  row: number;
  code: string;
  name: string;
  kind: string;
  sector: string;
  parentCode: string | null;
  establishedOn: string;
  dissolvedOn: string | null;
}

export interface MemberProfile {
  fullName: string;
  birthName: string | null;
  gender: string;
  birthDate: string;
  ethnicity: string;
  religion: string | null;
  religiousAdherence: string | null;
  hometown: string | null;
  residence: string | null;
  citizenId: string | null;
  phone: string | null;
  education: string | null;
  professional: string | null;
  politicalTheory: string | null;
  foreignLanguage: string | null;
  occupation: string | null;
  jobTitle: string | null;
  cardNumber: string | null;
  dossierNumber: string | null;
  admissionDecisionDate: string | null;
  ceremonyDate: string;
  officialDate: string | null;
}

export interface MemberRecord {
  row: number;
  key: string;
  profile: MemberProfile;
  cellCode: string;
}

export interface EventRecord {
  row: number;
  key: string;
  type: FileEventType;
  date: string;
  fromOrg: string | null;
  toOrg: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
}

export interface ParsedFile {
  orgs: OrgRecord[];
  members: MemberRecord[];
  events: EventRecord[];
  ratings: RatingRecord[];
  /** Rows read per sheet, for the report. */
  rowCounts: Map<string, number>;
}

export function parseOrgs(sheet: ReadSheet | undefined, problems: Problems): OrgRecord[] {
  const src = sheet?.source ?? ORG_SHEET.name;
  const out: OrgRecord[] = [];
  for (const { row, values: v } of parseRows(sheet, ORG_SHEET, problems)) {
    let good = true;
    const fail = (key: string, value: string | null, message: string) => {
      good = false;
      problems.error(src, row, headerOf(ORG_SHEET, key), value, message);
    };
    if (!ORG_CODE.test(v.code!))
      fail('code', v.code!, 'Mã tổ chức chỉ gồm chữ không dấu, số, dấu chấm, gạch (tối đa 40 ký tự).');
    if (v.parentCode && !ORG_CODE.test(v.parentCode))
      fail('parentCode', v.parentCode, 'Mã tổ chức cấp trên không hợp lệ.');
    if (v.parentCode && v.parentCode === v.code)
      fail('parentCode', v.parentCode, 'Tổ chức không thể trực thuộc chính nó.');
    if (v.dissolvedOn && v.dissolvedOn <= v.establishedOn!)
      fail('dissolvedOn', v.dissolvedOn, 'Ngày giải thể phải sau ngày thành lập.');
    if (good)
      out.push({
        row,
        code: v.code!,
        name: v.name!,
        kind: v.kind!,
        sector: v.sector ?? 'KHAC',
        parentCode: v.parentCode ?? null,
        establishedOn: v.establishedOn!,
        dissolvedOn: v.dissolvedOn ?? null,
      });
  }
  const dup = duplicates(
    out,
    (o) => o.code,
    (o, value, first) =>
      problems.error(src, o.row, 'Mã tổ chức', value, `Mã tổ chức trùng với dòng ${first}.`),
  );
  return out.filter((o) => !dup.has(o));
}

const PROFILE_PATTERNS = [
  ['citizenId', CITIZEN_ID, 'Số CCCD gồm đúng 12 chữ số.'],
  ['cardNumber', CARD_NUMBER, 'Số thẻ đảng viên gồm 6–12 chữ số.'],
  ['dossierNumber', DOSSIER_NUMBER, 'Số lý lịch gồm 6 chữ số và 1–3 chữ cái mã tỉnh (ví dụ 012345LC).'],
] as const;

export function parseMembers(
  sheet: ReadSheet | undefined,
  problems: Problems,
  today: string,
): MemberRecord[] {
  const src = sheet?.source ?? MEMBER_SHEET.name;
  const out: MemberRecord[] = [];
  for (const { row, values: v } of parseRows(sheet, MEMBER_SHEET, problems)) {
    let good = true;
    const fail = (key: string, value: string | null, message: string) => {
      good = false;
      problems.error(src, row, headerOf(MEMBER_SHEET, key), value, message);
    };
    for (const [key, re, message] of PROFILE_PATTERNS) {
      const value = v[key];
      if (!value) continue;
      const compact = value.replace(/\s+/g, '').toUpperCase();
      if (re.test(compact)) v[key] = compact;
      else fail(key, value, message);
    }
    if (v.phone && !PHONE.test(v.phone)) fail('phone', v.phone, 'Số điện thoại không hợp lệ.');
    if (!ORG_CODE.test(v.cellCode!)) fail('cellCode', v.cellCode!, 'Mã chi bộ không hợp lệ.');
    const profile: MemberProfile = {
      fullName: v.fullName!,
      birthName: v.birthName ?? null,
      gender: v.gender!,
      birthDate: v.birthDate!,
      ethnicity: v.ethnicity!,
      religion: v.religion ?? null,
      religiousAdherence: v.religiousAdherence ?? null,
      hometown: v.hometown ?? null,
      residence: v.residence ?? null,
      citizenId: v.citizenId ?? null,
      phone: v.phone ?? null,
      education: v.education ?? null,
      professional: v.professional ?? null,
      politicalTheory: v.politicalTheory ?? null,
      foreignLanguage: v.foreignLanguage ?? null,
      occupation: v.occupation ?? null,
      jobTitle: v.jobTitle ?? null,
      cardNumber: v.cardNumber ?? null,
      dossierNumber: v.dossierNumber ?? null,
      admissionDecisionDate: v.admissionDecisionDate ?? null,
      ceremonyDate: v.ceremonyDate!,
      officialDate: v.officialDate ?? null,
    };
    for (const p of [
      ...dateProblems(profile, today),
      ...religionProblems(profile.religion, profile.religiousAdherence),
    ]) {
      const value = (profile as unknown as Record<string, string | null>)[p.path] ?? null;
      // History is checked for consistency, not against today's admission standards: an age under 18
      // at admission is recorded with a warning; probation length is the lifecycle rules' to judge.
      if (p.message.includes(`${MIN_ADMISSION_AGE} tuổi`)) {
        const decision = profile.admissionDecisionDate ?? profile.ceremonyDate;
        problems.warn(
          src,
          row,
          headerOf(MEMBER_SHEET, p.path),
          value,
          `Kết nạp khi ${ageOn(profile.birthDate, decision)} tuổi (tiêu chuẩn hiện nay: đủ ${MIN_ADMISSION_AGE}); ghi nhận như lịch sử.`,
        );
      } else if (!p.message.includes('tháng dự bị')) fail(p.path, value, p.message);
    }
    if (profile.education === 'TIEU_HOC' || profile.education === 'KHONG_BIET_CHU')
      problems.warn(
        src,
        row,
        'Trình độ học vấn',
        labelOf('education', profile.education),
        'Trình độ học vấn dưới trung học cơ sở (tiêu chuẩn kết nạp hiện nay là THCS, trừ vùng cao); ghi nhận như lịch sử.',
      );
    if (good) out.push({ row, key: v.key!, profile, cellCode: v.cellCode! });
  }
  const dup = new Set<MemberRecord>();
  for (const [header, key] of [
    ['Mã đảng viên', (m: MemberRecord) => m.key],
    ['Số thẻ đảng viên', (m: MemberRecord) => m.profile.cardNumber],
    ['Số lý lịch', (m: MemberRecord) => m.profile.dossierNumber],
    ['Số CCCD', (m: MemberRecord) => m.profile.citizenId],
  ] as const)
    for (const m of duplicates(out, key, (m, value, first) =>
      problems.error(src, m.row, header, value, `${header} trùng với dòng ${first}.`),
    ))
      dup.add(m);
  return out.filter((m) => !dup.has(m));
}

export function parseEvents(sheet: ReadSheet | undefined, problems: Problems, today: string): EventRecord[] {
  const src = sheet?.source ?? EVENT_SHEET.name;
  const out: EventRecord[] = [];
  for (const { row, values: v } of parseRows(sheet, EVENT_SHEET, problems)) {
    let good = true;
    for (const key of ['date', 'decisionDate'] as const)
      if (v[key] && v[key]! > today) {
        good = false;
        problems.error(
          src,
          row,
          headerOf(EVENT_SHEET, key),
          v[key]!,
          'Ngày ở tương lai; chỉ nhập biến động đã có hiệu lực.',
        );
      }
    for (const key of ['fromOrg', 'toOrg'] as const)
      if (v[key] && !ORG_CODE.test(v[key]!)) {
        good = false;
        problems.error(src, row, headerOf(EVENT_SHEET, key), v[key]!, 'Mã tổ chức không hợp lệ.');
      }
    if (good)
      out.push({
        row,
        key: v.key!,
        type: v.type as FileEventType,
        date: v.date!,
        fromOrg: v.fromOrg ?? null,
        toOrg: v.toOrg ?? null,
        decisionNumber: v.decisionNumber ?? null,
        decisionDate: v.decisionDate ?? null,
        issuingBody: v.issuingBody ?? null,
        note: v.note ?? null,
      });
  }
  return out;
}

/**
 * Reads and parses the file's sheets one at a time (each sheet's raw cells are dropped as it is
 * parsed). Problems come in the file's order: its structure first, then each sheet's header and rows.
 */
export async function parseFile(source: SheetSource, problems: Problems, today: string): Promise<ParsedFile> {
  const read = source.result;
  let reported = 0;
  const reportRead = () => {
    for (const p of read.problems.slice(reported)) problems.error(p.sheet, null, null, null, p.message);
    reported = read.problems.length;
  };
  reportRead();
  if (!source.available.size && !read.problems.length)
    problems.error(
      'Tệp',
      null,
      null,
      null,
      'Không tìm thấy trang ToChuc, DangVien, BienDong hay XepLoai (tên trang hoặc tên tệp CSV).',
    );
  if (source.available.has('BienDong') && !source.available.has('DangVien'))
    problems.error(
      'DangVien',
      null,
      null,
      null,
      'Thiếu trang DangVien: biến động phải đi cùng danh sách đảng viên.',
    );
  const rowCounts = new Map<string, number>();
  const sheet = async (name: SheetName) => {
    const s = await source.read(name);
    reportRead();
    if (s) rowCounts.set(name, s.rows.length);
    return s;
  };
  const orgs = parseOrgs(await sheet('ToChuc'), problems);
  const members = parseMembers(await sheet('DangVien'), problems, today);
  const events = parseEvents(await sheet('BienDong'), problems, today);
  const ratings = parseRatings(await sheet('XepLoai'), problems);
  return { orgs, members, events, ratings, rowCounts };
}
