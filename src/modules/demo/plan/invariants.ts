/**
 * What a plan promises the loader, as checks that return problems instead of throwing, so a test
 * (or the loader, before a long import) can report all of them at once.
 */
import { addMonthsDay, addYearsDay, parseDay } from './dates.ts';
import type { DemoCoverageUnit, DemoMember, DemoOrg } from './types.ts';

const ORG_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const UPPER = new Set<DemoOrg['kind']>(['DANG_BO_TINH', 'DANG_BO_HUYEN', 'DANG_BO_TRUC_THUOC']);
const CELLS = new Set<DemoOrg['kind']>(['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC']);

export function isCellKind(kind: DemoOrg['kind']): boolean {
  return CELLS.has(kind);
}

/**
 * Unique codes; parents listed before children; subordinate cells only under grassroots or
 * intermediate committees; grassroots orgs only under upper-level ones; intermediate committees
 * under grassroots committees; a child established no earlier than its parent, nobody after asOf.
 */
export function orgProblems(orgs: readonly DemoOrg[], asOf: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, DemoOrg>();
  for (const org of orgs) {
    if (!ORG_CODE.test(org.code)) problems.push(`${org.code}: code does not fit ORG_CODE`);
    if (seen.has(org.code)) problems.push(`${org.code}: duplicate code`);
    if (org.establishedOn > asOf) problems.push(`${org.code}: established after asOf`);
    const parent = org.parentCode === null ? null : seen.get(org.parentCode);
    if (org.parentCode !== null && !parent)
      problems.push(`${org.code}: parent ${org.parentCode} missing or listed later`);
    if (parent && org.establishedOn < parent.establishedOn)
      problems.push(`${org.code}: established before its parent`);
    const pk = parent?.kind ?? null;
    switch (org.kind) {
      case 'CHI_BO_TRUC_THUOC':
        if (pk !== 'DANG_BO_CO_SO' && pk !== 'DANG_BO_BO_PHAN')
          problems.push(`${org.code}: subordinate cell under ${pk}`);
        break;
      case 'DANG_BO_CO_SO':
      case 'CHI_BO_CO_SO':
        if (pk === null || !UPPER.has(pk)) problems.push(`${org.code}: grassroots org under ${pk}`);
        break;
      case 'DANG_BO_BO_PHAN':
        if (pk !== 'DANG_BO_CO_SO') problems.push(`${org.code}: intermediate committee under ${pk}`);
        break;
      case 'DANG_BO_TINH':
        if (pk !== null) problems.push(`${org.code}: province under ${pk}`);
        break;
      default:
        if (pk !== null && pk !== 'DANG_BO_TINH') problems.push(`${org.code}: ${org.kind} under ${pk}`);
    }
    seen.set(org.code, org);
  }
  return problems;
}

/** Unique codes; the commune is a commune committee; covering orgs are cells. */
export function coverageProblems(units: readonly DemoCoverageUnit[], orgs: readonly DemoOrg[]): string[] {
  const problems: string[] = [];
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const codes = new Set<string>();
  for (const unit of units) {
    if (!ORG_CODE.test(unit.code)) problems.push(`${unit.code}: code does not fit ORG_CODE`);
    if (codes.has(unit.code)) problems.push(`${unit.code}: duplicate unit code`);
    codes.add(unit.code);
    const commune = byCode.get(unit.communeOrgCode);
    if (commune?.kind !== 'DANG_BO_CO_SO' || !['XA', 'PHUONG', 'THI_TRAN'].includes(commune.sector)) {
      problems.push(`${unit.code}: ${unit.communeOrgCode} is not a commune committee`);
    }
    for (const cell of unit.cellCodes) {
      const org = byCode.get(cell);
      if (!org || !isCellKind(org.kind)) problems.push(`${unit.code}: covering org ${cell} is not a cell`);
    }
    if (unit.cellCodes.length === 0 && unit.headIsMember)
      problems.push(`${unit.code}: head is a member yet no cell`);
  }
  return problems;
}

/** Checks members one by one, remembering numbers to catch duplicates across batches. */
export class MemberChecker {
  readonly #cells: Set<string>;
  readonly #asOf: number;
  readonly #citizenIds = new Set<string>();
  readonly #cards = new Set<string>();
  readonly #dossiers = new Set<string>();

  constructor(orgs: readonly DemoOrg[], asOf: string) {
    this.#cells = new Set(orgs.filter((o) => isCellKind(o.kind)).map((o) => o.code));
    this.#asOf = parseDay(asOf);
  }

  /**
   * birth < decision ≤ ceremony ≤ official ≤ asOf; 18–60 at the decision; official ≥ ceremony + 12
   * months; probationary ⇔ no official date ⇔ no card, with the ceremony within the last 12 months;
   * unique numbers in their formats; members only in cells. For a former member the same up to the
   * day they left. `unique: false` skips the duplicate checks (for samples).
   */
  check(m: DemoMember, unique = true): string[] {
    const problems: string[] = [];
    const who = `${m.fullName} (${m.citizenId})`;
    const birth = parseDay(m.birthDate);
    const decision = parseDay(m.admissionDecisionDate);
    const ceremony = parseDay(m.ceremonyDate);
    // A former member's profile stops where their membership did.
    const until = m.leftOn === null ? this.#asOf : parseDay(m.leftOn);
    if (until > this.#asOf) problems.push(`${who}: left after asOf`);
    if (!(birth < decision && decision <= ceremony && ceremony <= until))
      problems.push(`${who}: dates out of order`);
    if (decision < addYearsDay(birth, 18)) problems.push(`${who}: under 18 at the admission decision`);
    if (decision >= addYearsDay(birth, 61)) problems.push(`${who}: over 60 at the admission decision`);
    if (m.officialDate === null) {
      if (m.cardNumber !== null) problems.push(`${who}: probationary with a card`);
      // Removal for a probation not recognized comes just after the 12 months.
      if (m.leftOn === null && ceremony <= addMonthsDay(this.#asOf, -12))
        problems.push(`${who}: probationary for more than 12 months`);
    } else {
      const official = parseDay(m.officialDate);
      if (official < addMonthsDay(ceremony, 12))
        problems.push(`${who}: official before 12 months of probation`);
      if (official > until) problems.push(`${who}: official after asOf or after leaving`);
      if (m.cardNumber === null || !/^\d{8}$/.test(m.cardNumber)) problems.push(`${who}: bad card number`);
    }
    if (!/^\d{12}$/.test(m.citizenId)) problems.push(`${who}: bad citizen ID`);
    if (!/^\d{6}[A-Z]{1,3}$/.test(m.dossierNumber)) problems.push(`${who}: bad dossier number`);
    if (!this.#cells.has(m.cellCode)) problems.push(`${who}: ${m.cellCode} is not a cell`);
    if ((m.religion === null) !== (m.religiousAdherence === null))
      problems.push(`${who}: religion without adherence or back`);
    if (unique) {
      if (this.#citizenIds.has(m.citizenId)) problems.push(`${who}: duplicate citizen ID`);
      this.#citizenIds.add(m.citizenId);
      if (this.#dossiers.has(m.dossierNumber)) problems.push(`${who}: duplicate dossier ${m.dossierNumber}`);
      this.#dossiers.add(m.dossierNumber);
      if (m.cardNumber !== null) {
        if (this.#cards.has(m.cardNumber)) problems.push(`${who}: duplicate card ${m.cardNumber}`);
        this.#cards.add(m.cardNumber);
      }
    }
    return problems;
  }
}
