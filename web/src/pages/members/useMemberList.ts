import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MemberSummary, Page } from '../../api/types.ts';
import type { ListParams } from './listParams.ts';

export function useMemberList(p: ListParams) {
  const query = {
    q: p.q.trim() || undefined,
    ...p.filters,
    sort: p.sort,
    page: p.page,
    pageSize: p.pageSize,
  };
  return useQuery({
    queryKey: ['members', query],
    queryFn: ({ signal }) => api.get<Page<MemberSummary>>('/api/v1/members', query, signal),
    placeholderData: keepPreviousData,
  });
}
