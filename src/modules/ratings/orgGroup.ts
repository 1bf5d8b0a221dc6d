/**
 * How a rated org is counted (ratings.org_group), fixed when it is rated so the history keeps it even
 * after the org is moved or dissolved. The seeds' tables count grassroots orgs (tổ chức cơ sở đảng:
 * đảng bộ cơ sở and chi bộ cơ sở) apart from the cells under a grassroots committee (chi bộ trực
 * thuộc); a đảng bộ bộ phận is rated too but counted in neither (Quy định 24-QĐ/TW 2021, mục 11).
 * Upper-level orgs are not rated by this system.
 */
export type OrgGroup = 'GRASSROOTS' | 'CELL' | 'PARTIAL';

export function orgGroupOf(kind: string): OrgGroup | null {
  if (kind === 'DANG_BO_CO_SO' || kind === 'CHI_BO_CO_SO') return 'GRASSROOTS';
  if (kind === 'CHI_BO_TRUC_THUOC') return 'CELL';
  if (kind === 'DANG_BO_BO_PHAN') return 'PARTIAL';
  return null;
}
