/**
 * District-level agencies, schools and enterprises that have their own grassroots cell (chi bộ cơ
 * sở) or committee, as in Tam Đường: 35 grassroots cells and 3 non-commune grassroots committees
 * (seed 002, line 21: "51 tổ chức cơ sở đảng (16 đảng bộ, 35 chi bộ)", with 13 commune committees).
 * The report does not list them; these are the usual offices of a district of the time (our list).
 * Names use tokens: {Ủy} → Huyện ủy / Thành ủy / Quận ủy / Thị ủy, {cấp} → huyện / thành phố / …,
 * {tên} → the district's name.
 */
import type { CellCategory } from './cells.ts';
import type { DemoOrg } from './types.ts';

export interface AgencySpec {
  name: string;
  slug: string;
  sector: DemoOrg['sector'];
  category: CellCategory;
  headTitle: string;
  /** A school or enterprise is also a coverage unit. */
  coverage?: 'TRUONG_HOC' | 'DOANH_NGHIEP';
  /** Index of the commune it stands in (0 = the district town). */
  commune?: number;
  /** Names of subordinate cells: present means a grassroots committee, absent a grassroots cell. */
  cells?: readonly string[];
}

const A = (
  name: string,
  slug: string,
  headTitle: string,
  sector: DemoOrg['sector'] = 'CO_QUAN',
): AgencySpec => ({
  name,
  slug,
  sector,
  category: 'AGENCY',
  headTitle,
});
const S = (name: string, slug: string, headTitle = 'Giám đốc'): AgencySpec => ({
  name,
  slug,
  sector: 'SU_NGHIEP',
  category: 'SERVICE',
  headTitle,
});

/** Party, state and mass-organization offices (cán bộ, công chức cấp huyện). */
export const DISTRICT_OFFICES: readonly AgencySpec[] = [
  A('Văn phòng {Ủy}', 'VPHU', 'Chánh Văn phòng'),
  A('Ban Tổ chức và Ủy ban Kiểm tra {Ủy}', 'TCKT', 'Trưởng ban'),
  A('Ban Tuyên giáo và Ban Dân vận {Ủy}', 'TGDV', 'Trưởng ban'),
  A('Văn phòng HĐND và UBND {cấp}', 'VPUB', 'Chánh Văn phòng'),
  A('Cơ quan Mặt trận Tổ quốc và các đoàn thể {cấp}', 'MTDT', 'Chủ tịch Ủy ban MTTQ'),
  A('Phòng Tài chính - Kế hoạch', 'TCKH', 'Trưởng phòng'),
  A('Phòng Nông nghiệp và Phát triển nông thôn', 'NNPTNT', 'Trưởng phòng'),
  A('Phòng Tài nguyên và Môi trường', 'TNMT', 'Trưởng phòng'),
  A('Phòng Kinh tế và Hạ tầng', 'KTHT', 'Trưởng phòng'),
  A('Phòng Giáo dục và Đào tạo', 'GDDT', 'Trưởng phòng'),
  A('Phòng Nội vụ', 'NOIVU', 'Trưởng phòng'),
  A('Phòng Lao động - Thương binh và Xã hội', 'LDTBXH', 'Trưởng phòng'),
  A('Phòng Tư pháp và Thanh tra {cấp}', 'TPTT', 'Trưởng phòng'),
  A('Phòng Văn hóa và Thông tin', 'VHTT', 'Trưởng phòng'),
  A('Phòng Dân tộc và Phòng Y tế', 'DTYT', 'Trưởng phòng'),
  A('Tòa án nhân dân {cấp}', 'TOAAN', 'Chánh án'),
  A('Viện Kiểm sát nhân dân {cấp}', 'VKS', 'Viện trưởng'),
  A('Chi cục Thi hành án dân sự', 'THA', 'Chi cục trưởng'),
  A('Chi cục Thuế khu vực', 'THUE', 'Chi cục trưởng'),
  A('Kho bạc Nhà nước {cấp}', 'KHOBAC', 'Giám đốc'),
  A('Hạt Kiểm lâm', 'KIEMLAM', 'Hạt trưởng'),
  A('Chi cục Thống kê', 'THONGKE', 'Chi cục trưởng'),
];

/** Public-service units (viên chức). */
export const DISTRICT_SERVICES: readonly AgencySpec[] = [
  S('Bảo hiểm xã hội {cấp}', 'BHXH'),
  S('Ngân hàng Chính sách xã hội {cấp}', 'NHCSXH'),
  S('Trung tâm Chính trị {cấp}', 'TTCT'),
  S('Trung tâm Văn hóa - Truyền thanh - Truyền hình', 'TTVH'),
  S('Ban Quản lý dự án đầu tư xây dựng {cấp}', 'BQLDA', 'Trưởng ban'),
  S('Trung tâm Dịch vụ nông nghiệp', 'TTDVNN'),
  S('Trung tâm Phát triển quỹ đất', 'TTPTQD'),
];

export function upperSchool(name: string, slug: string, commune = 0): AgencySpec {
  return {
    name,
    slug,
    sector: 'TRUONG_HOC',
    category: 'UPPER_SCHOOL',
    headTitle: 'Hiệu trưởng',
    coverage: 'TRUONG_HOC',
    commune,
  };
}

export function stateEnterprise(
  name: string,
  slug: string,
  commune = 0,
  sector: DemoOrg['sector'] = 'DN_NHA_NUOC',
): AgencySpec {
  return {
    name,
    slug,
    sector,
    category: 'ENTERPRISE',
    headTitle: 'Giám đốc',
    coverage: 'DOANH_NGHIEP',
    commune,
  };
}

/** Seed 002, line 63: the police, military and health committees have subordinate cells. */
export const POLICE_CELLS = [
  'Đội An ninh',
  'Đội Cảnh sát điều tra tội phạm',
  'Đội Cảnh sát quản lý hành chính về trật tự xã hội',
  'Đội Tham mưu - Tổng hợp',
  'Đội Cảnh sát giao thông - Trật tự',
  'Đội Cảnh sát kinh tế - Môi trường',
  'Đội Cảnh sát phòng cháy, chữa cháy',
  'Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp',
] as const;
export const MILITARY_CELLS = [
  'Chỉ huy',
  'Tham mưu',
  'Chính trị - Hậu cần - Kỹ thuật',
  'Trung đội Thường trực',
  'Trung đội Dân quân cơ động',
] as const;
export const HEALTH_CELLS = [
  'Ban Giám đốc và các phòng chức năng',
  'Khoa Khám bệnh - Hồi sức cấp cứu',
  'Khoa Nội - Nhi - Truyền nhiễm',
  'Khoa Ngoại - Sản',
  'Khoa Kiểm soát bệnh tật',
  'Khoa Dược - Cận lâm sàng',
  'Khoa Y học cổ truyền - Phục hồi chức năng',
  'Phòng khám đa khoa khu vực',
] as const;

export function districtCommittees(police: number, military: number, health: number): AgencySpec[] {
  return [
    {
      name: 'Công an {cấp}',
      slug: 'CONGAN',
      sector: 'CONG_AN',
      category: 'POLICE',
      headTitle: 'Đội trưởng',
      cells: POLICE_CELLS.slice(0, police),
    },
    {
      name: 'Quân sự {cấp}',
      slug: 'QUANSU',
      sector: 'QUAN_DOI',
      category: 'MILITARY',
      headTitle: 'Chỉ huy trưởng',
      cells: MILITARY_CELLS.slice(0, military),
    },
    {
      name: 'Trung tâm Y tế {cấp}',
      slug: 'TTYT',
      sector: 'SU_NGHIEP',
      category: 'HEALTH',
      headTitle: 'Trưởng khoa',
      cells: HEALTH_CELLS.slice(0, health),
    },
  ];
}
