import { matchKey } from './matchKey.ts';
import { type CodeOf, defineCodeList } from './types.ts';

// Religions whose organizations the State has recognized (Ban Tôn giáo Chính phủ), as listed in the
// project's DOMAIN.md, plus "Khác". The member form (mẫu 2-HSĐV) records the religion and, separately,
// the adherence (religiousAdherence).
export const RELIGION = defineCodeList('religion', 'Tôn giáo', [
  {
    code: 'PHAT_GIAO',
    label: 'Phật giáo',
    aliases: ['Đạo Phật', 'Phật', 'Phật giáo Việt Nam', 'Buddhism', 'Buddhist'],
  },
  {
    code: 'CONG_GIAO',
    label: 'Công giáo',
    aliases: [
      'Thiên Chúa giáo',
      'Đạo Thiên Chúa',
      'Thiên Chúa',
      'Công giáo La Mã',
      'Đạo Công giáo',
      'Catholic',
    ],
  },
  { code: 'TIN_LANH', label: 'Tin lành', aliases: ['Đạo Tin lành', 'Hội thánh Tin lành', 'Protestant'] },
  {
    code: 'CAO_DAI',
    label: 'Cao Đài',
    aliases: ['Đạo Cao Đài', 'Cao Đài giáo', 'Đại đạo Tam kỳ Phổ độ', 'Caodaism'],
  },
  { code: 'HOA_HAO', label: 'Phật giáo Hòa Hảo', aliases: ['Hòa Hảo', 'Đạo Hòa Hảo', 'PGHH'] },
  {
    code: 'HOI_GIAO',
    label: 'Hồi giáo',
    // Chăm Bàni (Hồi giáo Bàni) is organized and counted under Hồi giáo.
    aliases: ['Đạo Hồi', 'Islam', 'Muslim', 'Hồi giáo Bàni', 'Bàni', 'Chăm Bàni'],
  },
  { code: 'BAHAI', label: "Baha'i", aliases: ["Bahá'í", 'Đạo Baha’i'] },
  {
    code: 'TINH_DO_CU_SI',
    label: 'Tịnh độ Cư sĩ Phật hội Việt Nam',
    aliases: ['Tịnh độ Cư sĩ', 'Tịnh độ Cư sĩ Phật hội'],
  },
  {
    code: 'CO_DOC_PHUC_LAM',
    label: 'Cơ đốc Phục lâm',
    aliases: ['Phục lâm', 'Cơ đốc Phục lâm Việt Nam', 'Adventist'],
  },
  { code: 'TU_AN_HIEU_NGHIA', label: 'Phật giáo Tứ Ân Hiếu Nghĩa', aliases: ['Tứ Ân Hiếu Nghĩa'] },
  { code: 'MINH_SU_DAO', label: 'Minh Sư Đạo', aliases: ['Minh Sư'] },
  {
    code: 'MINH_LY_DAO',
    label: 'Minh Lý Đạo',
    aliases: ['Minh Lý', 'Tam Tông Miếu', 'Minh Lý Đạo - Tam Tông Miếu'],
  },
  { code: 'BUU_SON_KY_HUONG', label: 'Bửu Sơn Kỳ Hương', aliases: ['Đạo Bửu Sơn Kỳ Hương'] },
  {
    code: 'BA_LA_MON',
    label: 'Bà-la-môn',
    aliases: ['Bà La Môn giáo', 'Chăm Bà-la-môn', 'Hindu', 'Hindu giáo', 'Ấn Độ giáo', 'Brahmanism'],
  },
  {
    code: 'MORMON',
    label: 'Các Thánh hữu ngày sau (Mormon)',
    aliases: [
      'Mormon',
      'Các Thánh hữu ngày sau',
      'Thánh hữu ngày sau',
      'Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô',
    ],
  },
  { code: 'HIEU_NGHIA_TA_LON', label: 'Phật giáo Hiếu Nghĩa Tà Lơn', aliases: ['Hiếu Nghĩa Tà Lơn'] },
  { code: 'KHAC', label: 'Khác', aliases: ['Tôn giáo khác', 'Đạo khác'] },
] as const);

export type Religion = CodeOf<typeof RELIGION>;

/** What records write for "no religion"; resolveCode('religion', …) gives null for these. */
export const NO_RELIGION_ALIASES: readonly string[] = [
  'Không',
  'Ko',
  'Không có',
  'Không tôn giáo',
  'Không theo tôn giáo',
  'Không theo đạo',
  'Không có đạo',
  'Không đạo',
  'Vô thần',
  'Lương',
  'None',
  '0',
];

const NO_RELIGION_KEYS = new Set(NO_RELIGION_ALIASES.map(matchKey));

/** Blank input or an explicit "none" — as opposed to an unknown religion, which needs a look. */
export function isNoReligion(input: string | null | undefined): boolean {
  if (input === null || input === undefined) return true;
  const key = matchKey(input);
  return key === '' || NO_RELIGION_KEYS.has(key);
}
