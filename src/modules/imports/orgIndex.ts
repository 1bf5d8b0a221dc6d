/** Orgs as the import sees them: those already in the database and those the file establishes. */
export interface OrgVersionView {
  validFrom: string;
  validTo: string | null;
  kind: string;
  name: string;
  sector: string;
  parentCode: string | null;
}

export interface OrgInfo {
  id: string;
  code: string;
  path: string;
  isNew: boolean;
  versions: OrgVersionView[];
}

export const versionAt = (o: OrgInfo, date: string): OrgVersionView | undefined =>
  o.versions.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo > date));

export const establishedOn = (o: OrgInfo): string | undefined => o.versions[0]?.validFrom;
export const dissolvedOn = (o: OrgInfo): string | null => o.versions.at(-1)?.validTo ?? null;
