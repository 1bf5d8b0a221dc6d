/**
 * Invented place names for the parts of the country the plan does not model from a source: they
 * follow the usual shapes (Sino-Vietnamese pairs in the lowlands, Tai and Mông syllables in the
 * northern uplands, "ấp" names in the south) and may by chance match real places.
 */
import type { Rng } from './random.ts';

const SINO_FIRST = [
  'An',
  'Bình',
  'Hòa',
  'Hưng',
  'Phú',
  'Tân',
  'Thạch',
  'Thanh',
  'Vĩnh',
  'Yên',
  'Quảng',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Gia',
  'Kim',
  'Long',
  'Mỹ',
  'Ninh',
  'Phước',
  'Quế',
  'Sơn',
  'Tiên',
  'Triệu',
  'Văn',
  'Xuân',
  'Đức',
  'Hải',
  'Lạc',
  'Lộc',
  'Minh',
  'Nghĩa',
  'Hồng',
  'Trung',
  'Cẩm',
  'Diễn',
  'Hoằng',
  'Thiệu',
  'Tĩnh',
] as const;
const SINO_SECOND = [
  'An',
  'Bình',
  'Hòa',
  'Hưng',
  'Phú',
  'Thành',
  'Sơn',
  'Lâm',
  'Lộc',
  'Ninh',
  'Xuân',
  'Giang',
  'Hà',
  'Hải',
  'Trạch',
  'Thủy',
  'Tiến',
  'Định',
  'Đông',
  'Trung',
  'Lương',
  'Phong',
  'Nguyên',
  'Khê',
  'Quang',
  'Thịnh',
  'Thuận',
  'Tân',
  'Hợp',
  'Mỹ',
  'Phước',
  'Long',
  'Hiệp',
  'Châu',
  'Điền',
  'Cường',
] as const;
const UPLAND_FIRST = [
  'Mường',
  'Nậm',
  'Pa',
  'Pú',
  'Tà',
  'Sì',
  'Phìn',
  'Hua',
  'Nà',
  'Bản',
  'Chăn',
  'Khoen',
  'Ka',
  'Tủa',
  'Lùng',
  'Huổi',
  'Căn',
  'Làng',
  'Noong',
  'Pắc',
  'Sin',
  'Lao',
  'Tả',
  'Hồ',
  'Seo',
  'Chiềng',
  'Phiêng',
  'Pá',
  'Co',
] as const;
const UPLAND_SECOND = [
  'Tè',
  'Khoa',
  'Pồ',
  'Chà',
  'Hồ',
  'Lù',
  'Sang',
  'Tăm',
  'Cuổi',
  'Hăn',
  'Nưa',
  'Thàng',
  'Sử',
  'Lẻng',
  'Mô',
  'Tung',
  'Then',
  'Pho',
  'Bum',
  'Chản',
  'Lò',
  'Khiêu',
  'Chải',
  'Phìn',
  'Xá',
  'Lầu',
  'Mạ',
  'Pèn',
  'Cang',
  'Hon',
  'Đon',
  'Bó',
  'Ít',
  'Sài',
  'Luông',
  'Củng',
  'Ngà',
  'Phát',
] as const;

export type PlaceStyle = 'upland' | 'lowland' | 'south';

/** A two-syllable name in the style of the region. */
export function placeName(rng: Rng, style: PlaceStyle): string {
  const [first, second] = style === 'upland' ? [UPLAND_FIRST, UPLAND_SECOND] : [SINO_FIRST, SINO_SECOND];
  const a = rng.pick(first);
  let b = rng.pick(second);
  // "Ninh Ninh" is no name.
  while (b === a) b = rng.pick(second);
  return `${a} ${b}`;
}

/** Distinct names, retrying on clashes with `taken` (which it extends). */
export function distinctPlaceName(rng: Rng, style: PlaceStyle, taken: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = placeName(rng, style);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // Vocabularies are finite; a numbered name is still a believable one ("Tân Hòa 2").
  for (let n = 2; ; n++) {
    const name = `${placeName(rng, style)} ${n}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
