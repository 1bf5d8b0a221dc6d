import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Member } from '../../api/types.ts';

export const memberKey = (id: string) => ['member', id] as const;

export function useMember(id: string | undefined) {
  return useQuery({
    queryKey: memberKey(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<Member>(`/api/v1/members/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}
