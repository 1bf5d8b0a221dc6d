import { type CodeOf, defineCodeList } from './types.ts';

// Occupation groups of the membership statistics (seed 002).
export const OCCUPATION = defineCodeList('occupation', 'Nghề nghiệp', [
  {
    code: 'CBCC_HUYEN',
    label: 'Cán bộ, công chức cơ quan Đảng, Nhà nước, đoàn thể cấp huyện trở lên',
    aliases: ['Cán bộ, công chức cấp huyện trở lên', 'CBCC cấp huyện trở lên', 'CBCC cấp huyện'],
  },
  {
    code: 'CBCC_XA',
    label: 'Cán bộ, công chức, người hoạt động không chuyên trách cấp xã',
    aliases: ['Cán bộ, công chức cấp xã', 'CBCC cấp xã', 'Không chuyên trách cấp xã'],
  },
  {
    code: 'KCT_THON',
    label: 'Người hoạt động không chuyên trách ở thôn, bản, tổ dân phố',
    aliases: ['Không chuyên trách thôn', 'Không chuyên trách ở thôn, tổ dân phố', 'Cán bộ thôn'],
  },
  { code: 'VIEN_CHUC', label: 'Viên chức đơn vị sự nghiệp', aliases: ['Viên chức'] },
  {
    code: 'NONG_LAM_NGU',
    label: 'Nông, lâm, ngư nghiệp',
    aliases: ['Nông nghiệp', 'Nông dân', 'Làm ruộng', 'Làm nông', 'Ngư dân', 'Nông, lâm, ngư'],
  },
  {
    code: 'LUC_LUONG_VU_TRANG',
    label: 'Sĩ quan, chiến sĩ quân đội, công an',
    aliases: ['Lực lượng vũ trang', 'Quân đội', 'Công an', 'Bộ đội'],
  },
  { code: 'DOANH_NGHIEP', label: 'Làm việc trong doanh nghiệp', aliases: ['Doanh nghiệp', 'Công nhân'] },
  {
    code: 'NGHI_HUU',
    label: 'Nghỉ hưu, nghỉ chế độ',
    aliases: ['Nghỉ hưu', 'Hưu trí', 'Nghỉ chế độ', 'Cán bộ hưu trí'],
  },
  { code: 'HS_SV', label: 'Học sinh, sinh viên', aliases: ['Học sinh', 'Sinh viên', 'HSSV'] },
  { code: 'KHAC', label: 'Khác', aliases: ['Lao động tự do', 'Tự do'] },
] as const);

export type Occupation = CodeOf<typeof OCCUPATION>;
