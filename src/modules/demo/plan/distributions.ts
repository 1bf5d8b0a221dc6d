/**
 * The member structure of Đảng bộ huyện Tam Đường, from seed 002 (Báo cáo 154-BC/HU, 14/10/2021),
 * section II.3.1 "Về tình hình đội ngũ đảng viên". Figures are counts as printed; line numbers are
 * those of /work/shared/seeds/002_d963f8d4a5cd3259.txt. Most breakdowns add up to 2,674, one less
 * than the 2,675 total (line 177); the plan rescales every breakdown to the member count it needs.
 * Where the report gives no figure the value is ours and says so.
 */

export type Weighted<K extends string> = readonly (readonly [K, number])[];

/** Line 177: "Tổng số đảng viên trong toàn Đảng bộ là 2.675 đồng chí". */
export const TAM_DUONG_MEMBERS = 2675;

/** Line 189: "Nam: 1.793, Nữ: 881" (lines 21 and 177 say 884 women; we follow the breakdown). */
export const GENDER: Weighted<'NAM' | 'NU'> = [
  ['NAM', 1793],
  ['NU', 881],
];

/** Line 177: "đảng viên dự bị là 103 đồng chí, đảng viên chính thức là 2.572 đồng chí". */
export const PROBATIONARY_SHARE = 103 / 2675;

/**
 * Line 195, by GSO code (src/vn/codes/ethnicity.ts): Kinh 1.276, Mông 399, Thái 347, Dao 148,
 * Lự 148, Lào 142, Giáy 136, Mường 24, Tày 18, Nùng 6, Kháng 4, "Dân tộc khác" 26. The report does
 * not name the 26 others; we split them among groups living in Lai Châu (Khơ-mú 10, Hà Nhì 8,
 * Hoa 4, Phù Lá 2, Si La 2) — our choice.
 */
export const ETHNICITY: Weighted<string> = [
  ['01', 1276], // Kinh
  ['08', 399], // Mông
  ['03', 347], // Thái
  ['09', 148], // Dao
  ['42', 148], // Lự
  ['37', 142], // Lào
  ['25', 136], // Giáy
  ['06', 24], // Mường
  ['02', 18], // Tày
  ['07', 6], // Nùng
  ['33', 4], // Kháng
  ['29', 10], // Khơ-mú  } the report's "Dân tộc khác: 26",
  ['35', 8], // Hà Nhì   } split by us
  ['04', 4], // Hoa      }
  ['40', 2], // Phù Lá   }
  ['50', 2], // Si La    }
];

export const AGE_BANDS = ['18-30', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', '61+'] as const;
export type AgeBandCode = (typeof AGE_BANDS)[number];

/**
 * Line 193: "từ 18-30 tuổi 376; 31-35 645; 36-40 675; 41-45 373; 46-50 176; 51-55 125; 56-60 105;
 * trên 60 tuổi 199".
 */
export const AGE_BAND: Weighted<AgeBandCode> = [
  ['18-30', 376],
  ['31-35', 645],
  ['36-40', 675],
  ['41-45', 373],
  ['46-50', 176],
  ['51-55', 125],
  ['56-60', 105],
  ['61+', 199],
];

/** Inclusive age bounds of each band; the report's top band is open, we stop at 95 (our choice). */
export const AGE_BAND_RANGE: Readonly<Record<AgeBandCode, readonly [number, number]>> = {
  '18-30': [18, 30],
  '31-35': [31, 35],
  '36-40': [36, 40],
  '41-45': [41, 45],
  '46-50': [46, 50],
  '51-55': [51, 55],
  '56-60': [56, 60],
  '61+': [61, 95],
};

/** Ordered low → high, so ranks can be assigned. */
export const EDUCATION_LEVELS = ['KHONG_BIET_CHU', 'TIEU_HOC', 'THCS', 'THPT'] as const;
/** Line 181: "không biết chữ Quốc ngữ 01; tiểu học 275; THCS 550; THPT 1.848". */
export const EDUCATION: readonly number[] = [1, 275, 550, 1848];

export const PROFESSIONAL_LEVELS = [
  'CHUA_DAO_TAO',
  'SO_CAP',
  'TRUNG_CAP',
  'CAO_DANG',
  'DAI_HOC',
  'THAC_SI',
  'TIEN_SI',
] as const;
/**
 * Line 183: "chưa qua đào tạo 808; sơ cấp 68; trung cấp 574; cao đẳng 339; đại học 859; thạc sỹ: 27".
 * No doctors in the district: TIEN_SI stays 0.
 */
export const PROFESSIONAL: readonly number[] = [808, 68, 574, 339, 859, 27, 0];

export const POLITICAL_LEVELS = ['CHUA_DAO_TAO', 'SO_CAP', 'TRUNG_CAP', 'CAO_CAP', 'CU_NHAN'] as const;
/**
 * Line 185: "Chưa qua đào tạo 1.611; sơ cấp: 427; trung cấp 569; cao cấp và cử nhân: 67". The report
 * lumps cao cấp with cử nhân; we split the 67 as 60 + 7 (our choice: the degree is rare at district
 * level; footnote 4, line 89, counts 60 cao cấp among 256 grassroots committee members).
 */
export const POLITICAL: readonly number[] = [1611, 427, 569, 60, 7];

export const OCCUPATIONS = [
  'CBCC_HUYEN',
  'CBCC_XA',
  'KCT_THON',
  'VIEN_CHUC',
  'NONG_LAM_NGU',
  'LUC_LUONG_VU_TRANG',
  'DOANH_NGHIEP',
  'NGHI_HUU',
  'HS_SV',
  'KHAC',
] as const;
export type OccupationCode = (typeof OCCUPATIONS)[number];

/**
 * Line 191: cán bộ, công chức cấp huyện 147; cấp xã 321; không chuyên trách ở thôn, bản 447; viên
 * chức 955; nông, lâm, ngư nghiệp 423; quân đội, công an 154; doanh nghiệp 28; nghỉ chế độ 177;
 * khác (lao động hợp đồng, tự do, nhân viên phục vụ) 22. The report has no students (HS_SV 0).
 */
export const OCCUPATION: Readonly<Record<OccupationCode, number>> = {
  CBCC_HUYEN: 147,
  CBCC_XA: 321,
  KCT_THON: 447,
  VIEN_CHUC: 955,
  NONG_LAM_NGU: 423,
  LUC_LUONG_VU_TRANG: 154,
  DOANH_NGHIEP: 28,
  NGHI_HUU: 177,
  HS_SV: 0,
  KHAC: 22,
};

/**
 * Line 197: "Cơ cấu về tôn giáo 82 đồng chí (chính thống: 06 đồng chí; bị ảnh hưởng: 76 đồng chí)",
 * i.e. 3.1% of members, 6/82 of them adherents. (The brief guessed ~2%; the report says 3.1%.)
 */
export const RELIGIOUS_SHARE = 82 / 2675;
export const ORTHODOX_SHARE_OF_RELIGIOUS = 6 / 82;

/**
 * Line 121: "hiện có 68/126 trưởng bản là đảng viên"; "15/126 bí thư chi bộ kiêm trưởng bản".
 */
export const VILLAGE_HEADS_MEMBERS = 68 / 126;
export const SECRETARY_IS_HEAD = 15 / 126;

/**
 * Admission age (years at the decision) — not in the report. Footnote 12 (line 223) says 80.5% of
 * those admitted since 2010 were youth-union members (≤ 30), so most weight sits under 30 (our
 * choice); the Charter caps ordinary admissions at 60 (DOMAIN.md, Lifecycle rules).
 */
export const ADMISSION_AGE: Weighted<string> = [
  ['18-22', 24],
  ['23-27', 33],
  ['28-30', 18],
  ['31-35', 13],
  ['36-45', 9],
  ['46-60', 3],
];
