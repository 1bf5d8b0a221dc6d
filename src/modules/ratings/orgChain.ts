import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rows, textArray } from '../../platform/db/query.ts';
import { liveOn } from '../orgs/queries.ts';
import { orgGroupOf } from './orgGroup.ts';

export interface ChainOrg {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
}

/** The orgs on a path ('/LC/TD/TD.BB/TD.BB.A/'), root first, with their state on a date. */
export function orgChain(db: Db, path: string, date: string): Promise<ChainOrg[]> {
  const codes = path.split('/').filter(Boolean);
  return rows<ChainOrg>(
    db,
    sql`SELECT o.id, o.code, v.name, v.kind, o.path
        FROM orgs o JOIN org_versions v ON v.org_id = o.id AND ${liveOn(date)}
        WHERE o.code = ANY(${textArray(codes)})
        ORDER BY length(o.path)`,
  );
}

/** The grassroots org (tổ chức cơ sở đảng) on the chain: the committee deciding its members and cells. */
export const grassrootsOn = (chain: ChainOrg[]): ChainOrg | undefined =>
  chain.findLast((o) => orgGroupOf(o.kind) === 'GRASSROOTS');

/**
 * Who decides a rating (DOMAIN.md, ratings flow): a member, a subordinate cell or a partial committee
 * by its grassroots committee; a grassroots org by the committee directly above it.
 */
export function deciderOn(chain: ChainOrg[], subject: 'MEMBER' | 'ORG', orgGroup: string | null) {
  const grassroots = grassrootsOn(chain);
  if (subject === 'ORG' && orgGroup === 'GRASSROOTS') {
    const i = chain.findIndex((o) => o.id === grassroots?.id);
    return i > 0 ? chain[i - 1] : undefined;
  }
  return grassroots;
}
