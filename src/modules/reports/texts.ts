/**
 * Vietnamese names of the statistics' figures, worded as the seed report (Báo cáo 154-BC/HU) words
 * them. Shared by the CLI's tables and the web page.
 */
import type { BreakdownName } from './rules.ts';

export const BREAKDOWN_TITLES: Record<BreakdownName, string> = {
  gender: 'Giới tính',
  ethnicity: 'Thành phần dân tộc',
  ageBand: 'Độ tuổi',
  education: 'Trình độ giáo dục phổ thông',
  professional: 'Trình độ chuyên môn, nghiệp vụ',
  politicalTheory: 'Trình độ lý luận chính trị',
  occupation: 'Nghề nghiệp',
  religion: 'Tôn giáo',
  religiousAdherence: 'Mức độ theo tôn giáo',
};

export const MEMBER_FIGURES = {
  total: 'Tổng số đảng viên',
  female: 'Đảng viên nữ',
  ethnicMinority: 'Đảng viên người dân tộc thiểu số',
  probationary: 'Đảng viên dự bị',
  official: 'Đảng viên chính thức',
  exempted: 'Miễn công tác và sinh hoạt đảng',
  temporarilyExempted: 'Tạm miễn sinh hoạt đảng',
  religious: 'Đảng viên có tôn giáo',
} as const;

export const ORG_FIGURES = {
  grassroots: 'Tổ chức cơ sở đảng',
  committees: 'Đảng bộ cơ sở',
  cells: 'Chi bộ cơ sở',
  subordinateCells: 'Chi bộ trực thuộc đảng ủy cơ sở',
} as const;

export const INCREASE_FIGURES = {
  total: 'Tăng',
  admitted: 'Kết nạp mới',
  readmitted: 'Kết nạp lại',
  transferredIn: 'Chuyển đến',
} as const;

export const DECREASE_FIGURES = {
  total: 'Giảm',
  died: 'Từ trần',
  expelled: 'Khai trừ',
  removed: 'Xóa tên',
  resigned: 'Xin ra khỏi Đảng',
  admissionAnnulled: 'Hủy quyết định kết nạp',
  transferredOut: 'Chuyển đi',
} as const;
