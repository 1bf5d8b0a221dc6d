import { type CodeOf, defineCodeList } from './types.ts';

// Levels of party organizations (Điều lệ Đảng, Chương III; Quy định 24-QĐ/TW 2021).
export const ORG_KIND = defineCodeList('orgKind', 'Cấp tổ chức đảng', [
  {
    code: 'DANG_BO_TINH',
    label: 'Đảng bộ tỉnh/thành phố',
    aliases: ['Đảng bộ tỉnh', 'Đảng bộ thành phố trực thuộc Trung ương', 'Tỉnh ủy'],
  },
  {
    code: 'DANG_BO_HUYEN',
    label: 'Đảng bộ huyện/quận',
    aliases: ['Đảng bộ huyện', 'Đảng bộ quận', 'Đảng bộ thị xã', 'Huyện ủy', 'Quận ủy', 'Thị ủy'],
  },
  {
    code: 'DANG_BO_TRUC_THUOC',
    label: 'Đảng bộ trực thuộc (đảng ủy khối…)',
    aliases: ['Đảng bộ trực thuộc', 'Đảng ủy khối', 'Đảng bộ khối'],
  },
  { code: 'DANG_BO_CO_SO', label: 'Đảng bộ cơ sở', aliases: ['Đảng ủy cơ sở'] },
  { code: 'CHI_BO_CO_SO', label: 'Chi bộ cơ sở' },
  { code: 'DANG_BO_BO_PHAN', label: 'Đảng bộ bộ phận', aliases: ['Đảng ủy bộ phận'] },
  {
    code: 'CHI_BO_TRUC_THUOC',
    label: 'Chi bộ trực thuộc',
    aliases: ['Chi bộ trực thuộc đảng ủy cơ sở', 'Chi bộ trực thuộc đảng bộ bộ phận'],
  },
] as const);

export type OrgKind = CodeOf<typeof ORG_KIND>;

/** Cấp trên cơ sở: the levels above grassroots organizations. */
export function isUpperLevelKind(kind: OrgKind): boolean {
  return kind === 'DANG_BO_TINH' || kind === 'DANG_BO_HUYEN' || kind === 'DANG_BO_TRUC_THUOC';
}

/** Tổ chức cơ sở đảng (Điều lệ Đảng, Điều 21): a grassroots committee or a grassroots cell. */
export function isGrassrootsKind(kind: OrgKind): boolean {
  return kind === 'DANG_BO_CO_SO' || kind === 'CHI_BO_CO_SO';
}

/** A cell (chi bộ): the unit that holds members' meetings, whether grassroots or subordinate. */
export function isCellKind(kind: OrgKind): boolean {
  return kind === 'CHI_BO_CO_SO' || kind === 'CHI_BO_TRUC_THUOC';
}
