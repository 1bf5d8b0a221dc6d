/**
 * The three scales. District: Tam Đường alone. Province: Lai Châu with its eight district-level
 * units (Tam Đường exactly as in the report, the others generated) and three provincial blocs,
 * grown to ~200,000 members for load (the real province has far fewer). Nation: all 63 provinces,
 * ~5.7 million members shared by population, each shaped like the province.
 *
 * The nation has no common root: the project's org rules (src/modules/orgs/rules.ts,
 * parentKindProblem) put a provincial committee under nothing — the Central Committee is outside
 * any installation — and there is no kind for a national level. A synthetic root of some other
 * kind would break those rules, so the nation is a forest of 63 provinces.
 */
import { allocateOccupations, densities, structuralShares } from './allocate.ts';
import { apportion } from './apportion.ts';
import { type BlocSpec, buildBloc, provinceBlocs } from './blocs.ts';
import { dayFromYmd } from './dates.ts';
import { OCCUPATION, OCCUPATIONS, type OccupationCode } from './distributions.ts';
import { buildDistrict, type DistrictSpec, type DistrictTitle } from './district.ts';
import { REGION_ETHNICITY } from './ethnicities.ts';
import { distinctPlaceName, type PlaceStyle } from './placenames.ts';
import {
  isSouth,
  isUpland,
  LAI_CHAU,
  memberWeight,
  PROVINCES,
  type Province,
  provinceLabel,
} from './provinces.ts';
import { createRng, type Rng } from './random.ts';
import { generatedDistrictSpec } from './scaled.ts';
import { tamDuongSpec } from './tamduong.ts';
import { OrgTree } from './tree.ts';
import type { DemoOrg } from './types.ts';
import type { UnitPlan } from './unit.ts';

export const PROVINCE_MEMBERS = 200_000;
export const NATION_MEMBERS = 5_700_000;

/** Shares of a province's members in its blocs: agencies, police, military (our guess). */
const BLOC_SHARES = [0.07, 0.03, 0.025];

const SEED_OCCUPATIONS = OCCUPATIONS.map((o) => OCCUPATION[o]);

/** How full Tam Đường's offices, schools and posts are, for growing other districts from it. */
let reference: number[] | null = null;
function tamDuongDensities(): number[] {
  if (!reference) {
    const tree = new OrgTree(dayFromYmd(2021, 10, 14), createRng('reference'));
    const { cells } = buildDistrict(tree, null, tamDuongSpec(), createRng('reference-cells'));
    reference = densities(cells, SEED_OCCUPATIONS);
  }
  return reference;
}

/**
 * Who lives in the village cells of a generated district (ours): the seed's upland mix of farmers
 * and retirees; more retirees in the lowlands, mostly retirees in cities.
 */
function residentMix(province: Province, title: DistrictTitle): Partial<Record<OccupationCode, number>> {
  if (title !== 'huyện') return { NONG_LAM_NGU: 10, NGHI_HUU: 75, KHAC: 12, HS_SV: 3 };
  if (isUpland(province))
    return { NONG_LAM_NGU: OCCUPATION.NONG_LAM_NGU, NGHI_HUU: OCCUPATION.NGHI_HUU, KHAC: OCCUPATION.KHAC };
  return { NONG_LAM_NGU: 40, NGHI_HUU: 52, KHAC: 6, HS_SV: 2 };
}

function districtUnit(
  tree: OrgTree,
  parent: DemoOrg | null,
  spec: DistrictSpec,
  province: Province,
  rng: Rng,
  key: string,
  exact: boolean,
): UnitPlan {
  const { places, cells } = buildDistrict(tree, parent, spec, rng);
  // Tam Đường keeps the report's occupation totals; other districts get totals that fit their shape.
  const shares = exact
    ? SEED_OCCUPATIONS
    : structuralShares(cells, spec.memberCount, tamDuongDensities(), residentMix(province, spec.title));
  return {
    key,
    province,
    districtLabel: `${spec.title} ${spec.name}`,
    places,
    cells,
    ethnicity: spec.ethnicity,
    memberCount: spec.memberCount,
    occupationCounts: allocateOccupations(cells, spec.memberCount, shares),
    globalOffset: 0,
    provinceOffset: 0,
    south: isSouth(province),
    upland: isUpland(province),
  };
}

/** Tam Đường alone, the district committee as the root. */
export function planDistrictUnits(tree: OrgTree, rng: Rng): UnitPlan[] {
  return [districtUnit(tree, null, tamDuongSpec(), LAI_CHAU, rng.fork('TD'), 'LC:TD', true)];
}

interface DistrictSeat {
  name: string;
  title: DistrictTitle;
  slug: string;
  weight: number;
}

/** Lai Châu's district-level units before 2025 (the weights, for sharing out members, are ours). */
const LAI_CHAU_DISTRICTS: readonly DistrictSeat[] = [
  { name: 'Lai Châu', title: 'thành phố', slug: 'TPLC', weight: 1.3 },
  { name: 'Tam Đường', title: 'huyện', slug: 'TD', weight: 0 },
  { name: 'Phong Thổ', title: 'huyện', slug: 'PT', weight: 1.1 },
  { name: 'Sìn Hồ', title: 'huyện', slug: 'SH', weight: 1 },
  { name: 'Mường Tè', title: 'huyện', slug: 'MT', weight: 0.7 },
  { name: 'Nậm Nhùn', title: 'huyện', slug: 'NN', weight: 0.6 },
  { name: 'Tân Uyên', title: 'huyện', slug: 'TU', weight: 1 },
  { name: 'Than Uyên', title: 'huyện', slug: 'THU', weight: 1.1 },
];

function initials(name: string): string {
  return name
    .split(' ')
    .map((w) => w.charAt(0))
    .join('');
}

/** Invented district seats for provinces we do not list: a capital city, then districts. */
function inventedSeats(rng: Rng, province: Province, count: number): DistrictSeat[] {
  const names = new Set<string>();
  const style: PlaceStyle = isUpland(province) ? 'upland' : isSouth(province) ? 'south' : 'lowland';
  const city = province.title === 'thành phố';
  return Array.from({ length: count }, (_, i) => {
    const title: DistrictTitle =
      i === 0
        ? city
          ? 'quận'
          : 'thành phố'
        : city && i < count * 0.4
          ? 'quận'
          : i === 1 && count >= 8
            ? 'thị xã'
            : 'huyện';
    const name = distinctPlaceName(rng, title === 'huyện' ? style : 'lowland', names);
    return { name, title, slug: initials(name), weight: title === 'huyện' ? 0.6 + 0.8 * rng.next() : 1.5 };
  });
}

/** A province committee with its districts and blocs; `tamDuong` puts the report's district in. */
export function planProvinceUnits(
  tree: OrgTree,
  rng: Rng,
  province: Province,
  memberCount: number,
): UnitPlan[] {
  const committee = province.title === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
  const root = tree.add(null, {
    slug: province.letters,
    maxSlug: 3,
    name: `Đảng bộ ${provinceLabel(province)}`,
    kind: 'DANG_BO_TINH',
    sector: 'KHAC',
    notBefore: dayFromYmd(province.since, 1, 1),
    spreadYears: 0.3,
    issuer: { body: 'Bộ Chính trị', suffix: 'QĐ/TW' },
    committee: {
      body: `Ban Thường vụ ${committee} ${province.letters === 'HCM' ? 'Thành phố Hồ Chí Minh' : province.name}`,
      suffix: 'QĐ/TU',
    },
  });
  const rootDay = tree.dayOf(root);
  const blocs = provinceBlocs(province);
  const blocCounts = BLOC_SHARES.map((s) => Math.round(memberCount * s));
  const districtTotal = memberCount - blocCounts.reduce((a, b) => a + b, 0);
  const withTamDuong = province.letters === LAI_CHAU.letters;
  const seats = withTamDuong
    ? LAI_CHAU_DISTRICTS
    : inventedSeats(rng, province, Math.min(30, Math.max(3, Math.round(districtTotal / 9000))));
  const fixed = withTamDuong ? tamDuongSpec().memberCount : 0;
  const counts = apportion(
    districtTotal - fixed,
    seats.map((s) => s.weight),
  );
  const ethnicity = REGION_ETHNICITY[province.region];
  const style: PlaceStyle = isUpland(province) ? 'upland' : isSouth(province) ? 'south' : 'lowland';

  const units: UnitPlan[] = [];
  seats.forEach((seat, i) => {
    const key = `${province.letters}:${seat.slug}`;
    const districtRng = rng.fork('district', key);
    const exact = withTamDuong && seat.slug === 'TD';
    const spec: DistrictSpec = exact
      ? { ...tamDuongSpec(), issuer: undefined }
      : generatedDistrictSpec(districtRng, {
          name: seat.name,
          title: seat.title,
          slug: seat.slug,
          memberCount: counts[i] as number,
          notBefore: rootDay + districtRng.int(0, 3 * 365),
          ethnicity,
          style: seat.title === 'huyện' ? style : style === 'upland' ? 'lowland' : style,
        });
    units.push(districtUnit(tree, root, spec, province, districtRng, key, exact));
  });

  // Blocs live in the capital: the first district's places serve their members' addresses.
  const capital = units[0] as UnitPlan;
  blocs.forEach((bloc: BlocSpec, b) => {
    const blocRng = rng.fork('bloc', province.letters, bloc.slug);
    const count = blocCounts[b] as number;
    const { cells } = buildBloc(tree, root, bloc, count, province, blocRng);
    units.push({
      ...capital,
      key: `${province.letters}:${bloc.slug}`,
      cells,
      memberCount: count,
      occupationCounts: allocateOccupations(cells, count, bloc.occupationShares),
    });
  });
  return units;
}

/** All provinces, members shared by population (provinces.ts). */
export function planNationUnits(tree: OrgTree, rng: Rng): UnitPlan[] {
  const counts = apportion(NATION_MEMBERS, PROVINCES.map(memberWeight));
  return PROVINCES.flatMap((p, i) =>
    planProvinceUnits(tree, rng.fork('province', p.letters), p, counts[i] as number),
  );
}

/** Sets each unit's first-member index in the plan and in its province. */
export function numberUnits(units: UnitPlan[]): number {
  let global = 0;
  const perProvince = new Map<string, number>();
  for (const unit of units) {
    unit.globalOffset = global;
    unit.provinceOffset = perProvince.get(unit.province.letters) ?? 0;
    global += unit.memberCount;
    perProvince.set(unit.province.letters, unit.provinceOffset + unit.memberCount);
  }
  return global;
}
