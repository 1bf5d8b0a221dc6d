/**
 * Ethnic make-up of members outside Tam Đường, and which religions members of each group are likely
 * to follow. Tam Đường itself uses the report's figures (distributions.ts); the regional mixes
 * below are our rough guesses for a national demo (Kinh are ~85% of the population and a larger
 * share of members), not statistics.
 */
import type { Weighted } from './distributions.ts';
import { ETHNICITY as TAM_DUONG_ETHNICITY } from './distributions.ts';

export const KINH = '01';

export type Region =
  | 'LAI_CHAU'
  | 'NORTHWEST'
  | 'NORTHEAST'
  | 'RED_RIVER'
  | 'NORTH_CENTRAL'
  | 'CENTRAL_COAST'
  | 'HIGHLANDS'
  | 'SOUTHEAST'
  | 'MEKONG';

/** Member ethnicity shares by region (GSO codes); our guesses except LAI_CHAU (seed 002, line 195). */
export const REGION_ETHNICITY: Readonly<Record<Region, Weighted<string>>> = {
  LAI_CHAU: TAM_DUONG_ETHNICITY,
  NORTHWEST: [
    ['01', 45],
    ['03', 20], // Thái
    ['08', 12], // Mông
    ['09', 6], // Dao
    ['02', 6], // Tày
    ['06', 5], // Mường
    ['29', 2], // Khơ-mú
    ['25', 1.5], // Giáy
    ['35', 1], // Hà Nhì
    ['40', 0.5], // Phù Lá
  ],
  NORTHEAST: [
    ['01', 55],
    ['02', 22], // Tày
    ['07', 12], // Nùng
    ['09', 5], // Dao
    ['15', 2], // Sán Chay
    ['18', 2], // Sán Dìu
    ['08', 1.5], // Mông
    ['04', 0.5], // Hoa
  ],
  RED_RIVER: [
    ['01', 98.5],
    ['06', 1], // Mường
    ['02', 0.3],
    ['04', 0.2],
  ],
  NORTH_CENTRAL: [
    ['01', 90],
    ['06', 4], // Mường
    ['03', 4], // Thái
    ['29', 0.6], // Khơ-mú
    ['08', 0.6], // Mông
    ['23', 0.5], // Bru-Vân Kiều
    ['24', 0.3], // Thổ
  ],
  CENTRAL_COAST: [
    ['01', 95],
    ['26', 1.2], // Cơ-tu
    ['19', 1.2], // Hrê
    ['17', 1], // Chăm
    ['21', 0.8], // Ra-glai
    ['04', 0.3],
    ['30', 0.5], // Co
  ],
  HIGHLANDS: [
    ['01', 74],
    ['10', 7], // Gia-rai
    ['12', 6], // Ê-đê
    ['13', 4], // Ba-na
    ['14', 3], // Xơ-đăng
    ['16', 2], // Cơ-ho
    ['20', 1], // Mnông
    ['02', 1.5],
    ['07', 1.5],
  ],
  SOUTHEAST: [
    ['01', 95.5],
    ['04', 2.2], // Hoa
    ['05', 0.8], // Khơ-me
    ['22', 0.6], // Xtiêng
    ['32', 0.3], // Chơ-ro
    ['17', 0.3],
    ['07', 0.3],
  ],
  MEKONG: [
    ['01', 91.5],
    ['05', 6.5], // Khơ-me
    ['04', 1.5], // Hoa
    ['17', 0.5], // Chăm
  ],
};

export type ReligionCode =
  | 'PHAT_GIAO'
  | 'CONG_GIAO'
  | 'TIN_LANH'
  | 'CAO_DAI'
  | 'HOA_HAO'
  | 'HOI_GIAO'
  | 'KHAC';

const SOUTH_KINH: Weighted<ReligionCode> = [
  ['PHAT_GIAO', 45],
  ['CONG_GIAO', 28],
  ['CAO_DAI', 12],
  ['HOA_HAO', 8],
  ['TIN_LANH', 5],
  ['KHAC', 2],
];
const NORTH_KINH: Weighted<ReligionCode> = [
  ['PHAT_GIAO', 50],
  ['CONG_GIAO', 44],
  ['TIN_LANH', 3],
  ['KHAC', 3],
];
const HIGHLAND_CHRISTIAN: Weighted<ReligionCode> = [
  ['TIN_LANH', 55],
  ['CONG_GIAO', 40],
  ['KHAC', 5],
];
const TAI_BUDDHIST: Weighted<ReligionCode> = [
  ['PHAT_GIAO', 50],
  ['KHAC', 30],
  ['TIN_LANH', 20],
];

/**
 * Which religion a religious member of a group follows — plausible, not from the seed: Protestantism
 * spread among the Mông of the northwest and the Central Highlands peoples; the Lào and Lự follow
 * Theravada Buddhism; Khơ-me are Theravada Buddhists; Chăm are Muslim or Bà-ni/Bà-la-môn ("khác").
 */
export function religionMix(ethnicity: string, south: boolean): Weighted<ReligionCode> {
  switch (ethnicity) {
    case '01':
      return south ? SOUTH_KINH : NORTH_KINH;
    case '08':
      return [
        ['TIN_LANH', 78],
        ['CONG_GIAO', 10],
        ['KHAC', 12],
      ];
    case '09':
      return [
        ['KHAC', 50],
        ['TIN_LANH', 30],
        ['PHAT_GIAO', 20],
      ];
    case '05':
      return [
        ['PHAT_GIAO', 95],
        ['KHAC', 5],
      ];
    case '17':
      return [
        ['HOI_GIAO', 40],
        ['KHAC', 60],
      ];
    case '04':
      return [
        ['PHAT_GIAO', 80],
        ['KHAC', 20],
      ];
    case '10':
    case '12':
    case '13':
    case '14':
    case '16':
    case '20':
    case '22':
      return HIGHLAND_CHRISTIAN;
    default:
      return TAI_BUDDHIST;
  }
}

/** How much likelier than a Kinh member a member of the group is to be religious (our guess). */
export function religiousWeight(ethnicity: string): number {
  switch (ethnicity) {
    case '08':
    case '10':
    case '12':
    case '13':
    case '14':
    case '05':
      return 3;
    case '01':
      return 1;
    default:
      return 1.5;
  }
}
