import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { OrgDetails } from '../../api/types.ts';

export const orgKey = (code: string, asOf: string | null) => ['org', code, asOf ?? ''] as const;

export function useOrg(code: string | null | undefined, asOf: string | null) {
  return useQuery({
    queryKey: orgKey(code ?? '', asOf),
    queryFn: ({ signal }) =>
      api.get<OrgDetails>(`/api/v1/orgs/${encodeURIComponent(code ?? '')}`, { asOf }, signal),
    enabled: Boolean(code),
  });
}

/** After any change to an org: its page, the tree, searches and lists may all show it. */
export function useInvalidateOrgs() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['org'] }),
      qc.invalidateQueries({ queryKey: ['orgTree'] }),
      qc.invalidateQueries({ queryKey: ['orgSearch'] }),
      qc.invalidateQueries({ queryKey: ['members'] }),
    ]);
}

/** The name of an org, from its cached details when possible (used for the parent link). */
export function useOrgName(code: string | null | undefined, asOf: string | null) {
  const org = useOrg(code, asOf);
  return org.data?.current?.name ?? null;
}
