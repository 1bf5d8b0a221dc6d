/**
 * The 63 provinces (before the 2025 mergers) as the nation-scale plan needs them: the citizen-ID
 * prefix (the 3-digit place-of-registration code of the CCCD, Thông tư 07/2016/TT-BCA and later),
 * letters for dossier numbers, a rough population in millions (2019 census, rounded — used only to
 * share out members) and a region for ethnic mixes and name styles. The dossier letters are our own
 * abbreviations: the real province codes of the party dossier series were not at hand.
 */
import type { Region } from './ethnicities.ts';

export interface Province {
  /** Letters for org codes and dossier numbers, unique. */
  letters: string;
  name: string;
  /** 'tỉnh' or 'thành phố' (centrally run). */
  title: 'tỉnh' | 'thành phố';
  cccd: string;
  populationM: number;
  region: Region;
  /** Approximate year the present province (and its committee) took shape; day and month are ours. */
  since: number;
}

const P = (
  letters: string,
  name: string,
  cccd: string,
  populationM: number,
  region: Region,
  since = 1976,
  title: Province['title'] = 'tỉnh',
): Province => ({ letters, name, title, cccd, populationM, region, since });

export const PROVINCES: readonly Province[] = [
  P('HN', 'Hà Nội', '001', 8.05, 'RED_RIVER', 2008, 'thành phố'),
  P('HG', 'Hà Giang', '002', 0.85, 'NORTHEAST', 1991),
  P('CB', 'Cao Bằng', '004', 0.53, 'NORTHEAST', 1976),
  P('BK', 'Bắc Kạn', '006', 0.31, 'NORTHEAST', 1997),
  P('TQ', 'Tuyên Quang', '008', 0.78, 'NORTHEAST', 1991),
  P('LCA', 'Lào Cai', '010', 0.73, 'NORTHWEST', 1991),
  P('DB', 'Điện Biên', '011', 0.6, 'NORTHWEST', 2004),
  P('LC', 'Lai Châu', '012', 0.46, 'LAI_CHAU', 2004),
  P('SL', 'Sơn La', '014', 1.25, 'NORTHWEST', 1976),
  P('YB', 'Yên Bái', '015', 0.82, 'NORTHWEST', 1991),
  P('HB', 'Hòa Bình', '017', 0.85, 'NORTHWEST', 1991),
  P('TN', 'Thái Nguyên', '019', 1.29, 'NORTHEAST', 1997),
  P('LS', 'Lạng Sơn', '020', 0.78, 'NORTHEAST', 1979),
  P('QN', 'Quảng Ninh', '022', 1.32, 'NORTHEAST', 1963),
  P('BG', 'Bắc Giang', '024', 1.8, 'NORTHEAST', 1997),
  P('PT', 'Phú Thọ', '025', 1.46, 'RED_RIVER', 1997),
  P('VP', 'Vĩnh Phúc', '026', 1.15, 'RED_RIVER', 1997),
  P('BN', 'Bắc Ninh', '027', 1.37, 'RED_RIVER', 1997),
  P('HD', 'Hải Dương', '030', 1.89, 'RED_RIVER', 1997),
  P('HP', 'Hải Phòng', '031', 2.03, 'RED_RIVER', 1976, 'thành phố'),
  P('HY', 'Hưng Yên', '033', 1.25, 'RED_RIVER', 1997),
  P('TB', 'Thái Bình', '034', 1.86, 'RED_RIVER', 1976),
  P('HNA', 'Hà Nam', '035', 0.85, 'RED_RIVER', 1997),
  P('ND', 'Nam Định', '036', 1.78, 'RED_RIVER', 1997),
  P('NB', 'Ninh Bình', '037', 0.98, 'RED_RIVER', 1992),
  P('TH', 'Thanh Hóa', '038', 3.64, 'NORTH_CENTRAL', 1976),
  P('NA', 'Nghệ An', '040', 3.33, 'NORTH_CENTRAL', 1991),
  P('HT', 'Hà Tĩnh', '042', 1.29, 'NORTH_CENTRAL', 1991),
  P('QB', 'Quảng Bình', '044', 0.9, 'NORTH_CENTRAL', 1989),
  P('QT', 'Quảng Trị', '045', 0.63, 'NORTH_CENTRAL', 1989),
  P('TTH', 'Thừa Thiên Huế', '046', 1.13, 'CENTRAL_COAST', 1989),
  P('DNG', 'Đà Nẵng', '048', 1.13, 'CENTRAL_COAST', 1997, 'thành phố'),
  P('QNA', 'Quảng Nam', '049', 1.5, 'CENTRAL_COAST', 1997),
  P('QNG', 'Quảng Ngãi', '051', 1.23, 'CENTRAL_COAST', 1989),
  P('BD', 'Bình Định', '052', 1.49, 'CENTRAL_COAST', 1989),
  P('PY', 'Phú Yên', '054', 0.87, 'CENTRAL_COAST', 1989),
  P('KH', 'Khánh Hòa', '056', 1.23, 'CENTRAL_COAST', 1989),
  P('NT', 'Ninh Thuận', '058', 0.59, 'CENTRAL_COAST', 1992),
  P('BTH', 'Bình Thuận', '060', 1.23, 'CENTRAL_COAST', 1992),
  P('KT', 'Kon Tum', '062', 0.54, 'HIGHLANDS', 1991),
  P('GL', 'Gia Lai', '064', 1.51, 'HIGHLANDS', 1991),
  P('DL', 'Đắk Lắk', '066', 1.87, 'HIGHLANDS', 2004),
  P('DNO', 'Đắk Nông', '067', 0.62, 'HIGHLANDS', 2004),
  P('LD', 'Lâm Đồng', '068', 1.3, 'HIGHLANDS', 1976),
  P('BP', 'Bình Phước', '070', 0.99, 'SOUTHEAST', 1997),
  P('TNI', 'Tây Ninh', '072', 1.17, 'SOUTHEAST', 1976),
  P('BDU', 'Bình Dương', '074', 2.43, 'SOUTHEAST', 1997),
  P('DNI', 'Đồng Nai', '075', 3.1, 'SOUTHEAST', 1976),
  P('BV', 'Bà Rịa - Vũng Tàu', '077', 1.15, 'SOUTHEAST', 1991),
  P('HCM', 'Hồ Chí Minh', '079', 8.99, 'SOUTHEAST', 1976, 'thành phố'),
  P('LA', 'Long An', '080', 1.69, 'MEKONG', 1976),
  P('TG', 'Tiền Giang', '082', 1.76, 'MEKONG', 1976),
  P('BTR', 'Bến Tre', '083', 1.29, 'MEKONG', 1976),
  P('TV', 'Trà Vinh', '084', 1.01, 'MEKONG', 1992),
  P('VL', 'Vĩnh Long', '086', 1.02, 'MEKONG', 1992),
  P('DT', 'Đồng Tháp', '087', 1.6, 'MEKONG', 1976),
  P('AG', 'An Giang', '089', 1.91, 'MEKONG', 1976),
  P('KG', 'Kiên Giang', '091', 1.72, 'MEKONG', 1976),
  P('CT', 'Cần Thơ', '092', 1.24, 'MEKONG', 2004, 'thành phố'),
  P('HGI', 'Hậu Giang', '093', 0.73, 'MEKONG', 2004),
  P('ST', 'Sóc Trăng', '094', 1.2, 'MEKONG', 1992),
  P('BL', 'Bạc Liêu', '095', 0.91, 'MEKONG', 1997),
  P('CM', 'Cà Mau', '096', 1.19, 'MEKONG', 1997),
];

export const LAI_CHAU = PROVINCES.find((p) => p.letters === 'LC') as Province;

/** "tỉnh Lai Châu", "Thành phố Hồ Chí Minh". */
export function provinceLabel(p: Province): string {
  return p.letters === 'HCM' ? 'Thành phố Hồ Chí Minh' : `${p.title} ${p.name}`;
}

/** Members are denser in the north and centre than in the south (our rough weighting). */
export function memberWeight(p: Province): number {
  switch (p.region) {
    case 'SOUTHEAST':
    case 'MEKONG':
      return p.populationM * 0.7;
    case 'CENTRAL_COAST':
    case 'HIGHLANDS':
    case 'NORTH_CENTRAL':
      return p.populationM * 1.1;
    default:
      return p.populationM * 1.3;
  }
}

export function isSouth(p: Province): boolean {
  return p.region === 'SOUTHEAST' || p.region === 'MEKONG';
}

export function isUpland(p: Province): boolean {
  return (
    p.region === 'LAI_CHAU' ||
    p.region === 'NORTHWEST' ||
    p.region === 'NORTHEAST' ||
    p.region === 'HIGHLANDS'
  );
}
