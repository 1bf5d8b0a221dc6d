/**
 * Members of one unit (a district or a provincial bloc), generated in one go from its plan: first
 * the attributes the report counts, each with exact totals (coupling.ts), then the per-person
 * details. One unit holds at most a few tens of thousands of members, so this stays small while
 * the plan as a whole streams.
 */

import { cellSize } from './allocate.ts';
import { apportion, weightedSample } from './apportion.ts';
import { FEMALE_PULL, KINH_PULL, PRIMARY_OCCUPATION } from './cells.ts';
import { assignByRank, assignFromPool, repairBySwap } from './coupling.ts';
import { addMonthsDay, addYearsDay, formatDay, ymdFromDay } from './dates.ts';
import {
  ADMISSION_AGE,
  AGE_BAND,
  AGE_BAND_RANGE,
  EDUCATION,
  EDUCATION_LEVELS,
  GENDER,
  OCCUPATIONS,
  type OccupationCode,
  ORTHODOX_SHARE_OF_RELIGIOUS,
  POLITICAL,
  POLITICAL_LEVELS,
  PROBATIONARY_SHARE,
  PROFESSIONAL,
  PROFESSIONAL_LEVELS,
  RELIGIOUS_SHARE,
} from './distributions.ts';
import { KINH, religionMix, religiousWeight } from './ethnicities.ts';
import { cardNumber, citizenId, dossierNumber, mobilePhone } from './ids.ts';
import { jobOf } from './jobs.ts';
import { personName } from './names.ts';
import { placeName } from './placenames.ts';
import { isSouth, PROVINCES, provinceLabel } from './provinces.ts';
import { deriveSeed, Rng } from './random.ts';
import type { DemoMember } from './types.ts';
import type { UnitPlan } from './unit.ts';

/** Latent "standing" by occupation: drives education, training and political theory (our calibration). */
const STATUS: Readonly<Record<OccupationCode, number>> = {
  CBCC_HUYEN: 2.2,
  VIEN_CHUC: 1.8,
  LUC_LUONG_VU_TRANG: 1.6,
  CBCC_XA: 1.2,
  HS_SV: 1.2,
  DOANH_NGHIEP: 1.0,
  NGHI_HUU: 0.6,
  KHAC: 0,
  KCT_THON: -0.4,
  NONG_LAM_NGU: -1.0,
};

/** Latent age by occupation: retirees take the oldest band, soldiers and students the youngest (ours). */
const AGE_PULL: Readonly<Record<OccupationCode, number>> = {
  NGHI_HUU: 4,
  KCT_THON: 0.35,
  NONG_LAM_NGU: 0.3,
  KHAC: 0.2,
  CBCC_HUYEN: 0.1,
  DOANH_NGHIEP: 0,
  CBCC_XA: -0.1,
  VIEN_CHUC: -0.25,
  LUC_LUONG_VU_TRANG: -0.6,
  HS_SV: -3,
};

/** Relative chance of still being on probation, by age band (young admissions dominate; ours). */
const PROBATION_BY_BAND = [10, 4, 2, 1, 0.5, 0.2, 0.05, 0];

const ADMISSION_AGE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  '18-22': [18, 22],
  '23-27': [23, 27],
  '28-30': [28, 30],
  '31-35': [31, 35],
  '36-45': [36, 45],
  '46-60': [46, 60],
};

// Index constants into the ordered level lists.
const THPT = EDUCATION_LEVELS.indexOf('THPT');
const THCS = EDUCATION_LEVELS.indexOf('THCS');
const TRUNG_CAP = PROFESSIONAL_LEVELS.indexOf('TRUNG_CAP');
const CAO_DANG = PROFESSIONAL_LEVELS.indexOf('CAO_DANG');
const DAI_HOC = PROFESSIONAL_LEVELS.indexOf('DAI_HOC');
const THAC_SI = PROFESSIONAL_LEVELS.indexOf('THAC_SI');
const TIEN_SI = PROFESSIONAL_LEVELS.indexOf('TIEN_SI');
const LLCT_TRUNG_CAP = POLITICAL_LEVELS.indexOf('TRUNG_CAP');
const LLCT_CAO_CAP = POLITICAL_LEVELS.indexOf('CAO_CAP');

/** Minimum age for a professional level: the schooling it takes. */
function professionalOk(level: number, education: number, age: number): boolean {
  if (level >= CAO_DANG && education !== THPT) return false;
  if (level === TRUNG_CAP && (education < THCS || age < 19)) return false;
  if (level === CAO_DANG && age < 20) return false;
  if (level === DAI_HOC && age < 22) return false;
  if (level === THAC_SI && age < 25) return false;
  if (level === TIEN_SI && age < 28) return false;
  return true;
}

/** Trung cấp political theory takes upper-secondary school; cao cấp and cử nhân take a degree. */
function politicalOk(level: number, education: number, professional: number, age: number): boolean {
  if (level >= LLCT_TRUNG_CAP && (education !== THPT || age < 22)) return false;
  if (level >= LLCT_CAO_CAP && (professional < DAI_HOC || age < 28)) return false;
  return true;
}

const LOWLAND_HOMES = PROVINCES.filter((p) => ['RED_RIVER', 'NORTH_CENTRAL'].includes(p.region));

/** Ages within a band, weighted: few members are 18–19, and the open top band thins out. */
function ageTable(band: readonly [number, number], minAge: number, maxAge: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = Math.max(band[0], minAge); a <= Math.min(band[1], maxAge); a++) {
    const w = band[0] === 18 ? a - 16 : band[0] === 61 ? Math.exp(-(a - 61) / 7) : 1;
    out.push([a, w]);
  }
  return out;
}

/**
 * All members of a unit, in cell order; each cell's members of its main occupation come first.
 * `oldWeight` multiplies the weight of the top age band (former members: the dead are mostly old).
 * Histories are left empty for history.ts.
 */
export function unitMembers(plan: UnitPlan, seed: number, asOfDay: number, oldWeight = 1): DemoMember[] {
  const rng = new Rng(deriveSeed(seed, 'members', plan.key));
  // Number keys: per province for the province-scoped numbers, one for the plan-wide card numbers.
  const keys = {
    citizen: deriveSeed(seed, 'cccd', plan.province.letters),
    dossier: deriveSeed(seed, 'dossier', plan.province.letters),
    card: deriveSeed(seed, 'card'),
  };
  const k = OCCUPATIONS.length;
  const n = plan.memberCount;

  // Slots: cell and occupation of each member.
  const cellOf = new Uint32Array(n);
  const occOf = new Uint8Array(n);
  const rankOf = new Int32Array(n);
  const cellSizes = new Uint32Array(plan.cells.length);
  let pos = 0;
  plan.cells.forEach((cell, ci) => {
    const primary = OCCUPATIONS.indexOf(PRIMARY_OCCUPATION[cell.category]);
    const order = [primary, ...OCCUPATIONS.map((_, o) => o).filter((o) => o !== primary)];
    cellSizes[ci] = cellSize(plan.occupationCounts, ci);
    for (const o of order) {
      const count = plan.occupationCounts[ci * k + o] as number;
      for (let j = 0; j < count; j++) {
        cellOf[pos] = ci;
        occOf[pos] = o;
        rankOf[pos] = o === primary ? j : -1;
        pos++;
      }
    }
  });
  if (pos !== n) throw new RangeError(`Unit ${plan.key}: cells hold ${pos} members, plan says ${n}`);
  const occ = (i: number) => OCCUPATIONS[occOf[i] as number] as OccupationCode;

  // Age band: exact totals (line 193), ranked by occupation.
  const ageScore = new Float64Array(n);
  for (let i = 0; i < n; i++) ageScore[i] = AGE_PULL[occ(i)] + rng.normal();
  const band = assignByRank(
    ageScore,
    apportion(
      n,
      AGE_BAND.map(([code, w]) => (code === '61+' ? w * oldWeight : w)),
    ),
  );

  // Probationary members: exact share (line 177), young, never leaving a cell under 3 official members.
  const officials = Uint32Array.from(cellSizes);
  const probationWeights = new Float64Array(n);
  for (let i = 0; i < n; i++)
    probationWeights[i] = occ(i) === 'NGHI_HUU' ? 0 : (PROBATION_BY_BAND[band[i] as number] as number);
  const probationary = new Uint8Array(n);
  for (const i of weightedSample(rng, probationWeights, Math.round(PROBATIONARY_SHARE * n), (i) => {
    const c = cellOf[i] as number;
    if ((officials[c] as number) <= 3) return false;
    officials[c] = (officials[c] as number) - 1;
    return true;
  })) {
    probationary[i] = 1;
  }

  // Exact age and birth date. Officials need 18 + probation before asOf, so they are at least 20.
  const birth = new Float64Array(n);
  const age = new Uint8Array(n);
  const tables = new Map<string, [number, number][]>();
  for (let i = 0; i < n; i++) {
    const b = band[i] as number;
    const p = probationary[i] as number;
    const key = `${b}.${p}`;
    let table = tables.get(key);
    if (!table) {
      const range = AGE_BAND_RANGE[(AGE_BAND[b] as readonly [keyof typeof AGE_BAND_RANGE, number])[0]];
      table = ageTable(range, p ? 19 : 20, p ? 60 : 200);
      tables.set(key, table);
    }
    const a = rng.weighted(table);
    age[i] = a;
    birth[i] = rng.int(addYearsDay(asOfDay, -(a + 1)) + 1, addYearsDay(asOfDay, -a));
  }

  // Gender: exact totals (line 189), women likelier among teachers and health workers.
  const gender = assignFromPool(
    rng,
    n,
    apportion(
      n,
      GENDER.map(([, w]) => w),
    ),
    (i) => (rng.chance(FEMALE_PULL[occ(i)]) ? 1 : 0),
  );

  // Ethnicity: exact totals (line 195 for Tam Đường), villages mostly of one group.
  const ethCodes = plan.ethnicity.map(([code]) => code);
  const ethIndex = new Map(ethCodes.map((c, i) => [c, i]));
  const anyEth = plan.ethnicity.map(([, w], i) => [i, w] as const);
  const ethnicity = assignFromPool(
    rng,
    n,
    apportion(
      n,
      plan.ethnicity.map(([, w]) => w),
    ),
    (i) => {
      const cell = plan.cells[cellOf[i] as number];
      if (!cell) return 0;
      let code: string;
      if (cell.category === 'VILLAGE') {
        code =
          rng.chance(0.8) && cell.dominant
            ? cell.dominant
            : rng.weighted((plan.places[cell.place] ?? plan.places[0])?.mix ?? plan.ethnicity);
      } else if (rng.chance(KINH_PULL[cell.category])) {
        code = KINH;
      } else {
        return rng.weighted(anyEth);
      }
      return ethIndex.get(code) ?? rng.weighted(anyEth);
    },
  );

  // Education, training, political theory: exact totals (lines 181–185), ranked by standing.
  const status = new Float64Array(n);
  for (let i = 0; i < n; i++) status[i] = STATUS[occ(i)] + 0.35 * rng.normal();
  const eduScore = new Float64Array(n);
  for (let i = 0; i < n; i++)
    eduScore[i] = (status[i] as number) + 0.6 * rng.normal() - 0.02 * ((age[i] as number) - 40);
  const education = assignByRank(eduScore, apportion(n, EDUCATION));
  const profScore = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    profScore[i] =
      (status[i] as number) +
      0.5 * rng.normal() +
      (education[i] === THPT ? 1.2 : 0) -
      0.01 * ((age[i] as number) - 40);
  }
  const professional = assignByRank(profScore, apportion(n, PROFESSIONAL));
  repairBySwap(professional, (i, v) => professionalOk(v, education[i] as number, age[i] as number), rng);
  const polScore = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    polScore[i] =
      (status[i] as number) +
      0.6 * rng.normal() +
      0.03 * ((age[i] as number) - 35) +
      (education[i] === THPT ? 0.8 : 0) +
      ((professional[i] as number) >= DAI_HOC ? 0.4 : 0) -
      (probationary[i] ? 0.8 : 0);
  }
  const political = assignByRank(polScore, apportion(n, POLITICAL));
  repairBySwap(
    political,
    (i, v) => politicalOk(v, education[i] as number, professional[i] as number, age[i] as number),
    rng,
  );

  // Religion: exact share and adherence split (line 197).
  const religious = new Uint8Array(n); // 0 none, 1 influenced, 2 adherent
  const religionWeights = new Float64Array(n);
  for (let i = 0; i < n; i++)
    religionWeights[i] = religiousWeight(ethCodes[ethnicity[i] as number] as string);
  const believers = weightedSample(rng, religionWeights, Math.round(RELIGIOUS_SHARE * n));
  const adherents = Math.round(believers.length * ORTHODOX_SHARE_OF_RELIGIOUS);
  believers.forEach((i, j) => {
    religious[i] = j < adherents ? 2 : 1;
  });

  // Per-person details.
  const province = provinceLabel(plan.province);
  const south = isSouth(plan.province);
  const townPlaces = plan.places.map((p, i) => (p.town ? i : -1)).filter((i) => i >= 0);
  const out: DemoMember[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cell = plan.cells[cellOf[i] as number];
    if (!cell) throw new RangeError('unreachable: member without a cell');
    const o = occ(i);
    const female = gender[i] === 1;
    const g = female ? 'NU' : 'NAM';
    const eth = ethCodes[ethnicity[i] as number] as string;
    const birthDay = birth[i] as number;
    const birthYear = (ymdFromDay(birthDay) as [number, number, number])[0];
    const name = personName(rng, eth, g, birthYear, south);

    // Where they live: village cells at home; commune staff in their commune; district staff
    // mostly in the town.
    const placeIndex =
      cell.category === 'VILLAGE' || cell.place !== 0 || townPlaces.length === 0
        ? cell.place
        : rng.chance(0.6)
          ? rng.pick(townPlaces)
          : rng.int(0, plan.places.length - 1);
    const place = plan.places[placeIndex] ?? plan.places[0];
    if (!place) throw new RangeError(`Unit ${plan.key} has no places`);
    const village = cell.category === 'VILLAGE' ? rng.pick(cell.villages) : rng.pick(place.villages);
    const residence = `${village}, ${place.label}, ${plan.districtLabel}, ${province}`;
    let hometown: string;
    if (eth === KINH && plan.upland && rng.chance(0.55)) {
      const home = rng.pick(LOWLAND_HOMES);
      hometown = `xã ${placeName(rng, 'lowland')}, huyện ${placeName(rng, 'lowland')}, ${provinceLabel(home)}`;
    } else {
      const homePlace = cell.category === 'VILLAGE' ? place : (rng.pick(plan.places) ?? place);
      hometown = `${homePlace.label}, ${plan.districtLabel}, ${province}`;
    }

    // Dates (Điều lệ Đảng 2011: 18 or older at the decision, 12 months' probation from the ceremony).
    let decision: number;
    let ceremony: number;
    let official: number | null;
    const adult = addYearsDay(birthDay, 18);
    if (probationary[i]) {
      const lo = Math.max(addMonthsDay(asOfDay, -12) + 1, adult + 45);
      ceremony = rng.int(lo, asOfDay);
      decision = ceremony - rng.int(7, 40);
      official = null;
    } else {
      const range = ADMISSION_AGE_RANGES[rng.weighted(ADMISSION_AGE)] as readonly [number, number];
      const wanted = addYearsDay(birthDay, rng.int(range[0], range[1])) + rng.int(0, 364);
      const latest = Math.min(addYearsDay(birthDay, 61) - 1, addMonthsDay(asOfDay, -12) - 90);
      decision = Math.min(Math.max(wanted, adult), latest);
      ceremony = decision + rng.int(7, 40);
      official = Math.min(addMonthsDay(ceremony, 12) + rng.int(0, 40), asOfDay);
    }

    const edu = education[i] as number;
    const prof = professional[i] as number;
    const job = jobOf(rng, cell, place, o, rankOf[i] as number, female);
    const rel = religious[i] as number;
    const a = age[i] as number;
    const phoneShare = a > 60 ? 0.6 : o === 'NONG_LAM_NGU' || o === 'KCT_THON' ? 0.85 : 0.97;
    out[i] = {
      fullName: name.fullName,
      birthName: name.birthName,
      gender: g,
      birthDate: formatDay(birthDay),
      ethnicity: eth,
      religion: rel ? rng.weighted(religionMix(eth, south)) : null,
      religiousAdherence: rel === 2 ? 'CHINH_THONG' : rel === 1 ? 'ANH_HUONG' : null,
      hometown,
      residence,
      citizenId: citizenId(plan.province.cccd, g, birthYear, plan.provinceOffset + i, keys.citizen),
      phone: rng.chance(phoneShare) ? mobilePhone(rng) : null,
      education: EDUCATION_LEVELS[edu] as string,
      professional: PROFESSIONAL_LEVELS[prof] as string,
      politicalTheory: POLITICAL_LEVELS[political[i] as number] as string,
      foreignLanguage: foreignLanguage(rng, prof, plan.upland),
      occupation: o,
      jobTitle: job.jobTitle,
      workplace: job.workplace,
      cardNumber: official === null ? null : cardNumber(plan.globalOffset + i, keys.card),
      dossierNumber: dossierNumber(plan.province.letters, plan.provinceOffset + i, keys.dossier),
      admissionDecisionDate: formatDay(decision),
      ceremonyDate: formatDay(ceremony),
      officialDate: official === null ? null : formatDay(official),
      cellCode: cell.code,
      history: [],
      leftOn: null,
    };
  }
  return out;
}

function foreignLanguage(rng: Rng, professional: number, upland: boolean): string | null {
  if (professional >= DAI_HOC) {
    if (!rng.chance(0.75)) return null;
    return rng.weighted([
      ['Tiếng Anh B1', 5],
      ['Tiếng Anh trình độ B', 3],
      ['Tiếng Anh A2', 2],
      ['Tiếng Trung A2', upland ? 1 : 0.3],
      ['Tiếng Pháp trình độ A', 0.2],
    ]);
  }
  if (professional >= TRUNG_CAP && rng.chance(0.3)) return rng.pick(['Tiếng Anh A2', 'Tiếng Anh trình độ A']);
  return null;
}
