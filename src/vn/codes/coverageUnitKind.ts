import { type CodeOf, defineCodeList } from './types.ts';

// Units that should each have a cell; the coverage reports count them ("% of villages with a cell").
export const COVERAGE_UNIT_KIND = defineCodeList('coverageUnitKind', 'Loại đơn vị dân cư, cơ sở', [
  {
    code: 'THON_BAN',
    label: 'Thôn, bản',
    aliases: ['Thôn', 'Bản', 'Ấp', 'Buôn', 'Làng', 'Xóm', 'Thôn, bản, ấp'],
  },
  { code: 'TO_DAN_PHO', label: 'Tổ dân phố', aliases: ['Khu phố', 'Khóm', 'TDP'] },
  { code: 'TRUONG_HOC', label: 'Trường học', aliases: ['Trường'] },
  { code: 'Y_TE', label: 'Trạm y tế', aliases: ['Y tế', 'TYT'] },
  { code: 'DOANH_NGHIEP', label: 'Doanh nghiệp', aliases: ['DN', 'Công ty'] },
] as const);

export type CoverageUnitKind = CodeOf<typeof COVERAGE_UNIT_KIND>;
