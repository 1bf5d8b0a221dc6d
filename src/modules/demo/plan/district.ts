/**
 * One district committee (đảng bộ huyện) from a spec: its commune committees with their village,
 * school, clinic, police and office cells, its district-level grassroots orgs, and the coverage
 * units (villages, schools, clinics, enterprises) with the cells that cover them.
 */
import type { AgencySpec } from './agencies.ts';
import { apportion } from './apportion.ts';
import type { CellCategory } from './cells.ts';
import { SECRETARY_IS_HEAD, type Weighted } from './distributions.ts';
import { KINH } from './ethnicities.ts';
import type { Rng } from './random.ts';
import type { Committee, OrgTree } from './tree.ts';
import type { DemoCoverageUnit, DemoOrg } from './types.ts';
import type { CellSlot, Place } from './unit.ts';

export type DistrictTitle = 'huyện' | 'thành phố' | 'thị xã' | 'quận';

export interface VillageSpec {
  /** "Nà Đon", "số 3". */
  name: string;
  /** "bản", "thôn", "ấp", "tổ dân phố", "khu phố". */
  prefix: string;
  kind: 'THON_BAN' | 'TO_DAN_PHO';
  slug?: string;
}

/** Villages that share one cell; one village with covered = false is a "thôn trắng". */
export interface VillageGroup {
  villages: readonly VillageSpec[];
  covered: boolean;
}

export interface SchoolGroup {
  schools: readonly string[];
  slug: string;
}

export interface CommuneSpec {
  name: string;
  sector: 'XA' | 'PHUONG' | 'THI_TRAN';
  slug?: string;
  mix: Weighted<string>;
  groups: readonly VillageGroup[];
  schools: readonly SchoolGroup[];
  police: boolean;
  clinic: boolean;
  /** Earliest establishment (day number), e.g. when a town was created later than its district. */
  notBefore?: number;
}

export interface DistrictSpec {
  name: string;
  title: DistrictTitle;
  slug: string;
  memberCount: number;
  /** Earliest establishment (day number) and the spread of later dates, in years. */
  notBefore: number;
  communes: readonly CommuneSpec[];
  agencies: readonly AgencySpec[];
  /** Private enterprises with no cell (seed 002, line 261: none managed to form one). */
  privateEnterprises: readonly { name: string; commune: number }[];
  ethnicity: Weighted<string>;
  villageHeadShare: number;
  /** Who signed the district committee's establishment when it is the root of the plan. */
  issuer?: Committee;
}

const COMMUNE_WORD: Record<CommuneSpec['sector'], string> = {
  XA: 'xã',
  PHUONG: 'phường',
  THI_TRAN: 'thị trấn',
};
const COMMITTEE_WORD: Record<DistrictTitle, [string, string]> = {
  huyện: ['Huyện ủy', 'HU'],
  'thành phố': ['Thành ủy', 'TU'],
  'thị xã': ['Thị ủy', 'TU'],
  quận: ['Quận ủy', 'QU'],
};

function fill(template: string, spec: DistrictSpec): string {
  return template
    .replaceAll('{Ủy}', (COMMITTEE_WORD[spec.title] as [string, string])[0])
    .replaceAll('{cấp}', spec.title)
    .replaceAll('{tên}', spec.name);
}

/** "Phòng Nội vụ" works at "Phòng Nội vụ huyện Tam Đường"; "Tòa án nhân dân huyện" at "… huyện Tam Đường". */
function workplaceOf(name: string, spec: DistrictSpec): string {
  if (name.endsWith(` ${spec.title}`) || /(Huyện|Thành|Quận|Thị) ủy$/.test(name))
    return `${name} ${spec.name}`;
  if (name.includes(spec.name)) return name;
  return `${name} ${spec.title} ${spec.name}`;
}

export function villageLabel(v: VillageSpec): string {
  return `${v.prefix} ${v.name}`;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function cellNameOf(group: VillageGroup): string {
  const [first, ...rest] = group.villages as [VillageSpec, ...VillageSpec[]];
  const prefix = first.kind === 'TO_DAN_PHO' ? capitalized(first.prefix) : first.prefix;
  return `Chi bộ ${prefix} ${[first.name, ...rest.map((v) => v.name)].join(' - ')}`;
}

function jitter(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}

/** Builds the district into `tree` under `parent` and returns its places and cells. */
export function buildDistrict(
  tree: OrgTree,
  parent: DemoOrg | null,
  spec: DistrictSpec,
  rng: Rng,
): { root: DemoOrg; places: Place[]; cells: CellSlot[] } {
  const [committeeWord, suffix] = COMMITTEE_WORD[spec.title];
  const root = tree.add(parent, {
    slug: spec.slug,
    maxSlug: 8,
    name: `Đảng bộ ${spec.title} ${spec.name}`,
    kind: 'DANG_BO_HUYEN',
    sector: 'KHAC',
    notBefore: spec.notBefore,
    committee: { body: `Ban Thường vụ ${committeeWord} ${spec.name}`, suffix: `QĐ/${suffix}` },
    ...(spec.issuer ? { issuer: spec.issuer } : {}),
  });
  const places: Place[] = [];
  const cells: CellSlot[] = [];
  const communeOrgs: DemoOrg[] = [];
  const rootDay = tree.dayOf(root);

  // Exactly the report's share of village heads who are members (line 121), among covered villages.
  const allVillages = spec.communes.flatMap((c, ci) =>
    c.groups.flatMap((g, gi) => g.villages.map((_, vi) => ({ ci, gi, vi, covered: g.covered }))),
  );
  const headTotal = Math.round(spec.villageHeadShare * allVillages.length);
  const headKeys = new Set(
    rng
      .shuffle(allVillages.filter((v) => v.covered))
      .slice(0, headTotal)
      .map((v) => `${v.ci}.${v.gi}.${v.vi}`),
  );
  let secretariesWhoAreHeads = Math.round(SECRETARY_IS_HEAD * allVillages.length);

  spec.communes.forEach((commune, ci) => {
    const word = COMMUNE_WORD[commune.sector];
    const placeLabel = `${word} ${commune.name}`;
    const org = tree.add(root, {
      slug: commune.slug ?? commune.name,
      name: `Đảng bộ ${placeLabel}`,
      kind: 'DANG_BO_CO_SO',
      sector: commune.sector,
      notBefore: commune.notBefore ?? rootDay,
      spreadYears: commune.notBefore ? 0 : 1,
      committee: { body: `Đảng ủy ${placeLabel}`, suffix: 'QĐ/ĐU' },
    });
    communeOrgs.push(org);
    const place: Place = {
      label: placeLabel,
      villages: commune.groups.flatMap((g) => g.villages.map(villageLabel)),
      mix: commune.mix,
      town: commune.sector !== 'XA',
    };
    places.push(place);
    const communeDay = tree.dayOf(org);
    const cell = (slug: string, name: string, sector: DemoOrg['sector'], spreadYears = 15) =>
      tree.add(org, { slug, name, kind: 'CHI_BO_TRUC_THUOC', sector, notBefore: communeDay, spreadYears });
    const slot = (code: string, category: CellCategory, extra: Partial<CellSlot> = {}): CellSlot => {
      const s: CellSlot = {
        code,
        category,
        weight: jitter(rng, 0.7, 1.4),
        place: ci,
        villages: [],
        villageHeads: 0,
        secretaryIsHead: false,
        dominant: null,
        workplaces: [],
        headTitle: null,
        ...extra,
      };
      cells.push(s);
      return s;
    };

    commune.groups.forEach((group, gi) => {
      const first = group.villages[0] as VillageSpec;
      const cellOrg = group.covered
        ? cell(
            first.slug ?? first.name,
            cellNameOf(group),
            first.kind === 'TO_DAN_PHO' ? 'TO_DAN_PHO' : 'THON_BAN',
          )
        : null;
      let heads = 0;
      group.villages.forEach((v, vi) => {
        const head = headKeys.has(`${ci}.${gi}.${vi}`);
        if (head) heads += 1;
        tree.addUnit(org, v.slug ?? v.name, {
          name: `${capitalized(v.prefix)} ${v.name}`,
          kind: v.kind,
          cellCodes: cellOrg ? [cellOrg.code] : [],
          headIsMember: head,
        });
      });
      if (cellOrg) {
        const secretaryIsHead = heads > 0 && secretariesWhoAreHeads > 0;
        if (secretaryIsHead) secretariesWhoAreHeads -= 1;
        const townish = first.kind === 'TO_DAN_PHO';
        slot(cellOrg.code, 'VILLAGE', {
          weight: jitter(rng, 0.6, 1.5) * group.villages.length ** 0.6 * (townish ? 1.2 : 1),
          villages: group.villages.map(villageLabel),
          villageHeads: heads,
          secretaryIsHead,
          dominant: rng.weighted(townish ? [[KINH, 3], ...commune.mix] : commune.mix),
        });
      }
    });

    const agency = cell('COQUAN', `Chi bộ Cơ quan ${placeLabel}`, 'CO_QUAN', 8);
    slot(agency.code, 'COMMUNE_AGENCY', { workplaces: [`UBND ${placeLabel}`] });
    if (commune.police) {
      // Regular police took over commune posts from 2019 (seed 002, line 63: 12 police cells formed).
      const police = tree.add(org, {
        slug: 'CONGAN',
        name: `Chi bộ Công an ${placeLabel}`,
        kind: 'CHI_BO_TRUC_THUOC',
        sector: 'CONG_AN',
        notBefore: Math.max(communeDay, tree.asOf - 6 * 365),
        spreadYears: 2,
      });
      slot(police.code, 'COMMUNE_POLICE', {
        workplaces: [`Công an ${placeLabel}`],
        headTitle: 'Trưởng Công an',
      });
    }
    if (commune.clinic) {
      const clinicName = `Trạm Y tế ${placeLabel}`;
      const clinic = cell('TRAMYTE', `Chi bộ ${clinicName}`, 'Y_TE', 12);
      slot(clinic.code, 'CLINIC', { workplaces: [clinicName], headTitle: 'Trạm trưởng' });
      tree.addUnit(org, 'TYT', {
        name: clinicName,
        kind: 'Y_TE',
        cellCodes: [clinic.code],
        headIsMember: true,
      });
    }
    for (const group of commune.schools) {
      const school = cell(group.slug, `Chi bộ ${group.schools.join(' - ')}`, 'TRUONG_HOC', 15);
      slot(school.code, 'SCHOOL', {
        workplaces: [...group.schools],
        headTitle: 'Hiệu trưởng',
        weight: jitter(rng, 0.7, 1.3) * group.schools.length ** 0.7,
      });
      for (const name of group.schools) {
        tree.addUnit(org, abbreviateSchool(name), {
          name,
          kind: 'TRUONG_HOC',
          cellCodes: [school.code],
          headIsMember: true,
        });
      }
    }
  });

  for (const agency of spec.agencies) {
    const name = fill(agency.name, spec);
    // Schools and enterprises are named for themselves; offices take the district's name.
    const workplace = agency.coverage ? name : workplaceOf(name, spec);
    const place = agency.commune ?? 0;
    const common = { sector: agency.sector, notBefore: rootDay, spreadYears: 14 };
    const slotOf = (code: string): CellSlot => ({
      code,
      category: agency.category,
      weight: jitter(rng, 0.7, 1.4),
      place,
      villages: [],
      villageHeads: 0,
      secretaryIsHead: false,
      dominant: null,
      workplaces: [workplace],
      headTitle: agency.headTitle,
    });
    if (agency.cells && agency.cells.length > 0) {
      const committee = tree.add(root, {
        ...common,
        slug: agency.slug,
        name: `Đảng bộ ${workplace}`,
        kind: 'DANG_BO_CO_SO',
        committee: { body: `Đảng ủy ${workplace}`, suffix: 'QĐ/ĐU' },
      });
      for (const cellName of agency.cells) {
        const c = tree.add(committee, {
          slug: cellName,
          name: `Chi bộ ${cellName}`,
          kind: 'CHI_BO_TRUC_THUOC',
          sector: agency.sector,
          notBefore: tree.dayOf(committee),
          spreadYears: 8,
        });
        cells.push(slotOf(c.code));
      }
    } else {
      const c = tree.add(root, {
        ...common,
        slug: agency.slug,
        name: `Chi bộ ${workplace}`,
        kind: 'CHI_BO_CO_SO',
      });
      cells.push(slotOf(c.code));
      if (agency.coverage) {
        const commune = communeOrgs[place] as DemoOrg;
        tree.addUnit(commune, agency.slug, {
          name: workplace,
          kind: agency.coverage,
          cellCodes: [c.code],
          headIsMember: true,
        });
      }
    }
  }

  for (const enterprise of spec.privateEnterprises) {
    const commune = communeOrgs[enterprise.commune] as DemoOrg;
    tree.addUnit(commune, enterprise.name, {
      name: enterprise.name,
      kind: 'DOANH_NGHIEP',
      cellCodes: [],
      headIsMember: false,
    } satisfies Omit<DemoCoverageUnit, 'code' | 'communeOrgCode'>);
  }

  return { root, places, cells };
}

/** "Trường PTDTBT Tiểu học Bản Bo" → "TH": short unit codes that stay readable. */
function abbreviateSchool(name: string): string {
  if (name.includes('Mầm non')) return 'MN';
  if (name.includes('THCS') || name.includes('Trung học cơ sở'))
    return name.includes('Tiểu học') ? 'THTHCS' : 'THCS';
  if (name.includes('Tiểu học')) return 'TH';
  return name;
}

/** Splits `total` villages over `communes` with some spread, at least `min` each. */
export function spreadCounts(rng: Rng, total: number, parts: number, min: number): number[] {
  const weights = Array.from({ length: parts }, () => jitter(rng, 0.6, 1.4));
  const counts = apportion(Math.max(0, total - min * parts), weights);
  return counts.map((c) => c + min);
}
