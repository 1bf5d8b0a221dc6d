/**
 * Pure checks of a member profile. Each returns field errors in Vietnamese; no I/O, no clock.
 */
import { addMonths, ageOn } from '../../vn/dates.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Minimum age at admission: Điều lệ Đảng 2011, Điều 1 ("công dân Việt Nam từ mười tám tuổi trở lên"). */
export const MIN_ADMISSION_AGE = 18;
/** Probation lasts 12 months from the ceremony: Điều lệ Đảng 2011, Điều 5. */
export const PROBATION_MONTHS = 12;

export interface ProfileDates {
  birthDate: string;
  admissionDecisionDate?: string | null;
  ceremonyDate?: string | null;
  officialDate?: string | null;
  /** Set for members admitted elsewhere: the day they arrived from outside the installation. */
  arrivalDate?: string | null;
}

/** birth < admission decision ≤ ceremony ≤ official ≤ today; 18 or older at the decision; 12 months' probation. */
export function dateProblems(d: ProfileDates, today: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  const push = (path: string, message: string) => out.push({ path, message });
  if (d.birthDate > today) push('birthDate', 'Ngày sinh không được ở tương lai.');
  const decision = d.admissionDecisionDate ?? d.ceremonyDate;
  if (!d.ceremonyDate) push('ceremonyDate', 'Nhập ngày vào Đảng (ngày kết nạp).');
  if (decision) {
    if (decision <= d.birthDate) push('admissionDecisionDate', 'Ngày quyết định kết nạp phải sau ngày sinh.');
    else if (ageOn(d.birthDate, decision) < MIN_ADMISSION_AGE) {
      push(
        'admissionDecisionDate',
        `Người vào Đảng phải đủ ${MIN_ADMISSION_AGE} tuổi vào ngày quyết định kết nạp (Điều lệ Đảng, Điều 1).`,
      );
    }
    if (decision > today) push('admissionDecisionDate', 'Ngày quyết định kết nạp không được ở tương lai.');
  }
  if (d.ceremonyDate) {
    if (decision && d.ceremonyDate < decision)
      push('ceremonyDate', 'Ngày vào Đảng không được trước ngày quyết định kết nạp.');
    if (d.ceremonyDate > today) push('ceremonyDate', 'Ngày vào Đảng không được ở tương lai.');
  }
  if (d.officialDate) {
    if (!d.ceremonyDate || d.officialDate < d.ceremonyDate)
      push('officialDate', 'Ngày chính thức không được trước ngày vào Đảng.');
    else if (d.officialDate < addMonths(d.ceremonyDate, PROBATION_MONTHS)) {
      push(
        'officialDate',
        `Ngày chính thức phải sau đủ ${PROBATION_MONTHS} tháng dự bị kể từ ngày vào Đảng (Điều lệ Đảng, Điều 5).`,
      );
    }
    if (d.officialDate > today) push('officialDate', 'Ngày chính thức không được ở tương lai.');
  }
  if (d.arrivalDate) {
    if (decision && d.arrivalDate < decision)
      push('arrivalDate', 'Ngày chuyển đến không được trước ngày quyết định kết nạp.');
    if (d.arrivalDate > today) push('arrivalDate', 'Ngày chuyển đến không được ở tương lai.');
  }
  return out;
}

export const CITIZEN_ID = /^\d{12}$/;
/** Party card numbers are digits (8 in the 2003 series; older and newer series differ). */
export const CARD_NUMBER = /^\d{6,12}$/;
/** Dossier number: 6 digits followed by the 1–3 letters of the province code. */
export const DOSSIER_NUMBER = /^\d{6}[A-Z]{1,3}$/;
export const PHONE = /^\+?[0-9 .()-]{8,20}$/;

export function religionProblems(
  religion: string | null | undefined,
  adherence: string | null | undefined,
): FieldProblem[] {
  if (adherence && !religion)
    return [{ path: 'religiousAdherence', message: 'Chỉ ghi mức độ khi đảng viên có tôn giáo.' }];
  return [];
}
