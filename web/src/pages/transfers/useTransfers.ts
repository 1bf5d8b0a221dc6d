import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { TransferBox, TransferItem } from '../../api/lifecycle.ts';

export function useTransfers(box: TransferBox) {
  return useQuery({
    queryKey: ['transfers', box],
    queryFn: ({ signal }) =>
      api.get<{ items: TransferItem[]; total: number }>('/api/v1/transfers', { box }, signal),
  });
}
