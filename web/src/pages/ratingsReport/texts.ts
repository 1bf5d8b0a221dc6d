import { GROUP_TITLES, SHARE_TITLES, targetText } from '../../../../src/modules/ratings/report/texts.ts';

/** The ratings results page's Vietnamese text; group and share names are shared with the CLI and xlsx. */
export const TEXTS = {
  menu: 'Kết quả xếp loại',
  title: 'Xếp loại chất lượng',
  subtitle:
    'Kết quả đánh giá, xếp loại hằng năm của tổ chức cơ sở đảng, chi bộ trực thuộc và đảng viên trong cây tổ chức, theo thang của từng năm.',
  org: 'Tổ chức',
  orgPlaceholder: 'Tổ chức gốc trong phạm vi của bạn',
  years: 'Từ năm – đến năm',
  download: 'Tải bảng (xlsx)',
  heading: (org: string, from: number, to: number) => `${org}, từ năm ${from} đến năm ${to}`,
  groups: GROUP_TITLES,
  shares: SHARE_TITLES,
  targetText,
  year: 'Năm',
  scale: 'Quy định',
  rated: 'Số được xếp loại',
  goodShort: 'HTTNV trở lên',
  excellentShort: 'Xuất sắc',
  target: (t: string) => `chỉ tiêu ${t}`,
  met: 'Đạt',
  notMet: 'Chưa đạt',
  notOnScale: 'Không có trong thang của năm này',
  chart: 'Tỷ lệ qua các năm so với chỉ tiêu',
  chartSeries: {
    grassrootsGood: 'TCCS đảng HTTNV trở lên',
    cellsGood: 'Chi bộ trực thuộc HTTNV trở lên',
    membersGood: 'Đảng viên HTTNV trở lên',
    membersExcellent: 'Đảng viên HTXSNV',
  },
  children: 'Theo tổ chức trực thuộc',
  childrenHint: (year: number) => `Năm ${year}. Chọn tên tổ chức để xem chi tiết.`,
  childOrg: 'Tổ chức',
  noChildren: 'Không có tổ chức trực thuộc.',
  up: 'Lên cấp trên',
} as const;
