/**
 * When was each org inside the subtree of a given org? Pure: org versions in, date intervals out.
 *
 * The changes report needs, for every day of a period, the set S(d) of orgs under X on d (the tree
 * as of d, from org_versions). Rather than rebuild the tree for every day, each org gets the
 * coalesced half-open intervals [from, to) of the days it was in S; SQL then asks "was org o in S
 * on day d" as a range test. Dates are 'YYYY-MM-DD' strings, which compare correctly as strings.
 */

/** Stands in for "still open" (valid_to null), so every interval has an end. */
export const OPEN_END = '9999-12-31';

export interface OrgVersionEdge {
  orgId: string;
  parentId: string | null;
  validFrom: string;
  /** Exclusive; null while the version is in force. */
  validTo: string | null;
}

export interface Interval {
  from: string;
  /** Exclusive; OPEN_END when open. */
  to: string;
}

function intersect(a: Interval, b: Interval): Interval | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from < to ? { from, to } : null;
}

/** Sorts and merges overlapping or touching intervals: [a,b) + [b,c) = [a,c). */
export function coalesce(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.from <= last.to) {
      if (i.to > last.to) last.to = i.to;
    } else out.push({ ...i });
  }
  return out;
}

/** Whether day d lies in one of the intervals. */
export const covers = (intervals: readonly Interval[], d: string): boolean =>
  intervals.some((i) => i.from <= d && d < i.to);

/**
 * For each org, the days it was in the subtree of rootId: the root itself while it existed, and any
 * org whose parent (on that day) was in the subtree. An org that was never inside has no entry.
 * The tree is acyclic on every single day (the orgs service refuses cycles), so the walk up the
 * parent chain, restricted each step to the days the edge held, always ends.
 * rootId null: the whole installation, where every org is inside on every day it exists.
 */
export function subtreeIntervals(
  rootId: string | null,
  versions: readonly OrgVersionEdge[],
): Map<string, Interval[]> {
  const byOrg = new Map<string, { parentId: string | null; span: Interval }[]>();
  for (const v of versions) {
    const list = byOrg.get(v.orgId) ?? [];
    list.push({ parentId: v.parentId, span: { from: v.validFrom, to: v.validTo ?? OPEN_END } });
    byOrg.set(v.orgId, list);
  }
  if (rootId === null) {
    return new Map([...byOrg].map(([orgId, vs]) => [orgId, coalesce(vs.map((v) => v.span))]));
  }
  const rootSpans = coalesce((byOrg.get(rootId) ?? []).map((v) => v.span));

  // The days within `within` on which org was in the subtree.
  const inside = (orgId: string, within: Interval, depth: number): Interval[] => {
    if (orgId === rootId) return rootSpans.flatMap((s) => intersect(s, within) ?? []);
    if (depth > 200) throw new Error(`org tree deeper than 200 levels at ${orgId}`);
    const out: Interval[] = [];
    for (const v of byOrg.get(orgId) ?? []) {
      if (!v.parentId) continue;
      const span = intersect(v.span, within);
      if (span) out.push(...inside(v.parentId, span, depth + 1));
    }
    return out;
  };

  const result = new Map<string, Interval[]>();
  for (const orgId of byOrg.keys()) {
    const spans = coalesce(inside(orgId, { from: '0000-01-01', to: OPEN_END }, 0));
    if (spans.length) result.set(orgId, spans);
  }
  return result;
}

/**
 * Whether the subtree held every org of `versions` on every day it existed: then membership of the
 * subtree needs no dates, and its changes are counted without intervals (queries.ts fixedChangesSql).
 * True for most subtrees: a district or a province that never gained or lost an org.
 */
export function holdsWholeLives(
  versions: readonly OrgVersionEdge[],
  intervals: ReadonlyMap<string, readonly Interval[]>,
): boolean {
  for (const [orgId, life] of subtreeIntervals(null, versions)) {
    const held = intervals.get(orgId);
    if (!held || held.length !== life.length) return false;
    if (held.some((h, i) => h.from !== life[i]!.from || h.to !== life[i]!.to)) return false;
  }
  return true;
}
