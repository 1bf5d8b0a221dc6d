import type { Me } from '../api/types.ts';

/** What the interface offers each role. The server decides; these only hide what would be refused. */
export const can = {
  writeOrgs: (me: Me) => me.role === 'admin' || me.role === 'org_staff',
  writeMembers: (me: Me) => me.role === 'admin' || me.role === 'org_staff' || me.role === 'secretary',
  browseRoll: (me: Me) => me.role !== 'member',
};

/** Where a user starts after signing in. */
export function homePath(me: Me): string {
  if (me.role === 'member') return me.memberId ? `/members/${me.memberId}` : '/no-record';
  return me.orgCode ? `/orgs/${encodeURIComponent(me.orgCode)}` : '/orgs';
}
