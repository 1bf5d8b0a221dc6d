/** Shapes of the API's answers, as the web app uses them. Dates are 'YYYY-MM-DD'. */

export type Role = 'admin' | 'org_staff' | 'secretary' | 'viewer' | 'member';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  orgCode: string | null;
  orgName: string | null;
  memberId: string | null;
}

export interface CodeItem {
  code: string;
  label: string;
}

export type CodeListName =
  | 'gender'
  | 'ethnicity'
  | 'religion'
  | 'religiousAdherence'
  | 'education'
  | 'professional'
  | 'politicalTheory'
  | 'occupation'
  | 'ageBand'
  | 'orgKind'
  | 'orgSector'
  | 'coverageUnitKind'
  | 'memberStatus';

export type Codes = Partial<Record<CodeListName, { label: string; items: CodeItem[] }>>;

export interface TreeNode {
  code: string;
  name: string;
  kind: string;
  sector: string;
  parentCode: string | null;
  hasChildren: boolean;
  memberCount: number;
}

export interface OrgSearchHit {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  /** Ancestor codes, root first, parent last. */
  path: string[];
}

export interface OrgVersion {
  name: string;
  kind: string;
  sector: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export type OrgEventType = 'ESTABLISH' | 'RENAME' | 'MOVE' | 'UPDATE' | 'MERGE_INTO' | 'ABSORB' | 'DISSOLVE';

export interface OrgEvent {
  id: string;
  type: OrgEventType | string;
  effectiveDate: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
  details: Record<string, unknown> | null;
  recordedBy: string | null;
}

export interface CoverageUnit {
  code: string;
  name: string;
  kind: string;
  headIsMember: boolean;
  ownerCode: string;
  cells: string[];
}

export interface OrgDetails {
  code: string;
  version: number;
  asOf: string;
  existsOnDate: boolean;
  current: OrgVersion | null;
  parent: { code: string } | null;
  establishedOn: string | null;
  dissolvedOn: string | null;
  versions: OrgVersion[];
  children: TreeNode[];
  memberCounts: { total: number; official: number; probationary: number; female: number };
  events: OrgEvent[];
  coverageUnits: CoverageUnit[];
}

export type MemberStatus = 'PROBATIONARY' | 'OFFICIAL';

export interface MemberSummary {
  id: string;
  fullName: string;
  gender: string;
  genderLabel: string | null;
  birthDate: string;
  ethnicity: string;
  ethnicityLabel: string | null;
  cardNumber: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  status: MemberStatus | string;
  statusLabel: string;
  orgCode: string;
  orgName: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The editable profile: what POST /members takes (PATCH takes any subset plus `version`). */
export interface MemberProfile {
  fullName: string;
  birthName: string | null;
  gender: string;
  birthDate: string;
  ethnicity: string;
  religion?: string | null;
  religiousAdherence?: string | null;
  hometown: string | null;
  residence: string | null;
  citizenId?: string | null;
  phone: string | null;
  education: string | null;
  professional: string | null;
  politicalTheory: string | null;
  foreignLanguage: string | null;
  occupation: string | null;
  jobTitle: string | null;
  workplace: string | null;
  cardNumber: string | null;
  dossierNumber: string | null;
  badgeNumber: string | null;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  orgCode: string | null;
}

export interface MemberHistoryEntry {
  id: string;
  type: string;
  typeLabel: string;
  effectiveDate: string;
  orgCode: string | null;
  orgName: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface Member extends MemberProfile {
  id: string;
  orgName: string | null;
  status: MemberStatus | string | null;
  version: number;
  labels: Partial<Record<string, string | null>>;
  confidentialVisible: boolean;
  canEdit: boolean;
  history: MemberHistoryEntry[];
}
