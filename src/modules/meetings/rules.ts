/**
 * The rules of cell meetings, pure: no I/O, no clock (today comes in). Regulations cited at each rule:
 * - Điều lệ Đảng (2011), Điều 24.2: the cell meets every month (regular meeting).
 * - Hướng dẫn 12-HD/BTCTW (06/7/2018) on the content of cell meetings: regular meetings monthly,
 *   at least one thematic meeting a quarter; quality assessed after each meeting (phần II, mục 3),
 *   attendance "trên 85%" for a good meeting (mục 3.1).
 * - Quy định 24-QĐ/TW (30/7/2021), mục 9.3.2: who counts as a member of a party-member meeting.
 * - Quy định 24-QĐ/TW mục 8 / Điều lệ Điều 8.2: members absent from meetings three months in a year
 *   without a valid reason are considered for removal from the roll.
 * - Điều lệ Điều 24.2 ("Chi bộ, chi ủy họp thường lệ mỗi tháng một lần") and 24.4 (a cell with nine
 *   official members or more elects a chi ủy): committee meetings monthly; DOMAIN.md (Hướng dẫn
 *   12-HD/BTCTW 2018, Đề án 16): a grassroots committee's full conference twice a year.
 */
import { addDays, addMonths, isValidIsoDate } from '../../vn/dates.ts';

export const MEETING_KINDS = {
  REGULAR: 'Sinh hoạt thường kỳ',
  THEMATIC: 'Sinh hoạt chuyên đề',
  EXTRAORDINARY: 'Sinh hoạt bất thường',
  COMMITTEE: 'Họp chi ủy / cấp ủy',
  CONGRESS: 'Hội nghị đảng viên / đại hội',
} as const;
export type MeetingKind = keyof typeof MEETING_KINDS;
export const MEETING_KIND_CODES = Object.keys(MEETING_KINDS) as [MeetingKind, ...MeetingKind[]];

export const MEETING_STATUSES = {
  PLANNED: 'Đã lên kế hoạch',
  HELD: 'Đã sinh hoạt',
  CLOSED: 'Đã khóa biên bản',
  CANCELLED: 'Đã hủy',
} as const;
export type MeetingStatus = keyof typeof MEETING_STATUSES;

export const ATTENDANCE = {
  PRESENT: 'Có mặt',
  ABSENT_EXCUSED: 'Vắng có lý do',
  ABSENT_UNEXCUSED: 'Vắng không lý do',
} as const;
export type AttendanceStatus = keyof typeof ATTENDANCE;
export const ATTENDANCE_CODES = Object.keys(ATTENDANCE) as [AttendanceStatus, ...AttendanceStatus[]];

export const QUALITY_LEVELS = {
  TOT: 'Tốt',
  KHA: 'Khá',
  TRUNG_BINH: 'Trung bình',
  CHUA_DAT: 'Chưa đạt',
} as const;
export type QualityLevel = keyof typeof QUALITY_LEVELS;
export const QUALITY_CODES = Object.keys(QUALITY_LEVELS) as [QualityLevel, ...QualityLevel[]];

export interface RubricCriterion {
  code: string;
  label: string;
  maxPoints: number;
}

export interface MeetingSettings {
  /** Plans for month M are due by this day of month M − 1 (Hà Nội's practice: the 20th; seed 002: the 30th). */
  planDeadlineDay: number;
  /** Quorum as a fraction of the meeting's members (Quy định 24-QĐ/TW mục 9.3.2 says who they are). */
  quorumNumerator: number;
  quorumDenominator: number;
  /** Whether members absent with an accepted reason leave the quorum's base (mục 9.3.2 allows it for congresses). */
  excusedLeaveQuorumBase: boolean;
  maxDocumentBytes: number;
  rubric: RubricCriterion[];
  /** Lowest total for each level; below the last, Chưa đạt. */
  levelThresholds: { TOT: number; KHA: number; TRUNG_BINH: number };
  /** A meeting with attendance at or below this percentage is not rated Tốt (HD 12-HD/BTCTW mục 3.1: "trên 85%"). */
  goodAttendancePercent: number;
  /** Absences without reason in a calendar year that put a member on the to-do list (Điều lệ Điều 8.2). */
  unexcusedAbsenceLimit: number;
  /**
   * A committee (chi ủy, đảng ủy) meets at least once in every window of this many months, counted
   * from January (Điều lệ Điều 24.2: monthly); 0 turns the check off. A divisor of 12.
   */
  committeeMeetingEveryMonths: number;
  /** A cell has a chi ủy from this many official members (Điều lệ Điều 24.4: nine). */
  cellCommitteeMinOfficial: number;
  /** Full conferences (hội nghị, đại hội) a grassroots committee holds a year (default 2); 0 = off. */
  congressesPerYear: number;
}

/**
 * Default rubric after Hướng dẫn 12-HD/BTCTW 2018, phần II mục 3: the six aspects it assesses,
 * weighted by us to 100 points (the guidance names the aspects, not points; configurable).
 */
export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { code: 'PREPARATION', label: 'Công tác chuẩn bị', maxPoints: 15 },
  { code: 'TIME_ATTENDANCE', label: 'Thời gian và tỷ lệ đảng viên dự', maxPoints: 15 },
  { code: 'CONTENT', label: 'Nội dung sinh hoạt', maxPoints: 25 },
  { code: 'LEADERSHIP', label: 'Tính lãnh đạo', maxPoints: 15 },
  { code: 'EDUCATION_COMBAT', label: 'Tính giáo dục, tính chiến đấu', maxPoints: 15 },
  { code: 'RESULTS', label: 'Kết quả, phân công nhiệm vụ', maxPoints: 15 },
];

export const DEFAULT_SETTINGS: MeetingSettings = {
  planDeadlineDay: 20,
  quorumNumerator: 2,
  quorumDenominator: 3,
  excusedLeaveQuorumBase: false,
  maxDocumentBytes: 10 * 1024 * 1024,
  rubric: DEFAULT_RUBRIC,
  levelThresholds: { TOT: 90, KHA: 70, TRUNG_BINH: 50 },
  goodAttendancePercent: 85,
  unexcusedAbsenceLimit: 3,
  committeeMeetingEveryMonths: 1,
  cellCommitteeMinOfficial: 9,
  congressesPerYear: 2,
};

// ---------------------------------------------------------------------------------------------
// Months and plans

/** 'YYYY-MM' of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

export const isMonth = (s: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export const nextMonth = (month: string): string => monthOf(addMonths(`${month}-01`, 1));

/**
 * The day a month's plan is due: day N of the month before (configurable; default the 20th). A day
 * past the end of that month means its last day.
 */
export function planDeadline(month: string, settings: Pick<MeetingSettings, 'planDeadlineDay'>): string {
  const before = addMonths(`${month}-01`, -1);
  const day = Math.max(1, Math.min(31, Math.trunc(settings.planDeadlineDay)));
  for (let d = day; d >= 28; d--) {
    const candidate = `${before.slice(0, 8)}${String(d).padStart(2, '0')}`;
    if (isValidIsoDate(candidate)) return candidate;
  }
  return `${before.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** A plan entered after its deadline is late (shown to the secretary and the level above). */
export function planIsLate(
  plannedOn: string,
  month: string,
  settings: Pick<MeetingSettings, 'planDeadlineDay'>,
) {
  return plannedOn > planDeadline(month, settings);
}

/** A cell's regular plan for next month is missing once the deadline has passed without one. */
export function planIsMissing(
  month: string,
  today: string,
  hasRegularPlan: boolean,
  settings: Pick<MeetingSettings, 'planDeadlineDay'>,
): boolean {
  return !hasRegularPlan && today > planDeadline(month, settings);
}

/** Months 'YYYY-MM' touched by [from, to], both ends included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = nextMonth(m)) out.push(m);
  return out;
}

/** 'YYYY-Qn' of a month. */
export const quarterOf = (month: string): string =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** Quarters touched by [from, to]. */
export function quartersBetween(from: string, to: string): string[] {
  return [...new Set(monthsBetween(from, to).map(quarterOf))];
}

// ---------------------------------------------------------------------------------------------
// Who is expected

export interface PlacementFacts {
  /** The period's home org and host org (temporary transfer), on the meeting date. */
  orgId: string;
  hostOrgId: string | null;
  exemption: 'EXEMPT' | 'TEMPORARY' | null;
  status: 'PROBATIONARY' | 'OFFICIAL';
}

export type Listing =
  | { listed: false }
  | { listed: true; expected: boolean; official: boolean; note: string | null };

/**
 * Whether a member is listed at a cell's meeting and expected there (DOMAIN.md; Quy định 24-QĐ/TW mục
 * 9.3.2): exempt members (miễn, tạm miễn) are listed but not expected; a member temporarily transferred
 * to a host cell is expected at the host, listed but not expected at home.
 */
export function listingAt(cellId: string, p: PlacementFacts): Listing {
  const official = p.status === 'OFFICIAL';
  if (p.hostOrgId === cellId) return { listed: true, expected: true, official, note: 'Sinh hoạt tạm thời' };
  if (p.orgId !== cellId) return { listed: false };
  if (p.hostOrgId)
    return { listed: true, expected: false, official, note: 'Đang sinh hoạt tạm thời nơi khác' };
  if (p.exemption === 'EXEMPT')
    return { listed: true, expected: false, official, note: 'Miễn công tác và sinh hoạt đảng' };
  if (p.exemption === 'TEMPORARY')
    return { listed: true, expected: false, official, note: 'Tạm miễn sinh hoạt' };
  return { listed: true, expected: true, official, note: null };
}

// ---------------------------------------------------------------------------------------------
// Attendance, quorum

export interface AttendanceFacts {
  expected: boolean;
  official: boolean;
  status: AttendanceStatus | null;
}

export interface AttendanceSummary {
  expected: number;
  present: number;
  excused: number;
  unexcused: number;
  /** Present among the expected, in percent with one decimal; null when nobody was expected. */
  rate: number | null;
}

/** Attendance rate: expected members present (listed-but-not-expected members who came are not counted). */
export function summarizeAttendance(rows: readonly AttendanceFacts[]): AttendanceSummary {
  const expected = rows.filter((r) => r.expected);
  const present = expected.filter((r) => r.status === 'PRESENT').length;
  return {
    expected: expected.length,
    present,
    excused: expected.filter((r) => r.status === 'ABSENT_EXCUSED').length,
    unexcused: expected.filter((r) => r.status === 'ABSENT_UNEXCUSED').length,
    rate: expected.length ? Math.round((1000 * present) / expected.length) / 10 : null,
  };
}

export interface Quorum {
  /** The meeting's members: official members summoned (Quy định 24-QĐ/TW mục 9.3.2). */
  base: number;
  present: number;
  required: number;
  met: boolean;
}

/**
 * The quorum of a cell meeting. Members (Quy định 24-QĐ/TW 2021, mục 9.3.2): the official members
 * summoned, not counting those temporarily transferred elsewhere and exempt members who are absent
 * (an exempt member who comes counts); optionally not counting absences with an accepted reason. The
 * meeting is valid with at least numerator/denominator of them present (default two thirds).
 */
export function quorum(
  rows: readonly AttendanceFacts[],
  settings: Pick<MeetingSettings, 'quorumNumerator' | 'quorumDenominator' | 'excusedLeaveQuorumBase'>,
): Quorum {
  const official = rows.filter((r) => r.official);
  const inBase = official.filter(
    (r) =>
      (r.expected || r.status === 'PRESENT') &&
      !(settings.excusedLeaveQuorumBase && r.status === 'ABSENT_EXCUSED'),
  );
  const present = inBase.filter((r) => r.status === 'PRESENT').length;
  const required = Math.ceil((inBase.length * settings.quorumNumerator) / settings.quorumDenominator);
  return { base: inBase.length, present, required, met: inBase.length > 0 && present >= required };
}

// ---------------------------------------------------------------------------------------------
// Quality

export interface Assessment {
  scores: Record<string, number>;
  total: number;
  level: QualityLevel;
}

/**
 * Scores → level by the rubric (Hướng dẫn 12-HD/BTCTW 2018, phần II mục 3; thresholds configurable).
 * A meeting whose attendance is not above the good-attendance percentage cannot be Tốt (mục 3.1).
 * Returns Vietnamese problems for scores outside the rubric.
 */
export function assess(
  scores: Record<string, number>,
  attendanceRate: number | null,
  settings: Pick<MeetingSettings, 'rubric' | 'levelThresholds' | 'goodAttendancePercent'>,
): { assessment: Assessment | null; problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const known = new Set(settings.rubric.map((c) => c.code));
  for (const code of Object.keys(scores))
    if (!known.has(code))
      problems.push({ path: `scores.${code}`, message: `Tiêu chí "${code}" không có trong bộ tiêu chí.` });
  let total = 0;
  for (const c of settings.rubric) {
    const v = scores[c.code];
    if (v === undefined) {
      problems.push({ path: `scores.${c.code}`, message: `Chấm điểm tiêu chí "${c.label}".` });
      continue;
    }
    if (!Number.isFinite(v) || v < 0 || v > c.maxPoints)
      problems.push({ path: `scores.${c.code}`, message: `${c.label}: điểm từ 0 đến ${c.maxPoints}.` });
    else total += v;
  }
  if (problems.length) return { assessment: null, problems };
  const t = settings.levelThresholds;
  let level: QualityLevel =
    total >= t.TOT ? 'TOT' : total >= t.KHA ? 'KHA' : total >= t.TRUNG_BINH ? 'TRUNG_BINH' : 'CHUA_DAT';
  if (level === 'TOT' && (attendanceRate === null || attendanceRate <= settings.goodAttendancePercent))
    level = 'KHA';
  return { assessment: { scores, total, level }, problems };
}

// ---------------------------------------------------------------------------------------------
// Holding and locking

/** A meeting cannot be recorded as held after today. */
export const heldInFuture = (heldOn: string, today: string): boolean => heldOn > today;

/** Edits of a closed meeting need a reason (they are audited with it). */
export function correctionProblem(status: string, reason: string | null | undefined): string | null {
  if (status !== 'CLOSED') return null;
  return reason && reason.trim().length >= 5
    ? null
    : 'Biên bản đã khóa: muốn sửa phải nêu lý do đính chính (ít nhất 5 ký tự).';
}

/** Members with at least the limit of absences without reason in the year (Điều lệ Điều 8.2). */
export const overAbsenceLimit = (
  unexcused: number,
  settings: Pick<MeetingSettings, 'unexcusedAbsenceLimit'>,
) => unexcused >= settings.unexcusedAbsenceLimit;

// ---------------------------------------------------------------------------------------------
// Documents

export const DOCUMENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/**
 * The document's type from its content (magic bytes), never from its name or the browser's claim:
 * %PDF-, PNG, JPEG, and ZIP containers holding word/ (DOCX) or xl/ (XLSX) parts.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // The central directory names every part; look for the OOXML folders in the whole archive.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!text.includes('[Content_Types].xml')) return null;
    if (text.includes('word/document.xml')) return DOCUMENT_TYPE_DOCX;
    if (text.includes('xl/workbook.xml')) return DOCUMENT_TYPE_XLSX;
  }
  return null;
}
const DOCUMENT_TYPE_DOCX: DocumentType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCUMENT_TYPE_XLSX: DocumentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ---------------------------------------------------------------------------------------------
// What a cell owes over a period (the report, the dashboard)

/**
 * The months and quarters in which a cell owed meetings over [from, to]: those touched by the part of
 * the range when the cell existed (liveTo exclusive) and that have begun by today (Điều lệ Điều 24.2:
 * one regular meeting a month; Hướng dẫn 12-HD/BTCTW: one thematic meeting a quarter at least).
 */
export function owedPeriods(
  from: string,
  to: string,
  live: { from: string; to: string | null },
  today: string,
): { months: string[]; quarters: string[] } {
  const start = from > live.from ? from : live.from;
  let end = to < today ? to : today;
  if (live.to !== null) {
    const lastDay = addDays(live.to, -1);
    if (lastDay < end) end = lastDay;
  }
  if (start > end) return { months: [], quarters: [] };
  const months = monthsBetween(start, end);
  return { months, quarters: [...new Set(months.map(quarterOf))] };
}

// ---------------------------------------------------------------------------------------------
// Committee meetings and congresses (Điều lệ Điều 24.2, 24.4; DOMAIN.md)

/** Kinds of org whose executive is an elected đảng ủy, which meets like a chi ủy (Điều lệ Điều 22–23). */
export const COMMITTEE_KINDS = ['DANG_BO_CO_SO', 'DANG_BO_BO_PHAN'] as const;
/** Grassroots committees hold the full conferences (hội nghị đảng bộ, DOMAIN.md: twice a year). */
export const CONGRESS_KINDS = ['DANG_BO_CO_SO'] as const;

/**
 * Whether an org has a committee that must meet: a đảng ủy always; a cell only when it has at least
 * the configured number of official members, so elects a chi ủy (Điều lệ Điều 24.4: nine). Cells with
 * fewer have a secretary only and no committee meetings to hold.
 */
export function hasCommittee(
  kind: string,
  officialMembers: number,
  settings: Pick<MeetingSettings, 'cellCommitteeMinOfficial'>,
): boolean {
  if ((COMMITTEE_KINDS as readonly string[]).includes(kind)) return true;
  return (
    (kind === 'CHI_BO_CO_SO' || kind === 'CHI_BO_TRUC_THUOC') &&
    officialMembers >= settings.cellCommitteeMinOfficial
  );
}

/** Periods of N months accepted by the settings: divisors of 12, so windows restart every January. */
export const WINDOW_MONTHS = [1, 2, 3, 4, 6, 12] as const;

/** The first month of the N-month window (counted from January) that a month falls in. */
export function windowOf(month: string, everyMonths: number): string {
  const m = Number(month.slice(5, 7));
  const start = Math.floor((m - 1) / everyMonths) * everyMonths + 1;
  return `${month.slice(0, 4)}-${String(start).padStart(2, '0')}`;
}

/** The last month of the window starting at `start`. */
export const windowEnd = (start: string, everyMonths: number): string =>
  monthOf(addMonths(`${start}-01`, everyMonths - 1));

export interface WindowFigures {
  /** Windows begun while the org existed (owed). */
  expected: number;
  /** Owed windows with at least one meeting held. */
  held: number;
  /** Owed windows already over without a meeting: 'YYYY-MM' of their first month. */
  missed: string[];
}

/**
 * Meetings owed in windows of N months over the owed months (rules.owedPeriods) and how many were
 * met: a window counts once, however many meetings it had; it is missed only once it is over
 * (its last month before the current one).
 */
export function windowFigures(
  owedMonths: readonly string[],
  heldMonths: readonly string[],
  everyMonths: number,
  currentMonth: string,
): WindowFigures {
  const owed = [...new Set(owedMonths.map((m) => windowOf(m, everyMonths)))];
  const held = new Set(heldMonths.map((m) => windowOf(m, everyMonths)));
  return {
    expected: owed.length,
    held: owed.filter((w) => held.has(w)).length,
    missed: owed.filter((w) => !held.has(w) && windowEnd(w, everyMonths) < currentMonth),
  };
}
