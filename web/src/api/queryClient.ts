import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './problem.ts';

export const ME_KEY = ['me'] as const;

/**
 * A 401 anywhere means the session is gone: forget who is signed in, and the guard in front of
 * the pages sends the user to sign-in, keeping the address they wanted.
 */
function onError(client: () => QueryClient) {
  return (error: unknown) => {
    if (isApiError(error) && error.status === 401) client().setQueryData(ME_KEY, null);
  };
}

export function createQueryClient(): QueryClient {
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onError(() => qc) }),
    mutationCache: new MutationCache({ onError: onError(() => qc) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Weak connections: retry network failures and server errors, never 4xx answers.
        retry: (count, error) =>
          count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      },
    },
  });
  return qc;
}
