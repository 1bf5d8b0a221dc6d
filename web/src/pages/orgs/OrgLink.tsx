import { Link } from 'react-router';
import { useOrgName } from './useOrg.ts';

/** A link to an org, named once its details are loaded (the code until then). */
export function OrgLink({ code }: { code: unknown }) {
  const valid = typeof code === 'string' && code.length > 0;
  const name = useOrgName(valid ? code : null, null);
  if (!valid) return null;
  return <Link to={`/orgs/${encodeURIComponent(code)}`}>{name ?? code}</Link>;
}
