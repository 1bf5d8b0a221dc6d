/**
 * Job titles and workplaces. The first members of a cell with its main occupation hold the posts
 * (secretary, head of the unit, deputy), the rest get ordinary staff titles. Titles are the usual
 * ones of Vietnamese offices; where a post combines two roles the seed report says so (line 113:
 * "bí thư cấp ủy đồng thời là chủ tịch Hội đồng nhân dân tại 12 xã"; line 121: secretaries who are
 * also village heads).
 */
import type { OccupationCode } from './distributions.ts';
import type { Rng } from './random.ts';
import type { CellSlot, Place } from './unit.ts';

export interface Job {
  jobTitle: string | null;
  workplace: string | null;
}

const COMMUNE_POSTS: readonly (readonly [string, string])[] = [
  ['Bí thư Đảng ủy, Chủ tịch HĐND', 'Đảng ủy'],
  ['Phó Bí thư Đảng ủy, Chủ tịch UBND', 'UBND'],
  ['Phó Bí thư Thường trực Đảng ủy', 'Đảng ủy'],
  ['Phó Chủ tịch UBND', 'UBND'],
  ['Phó Chủ tịch HĐND', 'HĐND'],
  ['Chủ tịch Ủy ban MTTQ', 'Ủy ban MTTQ'],
  ['Phó Chủ tịch UBND', 'UBND'],
  ['Chỉ huy trưởng Ban Chỉ huy Quân sự', 'UBND'],
  ['Chủ tịch Hội Nông dân', 'Hội Nông dân'],
  ['Chủ tịch Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ'],
  ['Chủ tịch Hội Cựu chiến binh', 'Hội Cựu chiến binh'],
  ['Bí thư Đoàn Thanh niên', 'Đoàn Thanh niên'],
  ['Văn phòng Đảng ủy', 'Đảng ủy'],
];
const COMMUNE_STAFF = [
  'Công chức Văn phòng - Thống kê',
  'Công chức Địa chính - Xây dựng',
  'Công chức Tài chính - Kế toán',
  'Công chức Tư pháp - Hộ tịch',
  'Công chức Văn hóa - Xã hội',
  'Người hoạt động không chuyên trách',
] as const;
const VILLAGE_CADRES = [
  'Phó Bí thư chi bộ',
  'Trưởng ban Công tác Mặt trận',
  'Chi hội trưởng Hội Nông dân',
  'Chi hội trưởng Hội Phụ nữ',
  'Chi hội trưởng Hội Cựu chiến binh',
  'Bí thư Chi đoàn',
  'Phó trưởng bản',
  'Công an viên',
  'Nhân viên y tế bản',
] as const;

const VILLAGE_WORDS = ['tổ dân phố', 'khu phố', 'bản', 'thôn', 'ấp'] as const;

/** "Phó Trưởng phòng", "Phó Chánh án". */
function deputy(title: string): string {
  return `Phó ${title}`;
}

function staffTitle(rng: Rng, headTitle: string | null): string {
  switch (headTitle) {
    case 'Chánh án':
      return rng.weighted([
        ['Thẩm phán', 2],
        ['Thư ký Tòa án', 2],
        ['Chuyên viên', 1],
      ]);
    case 'Viện trưởng':
      return rng.weighted([
        ['Kiểm sát viên', 3],
        ['Chuyên viên', 1],
      ]);
    case 'Hạt trưởng':
      return 'Kiểm lâm viên';
    default:
      return rng.weighted([
        ['Chuyên viên', 6],
        ['Chuyên viên chính', 2],
        ['Cán sự', 1],
        ['Kế toán', 1],
      ]);
  }
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The job of the member who is the `rank`-th (0-based) of the cell's main occupation, or of another
 * occupation in the cell (rank -1).
 */
export function jobOf(
  rng: Rng,
  cell: CellSlot,
  place: Place,
  occupation: OccupationCode,
  rank: number,
  female: boolean,
): Job {
  const workplace =
    cell.workplaces.length > 0
      ? (cell.workplaces[Math.max(0, rank) % cell.workplaces.length] as string)
      : null;
  switch (occupation) {
    case 'NONG_LAM_NGU':
      return { jobTitle: null, workplace: null };
    case 'NGHI_HUU':
      return { jobTitle: rng.chance(0.3) ? 'Cán bộ hưu trí' : null, workplace: null };
    case 'HS_SV':
      return cell.category === 'UPPER_SCHOOL'
        ? { jobTitle: 'Học sinh', workplace }
        : {
            jobTitle: 'Sinh viên',
            workplace: rng.pick([
              'Trường Đại học Tây Bắc',
              'Trường Cao đẳng Cộng đồng',
              'Trường Đại học Sư phạm',
            ]),
          };
    case 'KHAC':
      return {
        jobTitle: rng.pick([
          'Lao động tự do',
          'Lao động hợp đồng',
          'Nhân viên phục vụ',
          'Lái xe',
          'Nhân viên bảo vệ',
        ]),
        workplace: cell.category === 'VILLAGE' ? null : workplace,
      };
    case 'DOANH_NGHIEP':
      if (cell.category !== 'ENTERPRISE') {
        return {
          jobTitle: 'Nhân viên',
          workplace: rng.pick([
            'Công ty TNHH Xây dựng Hoàng Long',
            'Công ty Cổ phần Thương mại Bắc Hà',
            'Hợp tác xã Dịch vụ nông nghiệp',
          ]),
        };
      }
      return {
        jobTitle:
          rank === 0
            ? (cell.headTitle ?? 'Giám đốc')
            : rank === 1
              ? 'Phó Giám đốc'
              : rng.pick(['Trưởng phòng', 'Kỹ sư', 'Nhân viên', 'Công nhân', 'Kế toán']),
        workplace,
      };
    case 'KCT_THON': {
      const village = (cell.villages[Math.max(0, rank - 1) % Math.max(1, cell.villages.length)] ??
        place.label) as string;
      const at = `${capitalized(village)}, ${place.label}`;
      const word = VILLAGE_WORDS.find((w) => village.startsWith(w)) ?? 'bản';
      const head = word === 'tổ dân phố' ? 'Tổ trưởng tổ dân phố' : `Trưởng ${word}`;
      if (rank === 0)
        return { jobTitle: cell.secretaryIsHead ? `Bí thư chi bộ, ${head}` : 'Bí thư chi bộ', workplace: at };
      const headsLeft = cell.villageHeads - (cell.secretaryIsHead ? 1 : 0);
      if (rank <= headsLeft) return { jobTitle: head, workplace: at };
      const cadre = rng.pick(VILLAGE_CADRES);
      return {
        jobTitle:
          word === 'tổ dân phố'
            ? cadre.replace('Phó trưởng bản', 'Tổ phó tổ dân phố').replace(' bản', ' tổ dân phố')
            : cadre.replace(' bản', ` ${word}`),
        workplace: at,
      };
    }
    case 'CBCC_XA': {
      const post = COMMUNE_POSTS[rank];
      if (post) {
        const title = place.label.startsWith('thị trấn') && rank === 0 ? 'Bí thư Đảng ủy' : post[0];
        return { jobTitle: title, workplace: `${post[1]} ${place.label}` };
      }
      return { jobTitle: rng.pick(COMMUNE_STAFF), workplace: `UBND ${place.label}` };
    }
    case 'LUC_LUONG_VU_TRANG': {
      if (cell.category === 'COMMUNE_POLICE') {
        const word = place.label
          .split(' ')
          .slice(0, place.label.startsWith('thị trấn') ? 2 : 1)
          .join(' ');
        const title =
          rank === 0 ? `Trưởng Công an ${word}` : rank === 1 ? `Phó Trưởng Công an ${word}` : 'Cán bộ';
        return { jobTitle: title, workplace };
      }
      if (cell.category === 'MILITARY') {
        return {
          jobTitle:
            rank === 0
              ? rng.pick(['Chỉ huy phó', 'Chính trị viên phó', 'Trung đội trưởng', 'Trợ lý tác chiến'])
              : rng.pick(['Trợ lý', 'Nhân viên', 'Chiến sĩ', 'Tiểu đội trưởng']),
          workplace,
        };
      }
      return {
        jobTitle:
          rank === 0
            ? (cell.headTitle ?? 'Đội trưởng')
            : rank === 1
              ? deputy(cell.headTitle ?? 'Đội trưởng')
              : rng.pick(['Cán bộ', 'Điều tra viên', 'Trinh sát viên', 'Chiến sĩ', 'Cán bộ']),
        workplace,
      };
    }
    case 'VIEN_CHUC': {
      if (cell.category === 'SCHOOL' || cell.category === 'UPPER_SCHOOL') {
        const title =
          rank >= 0 && rank < cell.workplaces.length
            ? 'Hiệu trưởng'
            : rank >= 0 && rank < 2 * cell.workplaces.length
              ? 'Phó Hiệu trưởng'
              : rng.weighted([
                  ['Giáo viên', 20],
                  ['Tổng phụ trách Đội', 1],
                  ['Kế toán', 1],
                  ['Nhân viên văn thư', 0.5],
                ]);
        return { jobTitle: title, workplace };
      }
      const medical = female
        ? ['Bác sĩ', 'Điều dưỡng', 'Y sĩ', 'Nữ hộ sinh', 'Dược sĩ', 'Kỹ thuật viên xét nghiệm']
        : ['Bác sĩ', 'Điều dưỡng', 'Y sĩ', 'Dược sĩ', 'Kỹ thuật viên xét nghiệm'];
      if (cell.category === 'CLINIC' || cell.category === 'HEALTH') {
        const title =
          rank === 0
            ? (cell.headTitle ?? 'Trưởng khoa')
            : rank === 1 && cell.category === 'HEALTH'
              ? 'Phó Trưởng khoa'
              : rng.pick(medical);
        return { jobTitle: title, workplace };
      }
      if (cell.category === 'SERVICE') {
        const title =
          rank === 0
            ? (cell.headTitle ?? 'Giám đốc')
            : rank === 1
              ? deputy(cell.headTitle ?? 'Giám đốc')
              : rng.pick(['Viên chức', 'Chuyên viên', 'Kế toán', 'Kỹ sư']);
        return { jobTitle: title, workplace };
      }
      return { jobTitle: 'Viên chức', workplace };
    }
    case 'CBCC_HUYEN': {
      const title =
        rank === 0
          ? (cell.headTitle ?? 'Trưởng phòng')
          : rank === 1
            ? deputy(cell.headTitle ?? 'Trưởng phòng')
            : staffTitle(rng, cell.headTitle);
      return { jobTitle: title, workplace };
    }
  }
}
