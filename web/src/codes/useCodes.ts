import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import type { CodeListName, Codes } from '../api/types.ts';

/** The code lists never change while the app runs: load once, keep forever. */
export function useCodes() {
  const query = useQuery({
    queryKey: ['codes'],
    queryFn: () => api.get<Codes>('/api/v1/codes'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const codes = query.data;
  const helpers = useMemo(() => {
    const maps = new Map<string, Map<string, string>>();
    for (const [name, list] of Object.entries(codes ?? {})) {
      maps.set(name, new Map(list?.items.map((i) => [i.code, i.label]) ?? []));
    }
    return {
      /** The Vietnamese label of a code, or the code itself when unknown. */
      label: (list: CodeListName, code: string | null | undefined): string =>
        code ? (maps.get(list)?.get(code) ?? code) : '',
      options: (list: CodeListName) =>
        (codes?.[list]?.items ?? []).map((i) => ({ value: i.code, label: i.label })),
    };
  }, [codes]);
  return { ...query, ...helpers };
}
