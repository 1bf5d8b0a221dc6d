import { type CodeOf, defineCodeList } from './types.ts';

// General education (trình độ giáo dục phổ thông) in the four groups the statistics use. Records
// written in grade notation ("9/12", "7/10") go through parseEducation.
export const EDUCATION = defineCodeList('education', 'Trình độ giáo dục phổ thông', [
  { code: 'KHONG_BIET_CHU', label: 'Không biết chữ', aliases: ['Mù chữ', 'Chưa biết chữ'] },
  { code: 'TIEU_HOC', label: 'Tiểu học', aliases: ['Cấp 1', 'Cấp I', 'Cấp một', 'Bổ túc cấp 1'] },
  {
    code: 'THCS',
    label: 'Trung học cơ sở',
    aliases: ['Cấp 2', 'Cấp II', 'Cấp hai', 'Phổ thông cơ sở', 'PTCS', 'Bổ túc cấp 2', 'Bổ túc THCS'],
  },
  {
    code: 'THPT',
    label: 'Trung học phổ thông',
    aliases: [
      'Cấp 3',
      'Cấp III',
      'Cấp ba',
      'Phổ thông trung học',
      'PTTH',
      'Bổ túc',
      'Bổ túc văn hóa',
      'BTVH',
      'Bổ túc cấp 3',
      'Bổ túc THPT',
      'Tú tài',
    ],
  },
] as const);

export type Education = CodeOf<typeof EDUCATION>;
