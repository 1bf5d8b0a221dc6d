/**
 * What needs doing, computed from the data. Pure: the service gathers facts, these decide what is
 * due. Windows are in days unless named otherwise.
 */
import { addDays, addMonths, addWorkingDays } from '../../vn/dates.ts';
import { probationEnds } from '../lifecycle/rules.ts';
import { windowEnd } from '../meetings/rules.ts';

export const TODO_KINDS = {
  PROBATION_ENDING: 'Sắp hết thời gian dự bị',
  RECOGNITION_OVERDUE: 'Quá hạn xét công nhận chính thức',
  CEREMONY_OVERDUE: 'Quá hạn tổ chức lễ kết nạp',
  TRANSFER_OVERDUE: 'Chuyển sinh hoạt chưa được tiếp nhận',
  BADGE_DUE: 'Đến hạn xét tặng Huy hiệu Đảng',
  CERTIFICATE_EXPIRING: 'Giấy chứng nhận lớp nhận thức về Đảng sắp hết hạn',
  ABSENT_WITHOUT_REASON: 'Vắng sinh hoạt không lý do 3 lần trong năm',
  PLAN_MISSING: 'Chưa có kế hoạch sinh hoạt tháng tới',
  REGULAR_MEETING_MISSING: 'Tháng trước không sinh hoạt thường kỳ',
  MEETING_SOON: 'Sắp đến buổi sinh hoạt chi bộ',
  TASK_OVERDUE: 'Nhiệm vụ quá hạn',
  COMMITTEE_MEETING_MISSING: 'Cấp ủy không họp định kỳ',
  CONGRESS_MISSING: 'Chưa tổ chức hội nghị đảng bộ',
  SELF_ASSESSMENT_DUE: 'Chưa nộp bản tự kiểm điểm',
  RATING_PROPOSALS_DUE: 'Chưa đề xuất xếp loại đảng viên',
  RATING_DECISIONS_DUE: 'Chưa quyết định xếp loại',
} as const;
export type TodoKind = keyof typeof TODO_KINDS;

/** Probations ending within this many days are listed so the cell can prepare the review. */
export const PROBATION_WINDOW_DAYS = 30;
/**
 * The cell must consider recognition within 30 working days of the end of probation (Hướng dẫn
 * 01-HD/TW 2021, điểm 4 on recognition; Quy định 24-QĐ/TW 2021 on the 30 working days; DOMAIN.md
 * *configurable*). Holidays are not excluded.
 */
export const RECOGNITION_REVIEW_WORKING_DAYS = 30;
/** Certificates expiring within this many days are listed. */
export const CERTIFICATE_WINDOW_DAYS = 60;

export type ProbationState = { kind: 'PROBATION_ENDING' | 'RECOGNITION_OVERDUE'; dueOn: string } | null;

/** Where a probationary member stands: probation ending soon, or review overdue. */
export function probationState(ceremonyDate: string, today: string): ProbationState {
  const ends = probationEnds(ceremonyDate);
  const reviewBy = addWorkingDays(ends, RECOGNITION_REVIEW_WORKING_DAYS);
  if (today > reviewBy) return { kind: 'RECOGNITION_OVERDUE', dueOn: reviewBy };
  if (ends <= addDays(today, PROBATION_WINDOW_DAYS)) return { kind: 'PROBATION_ENDING', dueOn: ends };
  return null;
}

/** Whether a certificate's expiry (first invalid day) falls due within the window (or has passed). */
export function certificateDue(expiresOn: string, today: string): boolean {
  return expiresOn <= addDays(today, CERTIFICATE_WINDOW_DAYS);
}

/**
 * The year whose committee meetings (or conferences) the to-do list judges, for windows of
 * `everyMonths` months counted from January: this year once its first window is over, else last
 * year, so in January a committee that did not meet in December is still listed (Điều lệ Điều 24.2:
 * the committee meets monthly; DOMAIN.md: the grassroots conference twice a year).
 */
export function judgedYear(today: string, everyMonths: number): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) > everyMonths ? year : year - 1;
}

export interface WindowShortfall {
  /** Windows of the year that ended without a meeting. */
  count: number;
  /** The first month of the latest of them. */
  latest: string;
  /** The day after the latest missed window ended: when the meeting was last due. */
  dueOn: string;
}

/** A committee short of its meetings: the missed windows (their first months), or null when none. */
export function windowShortfall(missed: readonly string[], everyMonths: number): WindowShortfall | null {
  if (!missed.length) return null;
  const latest = [...missed].sort().at(-1)!;
  return {
    count: missed.length,
    latest,
    dueOn: addMonths(`${windowEnd(latest, everyMonths)}-01`, 1),
  };
}

/** A window as a secretary names it: "tháng 10/2026", "quý 4/2026", "6 tháng cuối năm 2026". */
export function windowLabel(start: string, everyMonths: number): string {
  const year = start.slice(0, 4);
  const first = Number(start.slice(5, 7));
  if (everyMonths === 1) return `tháng ${first}/${year}`;
  if (everyMonths === 3) return `quý ${(first + 2) / 3}/${year}`;
  if (everyMonths === 6) return `6 tháng ${first === 1 ? 'đầu' : 'cuối'} năm ${year}`;
  if (everyMonths === 12) return `năm ${year}`;
  return `tháng ${first}–${first + everyMonths - 1}/${year}`;
}
