import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { isApiError } from '../api/problem.ts';
import { ME_KEY } from '../api/queryClient.ts';
import type { Me } from '../api/types.ts';

/** Who is signed in: the user, null when nobody is, undefined while loading. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/v1/auth/me');
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** For pages rendered behind RequireAuth, where the user is known. */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn outside RequireAuth');
  return data;
}
