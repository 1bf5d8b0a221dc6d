import { Navigate } from 'react-router';
import { homePath } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';

/** "/" sends everyone to where their work starts. */
export default function HomeRedirect() {
  return <Navigate to={homePath(useSignedIn())} replace />;
}
