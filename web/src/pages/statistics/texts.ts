import {
  BREAKDOWN_TITLES,
  DECREASE_FIGURES,
  INCREASE_FIGURES,
  MEMBER_FIGURES,
  ORG_FIGURES,
} from '../../../../src/modules/reports/texts.ts';

/** The statistics page's Vietnamese text; figure names are shared with the CLI (src/modules/reports/texts.ts). */
export const TEXTS = {
  menu: 'Thống kê',
  title: 'Thống kê tổ chức và đảng viên',
  subtitle: 'Số liệu tính theo lịch sử: cây tổ chức và sinh hoạt của đảng viên đúng vào ngày chọn.',
  org: 'Tổ chức',
  orgPlaceholder: 'Tổ chức gốc trong phạm vi của bạn',
  viewStructure: 'Cơ cấu tại một ngày',
  viewChanges: 'Biến động trong kỳ',
  asOf: 'Tính đến ngày',
  period: 'Trong kỳ',
  print: 'In báo cáo',
  structureHeading: (org: string, date: string) =>
    `Cơ cấu tổ chức và đảng viên — ${org}, tính đến ngày ${date}`,
  changesHeading: (org: string, from: string, to: string) =>
    `Biến động đảng viên — ${org}, từ ngày ${from} đến ngày ${to}`,
  organizations: 'Tổ chức đảng',
  members: 'Đảng viên',
  item: 'Chỉ tiêu',
  count: 'Số lượng',
  percent: 'Tỷ lệ',
  ageChart: 'Đảng viên theo độ tuổi',
  educationChart: 'Trình độ giáo dục phổ thông',
  startCount: (d: string) => `Đầu kỳ (hết ngày trước ${d})`,
  endCount: (d: string) => `Cuối kỳ (ngày ${d})`,
  identity: 'Cuối kỳ = Đầu kỳ + Tăng − Giảm',
  hiddenZeros: (n: number) => `Không liệt kê ${n} dân tộc không có đảng viên.`,
  changesChart: 'Tăng, giảm theo nguyên nhân',
  breakdownTitles: BREAKDOWN_TITLES,
  memberFigures: MEMBER_FIGURES,
  orgFigures: ORG_FIGURES,
  increase: INCREASE_FIGURES,
  decrease: DECREASE_FIGURES,
} as const;
