/**
 * Rating settings and their defaults.
 *
 * Annual review of 2025: Quy định 366-QĐ/TW is dated 30/8/2025 and replaces Quy định 124-QĐ/TW
 * (4/10/2023) (Thanh Niên and Dân trí, 20/9/2025; the closing article on entry into force was not found,
 * Party regulations usually take effect on signature). For the year-end review of 2025 the Central Organization Commission issued Hướng dẫn
 * 43-HD/BTCTW (31/10/2025, implementing 366 and replacing Hướng dẫn 25-HD/BTCTW of 2023) and Công văn
 * 10072-CV/BTCTW (6/11/2025, "kiểm điểm, đánh giá, xếp loại năm 2025"), which asks committees to build the
 * criteria sets "theo Quy định, Hướng dẫn của Trung ương", i.e. 366 and 43. So 2025 is rated under 366 by
 * default; an installation whose province rated 2025 under 124 sets `annualRuleSet[2025] = 'QD124'`.
 *
 * Quota base: Hướng dẫn 21-HD/BTCTW (18/10/2019), mục II.B.2.3.a, words it "không vượt quá 20% số đảng
 * viên được xếp loại 'Hoàn thành tốt nhiệm vụ'", i.e. of those rated HTTNV, not HTTNV or better; some
 * local guidance reads it as "hoàn thành tốt nhiệm vụ trở lên", hence the setting.
 */
import type { RatingSettings } from './types.ts';

export const DEFAULT_SETTINGS: RatingSettings = {
  annualRuleSet: { 2025: 'QD366' },
  quotaBase: 'HTTNV',
};
