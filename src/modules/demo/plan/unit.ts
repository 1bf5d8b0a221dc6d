/**
 * The plan of one "unit" — a district committee or a provincial bloc — kept between planning the
 * tree and generating its members. Members are generated unit by unit from these, lazily.
 */
import type { CellCategory } from './cells.ts';
import type { Weighted } from './distributions.ts';
import type { Province } from './provinces.ts';

/** A commune or ward, for addresses and the ethnic make-up of its villages. */
export interface Place {
  /** "xã Bản Bo", "thị trấn Tam Đường", "phường Tân Phong". */
  label: string;
  /** Residence labels of its villages: "bản Nà Đon", "tổ dân phố số 3". */
  villages: string[];
  mix: Weighted<string>;
  town: boolean;
}

export interface CellSlot {
  code: string;
  category: CellCategory;
  /** Relative size, drawn when planning. */
  weight: number;
  /** Index into UnitPlan.places. */
  place: number;
  /** Residence labels of the villages a village cell covers. */
  villages: string[];
  /** How many of those villages have a head who is a member. */
  villageHeads: number;
  secretaryIsHead: boolean;
  /** Main ethnicity of a village cell. */
  dominant: string | null;
  /** Where its members work ("UBND xã Bản Bo", "Trường Tiểu học Bản Bo"); null for village cells. */
  workplaces: string[];
  /** Title of the head of the workplace ("Hiệu trưởng"); null when titles come from the category. */
  headTitle: string | null;
}

export interface UnitPlan {
  key: string;
  province: Province;
  /** "huyện Tam Đường", for addresses. */
  districtLabel: string;
  places: Place[];
  cells: CellSlot[];
  ethnicity: Weighted<string>;
  memberCount: number;
  /** Members per cell and occupation, cells × OCCUPATIONS.length. */
  occupationCounts: Uint16Array;
  /** Index of the unit's first member in the whole plan (card numbers) and in its province (IDs). */
  globalOffset: number;
  provinceOffset: number;
  south: boolean;
  upland: boolean;
}
