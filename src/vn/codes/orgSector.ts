import { type CodeOf, defineCodeList } from './types.ts';

// Loại hình tổ chức đảng: where the organization works, which drives which reports count it.
export const ORG_SECTOR = defineCodeList('orgSector', 'Loại hình', [
  { code: 'XA', label: 'Xã' },
  { code: 'PHUONG', label: 'Phường' },
  { code: 'THI_TRAN', label: 'Thị trấn' },
  { code: 'DAC_KHU', label: 'Đặc khu' },
  { code: 'CO_QUAN', label: 'Cơ quan', aliases: ['Cơ quan hành chính', 'Cơ quan Đảng, Nhà nước, đoàn thể'] },
  {
    code: 'SU_NGHIEP',
    label: 'Đơn vị sự nghiệp',
    aliases: ['Sự nghiệp', 'Đơn vị sự nghiệp công lập', 'ĐVSN'],
  },
  { code: 'DN_NHA_NUOC', label: 'Doanh nghiệp nhà nước', aliases: ['DNNN'] },
  {
    code: 'DN_NGOAI_NHA_NUOC',
    label: 'Doanh nghiệp ngoài nhà nước',
    aliases: [
      'Doanh nghiệp ngoài khu vực nhà nước',
      'Doanh nghiệp tư nhân',
      'Doanh nghiệp ngoài quốc doanh',
      'Doanh nghiệp có vốn đầu tư nước ngoài',
    ],
  },
  { code: 'QUAN_DOI', label: 'Quân đội', aliases: ['Quân sự'] },
  { code: 'CONG_AN', label: 'Công an' },
  {
    code: 'THON_BAN',
    label: 'Thôn, bản',
    aliases: ['Thôn', 'Bản', 'Ấp', 'Buôn', 'Làng', 'Xóm', 'Thôn, bản, ấp'],
  },
  { code: 'TO_DAN_PHO', label: 'Tổ dân phố', aliases: ['Khu phố', 'Khóm', 'TDP'] },
  { code: 'TRUONG_HOC', label: 'Trường học', aliases: ['Trường'] },
  { code: 'Y_TE', label: 'Trạm y tế', aliases: ['Y tế', 'Cơ sở y tế'] },
  { code: 'KHAC', label: 'Khác' },
] as const);

export type OrgSector = CodeOf<typeof ORG_SECTOR>;
