import { type CodeOf, defineCodeList } from './types.ts';

// Political-theory level (trình độ lý luận chính trị), as certified by the party schools.
export const POLITICAL_THEORY = defineCodeList('politicalTheory', 'Trình độ lý luận chính trị', [
  { code: 'CHUA_DAO_TAO', label: 'Chưa qua đào tạo', aliases: ['Chưa đào tạo', 'Không'] },
  {
    code: 'SO_CAP',
    label: 'Sơ cấp',
    aliases: ['SC', 'Sơ cấp LLCT', 'Sơ cấp lý luận chính trị', 'Sơ cấp chính trị'],
  },
  {
    code: 'TRUNG_CAP',
    label: 'Trung cấp',
    aliases: [
      'TC',
      'Trung cấp LLCT',
      'Trung cấp lý luận chính trị',
      'Trung cấp chính trị',
      'Trung cấp lý luận chính trị - hành chính',
      'Trung cấp chính trị - hành chính',
      'TCCT',
    ],
  },
  {
    code: 'CAO_CAP',
    label: 'Cao cấp',
    aliases: [
      'CC',
      'Cao cấp LLCT',
      'Cao cấp lý luận chính trị',
      'Cao cấp chính trị',
      'Cao cấp lý luận chính trị - hành chính',
      'Cao cấp chính trị - hành chính',
      'CCCT',
    ],
  },
  {
    code: 'CU_NHAN',
    label: 'Cử nhân',
    aliases: ['Cử nhân chính trị', 'Cử nhân LLCT', 'Cử nhân lý luận chính trị', 'CNCT'],
  },
] as const);

export type PoliticalTheory = CodeOf<typeof POLITICAL_THEORY>;
