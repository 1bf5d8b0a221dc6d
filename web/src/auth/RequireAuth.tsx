import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../components/ErrorState.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { useMe } from './useMe.ts';

/** Renders its children for a signed-in user; otherwise goes to sign-in, remembering where to return. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (me.isError && me.data === undefined)
    return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return children;
}
