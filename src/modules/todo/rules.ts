/**
 * What needs doing, computed from the data. Pure: the service gathers facts, these decide what is
 * due. Windows are in days unless named otherwise.
 */
import { addDays, addWorkingDays } from '../../vn/dates.ts';
import { probationEnds } from '../lifecycle/rules.ts';

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
