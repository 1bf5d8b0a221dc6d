/** The ratings report's Vietnamese words (CLI, xlsx; the web page keeps its own in web/). */
export const WHOLE_INSTALLATION = 'Toàn hệ thống';

export const GROUP_TITLES = {
  grassroots: 'Tổ chức cơ sở đảng',
  subordinateCells: 'Chi bộ trực thuộc đảng ủy cơ sở',
  members: 'Đảng viên',
} as const;

export const SHARE_TITLES = {
  goodOrBetter: 'Tỷ lệ hoàn thành tốt nhiệm vụ trở lên',
  excellent: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ',
} as const;

export const TITLE = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN';

/** "> 90%", "10–15%". */
export const targetText = (t: { min: number; minExclusive: boolean; max: number | null }) =>
  t.max === null ? `${t.minExclusive ? '>' : '≥'} ${t.min}%` : `${t.min}–${t.max}%`;

export const metText = (met: boolean | null) => (met === null ? '' : met ? 'Đạt' : 'Chưa đạt');
