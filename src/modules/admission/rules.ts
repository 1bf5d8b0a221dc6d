/**
 * The admission pipeline's rules: pure (no I/O, no clock — `today` is passed in), one named function
 * per rule with the regulation next to it. Sources (see docs/admission.md for what was verified):
 * - Điều lệ Đảng 2011, Điều 1 (who may join), Điều 4 (introduction, cell and committee votes).
 * - Quy định 24-QĐ/TW (30/7/2021) thi hành Điều lệ Đảng: mục 1.1 (age, counted in months, at the
 *   time the cell considers admission), mục 1.2 (education), mục 4.1 (ceremony within 30 working
 *   days). Quy định 232-QĐ/TW (20/1/2025) keeps the same wording for these points.
 * - Hướng dẫn 01-HD/TW (28/9/2021), mục 3 (procedure and dossier of admission).
 *
 * A finding is an `error` (the step is refused, with the message) or a `warning` (the step is
 * recorded and the warning shown on the candidate: cases the regulation allows by exception).
 */
import { addMonths, addWorkingDays, ageOn } from '../../vn/dates.ts';

export interface Finding {
  level: 'error' | 'warning';
  path: string;
  message: string;
}

const error = (path: string, message: string): Finding => ({ level: 'error', path, message });
const warning = (path: string, message: string): Finding => ({ level: 'warning', path, message });

// ---------------------------------------------------------------------------------------------
// Configuration

/** The values DOMAIN.md marks configurable, with their regulation defaults. */
export interface AdmissionSettings {
  /** Validity of the party-awareness class certificate, in months from its issue date. */
  certificateValidityMonths: number;
  /** The ceremony must be held within this many working days of the admission decision. */
  ceremonyWorkingDays: number;
  /** Whether primary education is accepted for candidates in designated highland / ethnic areas. */
  primaryEducationInHighland: boolean;
}

export const DEFAULT_SETTINGS: AdmissionSettings = {
  // Hướng dẫn 01-HD/TW 2021, mục 3.1: the certificate of the party-awareness class (lớp bồi dưỡng
  // nhận thức về Đảng) is valid for 60 months from its issue date (older guidance: "5 năm").
  certificateValidityMonths: 60,
  // Quy định 24-QĐ/TW 2021, mục 4.1: "Trong thời hạn 30 ngày làm việc, kể từ ngày nhận được quyết định
  // kết nạp đảng viên của cấp ủy có thẩm quyền, chi bộ phải tổ chức lễ kết nạp"; later needs the
  // upper committee's consent.
  ceremonyWorkingDays: 30,
  // Quy định 24-QĐ/TW 2021, mục 1.2.2 and Hướng dẫn 01-HD/TW 2021: in highland, island and
  // ethnic-minority areas the Secretariat's guidance allows candidates who completed primary school.
  primaryEducationInHighland: true,
};

// ---------------------------------------------------------------------------------------------
// Steps

export const STEPS = [
  'AWARENESS_CLASS',
  'SPONSORS',
  'BACKGROUND_CHECK',
  'COMMENTS',
  'DOSSIER',
  'CELL_RESOLUTION',
  'COMMITTEE_RESOLUTION',
  'DECISION',
  'CEREMONY',
] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Record<Step, string> = {
  AWARENESS_CLASS: 'Học lớp nhận thức về Đảng',
  SPONSORS: 'Người giới thiệu',
  BACKGROUND_CHECK: 'Thẩm tra lý lịch',
  COMMENTS: 'Nhận xét nơi cư trú và đoàn thể',
  DOSSIER: 'Hoàn thiện hồ sơ',
  CELL_RESOLUTION: 'Nghị quyết chi bộ',
  COMMITTEE_RESOLUTION: 'Nghị quyết đảng ủy cơ sở',
  DECISION: 'Quyết định kết nạp',
  CEREMONY: 'Lễ kết nạp',
};

export const isStep = (s: string): s is Step => (STEPS as readonly string[]).includes(s);

/**
 * The steps that apply to a candidate of a cell of this kind. A grassroots cell (chi bộ cơ sở) has
 * no grassroots committee between it and the upper level, so its resolution goes straight to the
 * committee that decides (Điều lệ Đảng, Điều 4): no COMMITTEE_RESOLUTION step.
 */
export function applicableSteps(cellKind: string): Step[] {
  return cellKind === 'CHI_BO_CO_SO' ? STEPS.filter((s) => s !== 'COMMITTEE_RESOLUTION') : [...STEPS];
}

/** The first applicable step not yet recorded; null when every step is done. */
export function currentStep(applicable: readonly Step[], recorded: ReadonlySet<string>): Step | null {
  return applicable.find((s) => !recorded.has(s)) ?? null;
}

/** A step may be recorded (or re-recorded) once every applicable step before it has been. */
export function missingBefore(
  step: Step,
  applicable: readonly Step[],
  recorded: ReadonlySet<string>,
): Step[] {
  const i = applicable.indexOf(step);
  return applicable.slice(0, Math.max(i, 0)).filter((s) => !recorded.has(s));
}

// ---------------------------------------------------------------------------------------------
// The person

/** Completed months of age on a date (the regulation counts age in months). */
export function ageInMonths(birth: string, on: string): number {
  const years = ageOn(birth, on);
  let months = years * 12;
  while (addMonths(birth, months + 1) <= on) months += 1;
  return months;
}

export const MIN_AGE_YEARS = 18;
export const MAX_AGE_YEARS = 60;

/**
 * Age at admission. Quy định 24-QĐ/TW 2021, mục 1.1.1: at the time the cell considers the admission
 * the person must be from a full 18 to a full 60 years old, counted in months; mục 1.1.2: admitting
 * someone over 60 is for the committee directly under the Central Committee to decide — so over 60 is
 * flagged, not refused. Điều lệ Đảng, Điều 1: 18 or older (checked at the decision as well).
 * "Full 60, counted in months" reads as: up to and including the month that begins on the 60th
 * birthday (720 completed months); from 721 months the person is over 60.
 */
export function ageFindings(birthDate: string, on: string, path: string, when: string): Finding[] {
  if (on <= birthDate) return [error(path, 'Ngày này phải sau ngày sinh của người vào Đảng.')];
  const months = ageInMonths(birthDate, on);
  if (months < MIN_AGE_YEARS * 12) {
    return [
      error(
        path,
        `Người vào Đảng phải đủ ${MIN_AGE_YEARS} tuổi (tính theo tháng) ${when} (Điều lệ Đảng, Điều 1; Quy định 24-QĐ/TW, mục 1.1.1).`,
      ),
    ];
  }
  if (months > MAX_AGE_YEARS * 12) {
    return [
      warning(
        path,
        `Người vào Đảng trên ${MAX_AGE_YEARS} tuổi ${when}: việc kết nạp do cấp ủy trực thuộc Trung ương xem xét, quyết định (Quy định 24-QĐ/TW, mục 1.1.2).`,
      ),
    ];
  }
  return [];
}

/**
 * Education. Quy định 24-QĐ/TW 2021, mục 1.2.1: a lower-secondary (THCS) diploma or higher.
 * Mục 1.2.2: in highland, island and ethnic-minority areas the Secretariat's guidance applies — primary
 * school is accepted there (configurable), and such a case is flagged for the deciding committee.
 */
export function educationFindings(
  education: string | null | undefined,
  highlandArea: boolean,
  settings: AdmissionSettings,
  path = 'education',
): Finding[] {
  if (education === 'THCS' || education === 'THPT') return [];
  if (education === 'TIEU_HOC' && highlandArea && settings.primaryEducationInHighland) {
    return [
      warning(
        path,
        'Trình độ tiểu học: chỉ được xét vì người vào Đảng sống ở vùng cao, vùng đồng bào dân tộc thiểu số (Quy định 24-QĐ/TW, mục 1.2.2).',
      ),
    ];
  }
  return [
    error(
      path,
      education === 'TIEU_HOC'
        ? 'Người vào Đảng phải tốt nghiệp trung học cơ sở; trình độ tiểu học chỉ được xét ở vùng cao, vùng đồng bào dân tộc thiểu số (Quy định 24-QĐ/TW, mục 1.2).'
        : 'Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên (Quy định 24-QĐ/TW, mục 1.2.1). Hãy ghi trình độ học vấn trong hồ sơ.',
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Certificate of the party-awareness class

/** The first day the certificate is no longer valid: its issue date plus the validity in months. */
export const certificateExpiry = (issuedDate: string, settings: AdmissionSettings): string =>
  addMonths(issuedDate, settings.certificateValidityMonths);

/**
 * Hướng dẫn 01-HD/TW 2021, mục 3.1: the awareness-class certificate must still be valid when the
 * cell considers the admission (60 months by default, counted from the issue date: a certificate
 * issued 15/3/2021 is valid through 14/3/2026).
 */
export function certificateFindings(
  issuedDate: string,
  on: string,
  settings: AdmissionSettings,
  path = 'date',
): Finding[] {
  if (issuedDate > on) return [error(path, 'Giấy chứng nhận được cấp sau ngày chi bộ xét kết nạp.')];
  const expiry = certificateExpiry(issuedDate, settings);
  if (on >= expiry) {
    return [
      error(
        path,
        `Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng đã hết hạn (có giá trị ${settings.certificateValidityMonths} tháng kể từ ngày cấp, Hướng dẫn 01-HD/TW, mục 3.1). Người vào Đảng cần học lại.`,
      ),
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Sponsors (người giới thiệu)

export const MONTHS_WORKED_TOGETHER = 12;

export interface SponsorFacts {
  memberId: string;
  fullName: string | null;
  /** The sponsor's status on the introduction date, from their membership periods; null if not a member then. */
  statusOnDate: string | null;
  /** Declared date since which the sponsor has worked with the candidate in the same unit. */
  workedTogetherSince: string;
}

/**
 * Điều lệ Đảng 2011, Điều 4: the person is introduced by two official members who have worked with
 * them for at least 12 months in the same unit; a youth-union member (đoàn viên) is introduced by the
 * youth union's executive committee (by resolution) and one official member. Each sponsor must be an
 * official member on the introduction date and have worked with the person ≥ 12 months before it.
 */
export function sponsorFindings(
  mode: 'TWO_MEMBERS' | 'YOUTH_UNION',
  sponsors: readonly SponsorFacts[],
  youthUnionMember: boolean,
  introductionDate: string,
): Finding[] {
  const out: Finding[] = [];
  const needed = mode === 'TWO_MEMBERS' ? 2 : 1;
  if (mode === 'YOUTH_UNION' && !youthUnionMember) {
    out.push(
      error(
        'mode',
        'Chỉ đoàn viên Đoàn TNCS Hồ Chí Minh mới được Ban Chấp hành Đoàn giới thiệu; người này cần 2 đảng viên chính thức giới thiệu (Điều lệ Đảng, Điều 4).',
      ),
    );
  }
  if (sponsors.length !== needed) {
    out.push(
      error(
        'sponsors',
        mode === 'TWO_MEMBERS'
          ? 'Cần đúng 2 đảng viên chính thức giới thiệu (Điều lệ Đảng, Điều 4).'
          : 'Cần nghị quyết giới thiệu của Ban Chấp hành Đoàn và đúng 1 đảng viên chính thức giới thiệu (Điều lệ Đảng, Điều 4).',
      ),
    );
  }
  if (new Set(sponsors.map((s) => s.memberId)).size !== sponsors.length)
    out.push(error('sponsors', 'Hai người giới thiệu phải là hai đảng viên khác nhau.'));
  sponsors.forEach((s, i) => {
    const who = s.fullName ?? 'Người giới thiệu';
    if (s.statusOnDate !== 'OFFICIAL') {
      out.push(
        error(
          `sponsors.${i}.memberId`,
          `${who} chưa là đảng viên chính thức vào ngày giới thiệu; người giới thiệu phải là đảng viên chính thức (Điều lệ Đảng, Điều 4).`,
        ),
      );
    }
    if (s.workedTogetherSince > introductionDate) {
      out.push(
        error(
          `sponsors.${i}.workedTogetherSince`,
          'Ngày bắt đầu cùng công tác không được sau ngày giới thiệu.',
        ),
      );
    } else if (addMonths(s.workedTogetherSince, MONTHS_WORKED_TOGETHER) > introductionDate) {
      out.push(
        error(
          `sponsors.${i}.workedTogetherSince`,
          `${who} chưa cùng công tác với người vào Đảng đủ ${MONTHS_WORKED_TOGETHER} tháng đến ngày giới thiệu (Điều lệ Đảng, Điều 4).`,
        ),
      );
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Votes

/**
 * Điều lệ Đảng 2011, Điều 4: the cell proposes the admission when at least two thirds of its official
 * members agree; the grassroots committee when at least two thirds of its members agree.
 * Exactly 2/3 passes: agree × 3 ≥ total × 2 (integers, no rounding).
 */
export function voteFindings(agree: number, total: number, body: 'cell' | 'committee'): Finding[] {
  const who = body === 'cell' ? 'đảng viên chính thức của chi bộ' : 'cấp ủy viên';
  if (total < 1) return [error('total', `Nhập tổng số ${who}.`)];
  if (agree > total) return [error('agree', `Số đồng ý không được lớn hơn tổng số ${who}.`)];
  if (agree * 3 < total * 2) {
    return [
      error(
        'agree',
        `Chỉ ${agree}/${total} ${who} đồng ý, chưa đạt ít nhất hai phần ba (Điều lệ Đảng, Điều 4): cần ít nhất ${Math.ceil((total * 2) / 3)}.`,
      ),
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Ceremony

/**
 * The last day for the ceremony: the n-th working day after the decision (Quy định 24-QĐ/TW 2021,
 * mục 4.1). The regulation counts from the day the cell receives the decision; the pipeline counts
 * from the decision date, which is never later, so the deadline shown is never too generous.
 * Working days are Monday to Friday. Public holidays (Tết, 30/4, 1/5, 2/9, Giỗ Tổ) are NOT
 * excluded: the deadline may come a few days early around them; a holiday calendar is future work.
 */
export const ceremonyDeadline = (decisionDate: string, settings: AdmissionSettings): string =>
  addWorkingDays(decisionDate, settings.ceremonyWorkingDays);

export function ceremonyFindings(
  decisionDate: string,
  ceremonyDate: string,
  lateApproval: string | null | undefined,
  settings: AdmissionSettings,
): Finding[] {
  if (ceremonyDate < decisionDate)
    return [error('date', 'Lễ kết nạp không được trước ngày quyết định kết nạp.')];
  const deadline = ceremonyDeadline(decisionDate, settings);
  if (ceremonyDate <= deadline) return [];
  const message = `Lễ kết nạp quá ${settings.ceremonyWorkingDays} ngày làm việc kể từ quyết định kết nạp (hạn ${deadline.split('-').reverse().join('/')}, Quy định 24-QĐ/TW, mục 4.1)`;
  return lateApproval
    ? [warning('date', `${message}; đã có ý kiến đồng ý của cấp ủy cấp trên.`)]
    : [error('lateApproval', `${message}: cần ghi ý kiến đồng ý của cấp ủy cấp trên trực tiếp.`)];
}

// ---------------------------------------------------------------------------------------------
// Dates and the dossier

/** Legal dates of the pipeline are past or today, never ahead. */
export function notInFuture(date: string, today: string, path = 'date'): Finding[] {
  return date > today ? [error(path, 'Ngày không được ở tương lai.')] : [];
}

/**
 * Resolutions, the decision and the ceremony follow what they rest on: a step from the cell's
 * resolution on may not be dated before any earlier step.
 */
export function orderFindings(
  step: Step,
  date: string,
  earlier: readonly { step: Step; date: string }[],
): Finding[] {
  const ordered: readonly Step[] = ['CELL_RESOLUTION', 'COMMITTEE_RESOLUTION', 'DECISION', 'CEREMONY'];
  if (!ordered.includes(step)) return [];
  const later = earlier.filter((e) => e.date > date);
  if (!later.length) return [];
  const last = later.reduce((a, b) => (a.date >= b.date ? a : b));
  return [
    error(
      'date',
      `${STEP_LABELS[step]} không được trước bước "${STEP_LABELS[last.step]}" (ngày ${last.date.split('-').reverse().join('/')}).`,
    ),
  ];
}

/** Re-recording a step may not move it after a resolution, decision or ceremony already recorded. */
export function laterOrderFindings(date: string, later: readonly { step: Step; date: string }[]): Finding[] {
  const ordered: readonly Step[] = ['CELL_RESOLUTION', 'COMMITTEE_RESOLUTION', 'DECISION', 'CEREMONY'];
  const hit = later.find((l) => ordered.includes(l.step) && l.date < date);
  if (!hit) return [];
  return [
    error(
      'date',
      `Ngày này sau ngày của bước "${STEP_LABELS[hit.step]}" (${hit.date.split('-').reverse().join('/')}) đã ghi.`,
    ),
  ];
}

/** A group's target (youth union, women, minorities, rural) is part of the total. */
export function planFindings(p: {
  targetTotal: number;
  targetYouthUnion?: number | null;
  targetWomen?: number | null;
  targetEthnicMinority?: number | null;
  targetRural?: number | null;
}): Finding[] {
  const out: Finding[] = [];
  for (const key of ['targetYouthUnion', 'targetWomen', 'targetEthnicMinority', 'targetRural'] as const) {
    const v = p[key];
    if (v !== null && v !== undefined && v > p.targetTotal)
      out.push(error(key, 'Chỉ tiêu của nhóm không được lớn hơn tổng chỉ tiêu kết nạp.'));
  }
  return out;
}

/** The papers the cell checks before it considers the admission (Hướng dẫn 01-HD/TW 2021, mục 3). */
export const DOSSIER_ITEMS = [
  'APPLICATION',
  'BIOGRAPHY',
  'INTRODUCTION',
  'BACKGROUND_CHECK',
  'COMMENTS',
  'CERTIFICATE',
] as const;
export type DossierItem = (typeof DOSSIER_ITEMS)[number];

export const DOSSIER_ITEM_LABELS: Record<DossierItem, string> = {
  APPLICATION: 'Đơn xin vào Đảng',
  BIOGRAPHY: 'Lý lịch của người xin vào Đảng',
  INTRODUCTION: 'Giấy giới thiệu của đảng viên chính thức / nghị quyết giới thiệu của Đoàn',
  BACKGROUND_CHECK: 'Văn bản thẩm tra lý lịch',
  COMMENTS: 'Tổng hợp nhận xét của chi ủy nơi cư trú và các đoàn thể',
  CERTIFICATE: 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng',
};

export function dossierFindings(items: readonly string[]): Finding[] {
  const missing = DOSSIER_ITEMS.filter((i) => !items.includes(i));
  if (!missing.length) return [];
  return [
    error(
      'items',
      `Hồ sơ còn thiếu: ${missing.map((i) => DOSSIER_ITEM_LABELS[i].toLowerCase()).join('; ')} (Hướng dẫn 01-HD/TW, mục 3).`,
    ),
  ];
}

/** Thẩm tra lý lịch: the cell considers the admission only when the conclusion meets the standard. */
export function backgroundFindings(conclusion: string | undefined): Finding[] {
  if (conclusion === 'MEETS') return [];
  return [
    error(
      'date',
      'Kết luận thẩm tra lý lịch chưa đủ tiêu chuẩn chính trị: chi bộ chưa thể xét kết nạp (Hướng dẫn 01-HD/TW, mục 3).',
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The board

/** Calendar days from a date to today: how long a candidate has waited at the current step. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface CandidateFacts {
  birthDate: string;
  education: string | null;
  highlandArea: boolean;
  status: string;
  steps: Partial<Record<Step, { date: string; data: Record<string, unknown> }>>;
}

/** Warnings shown on a candidate's card while they are in the pipeline. */
export function boardWarnings(c: CandidateFacts, today: string, settings: AdmissionSettings): string[] {
  if (c.status !== 'ACTIVE') return [];
  const out: string[] = [];
  const decided = c.steps.CELL_RESOLUTION;
  for (const f of educationFindings(c.education, c.highlandArea, settings)) out.push(f.message);
  if (!decided) {
    const months = ageInMonths(c.birthDate, today);
    if (months < MIN_AGE_YEARS * 12) out.push(`Chưa đủ ${MIN_AGE_YEARS} tuổi.`);
    else if (months > MAX_AGE_YEARS * 12)
      out.push(`Trên ${MAX_AGE_YEARS} tuổi: cần cấp ủy trực thuộc Trung ương quyết định.`);
    const cert = c.steps.AWARENESS_CLASS;
    if (cert) {
      const expiry = certificateExpiry(cert.date, settings);
      if (today >= expiry) out.push('Giấy chứng nhận lớp nhận thức về Đảng đã hết hạn.');
      else if (daysBetween(today, expiry) <= 90)
        out.push(
          `Giấy chứng nhận lớp nhận thức về Đảng hết hạn ngày ${expiry.split('-').reverse().join('/')}.`,
        );
    }
  }
  const bg = c.steps.BACKGROUND_CHECK;
  if (bg && bg.data.conclusion !== 'MEETS') out.push('Kết luận thẩm tra lý lịch: chưa đủ tiêu chuẩn.');
  const decision = c.steps.DECISION;
  if (decision && !c.steps.CEREMONY) {
    const deadline = ceremonyDeadline(decision.date, settings);
    if (today > deadline) out.push('Đã quá hạn tổ chức lễ kết nạp.');
    else out.push(`Hạn tổ chức lễ kết nạp: ${deadline.split('-').reverse().join('/')}.`);
  }
  return out;
}
