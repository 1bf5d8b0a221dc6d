import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { can, homePath } from './roles.ts';
import { useSignedIn } from './useMe.ts';

/** The roll and the tree are for those who manage or watch an org; a member goes to their own record. */
export function RequireRoll({ children }: { children: ReactNode }) {
  const me = useSignedIn();
  if (!can.browseRoll(me)) return <Navigate to={homePath(me)} replace />;
  return children;
}
