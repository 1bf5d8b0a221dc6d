import { matchPath } from 'react-router';

/** The org the page is about: /orgs/:code, or the `org` filter of the member list. */
export function currentOrg(pathname: string, search: string): string | null {
  const org = matchPath('/orgs/:code', pathname);
  if (org?.params.code) return decodeURIComponent(org.params.code);
  if (pathname === '/members') return new URLSearchParams(search).get('org');
  return null;
}
