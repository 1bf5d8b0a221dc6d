/**
 * Tam Đường district (Lai Châu) in 2021, the shape of the "district" scale.
 *
 * From seed 002: 13 communes and the town, 126 villages (line 19), 51 grassroots orgs = 16
 * committees + 35 cells, 209 subordinate cells (line 21), 2,675 members (line 177), 68/126 village
 * heads members (line 121), "100% các bản, trường học, trạm y tế có chi bộ" (line 71) — so no "thôn
 * trắng" here — and no cell in private enterprises (line 261).
 *
 * Ours: the district had 14 communes before 2020 (Sùng Phài was moved to Lai Châu city in the 2020
 * rearrangement, which we recall but have not checked against a source), leaving the 13 units the
 * report counts. Village names follow local naming; several are real Tam Đường villages, others are
 * invented, and the split of villages among communes is ours. Ethnic mixes per commune are our
 * guesses from the district's make-up (line 19). How the 209 subordinate cells divide is ours:
 * 124 village cells (two pairs of villages meet together, "sinh hoạt ghép"), 13 commune office
 * cells, 12 commune police cells, 13 clinic cells, 32 school cells (39 schools, 7 pairs combined),
 * and 15 cells in the police, military and health committees.
 */
import {
  type AgencySpec,
  DISTRICT_OFFICES,
  DISTRICT_SERVICES,
  districtCommittees,
  stateEnterprise,
  upperSchool,
} from './agencies.ts';
import { dayFromYmd } from './dates.ts';
import { ETHNICITY, TAM_DUONG_MEMBERS, VILLAGE_HEADS_MEMBERS, type Weighted } from './distributions.ts';
import type { CommuneSpec, DistrictSpec, SchoolGroup, VillageGroup } from './district.ts';

const bản = (...names: string[]): VillageGroup[] =>
  names.map((name) => ({ villages: [{ name, prefix: 'bản', kind: 'THON_BAN' as const }], covered: true }));

const ghép = (...names: string[]): VillageGroup => ({
  villages: names.map((name) => ({ name, prefix: 'bản', kind: 'THON_BAN' as const })),
  covered: true,
});

const tổ = (...numbers: number[]): VillageGroup[] =>
  numbers.map((n) => ({
    villages: [{ name: `số ${n}`, prefix: 'tổ dân phố', kind: 'TO_DAN_PHO' as const, slug: `TDP${n}` }],
    covered: true,
  }));

/** Mầm non, Tiểu học, THCS; `combined` puts the first two in one cell. */
function schools(place: string, combined: boolean, boarding = true): SchoolGroup[] {
  const mn = `Trường Mầm non ${place}`;
  const th = `Trường ${boarding ? 'PTDTBT ' : ''}Tiểu học ${place}`;
  const thcs = `Trường ${boarding ? 'PTDTBT ' : ''}THCS ${place}`;
  return combined
    ? [
        { schools: [mn, th], slug: 'MNTH' },
        { schools: [thcs], slug: 'THCS' },
      ]
    : [
        { schools: [mn], slug: 'MN' },
        { schools: [th], slug: 'TH' },
        { schools: [thcs], slug: 'THCS' },
      ];
}

// GSO codes: 01 Kinh, 03 Thái, 08 Mông, 09 Dao, 25 Giáy, 35 Hà Nhì, 37 Lào, 42 Lự, 29 Khơ-mú.
const mix = (entries: Record<string, number>): Weighted<string> => Object.entries(entries);

const xã = (
  name: string,
  mixEntries: Record<string, number>,
  groups: VillageGroup[],
  combinedSchools: boolean,
  police = true,
): CommuneSpec => ({
  name,
  sector: 'XA',
  mix: mix(mixEntries),
  groups,
  schools: schools(name, combinedSchools),
  police,
  clinic: true,
});

export const TAM_DUONG_COMMUNES: readonly CommuneSpec[] = [
  {
    name: 'Tam Đường',
    slug: 'TT',
    sector: 'THI_TRAN',
    mix: mix({ '01': 55, '25': 20, '03': 10, '08': 8, '09': 4, '37': 3 }),
    groups: [
      ...tổ(1, 2, 3, 4),
      {
        villages: [
          { name: 'số 5', prefix: 'tổ dân phố', kind: 'TO_DAN_PHO', slug: 'TDP5' },
          { name: 'số 6', prefix: 'tổ dân phố', kind: 'TO_DAN_PHO', slug: 'TDP6' },
        ],
        covered: true,
      },
      ...bản('Đông Pao 1', 'Đông Pao 2', 'Nà Khum', 'Cò Nọt'),
    ],
    schools: schools('thị trấn Tam Đường', false, false),
    // The town's police post belongs to the district police (our choice: 12 commune police cells).
    police: false,
    clinic: true,
    // The town was created in October 2004 (after the district, January 2002).
    notBefore: dayFromYmd(2004, 11, 1),
  },
  xã(
    'Bình Lư',
    { '03': 25, '01': 20, '25': 15, '08': 25, '09': 10, '37': 5 },
    [
      ...bản('Nà Luồng', 'Nà Bỏ', 'Nà Đông', 'Lở Thàng'),
      ghép('Chu Va 6', 'Chu Va 12'),
      ...bản(
        'Cư Nhà La',
        'Sì Thâu Chải',
        'Hua Quân Nhe',
        'Thống Nhất',
        'Nà Hiên',
        'Bình Lư',
        'Séo Phìn',
        'Phìn Chải',
      ),
    ],
    false,
  ),
  xã(
    'Bản Bo',
    { '03': 35, '42': 10, '01': 20, '08': 15, '25': 10, '37': 10 },
    bản(
      'Nà Đon',
      'Nà Bảo',
      'Nà Ít',
      'Nà Vàn',
      'Nà Phát',
      'Bản Bo',
      'Cốc Phát',
      'Thẩm Phé',
      'Nà Cường',
      'Phiêng Pao',
      'Mì Phàng',
      'Nà Sẳng',
    ),
    false,
  ),
  xã(
    'Bản Giang',
    { '25': 30, '01': 30, '37': 15, '03': 10, '08': 10, '09': 5 },
    bản('Hợp 1', 'Hợp 2', 'Nà Sài', 'Cốc Pa', 'Nà Tăng', 'Tiên Bình', 'Bản Giang', 'Sùng Chô', 'Nậm Pảng'),
    true,
  ),
  xã(
    'Bản Hon',
    { '42': 35, '03': 20, '08': 20, '09': 10, '01': 10, '37': 5 },
    bản(
      'Bản Hon',
      'Hon 1',
      'Nà Hon',
      'Tả Chải',
      'Phiêng Lúc',
      'Sin Câu',
      'Nà Ún',
      'Hua Pảng',
      'Cốc Lùng',
      'Nậm Sảo',
    ),
    false,
  ),
  xã(
    'Giang Ma',
    { '08': 60, '09': 25, '01': 10, '25': 5 },
    bản('Giang Ma', 'Phìn Chải', 'Sin Chải', 'Hồ Pên', 'Tả Giàng Phìn', 'Sì Choang', 'Xà Phìn', 'Phìn Hồ'),
    true,
  ),
  xã(
    'Hồ Thầu',
    { '09': 30, '08': 45, '35': 10, '01': 10, '25': 5 },
    bản('Hồ Thầu', 'Xin Chải', 'Lao Chải', 'Phìn Hồ', 'Tả Chải', 'Sì Chải', 'Hồ Pả', 'Tà Chải', 'Phan Lìn'),
    true,
  ),
  xã(
    'Khun Há',
    { '08': 50, '09': 20, '03': 15, '01': 10, '29': 5 },
    bản(
      'Khun Há',
      'Pắc Ta',
      'Tả Páo Hồ',
      'Hua Ngò',
      'Lản Nhì Thàng',
      'Can Hồ',
      'Nà Út',
      'Hua Pảng',
      'Sà Phìn',
      'Thèn Thầu',
      'Pù Lũng',
    ),
    false,
  ),
  xã(
    'Nà Tăm',
    { '42': 35, '03': 25, '37': 15, '01': 15, '08': 10 },
    bản('Nà Tăm 1', 'Nà Tăm 2', 'Nà Ít', 'Nà Khuổi', 'Bản Đớ', 'Hua Nà', 'Nà Mạ', 'Phiêng Chản', 'Nà Luông'),
    false,
  ),
  xã(
    'Nùng Nàng',
    { '08': 65, '09': 15, '01': 10, '25': 10 },
    bản('Nùng Nàng', 'Can Hồ', 'Lao Chải 1', 'Lao Chải 2', 'Nà Cơ', 'Sin Câu', 'Phìn Hồ Thầu', 'Hoa Vân'),
    true,
  ),
  xã(
    'Sơn Bình',
    { '01': 20, '08': 40, '09': 20, '03': 10, '25': 10 },
    bản(
      'Sơn Bình',
      'Nà Đa',
      'Nà Khum',
      'Séo Làng',
      'Tả Páo Hồ',
      'Nà Luông',
      'Cò Lá',
      'Phan Lìn',
      'Chu Va',
      'Hoàng Hồ',
    ),
    true,
  ),
  xã(
    'Tả Lèng',
    { '08': 60, '09': 25, '01': 10, '25': 5 },
    bản(
      'Tả Lèng',
      'Hồ Sì Pán',
      'Sì Thâu Chải',
      'Phìn Chải',
      'Lùng Thàng',
      'Tả Chải',
      'Thẩm Pao',
      'Hoa Vân',
      'Can Thàng',
    ),
    true,
  ),
  xã(
    'Thèn Sin',
    { '09': 45, '08': 30, '25': 10, '01': 10, '35': 5 },
    bản('Thèn Sin', 'Sin Chải', 'Thèn Thầu', 'Lùng Than', 'Mào Phô', 'Nà Cang', 'Chin Chu Lìn'),
    true,
  ),
];

/** 22 offices + 7 service units + 4 upper schools + 2 state enterprises = 35 grassroots cells. */
export const TAM_DUONG_AGENCIES: readonly AgencySpec[] = [
  ...DISTRICT_OFFICES,
  ...DISTRICT_SERVICES,
  upperSchool('Trường THPT Tam Đường', 'THPTTD'),
  upperSchool('Trường THPT Bình Lư', 'THPTBL', 1),
  upperSchool('Trường PTDTNT THCS {cấp} {tên}', 'PTDTNT'),
  upperSchool('Trung tâm GDNN - GDTX {cấp} {tên}', 'GDNN'),
  stateEnterprise('Điện lực Tam Đường', 'DIENLUC'),
  stateEnterprise('Ngân hàng Nông nghiệp và PTNT chi nhánh Tam Đường', 'AGRIBANK'),
  // Police (5 cells), military (4) and the health centre (6): 15 subordinate cells.
  ...districtCommittees(5, 4, 6),
];

export function tamDuongSpec(): DistrictSpec {
  return {
    name: 'Tam Đường',
    title: 'huyện',
    slug: 'TD',
    memberCount: TAM_DUONG_MEMBERS,
    // The district was split from Phong Thổ in January 2002 (taybacsensetravel.com/tam-duong-lai-chau-n.html).
    notBefore: dayFromYmd(2002, 2, 1),
    communes: TAM_DUONG_COMMUNES,
    agencies: TAM_DUONG_AGENCIES,
    privateEnterprises: [
      { name: 'Công ty TNHH Thương mại Minh Phát', commune: 0 },
      { name: 'Công ty TNHH Chè Bình Lư', commune: 1 },
    ],
    ethnicity: ETHNICITY,
    villageHeadShare: VILLAGE_HEADS_MEMBERS,
    issuer: { body: 'Ban Thường vụ Tỉnh ủy Lai Châu', suffix: 'QĐ/TU' },
  };
}
