/**
 * Vietnamese personal names that fit each ethnic group. Patterns are drawn from how names appear in
 * member lists and the press (e.g. Mông "Giàng A Páo", "Thào Seo Lử"; Dao "Tẩn Láo Lở", "Chảo Mý
 * Chiêu"; Thái "Lò Văn Pọm"; Ê-đê "Y Bih Niê", "H'Xuân Niê"); the lists are ours and not exhaustive.
 */
import type { Weighted } from './distributions.ts';
import type { Rng } from './random.ts';

export interface PersonName {
  fullName: string;
  birthName: string;
}

type Gender = 'NAM' | 'NU';

const KINH_MALE = [
  'An',
  'Anh',
  'Bảo',
  'Bình',
  'Cảnh',
  'Chiến',
  'Chính',
  'Công',
  'Cường',
  'Dũng',
  'Duy',
  'Dương',
  'Đại',
  'Đạt',
  'Điệp',
  'Định',
  'Đông',
  'Đức',
  'Giang',
  'Hải',
  'Hào',
  'Hậu',
  'Hiếu',
  'Hiển',
  'Hòa',
  'Hoàng',
  'Học',
  'Hùng',
  'Huy',
  'Hưng',
  'Hướng',
  'Khánh',
  'Khải',
  'Khoa',
  'Kiên',
  'Lâm',
  'Linh',
  'Long',
  'Luân',
  'Lực',
  'Mạnh',
  'Minh',
  'Nam',
  'Nghĩa',
  'Ngọc',
  'Nhân',
  'Ninh',
  'Phong',
  'Phúc',
  'Phương',
  'Quang',
  'Quân',
  'Quý',
  'Quyết',
  'Sơn',
  'Tài',
  'Tâm',
  'Tân',
  'Thắng',
  'Thành',
  'Thanh',
  'Thiện',
  'Thịnh',
  'Thọ',
  'Thuận',
  'Tiến',
  'Toàn',
  'Trọng',
  'Trung',
  'Trường',
  'Tuấn',
  'Tùng',
  'Tú',
  'Văn',
  'Vinh',
  'Việt',
  'Vũ',
  'Xuân',
  'Yên',
] as const;
const KINH_FEMALE = [
  'An',
  'Anh',
  'Bích',
  'Chi',
  'Châm',
  'Diệp',
  'Dung',
  'Duyên',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hồng',
  'Huế',
  'Hương',
  'Huyền',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Lụa',
  'Mai',
  'Minh',
  'My',
  'Nga',
  'Ngân',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phượng',
  'Phương',
  'Quyên',
  'Quỳnh',
  'Sen',
  'Tâm',
  'Thảo',
  'Thắm',
  'Thơm',
  'Thu',
  'Thủy',
  'Thúy',
  'Thư',
  'Trang',
  'Trinh',
  'Tuyết',
  'Uyên',
  'Vân',
  'Xuân',
  'Yến',
] as const;
const KINH_MIDDLE_MALE = [
  'Đức',
  'Minh',
  'Quang',
  'Hữu',
  'Xuân',
  'Mạnh',
  'Trọng',
  'Thanh',
  'Công',
  'Tiến',
  'Ngọc',
  'Quốc',
  'Anh',
  'Đình',
  'Duy',
  'Bá',
] as const;
const KINH_MIDDLE_FEMALE = [
  'Thu',
  'Thanh',
  'Ngọc',
  'Minh',
  'Hồng',
  'Kim',
  'Bích',
  'Thúy',
  'Phương',
  'Thùy',
  'Hải',
  'Mai',
  'Diệu',
  'Khánh',
] as const;

const KINH_SURNAMES_NORTH: Weighted<string> = [
  ['Nguyễn', 31],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Vũ', 4],
  ['Phan', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Đinh', 1],
  ['Đào', 1],
  ['Trịnh', 1],
  ['Hà', 0.8],
  ['Lý', 0.5],
  ['Mai', 0.6],
  ['Lương', 0.6],
  ['Đoàn', 0.6],
  ['Cao', 0.5],
  ['Tạ', 0.4],
  ['Lưu', 0.4],
  ['Vương', 0.3],
  ['Nghiêm', 0.2],
  ['Khuất', 0.2],
  ['Tô', 0.3],
  ['Chu', 0.3],
  ['Quách', 0.2],
];
const KINH_SURNAMES_SOUTH: Weighted<string> = [
  ['Nguyễn', 33],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 6],
  ['Huỳnh', 5],
  ['Võ', 4],
  ['Phan', 4.5],
  ['Trương', 1],
  ['Đặng', 1.5],
  ['Bùi', 1.5],
  ['Đỗ', 1.2],
  ['Hồ', 1.3],
  ['Ngô', 1.2],
  ['Dương', 1],
  ['Lâm', 0.8],
  ['Đoàn', 0.6],
  ['Mai', 0.5],
  ['Lý', 0.5],
  ['Cao', 0.4],
  ['Tô', 0.3],
  ['Châu', 0.3],
  ['Thái', 0.3],
  ['Kiều', 0.2],
];

/** Middle "Văn"/"Thị" is the older custom; younger people more often carry a chosen middle name. */
function traditionalMiddleShare(birthYear: number): number {
  return birthYear < 1970 ? 0.7 : birthYear < 1985 ? 0.5 : birthYear < 1995 ? 0.35 : 0.25;
}

function kinhLike(rng: Rng, gender: Gender, birthYear: number, surname: string): string {
  const middle =
    gender === 'NAM'
      ? rng.chance(traditionalMiddleShare(birthYear))
        ? 'Văn'
        : rng.pick(KINH_MIDDLE_MALE)
      : rng.chance(traditionalMiddleShare(birthYear) + 0.1)
        ? 'Thị'
        : rng.pick(KINH_MIDDLE_FEMALE);
  const given = rng.pick(gender === 'NAM' ? KINH_MALE : KINH_FEMALE);
  return `${surname} ${middle} ${given}`;
}

interface TribalStyle {
  surnames: readonly string[];
  maleMiddles: readonly string[];
  femaleMiddles: readonly string[];
  maleGiven: readonly string[];
  femaleGiven: readonly string[];
  /** Share of given names borrowed from Kinh names, common among younger members. */
  kinhGivenShare: number;
}

const TAI_GIVEN_MALE = [
  'Pọm',
  'Ín',
  'Ún',
  'Phanh',
  'Khăm',
  'Bun',
  'Chăn',
  'Ơn',
  'Đoan',
  'Xiêng',
  'Inh',
  'Pánh',
  'Hặc',
  'Lả',
  'Thoong',
  'Nọi',
  'Xôm',
  'Ươi',
  'Pâng',
  'Hươn',
];
const TAI_GIVEN_FEMALE = [
  'Xoan',
  'Bun',
  'Phóng',
  'Ương',
  'Tươi',
  'Ngoan',
  'Xuân',
  'Ín',
  'Khăm',
  'Bua',
  'Pằng',
  'Ón',
  'Xiên',
  'Lả',
  'Chiến',
  'Hoan',
  'Ưng',
  'Mai',
];

const TAI: TribalStyle = {
  surnames: [
    'Lò',
    'Lường',
    'Tòng',
    'Cầm',
    'Điêu',
    'Quàng',
    'Lù',
    'Hà',
    'Vì',
    'Mè',
    'Lèo',
    'Bạc',
    'Sa',
    'Lê',
    'Hoàng',
  ],
  maleMiddles: ['Văn'],
  femaleMiddles: ['Thị'],
  maleGiven: TAI_GIVEN_MALE,
  femaleGiven: TAI_GIVEN_FEMALE,
  kinhGivenShare: 0.45,
};

const STYLES: Readonly<Record<string, TribalStyle>> = {
  // Thái
  '03': TAI,
  // Lào (in Lai Châu: Tam Đường, Phong Thổ)
  '37': { ...TAI, surnames: ['Lò', 'Lường', 'Tòng', 'Lù', 'Vì', 'Khằm', 'Quàng', 'Cầm'] },
  // Lự
  '42': { ...TAI, surnames: ['Tao', 'Lò', 'Lù', 'Đao', 'Pha', 'Quàng', 'Vàng', 'Chẩu'] },
  // Khơ-mú, Kháng, Xinh-mun, La Ha: Thái-style names
  '29': { ...TAI, surnames: ['Lò', 'Vi', 'Quàng', 'Cầm', 'Lường', 'Tòng', 'Lù', 'Vì'] },
  '33': { ...TAI, surnames: ['Lò', 'Lường', 'Quàng', 'Cà', 'Tòng'] },
  '34': { ...TAI, surnames: ['Lò', 'Vì', 'Cà', 'Lường'] },
  '39': { ...TAI, surnames: ['Lò', 'Quàng', 'Cầm', 'Lường'] },
  // Mông
  '08': {
    surnames: [
      'Giàng',
      'Vàng',
      'Thào',
      'Sùng',
      'Lý',
      'Hạng',
      'Lầu',
      'Mùa',
      'Hảng',
      'Chảo',
      'Vừ',
      'Hầu',
      'Tráng',
      'Ly',
      'Cứ',
      'Lồ',
    ],
    maleMiddles: ['A', 'A', 'A', 'Seo', 'Seo', 'Sào', 'Chứ', 'Mí', 'Văn'],
    femaleMiddles: ['Thị', 'Thị', 'Thị', 'Thị', 'Mỷ', 'Thị'],
    maleGiven: [
      'Páo',
      'Lử',
      'Chá',
      'Dình',
      'Dế',
      'Tủa',
      'Dơ',
      'Chư',
      'Sử',
      'Pó',
      'Cở',
      'Chinh',
      'Lềnh',
      'Xá',
      'Khư',
      'Phình',
      'Lồng',
      'Tính',
      'Sình',
      'Vảng',
      'Nhè',
      'Súa',
      'Chứ',
      'Của',
    ],
    femaleGiven: [
      'Mai',
      'Sua',
      'Dợ',
      'Mỷ',
      'Chở',
      'Dia',
      'Pằng',
      'Mái',
      'Xúa',
      'Dở',
      'Chá',
      'Sinh',
      'Ca',
      'Lan',
      'Hoa',
      'Mỉ',
      'Say',
      'Dua',
      'Máy',
      'Dung',
    ],
    kinhGivenShare: 0.15,
  },
  // Dao
  '09': {
    surnames: ['Tẩn', 'Chảo', 'Phàn', 'Lý', 'Đặng', 'Triệu', 'Bàn', 'Lò', 'Sần', 'Tần'],
    maleMiddles: ['Láo', 'Láo', 'Văn', 'Văn', 'Quẩy', 'Ông', 'Kim'],
    femaleMiddles: ['Mý', 'Mý', 'Thị', 'Thị', 'Mẩy'],
    maleGiven: [
      'Lở',
      'Sử',
      'Diếu',
      'Tả',
      'Phin',
      'Quẩy',
      'Vần',
      'Kiêm',
      'Chàn',
      'Phẩu',
      'Sành',
      'Lẩy',
      'Tòn',
      'Vảng',
      'Liều',
      'San',
      'Chiêu',
      'Kháng',
    ],
    femaleGiven: [
      'Chiêu',
      'Mẩy',
      'Chài',
      'Lở',
      'Phẩu',
      'Sinh',
      'Dung',
      'Nhất',
      'Mai',
      'Chạ',
      'Kiều',
      'Xuân',
      'Chín',
      'Làn',
    ],
    kinhGivenShare: 0.2,
  },
  // Giáy
  '25': {
    surnames: ['Hoàng', 'Lù', 'Vàng', 'Sân', 'Lò', 'Sần', 'Lục', 'Lồ', 'Hà', 'Vương'],
    maleMiddles: ['Văn'],
    femaleMiddles: ['Thị'],
    maleGiven: ['Thuận', 'Tiến', 'Sinh', 'Pảo', 'Dìn', 'Tuân', 'Chúng', 'Lìn', 'Sèng', 'Khoa'],
    femaleGiven: ['Mai', 'Vân', 'Chiên', 'Hoa', 'Thơm', 'Lìn', 'Páo', 'Dung'],
    kinhGivenShare: 0.5,
  },
  // Tày
  '02': {
    surnames: [
      'Hoàng',
      'Nông',
      'Ma',
      'Lục',
      'Hà',
      'Triệu',
      'Lăng',
      'Đàm',
      'Bế',
      'Nịnh',
      'Chu',
      'Lý',
      'Âu',
      'Hà',
    ],
    maleMiddles: ['Văn', 'Văn', 'Đức', 'Minh'],
    femaleMiddles: ['Thị', 'Thị', 'Thu'],
    maleGiven: ['Dền', 'Thành', 'Đàn', 'Pả', 'Khiêm', 'Quý', 'Nhất', 'Bằng', 'Lượng', 'Vượng'],
    femaleGiven: ['Nhung', 'Hoa', 'Mây', 'Lường', 'Thấm', 'Nhất', 'Đào', 'Liên'],
    kinhGivenShare: 0.65,
  },
  // Nùng
  '07': {
    surnames: ['Hoàng', 'Nông', 'Lăng', 'Lương', 'Lý', 'Vi', 'Chu', 'Mã', 'Lộc', 'Hứa', 'Lã', 'Triệu'],
    maleMiddles: ['Văn', 'Văn', 'Đức'],
    femaleMiddles: ['Thị'],
    maleGiven: ['Chủng', 'Sáng', 'Páo', 'Slằn', 'Phúc', 'Hồng', 'Khải', 'Quầy'],
    femaleGiven: ['Hoa', 'Slao', 'Mây', 'Pằn', 'Lành', 'Nhầu', 'Thơm'],
    kinhGivenShare: 0.65,
  },
  // Hà Nhì, and close neighbours of the Lô Lô–Miến family
  '35': {
    surnames: ['Lỳ', 'Chu', 'Pờ', 'Lò', 'Phu', 'Sừ', 'Lý', 'Hù', 'Chang', 'Ly'],
    maleMiddles: ['A', 'Giờ', 'Chừ', 'Xá', 'Văn'],
    femaleMiddles: ['Mé', 'Thị', 'Thị', 'Pà'],
    maleGiven: ['Chừ', 'Xá', 'Dê', 'Lừ', 'Pó', 'Giá', 'Cà', 'Chơ', 'Hừ', 'Phì'],
    femaleGiven: ['Lo', 'Ba', 'Mé', 'Xé', 'Pò', 'Dế', 'Chu', 'Gió'],
    kinhGivenShare: 0.2,
  },
};
// Same family, same naming habits (our grouping).
for (const code of ['40', '41', '43', '48', '50']) {
  (STYLES as Record<string, TribalStyle>)[code] = STYLES['35'] as TribalStyle;
}

const MUONG_SURNAMES = ['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa', 'Bạch', 'Cao', 'Trương'];
const HOA_SURNAMES = [
  'Lý',
  'Trương',
  'Quách',
  'Lâm',
  'Hứa',
  'Lưu',
  'Châu',
  'Mã',
  'Tăng',
  'Diệp',
  'Hoàng',
  'Trần',
  'Lục',
];
const HOA_MIDDLE_MALE = ['Quốc', 'Kiến', 'Vĩnh', 'Gia', 'Tú', 'Minh', 'Văn', 'Chí'];
const HOA_MIDDLE_FEMALE = ['Mỹ', 'Tú', 'Thục', 'Ngọc', 'Lệ', 'Thị', 'Huệ'];
const SAN_SURNAMES = ['Hoàng', 'Nịnh', 'Lâm', 'Trương', 'La', 'Diệp', 'Tạ', 'Dương', 'Lỷ'];
const CHAM_SURNAMES = [
  'Đàng',
  'Thiên',
  'Châu',
  'Lộ',
  'Quảng',
  'Bá',
  'Trượng',
  'Thông',
  'Từ',
  'Phú',
  'Hán',
  'Ung',
];
const KHMER_SURNAMES = ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Chau', 'Lý', 'Huỳnh', 'Thạch', 'Sơn'];
const KHMER_MALE = [
  'Sóc',
  'Sang',
  'Phol',
  'Chanh',
  'Khol',
  'Sa Rây',
  'Rinh',
  'Tha',
  'Pháp',
  'Ni',
  'Sà Phách',
  'Cường',
  'Minh',
  'Hoàng',
];
const KHMER_FEMALE = [
  'Sa Rết',
  'Mỹ',
  'Sa Vy',
  'Chanh Thu',
  'Ngọc',
  'Sô Phiếp',
  'Thi',
  'Sóc Mây',
  'Hồng',
  'Bô Pha',
];
const JARAI_SURNAMES = ['Ksor', 'Siu', 'Rơ Châm', 'Rah Lan', 'Nay', 'Kpă', 'Rơ Mah', 'Puih', 'Rmah'];
const JARAI_MALE = ['Blêh', 'Phước', 'Ngôl', 'Tuih', 'Hyoanh', 'Lui', 'Thoa', 'Krin', 'Dưk', 'Plui', 'Hương'];
const JARAI_FEMALE = ["H'Bel", "H'Hen", "H'Lan", "H'Mai", "H'Thúy", "H'Ngơn", "H'Ly", 'Ngơn', 'Blih'];
const EDE_CLANS = [
  'Niê',
  'Mlô',
  'Êban',
  'Ksơr',
  'Byă',
  'Adrơng',
  'Kbuôr',
  'Buôn Yă',
  'Hwing',
  'Ktla',
  'Niê Kdăm',
  'Mlô Duôn Du',
];
const EDE_MALE = ['Bih', 'Ngông', 'Wang', 'Jôk', 'Khoa', 'Suôr', 'Nhuin', 'Thuột', 'Blin', 'Tlam', 'Thanh'];
const EDE_FEMALE = ['Xuân', 'Hen', 'Lim', 'Bla', 'Dung', 'Nhi', 'Mai', 'Yơn', 'Hnah', 'Kim'];
const BAHNAR_MALE = ['Pớt', 'Hơi', 'Sang', 'Thuốt', 'Blúp', 'Hlen', 'Nhâm', 'Diu', 'Khoa', 'Đăm', 'Lâm'];
const BAHNAR_FEMALE = ['Ngọc', 'Nhân', 'Hồng', 'Nga', 'Blung', 'Hlai', 'Sum', 'Tuyết', 'Hiền'];
const CENTRAL_SURNAMES = ['Đinh', 'Phạm', 'Hồ', 'Alăng', "Bh'riu", 'Zơ Râm', 'Pơloong', 'Coor', 'Kray', 'Hồ'];
const CENTRAL_MALE = ['Ghép', 'Liếc', 'Bốn', 'Pố', 'Quân', 'Tân', 'Mang', 'Lanh', 'Sâm', 'Plông', 'Hùng'];
const CENTRAL_FEMALE = ['Huơl', 'Bốn', 'Hoa', 'Phương', 'Nga', 'Lê', 'Mai', 'Thơ'];
const SOUTHERN_UPLAND_MALE = ['Bin', 'Ré', 'Điệp', 'Lý', 'Thon', 'Brơh', 'Sơn', 'Ha Ry', 'Lang'];
const SOUTHERN_UPLAND_FEMALE = ['Hồng', 'Nhung', 'Hạnh', 'Bôl', 'Thị', 'Nhi', 'Mai', 'Dung'];
const RAGLAI_SURNAMES = ['Chamaléa', 'Katơr', 'Pinăng', 'Mang', 'Pi Năng', 'Cao'];

function tribal(
  rng: Rng,
  gender: Gender,
  style: TribalStyle,
): { surname: string; middle: string; given: string } {
  const surname = rng.pick(style.surnames);
  const middle = rng.pick(gender === 'NAM' ? style.maleMiddles : style.femaleMiddles);
  const own = gender === 'NAM' ? style.maleGiven : style.femaleGiven;
  const given = rng.chance(style.kinhGivenShare)
    ? rng.pick(gender === 'NAM' ? KINH_MALE : KINH_FEMALE)
    : rng.pick(own);
  return { surname, middle, given };
}

/** A name as written in records for the given ethnicity (GSO code), gender and year of birth. */
function oneName(rng: Rng, ethnicity: string, gender: Gender, birthYear: number, south: boolean): string {
  const style = STYLES[ethnicity];
  if (style) {
    const { surname, middle, given } = tribal(rng, gender, style);
    return `${surname} ${middle} ${given}`;
  }
  const male = gender === 'NAM';
  switch (ethnicity) {
    case '01':
      return kinhLike(
        rng,
        gender,
        birthYear,
        rng.weighted(south ? KINH_SURNAMES_SOUTH : KINH_SURNAMES_NORTH),
      );
    case '06': // Mường
    case '24': // Thổ
    case '44': // Chứt
      return kinhLike(rng, gender, birthYear, rng.pick(MUONG_SURNAMES));
    case '04': // Hoa
    case '11': // Ngái
      return `${rng.pick(HOA_SURNAMES)} ${rng.pick(male ? HOA_MIDDLE_MALE : HOA_MIDDLE_FEMALE)} ${rng.pick(male ? KINH_MALE : KINH_FEMALE)}`;
    case '15': // Sán Chay
    case '18': // Sán Dìu
      return kinhLike(rng, gender, birthYear, rng.pick(SAN_SURNAMES));
    case '17': // Chăm
      return `${rng.pick(CHAM_SURNAMES)} ${male ? rng.pick(['Văn', 'Năng', 'Đức', 'Minh', 'Thành']) : rng.pick(['Thị', 'Thu', 'Ngọc'])} ${rng.pick(male ? KINH_MALE : KINH_FEMALE)}`;
    case '05': // Khơ-me
      return male
        ? `${rng.pick(KHMER_SURNAMES)} ${rng.pick(KHMER_MALE)}`
        : `${rng.pick(KHMER_SURNAMES)} Thị ${rng.pick(KHMER_FEMALE)}`;
    case '10': // Gia-rai
      return `${rng.pick(JARAI_SURNAMES)} ${rng.pick(male ? JARAI_MALE : JARAI_FEMALE)}`;
    case '12': // Ê-đê: "Y" for men, "H'" for women, the clan last
      return male
        ? `Y ${rng.pick(EDE_MALE)} ${rng.pick(EDE_CLANS)}`
        : `H'${rng.pick(EDE_FEMALE)} ${rng.pick(EDE_CLANS)}`;
    case '13': // Ba-na
    case '14': // Xơ-đăng
    case '27': // Gié-Triêng
    case '52': // Brâu
    case '54': // Rơ-măm
      if (rng.chance(0.3))
        return `Đinh ${male ? 'Văn' : 'Thị'} ${rng.pick(male ? BAHNAR_MALE : BAHNAR_FEMALE)}`;
      return male ? `A ${rng.pick(BAHNAR_MALE)}` : `Y ${rng.pick(BAHNAR_FEMALE)}`;
    case '19': // Hrê
    case '23': // Bru-Vân Kiều
    case '26': // Cơ-tu
    case '30': // Co
    case '31': // Tà-ôi
      return `${rng.pick(CENTRAL_SURNAMES)} ${male ? 'Văn' : 'Thị'} ${rng.pick(male ? CENTRAL_MALE : CENTRAL_FEMALE)}`;
    case '16': // Cơ-ho
    case '28': // Mạ
    case '36': // Chu-ru
      return male ? `K'${rng.pick(SOUTHERN_UPLAND_MALE)}` : `Ka ${rng.pick(SOUTHERN_UPLAND_FEMALE)}`;
    case '20': // Mnông
    case '22': // Xtiêng
    case '32': // Chơ-ro
      return male ? `Điểu ${rng.pick(SOUTHERN_UPLAND_MALE)}` : `Thị ${rng.pick(SOUTHERN_UPLAND_FEMALE)}`;
    case '21': // Ra-glai
      return `${rng.pick(RAGLAI_SURNAMES)} ${male ? 'Văn' : 'Thị'} ${rng.pick(male ? KINH_MALE : KINH_FEMALE)}`;
    default:
      // Groups we have no list for (Pà Thẻn, Cơ Lao, Bố Y, Pu Péo, La Chí, Mảng, Ơ-đu…): a northern
      // upland surname with Kinh-style middle and given names, which is how many are recorded.
      return kinhLike(
        rng,
        gender,
        birthYear,
        rng.pick(['Lò', 'Lý', 'Hoàng', 'Vàng', 'Lù', 'Sùng', 'Giàng', 'Hà', 'Phàn', 'Lồ']),
      );
  }
}

/**
 * Full name in use and birth name. They are the same for nearly everyone; a few members changed
 * their given name, and some Mông and Dao men go by "Văn" instead of the clan-style middle name
 * ("Giàng A Páo" registered, "Giàng Văn Páo" in use).
 */
export function personName(
  rng: Rng,
  ethnicity: string,
  gender: Gender,
  birthYear: number,
  south = false,
): PersonName {
  const birthName = oneName(rng, ethnicity, gender, birthYear, south);
  if (gender === 'NAM' && (ethnicity === '08' || ethnicity === '09') && rng.chance(0.05)) {
    const parts = birthName.split(' ');
    if (parts.length === 3 && parts[1] !== 'Văn')
      return { fullName: `${parts[0]} Văn ${parts[2]}`, birthName };
  }
  if (rng.chance(0.012)) {
    const parts = birthName.split(' ');
    const pool = gender === 'NAM' ? KINH_MALE : KINH_FEMALE;
    if (parts.length >= 3) return { fullName: [...parts.slice(0, -1), rng.pick(pool)].join(' '), birthName };
  }
  return { fullName: birthName, birthName };
}
