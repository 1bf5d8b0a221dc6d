import { type CodeOf, defineCodeList } from './types.ts';

// Professional qualification (trình độ chuyên môn, nghiệp vụ), highest level attained.
export const PROFESSIONAL = defineCodeList('professional', 'Trình độ chuyên môn', [
  {
    code: 'CHUA_DAO_TAO',
    label: 'Chưa qua đào tạo',
    aliases: ['Chưa đào tạo', 'Không', 'Lao động phổ thông'],
  },
  { code: 'SO_CAP', label: 'Sơ cấp', aliases: ['SC', 'Sơ cấp nghề'] },
  {
    code: 'TRUNG_CAP',
    label: 'Trung cấp',
    aliases: ['TC', 'Trung cấp nghề', 'Trung cấp chuyên nghiệp', 'Trung học chuyên nghiệp', 'THCN'],
  },
  { code: 'CAO_DANG', label: 'Cao đẳng', aliases: ['CĐ', 'Cao đẳng nghề'] },
  {
    code: 'DAI_HOC',
    label: 'Đại học',
    aliases: ['ĐH', 'Cử nhân', 'Kỹ sư', 'Bác sĩ', 'Dược sĩ', 'Kiến trúc sư', 'KS', 'BS'],
  },
  { code: 'THAC_SI', label: 'Thạc sĩ', aliases: ['ThS', 'Cao học', 'Master'] },
  {
    code: 'TIEN_SI',
    label: 'Tiến sĩ',
    aliases: ['TS', 'Tiến sĩ khoa học', 'TSKH', 'PhD', 'PGS.TS', 'GS.TS'],
  },
] as const);

export type Professional = CodeOf<typeof PROFESSIONAL>;
