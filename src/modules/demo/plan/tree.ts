/**
 * Builds the org tree and coverage units, enforcing as it goes what the loader relies on: unique
 * codes, parents before children, a child established no earlier than its parent and no later than
 * the as-of date.
 */
import { CodeRegistry } from './codes.ts';
import { formatDay } from './dates.ts';
import type { Rng } from './random.ts';
import type { DemoCoverageUnit, DemoOrg } from './types.ts';

/** The body that signs establishment decisions for an org's children, and its number suffix. */
export interface Committee {
  body: string;
  suffix: string;
}

export interface NewOrg {
  slug: string;
  maxSlug?: number;
  name: string;
  kind: DemoOrg['kind'];
  sector: DemoOrg['sector'];
  /** Earliest plausible establishment; the tree moves it to the parent's date if earlier. */
  notBefore: number;
  /** Spread of the establishment date after notBefore, in years. */
  spreadYears?: number;
  /** Who signs for this org's own children. */
  committee?: Committee;
  /** Who signed this org's establishment, when it has no parent in the tree. */
  issuer?: Committee;
}

export class OrgTree {
  readonly orgs: DemoOrg[] = [];
  readonly coverageUnits: DemoCoverageUnit[] = [];
  readonly asOf: number;
  readonly #rng: Rng;
  readonly #orgCodes = new CodeRegistry();
  readonly #unitCodes = new CodeRegistry();
  readonly #day = new Map<string, number>();
  readonly #committee = new Map<string, Committee>();

  constructor(asOf: number, rng: Rng) {
    this.asOf = asOf;
    this.#rng = rng;
  }

  add(parent: DemoOrg | null, spec: NewOrg): DemoOrg {
    const parentDay = parent ? (this.#day.get(parent.code) as number) : Number.NEGATIVE_INFINITY;
    const spread = Math.max(0, Math.round((spec.spreadYears ?? 0) * 365));
    // Establishment tends to come early in the window: most orgs are old, a few are recent.
    const offset = spread > 0 ? Math.floor(spread * this.#rng.next() ** 2) : 0;
    const latest = this.asOf - 30;
    const day = Math.min(Math.max(spec.notBefore + offset, parentDay), Math.max(latest, parentDay));
    const issuer = (parent ? this.#committee.get(parent.code) : spec.issuer) ?? {
      body: 'Cấp ủy cấp trên',
      suffix: 'QĐ',
    };
    const org: DemoOrg = {
      code: this.#orgCodes.child(parent?.code ?? null, spec.slug, spec.maxSlug ?? 10),
      name: spec.name,
      kind: spec.kind,
      sector: spec.sector,
      parentCode: parent?.code ?? null,
      establishedOn: formatDay(day),
      decisionNumber: `${this.#rng.int(1, issuer.suffix === 'QĐ/TW' ? 400 : 2400)}-${issuer.suffix}`,
      issuingBody: issuer.body,
    };
    this.#day.set(org.code, day);
    if (spec.committee) this.#committee.set(org.code, spec.committee);
    this.orgs.push(org);
    return org;
  }

  addUnit(
    commune: DemoOrg,
    slug: string,
    unit: Omit<DemoCoverageUnit, 'code' | 'communeOrgCode'>,
  ): DemoCoverageUnit {
    const full: DemoCoverageUnit = {
      code: this.#unitCodes.child(commune.code, slug, 10, '-'),
      communeOrgCode: commune.code,
      ...unit,
    };
    this.coverageUnits.push(full);
    return full;
  }

  dayOf(org: DemoOrg): number {
    return this.#day.get(org.code) as number;
  }
}
