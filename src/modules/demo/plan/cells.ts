/**
 * Kinds of cells by who sits in them. A cell's category decides which occupations its members have,
 * so the occupation structure of the report (line 191) lands in believable places: farmers and
 * village workers in village cells, teachers in school cells, officers in police cells.
 */
import type { OccupationCode } from './distributions.ts';

export type CellCategory =
  | 'VILLAGE'
  | 'COMMUNE_AGENCY'
  | 'COMMUNE_POLICE'
  | 'SCHOOL'
  | 'CLINIC'
  | 'AGENCY'
  | 'SERVICE'
  | 'UPPER_SCHOOL'
  | 'HEALTH'
  | 'POLICE'
  | 'MILITARY'
  | 'ENTERPRISE';

type Mix = Partial<Record<OccupationCode, number>>;

/**
 * Relative pull of each category on each occupation, per cell (our calibration: with Tam Đường's
 * 124 village cells, 13 commune agencies, 32 school cells… it reproduces believable cell sizes —
 * ~9 members per village cell, ~25 per commune agency, ~15 per school).
 */
export const OCCUPATION_PULL: Readonly<Record<CellCategory, Mix>> = {
  VILLAGE: { KCT_THON: 1, NONG_LAM_NGU: 1, NGHI_HUU: 1, KHAC: 1, HS_SV: 1, DOANH_NGHIEP: 0.05 },
  COMMUNE_AGENCY: { CBCC_XA: 1 },
  COMMUNE_POLICE: { LUC_LUONG_VU_TRANG: 0.6 },
  SCHOOL: { VIEN_CHUC: 1.2 },
  CLINIC: { VIEN_CHUC: 0.6 },
  AGENCY: { CBCC_HUYEN: 1, VIEN_CHUC: 0.2, KHAC: 0.3 },
  SERVICE: { VIEN_CHUC: 1.2, KHAC: 0.1 },
  UPPER_SCHOOL: { VIEN_CHUC: 2.5, HS_SV: 0.5 },
  HEALTH: { VIEN_CHUC: 1.6 },
  POLICE: { LUC_LUONG_VU_TRANG: 3 },
  MILITARY: { LUC_LUONG_VU_TRANG: 3 },
  ENTERPRISE: { DOANH_NGHIEP: 10, KHAC: 0.2 },
};

/**
 * Members every cell of a category has before the rest is shared out: a cell needs three official
 * members to exist (Điều lệ Đảng 2011, Điều 21.1), and a village cell has its secretary and usually
 * other village cadres.
 */
export const OCCUPATION_BASE: Readonly<Record<CellCategory, Mix>> = {
  VILLAGE: { KCT_THON: 2, NONG_LAM_NGU: 1 },
  COMMUNE_AGENCY: { CBCC_XA: 5 },
  COMMUNE_POLICE: { LUC_LUONG_VU_TRANG: 3 },
  SCHOOL: { VIEN_CHUC: 4 },
  CLINIC: { VIEN_CHUC: 3 },
  AGENCY: { CBCC_HUYEN: 3 },
  SERVICE: { VIEN_CHUC: 3 },
  UPPER_SCHOOL: { VIEN_CHUC: 4 },
  HEALTH: { VIEN_CHUC: 4 },
  POLICE: { LUC_LUONG_VU_TRANG: 4 },
  MILITARY: { LUC_LUONG_VU_TRANG: 4 },
  ENTERPRISE: { DOANH_NGHIEP: 3 },
};

/** The occupation the head and staff titles of a category belong to. */
export const PRIMARY_OCCUPATION: Readonly<Record<CellCategory, OccupationCode>> = {
  VILLAGE: 'KCT_THON',
  COMMUNE_AGENCY: 'CBCC_XA',
  COMMUNE_POLICE: 'LUC_LUONG_VU_TRANG',
  SCHOOL: 'VIEN_CHUC',
  CLINIC: 'VIEN_CHUC',
  AGENCY: 'CBCC_HUYEN',
  SERVICE: 'VIEN_CHUC',
  UPPER_SCHOOL: 'VIEN_CHUC',
  HEALTH: 'VIEN_CHUC',
  POLICE: 'LUC_LUONG_VU_TRANG',
  MILITARY: 'LUC_LUONG_VU_TRANG',
  ENTERPRISE: 'DOANH_NGHIEP',
};

/**
 * Chance that a member of a non-village cell is Kinh when the pool still has Kinh members (our
 * guess: district offices, schools and police in the uplands are staffed largely by Kinh cadres).
 */
export const KINH_PULL: Readonly<Record<CellCategory, number>> = {
  VILLAGE: 0,
  COMMUNE_AGENCY: 0.3,
  COMMUNE_POLICE: 0.5,
  SCHOOL: 0.6,
  CLINIC: 0.45,
  AGENCY: 0.7,
  SERVICE: 0.65,
  UPPER_SCHOOL: 0.7,
  HEALTH: 0.6,
  POLICE: 0.6,
  MILITARY: 0.55,
  ENTERPRISE: 0.75,
};

/** Chance a member is a woman, before the pool evens totals out (our guess by occupation). */
export const FEMALE_PULL: Readonly<Record<OccupationCode, number>> = {
  CBCC_HUYEN: 0.35,
  CBCC_XA: 0.28,
  KCT_THON: 0.18,
  VIEN_CHUC: 0.55,
  NONG_LAM_NGU: 0.25,
  LUC_LUONG_VU_TRANG: 0.06,
  DOANH_NGHIEP: 0.3,
  NGHI_HUU: 0.2,
  HS_SV: 0.55,
  KHAC: 0.3,
};
