/**
 * Pure rules of the org tree. No I/O, no clock: dates come in as 'YYYY-MM-DD' strings, which compare
 * correctly as strings.
 */

import type { OrgKind } from '../../vn/codes/index.ts';

export type { OrgKind };

export const UPPER_LEVEL_KINDS: readonly OrgKind[] = ['DANG_BO_TINH', 'DANG_BO_HUYEN', 'DANG_BO_TRUC_THUOC'];
/** Members are placed only in cells (Điều lệ Đảng 2011, Điều 24: chi bộ là nơi đảng viên sinh hoạt). */
export const CELL_KINDS: readonly OrgKind[] = ['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC'];

export const isCell = (kind: string): boolean => (CELL_KINDS as readonly string[]).includes(kind);

/**
 * Which kind may sit under which (Điều lệ Đảng 2011, Điều 11 and 21–24; Quy định 24-QĐ/TW 2021, mục 11):
 * a subordinate cell only under a grassroots committee or an intermediate committee; an intermediate
 * committee only under a grassroots committee; a grassroots org only under an upper-level org.
 * Upper-level orgs: a province under nothing (the Central Committee is outside the installation);
 * a district or a bloc committee under a province. Returns a Vietnamese reason, or null when allowed.
 */
export function parentKindProblem(child: OrgKind, parent: OrgKind | null): string | null {
  const allowed: Record<OrgKind, readonly (OrgKind | null)[]> = {
    DANG_BO_TINH: [null],
    DANG_BO_HUYEN: ['DANG_BO_TINH', null],
    DANG_BO_TRUC_THUOC: ['DANG_BO_TINH', null],
    DANG_BO_CO_SO: UPPER_LEVEL_KINDS,
    CHI_BO_CO_SO: UPPER_LEVEL_KINDS,
    DANG_BO_BO_PHAN: ['DANG_BO_CO_SO'],
    CHI_BO_TRUC_THUOC: ['DANG_BO_CO_SO', 'DANG_BO_BO_PHAN'],
  };
  if (allowed[child].includes(parent)) return null;
  const reasons: Record<OrgKind, string> = {
    DANG_BO_TINH: 'Đảng bộ tỉnh là cấp cao nhất trong hệ thống, không đặt dưới tổ chức khác.',
    DANG_BO_HUYEN: 'Đảng bộ huyện chỉ trực thuộc đảng bộ tỉnh.',
    DANG_BO_TRUC_THUOC: 'Đảng bộ trực thuộc chỉ trực thuộc đảng bộ tỉnh.',
    DANG_BO_CO_SO:
      'Tổ chức cơ sở đảng chỉ trực thuộc cấp ủy cấp trên cơ sở (tỉnh, huyện, đảng bộ trực thuộc).',
    CHI_BO_CO_SO:
      'Tổ chức cơ sở đảng chỉ trực thuộc cấp ủy cấp trên cơ sở (tỉnh, huyện, đảng bộ trực thuộc).',
    DANG_BO_BO_PHAN: 'Đảng bộ bộ phận chỉ trực thuộc đảng bộ cơ sở.',
    CHI_BO_TRUC_THUOC: 'Chi bộ trực thuộc chỉ đặt dưới đảng bộ cơ sở hoặc đảng bộ bộ phận.',
  };
  return reasons[child];
}

export type OrgEventType = 'ESTABLISH' | 'RENAME' | 'MOVE' | 'UPDATE' | 'MERGE_INTO' | 'ABSORB' | 'DISSOLVE';

export const ORG_EVENT_LABELS: Record<OrgEventType, string> = {
  ESTABLISH: 'Thành lập',
  RENAME: 'Đổi tên',
  MOVE: 'Chuyển trực thuộc',
  UPDATE: 'Điều chỉnh thông tin',
  MERGE_INTO: 'Sáp nhập vào tổ chức khác',
  ABSORB: 'Tiếp nhận tổ chức sáp nhập',
  DISSOLVE: 'Giải thể',
};

export interface OrgEventFacts {
  type: OrgEventType;
  effectiveDate: string;
  details: { name?: string; kind?: string; sector?: string; parentId?: string | null };
}

export interface OrgVersionFacts {
  validFrom: string;
  validTo: string | null;
  name: string;
  kind: string;
  sector: string;
  parentId: string | null;
}

/**
 * Folds an org's events (in effective-date order) into the versions of its attributes. An event
 * effective on the same day as the previous version replaces that version rather than leaving a
 * zero-length one.
 */
export function deriveOrgVersions(events: readonly OrgEventFacts[]): OrgVersionFacts[] {
  const versions: OrgVersionFacts[] = [];
  for (const e of events) {
    const last = versions.at(-1);
    if (e.type === 'ESTABLISH') {
      versions.push({
        validFrom: e.effectiveDate,
        validTo: null,
        name: e.details.name ?? '',
        kind: e.details.kind ?? '',
        sector: e.details.sector ?? 'KHAC',
        parentId: e.details.parentId ?? null,
      });
      continue;
    }
    if (!last) continue;
    if (e.type === 'ABSORB') continue;
    if (e.type === 'DISSOLVE' || e.type === 'MERGE_INTO') {
      last.validTo = e.effectiveDate;
      continue;
    }
    const next: OrgVersionFacts = {
      ...last,
      validFrom: e.effectiveDate,
      validTo: null,
      ...(e.details.name !== undefined && { name: e.details.name }),
      ...(e.details.kind !== undefined && { kind: e.details.kind }),
      ...(e.details.sector !== undefined && { sector: e.details.sector }),
      ...(e.details.parentId !== undefined && { parentId: e.details.parentId }),
    };
    if (last.validFrom === e.effectiveDate) versions[versions.length - 1] = next;
    else {
      last.validTo = e.effectiveDate;
      versions.push(next);
    }
  }
  return versions;
}

/** The version in force on a date, if the org existed then. */
export function versionOn<T extends { validFrom: string; validTo: string | null }>(
  versions: readonly T[],
  date: string,
): T | undefined {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo > date));
}

/**
 * Events of one org are recorded in date order: a change dated before the org's latest recorded change
 * would silently rewrite the tree that reports already used.
 */
export function eventDateProblem(
  date: string,
  established: string,
  lastEventDate: string,
  dissolved: string | null,
): string | null {
  if (date < established) return 'Ngày hiệu lực trước ngày thành lập tổ chức.';
  if (dissolved && date >= dissolved) return 'Tổ chức đã giải thể hoặc sáp nhập từ ngày đó.';
  if (date < lastEventDate) return `Ngày hiệu lực phải từ ngày thay đổi gần nhất (${lastEventDate}) trở đi.`;
  return null;
}

/** Moving an org under itself or one of its descendants would make the tree a cycle. */
export function cycleProblem(
  orgId: string,
  newParentId: string | null,
  descendantsOfOrg: ReadonlySet<string>,
): string | null {
  if (newParentId === null) return null;
  if (newParentId === orgId || descendantsOfOrg.has(newParentId)) {
    return 'Không thể chuyển tổ chức về trực thuộc chính nó hoặc tổ chức cấp dưới của nó.';
  }
  return null;
}

/** Org codes: short, stable, readable; letters, digits, dot, dash and underscore. */
export const ORG_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
