/**
 * Provincial blocs: the upper-level committees directly under the province besides the districts
 * (đảng bộ trực thuộc: the agencies' bloc, the provincial police, the provincial military). The
 * seed has none of this; the lists are the usual provincial offices (ours). Big offices become
 * grassroots committees with cells, and a big hospital gets intermediate committees (đảng bộ bộ
 * phận), so every org kind appears in the province plan.
 */
import type { CellCategory } from './cells.ts';
import { type Province, provinceLabel } from './provinces.ts';
import type { Rng } from './random.ts';
import type { OrgTree } from './tree.ts';
import type { DemoOrg } from './types.ts';
import type { CellSlot } from './unit.ts';

interface BlocMember {
  name: string;
  slug: string;
  sector: DemoOrg['sector'];
  category: CellCategory;
  headTitle: string;
  /** Relative size. */
  weight: number;
  /** Names for subordinate cells when it is big enough to be a committee. */
  departments: readonly string[];
}

const OFFICE_DEPARTMENTS = [
  'Văn phòng',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch - Tài chính',
  'Thanh tra',
  'Phòng Nghiệp vụ',
  'Phòng Pháp chế',
  'Trung tâm trực thuộc',
  'Chi cục trực thuộc',
] as const;
const HOSPITAL_DEPARTMENTS = [
  'Khoa Nội tổng hợp',
  'Khoa Tim mạch',
  'Khoa Nhi',
  'Khoa Truyền nhiễm',
  'Khoa Ngoại tổng hợp',
  'Khoa Chấn thương chỉnh hình',
  'Khoa Phụ sản',
  'Khoa Gây mê hồi sức',
  'Khoa Xét nghiệm',
  'Khoa Chẩn đoán hình ảnh',
  'Khoa Dược',
  'Phòng Kế hoạch tổng hợp',
] as const;
const POLICE_UNITS = [
  'Phòng An ninh chính trị nội bộ',
  'Phòng An ninh kinh tế',
  'Phòng Cảnh sát hình sự',
  'Phòng Cảnh sát kinh tế',
  'Phòng Cảnh sát điều tra tội phạm về ma túy',
  'Phòng Cảnh sát giao thông',
  'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
  'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Phòng Tham mưu',
  'Phòng Tổ chức cán bộ',
  'Phòng Hậu cần',
  'Trại tạm giam',
  'Phòng Cảnh sát cơ động',
] as const;
const MILITARY_UNITS = [
  'Cơ quan Bộ Chỉ huy Quân sự {tỉnh}',
  'Trung đoàn bộ binh',
  'Tiểu đoàn Huấn luyện - Cơ động',
  'Trường Quân sự {tỉnh}',
  'Đại đội Trinh sát',
  'Đại đội Công binh',
  'Đại đội Thông tin',
] as const;

const office = (
  name: string,
  slug: string,
  headTitle: string,
  weight = 1,
  sector: DemoOrg['sector'] = 'CO_QUAN',
): BlocMember => ({
  name,
  slug,
  sector,
  category: 'AGENCY',
  headTitle,
  weight,
  departments: OFFICE_DEPARTMENTS,
});

function agenciesBloc(): BlocMember[] {
  return [
    office('Văn phòng {ủy}', 'VPTU', 'Chánh Văn phòng', 1.2),
    office('Ban Tổ chức {ủy}', 'BTC', 'Trưởng ban'),
    office('Ban Tuyên giáo {ủy}', 'BTG', 'Trưởng ban'),
    office('Ủy ban Kiểm tra {ủy}', 'UBKT', 'Chủ nhiệm'),
    office('Ban Dân vận {ủy}', 'BDV', 'Trưởng ban', 0.6),
    office('Văn phòng UBND {tỉnh}', 'VPUBND', 'Chánh Văn phòng'),
    office('Văn phòng Đoàn ĐBQH và HĐND {tỉnh}', 'VPHDND', 'Chánh Văn phòng', 0.7),
    office('Sở Tài chính', 'STC', 'Giám đốc'),
    office('Sở Kế hoạch và Đầu tư', 'SKHDT', 'Giám đốc'),
    office('Sở Nội vụ', 'SNV', 'Giám đốc'),
    office('Sở Tư pháp', 'STP', 'Giám đốc'),
    office('Sở Công Thương', 'SCT', 'Giám đốc'),
    office('Sở Xây dựng', 'SXD', 'Giám đốc'),
    office('Sở Giao thông vận tải', 'SGTVT', 'Giám đốc'),
    office('Sở Tài nguyên và Môi trường', 'STNMT', 'Giám đốc'),
    office('Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT', 'Giám đốc', 2),
    office('Sở Giáo dục và Đào tạo', 'SGDDT', 'Giám đốc', 1.5),
    office('Sở Y tế', 'SYT', 'Giám đốc'),
    office('Sở Lao động - Thương binh và Xã hội', 'SLDTBXH', 'Giám đốc'),
    office('Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'Giám đốc'),
    office('Sở Thông tin và Truyền thông', 'STTTT', 'Giám đốc', 0.6),
    office('Sở Khoa học và Công nghệ', 'SKHCN', 'Giám đốc', 0.6),
    office('Thanh tra {tỉnh}', 'TTRA', 'Chánh Thanh tra', 0.6),
    office('Tòa án nhân dân {tỉnh}', 'TAND', 'Chánh án'),
    office('Viện Kiểm sát nhân dân {tỉnh}', 'VKSND', 'Viện trưởng'),
    office('Cục Thuế {tỉnh}', 'CTHUE', 'Cục trưởng', 1.5),
    office('Kho bạc Nhà nước {tỉnh}', 'KBNN', 'Giám đốc'),
    office('Cơ quan Ủy ban MTTQ và các đoàn thể {tỉnh}', 'MTDT', 'Chủ tịch Ủy ban MTTQ'),
    {
      name: 'Bệnh viện Đa khoa {tỉnh}',
      slug: 'BVDK',
      sector: 'SU_NGHIEP',
      category: 'HEALTH',
      headTitle: 'Trưởng khoa',
      weight: 4,
      departments: HOSPITAL_DEPARTMENTS,
    },
    {
      name: 'Báo và Đài Phát thanh - Truyền hình {tỉnh}',
      slug: 'BAODAI',
      sector: 'SU_NGHIEP',
      category: 'SERVICE',
      headTitle: 'Giám đốc',
      weight: 1,
      departments: OFFICE_DEPARTMENTS,
    },
    {
      name: 'Trường Chính trị {tỉnh}',
      slug: 'TCT',
      sector: 'SU_NGHIEP',
      category: 'SERVICE',
      headTitle: 'Hiệu trưởng',
      weight: 0.8,
      departments: OFFICE_DEPARTMENTS,
    },
    {
      name: 'Bảo hiểm xã hội {tỉnh}',
      slug: 'BHXH',
      sector: 'SU_NGHIEP',
      category: 'SERVICE',
      headTitle: 'Giám đốc',
      weight: 1,
      departments: OFFICE_DEPARTMENTS,
    },
    {
      name: 'Trường THPT Chuyên',
      slug: 'THPTCHUYEN',
      sector: 'TRUONG_HOC',
      category: 'UPPER_SCHOOL',
      headTitle: 'Hiệu trưởng',
      weight: 0.8,
      departments: ['Tổ Tự nhiên', 'Tổ Xã hội', 'Tổ Ngoại ngữ'],
    },
    {
      name: 'Trường Cao đẳng Cộng đồng',
      slug: 'CDCD',
      sector: 'TRUONG_HOC',
      category: 'UPPER_SCHOOL',
      headTitle: 'Hiệu trưởng',
      weight: 1.2,
      departments: ['Khoa Sư phạm', 'Khoa Kinh tế', 'Khoa Kỹ thuật', 'Phòng Đào tạo'],
    },
    {
      name: 'Công ty Điện lực {tỉnh}',
      slug: 'PC',
      sector: 'DN_NHA_NUOC',
      category: 'ENTERPRISE',
      headTitle: 'Giám đốc',
      weight: 1.5,
      departments: ['Văn phòng', 'Phòng Kỹ thuật', 'Điện lực thành phố', 'Điện lực khu vực'],
    },
    {
      name: 'Viễn thông {tỉnh}',
      slug: 'VNPT',
      sector: 'DN_NHA_NUOC',
      category: 'ENTERPRISE',
      headTitle: 'Giám đốc',
      weight: 0.8,
      departments: ['Văn phòng', 'Trung tâm Kinh doanh', 'Trung tâm Viễn thông'],
    },
    {
      name: 'Công ty Cổ phần Cấp nước {tỉnh}',
      slug: 'CAPNUOC',
      sector: 'DN_NGOAI_NHA_NUOC',
      category: 'ENTERPRISE',
      headTitle: 'Giám đốc',
      weight: 0.5,
      departments: ['Văn phòng', 'Xí nghiệp cấp nước'],
    },
  ];
}

function unitsOf(
  names: readonly string[],
  category: CellCategory,
  sector: DemoOrg['sector'],
  headTitle: string,
  departments: readonly string[],
): BlocMember[] {
  return names.map((name, i) => ({
    name,
    slug: name,
    sector,
    category,
    headTitle,
    weight: i === 0 ? 2 : 1,
    departments,
  }));
}

export interface BlocSpec {
  name: string;
  slug: string;
  sector: DemoOrg['sector'];
  committee: string;
  members: BlocMember[];
  /** Shares by OCCUPATIONS order; blocs have their own make-up (ours). */
  occupationShares: readonly number[];
}

// OCCUPATIONS order: CBCC_HUYEN, CBCC_XA, KCT_THON, VIEN_CHUC, NONG_LAM_NGU, LUC_LUONG_VU_TRANG,
// DOANH_NGHIEP, NGHI_HUU, HS_SV, KHAC.
const AGENCY_SHARES = [55, 0, 0, 35, 0, 0, 7, 0, 0.5, 2.5];
const ARMED_SHARES = [0, 0, 0, 0, 0, 1, 0, 0, 0, 0];

export function provinceBlocs(province: Province): BlocSpec[] {
  const label = provinceLabel(province);
  return [
    {
      name: `Đảng bộ Khối các cơ quan ${label}`,
      slug: 'KHOICQ',
      sector: 'CO_QUAN',
      committee: `Ban Thường vụ Đảng ủy Khối các cơ quan ${label}`,
      members: agenciesBloc(),
      occupationShares: AGENCY_SHARES,
    },
    {
      name: `Đảng bộ Công an ${label}`,
      slug: 'CA',
      sector: 'CONG_AN',
      committee: `Ban Thường vụ Đảng ủy Công an ${label}`,
      members: unitsOf(POLICE_UNITS, 'POLICE', 'CONG_AN', 'Trưởng phòng', [
        'Đội 1',
        'Đội 2',
        'Đội 3',
        'Đội 4',
        'Đội 5',
        'Đội 6',
      ]),
      occupationShares: ARMED_SHARES,
    },
    {
      name: `Đảng bộ Quân sự ${label}`,
      slug: 'QS',
      sector: 'QUAN_DOI',
      committee: `Ban Thường vụ Đảng ủy Quân sự ${label}`,
      members: unitsOf(MILITARY_UNITS, 'MILITARY', 'QUAN_DOI', 'Chỉ huy trưởng', [
        'Phòng Tham mưu',
        'Phòng Chính trị',
        'Phòng Hậu cần - Kỹ thuật',
        'Tiểu đoàn 1',
        'Tiểu đoàn 2',
        'Tiểu đoàn 3',
        'Đại đội 1',
        'Đại đội 2',
      ]),
      occupationShares: ARMED_SHARES,
    },
  ];
}

/** Fills {tỉnh} and {ủy}; the full workplace adds the province's name ("Sở Nội vụ tỉnh Lai Châu"). */
function naming(template: string, province: Province): { name: string; workplace: string } {
  const word = province.title;
  const committee = province.title === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
  const name = template.replaceAll('{tỉnh}', word).replaceAll('{ủy}', committee);
  const workplace = template.includes('{')
    ? `${name} ${province.letters === 'HCM' ? 'Hồ Chí Minh' : province.name}`
    : `${name} ${provinceLabel(province)}`;
  return { name, workplace };
}

/** Members per cell the blocs aim at (ours: offices are bigger than village cells). */
const MEMBERS_PER_CELL = 28;

/** Builds a bloc under the province and returns its cell slots (place 0: the provincial capital). */
export function buildBloc(
  tree: OrgTree,
  provinceOrg: DemoOrg,
  spec: BlocSpec,
  memberCount: number,
  province: Province,
  rng: Rng,
): { root: DemoOrg; cells: CellSlot[] } {
  const root = tree.add(provinceOrg, {
    slug: spec.slug,
    maxSlug: 8,
    name: spec.name,
    kind: 'DANG_BO_TRUC_THUOC',
    sector: spec.sector,
    notBefore: tree.dayOf(provinceOrg),
    spreadYears: 3,
    committee: { body: spec.committee, suffix: spec.slug === 'KHOICQ' ? 'QĐ/ĐUK' : 'QĐ/ĐU' },
  });
  const rootDay = tree.dayOf(root);
  const totalCells = Math.max(spec.members.length, Math.round(memberCount / MEMBERS_PER_CELL));
  const weightSum = spec.members.reduce((a, m) => a + m.weight, 0);
  const cells: CellSlot[] = [];
  const slot = (code: string, m: BlocMember): CellSlot => ({
    code,
    category: m.category,
    weight: 0.7 + 0.6 * rng.next(),
    place: 0,
    villages: [],
    villageHeads: 0,
    secretaryIsHead: false,
    dominant: null,
    workplaces: [naming(m.name, province).workplace],
    headTitle: m.headTitle,
  });
  for (const m of spec.members) {
    const { name } = naming(m.name, province);
    const count = Math.max(1, Math.round((totalCells * m.weight) / weightSum));
    if (count === 1) {
      const c = tree.add(root, {
        slug: m.slug,
        name: `Chi bộ ${name}`,
        kind: 'CHI_BO_CO_SO',
        sector: m.sector,
        notBefore: rootDay,
        spreadYears: 12,
      });
      cells.push(slot(c.code, m));
      continue;
    }
    const committee = tree.add(root, {
      slug: m.slug,
      name: `Đảng bộ ${name}`,
      kind: 'DANG_BO_CO_SO',
      sector: m.sector,
      notBefore: rootDay,
      spreadYears: 10,
      committee: { body: `Đảng ủy ${naming(m.name, province).workplace}`, suffix: 'QĐ/ĐU' },
    });
    const names = cellNames(m.departments, count);
    // A committee with many cells groups them under intermediate committees (đảng bộ bộ phận).
    const groups =
      m.category === 'HEALTH' && count >= 8 ? ['Khối Nội', 'Khối Ngoại', 'Khối Cận lâm sàng'] : null;
    const parents = groups
      ? groups.map((g) =>
          tree.add(committee, {
            slug: g,
            name: `Đảng bộ bộ phận ${g}`,
            kind: 'DANG_BO_BO_PHAN',
            sector: m.sector,
            notBefore: tree.dayOf(committee),
            spreadYears: 5,
          }),
        )
      : [committee];
    names.forEach((cellName, i) => {
      const parent = parents[i % parents.length] as DemoOrg;
      const c = tree.add(parent, {
        slug: cellName,
        maxSlug: 8,
        name: `Chi bộ ${cellName}`,
        kind: 'CHI_BO_TRUC_THUOC',
        sector: m.sector,
        notBefore: tree.dayOf(parent),
        spreadYears: 8,
      });
      cells.push(slot(c.code, m));
    });
  }
  return { root, cells };
}

/** "Khoa Nhi", … then "Khoa Nhi 2" when a committee needs more cells than it has names. */
function cellNames(departments: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = departments[i % departments.length] as string;
    const round = Math.floor(i / departments.length);
    out.push(round === 0 ? base : `${base} ${round + 1}`);
  }
  return out;
}
