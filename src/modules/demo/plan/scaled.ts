/**
 * Districts other than Tam Đường, shaped like it but grown or shrunk to their member count: more
 * members bring more communes, more villages per commune and bigger cells, each roughly with a
 * power of the size ratio (our calibration, so a 25,000-member district gets ~35 communes of ~15
 * villages with ~20 members per village cell — the shape of a populous lowland district).
 */
import {
  type AgencySpec,
  DISTRICT_OFFICES,
  DISTRICT_SERVICES,
  districtCommittees,
  stateEnterprise,
  upperSchool,
} from './agencies.ts';
import { TAM_DUONG_MEMBERS, VILLAGE_HEADS_MEMBERS, type Weighted } from './distributions.ts';
import type {
  CommuneSpec,
  DistrictSpec,
  DistrictTitle,
  SchoolGroup,
  VillageGroup,
  VillageSpec,
} from './district.ts';
import { spreadCounts } from './district.ts';
import { KINH } from './ethnicities.ts';
import { distinctPlaceName, type PlaceStyle } from './placenames.ts';
import type { Rng } from './random.ts';

export interface GeneratedDistrict {
  name: string;
  title: DistrictTitle;
  slug: string;
  memberCount: number;
  notBefore: number;
  ethnicity: Weighted<string>;
  /** Upland provinces name their villages "bản"; the south says "ấp" and "khu phố". */
  style: PlaceStyle;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Each group's weight moves up or down at random, Kinh most in towns. */
function perturbMix(rng: Rng, mix: Weighted<string>, town: boolean): Weighted<string> {
  return mix.map(
    ([code, w]) =>
      [
        code,
        code === KINH ? w * (town ? 3 : Math.exp(0.5 * rng.normal())) : w * Math.exp(rng.normal()),
      ] as const,
  );
}

function villagesOf(
  rng: Rng,
  commune: CommuneSpec['sector'],
  style: PlaceStyle,
  count: number,
): VillageGroup[] {
  const urban = commune !== 'XA';
  const names = new Set<string>();
  const specs: VillageSpec[] = Array.from({ length: count }, (_, i) => {
    if (urban) {
      return style === 'south'
        ? { name: `${i + 1}`, prefix: 'khu phố', kind: 'TO_DAN_PHO', slug: `KP${i + 1}` }
        : { name: `số ${i + 1}`, prefix: 'tổ dân phố', kind: 'TO_DAN_PHO', slug: `TDP${i + 1}` };
    }
    const prefix = style === 'upland' ? 'bản' : style === 'south' ? 'ấp' : 'thôn';
    return { name: distinctPlaceName(rng, style, names), prefix, kind: 'THON_BAN' };
  });
  const groups: VillageGroup[] = [];
  const uncovered = style === 'upland' ? 0.015 : 0.004;
  for (let i = 0; i < specs.length; i++) {
    const v = specs[i] as VillageSpec;
    const next = specs[i + 1];
    // A few small neighbouring villages meet as one cell ("sinh hoạt ghép"); a few have no cell at
    // all ("thôn trắng", DOMAIN.md Coverage) — the share is our guess.
    if (next && v.kind === 'THON_BAN' && rng.chance(0.02)) {
      groups.push({ villages: [v, next], covered: true });
      i++;
    } else {
      groups.push({ villages: [v], covered: !(v.kind === 'THON_BAN' && rng.chance(uncovered)) });
    }
  }
  return groups;
}

function schoolsOf(rng: Rng, label: string, upland: boolean): SchoolGroup[] {
  const mn = `Trường Mầm non ${label}`;
  const th = `Trường Tiểu học ${label}`;
  const thcs = `Trường THCS ${label}`;
  if (rng.chance(upland ? 0.5 : 0.2)) {
    return [
      { schools: [mn, th], slug: 'MNTH' },
      { schools: [thcs], slug: 'THCS' },
    ];
  }
  return [
    { schools: [mn], slug: 'MN' },
    { schools: [th], slug: 'TH' },
    { schools: [thcs], slug: 'THCS' },
  ];
}

export function generatedDistrictSpec(rng: Rng, d: GeneratedDistrict): DistrictSpec {
  const f = d.memberCount / TAM_DUONG_MEMBERS;
  const urban = d.title !== 'huyện';
  const communeCount = clamp(Math.round(13 * f ** 0.5 * (0.85 + 0.3 * rng.next())), 4, 60);
  const perCommune = Math.max(3, Math.round(9.7 * f ** 0.25));
  const villageCounts = spreadCounts(rng, communeCount * perCommune, communeCount, 3);
  const names = new Set<string>([d.name]);
  const communes: CommuneSpec[] = villageCounts.map((villages, i) => {
    const sector: CommuneSpec['sector'] =
      d.title === 'quận'
        ? 'PHUONG'
        : urban
          ? i < communeCount * 0.6
            ? 'PHUONG'
            : 'XA'
          : i === 0
            ? 'THI_TRAN'
            : 'XA';
    // The district town usually carries the district's name.
    const name =
      sector === 'THI_TRAN'
        ? d.name
        : distinctPlaceName(
            rng,
            sector === 'XA' ? d.style : d.style === 'upland' ? 'lowland' : d.style,
            names,
          );
    const word = sector === 'XA' ? 'xã' : sector === 'PHUONG' ? 'phường' : 'thị trấn';
    const town = sector !== 'XA';
    return {
      name,
      sector,
      mix: perturbMix(rng, d.ethnicity, town),
      groups: villagesOf(rng, sector, d.style, town ? Math.round(villages * 1.2) : villages),
      schools: schoolsOf(rng, sector === 'XA' ? name : `${word} ${name}`, d.style === 'upland'),
      police: true,
      clinic: true,
    };
  });

  const schoolCount = clamp(Math.round(2 * f ** 0.5), 2, 12);
  // One upper-secondary school in the town, the others in distinct communes.
  const sites = [0, ...rng.shuffle(communes.map((_, i) => i).slice(1))].slice(0, schoolCount);
  const upperSchools: AgencySpec[] = sites.map((at, i) =>
    upperSchool(`Trường THPT ${(communes[at] as CommuneSpec).name}`, `THPT${i + 1}`, at),
  );
  if (d.style === 'upland') upperSchools.push(upperSchool('Trường PTDTNT THCS {cấp} {tên}', 'PTDTNT'));
  upperSchools.push(upperSchool('Trung tâm GDNN - GDTX {cấp} {tên}', 'GDNN'));
  const privateCells = d.style === 'upland' ? 0 : clamp(Math.round(f ** 0.6), 0, 10);
  const enterprises: AgencySpec[] = [
    stateEnterprise(`Điện lực ${d.name}`, 'DIENLUC'),
    stateEnterprise(`Ngân hàng Nông nghiệp và PTNT chi nhánh ${d.name}`, 'AGRIBANK'),
    stateEnterprise(`Bưu điện ${d.title} ${d.name}`, 'BUUDIEN'),
    ...Array.from({ length: privateCells }, (_, i) =>
      stateEnterprise(
        `Công ty Cổ phần ${distinctPlaceName(rng, 'lowland', names)}`,
        `CTCP${i + 1}`,
        rng.int(0, communes.length - 1),
        'DN_NGOAI_NHA_NUOC',
      ),
    ),
  ];
  const privateWithoutCell = Array.from({ length: rng.int(1, d.style === 'upland' ? 2 : 4) }, () => ({
    name: `Công ty TNHH ${distinctPlaceName(rng, 'lowland', names)}`,
    commune: rng.int(0, communes.length - 1),
  }));

  return {
    name: d.name,
    title: d.title,
    slug: d.slug,
    memberCount: d.memberCount,
    notBefore: d.notBefore,
    communes,
    agencies: [
      ...DISTRICT_OFFICES,
      ...DISTRICT_SERVICES,
      ...upperSchools,
      ...enterprises,
      ...districtCommittees(
        clamp(Math.round(5 * f ** 0.3), 3, 8),
        clamp(Math.round(4 * f ** 0.2), 3, 5),
        clamp(Math.round(6 * f ** 0.3), 3, 8),
      ),
    ],
    privateEnterprises: privateWithoutCell,
    ethnicity: d.ethnicity,
    // Lowland villages more often have a member as head (our guess; the seed's 54% is upland).
    villageHeadShare: d.style === 'upland' ? VILLAGE_HEADS_MEMBERS : 0.7,
  };
}
