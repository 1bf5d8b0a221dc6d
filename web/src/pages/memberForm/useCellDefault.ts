import { useQuery } from '@tanstack/react-query';
import { fetchTreeLevel, treeKey } from '../../layout/orgTree/orgTreeApi.ts';
import { isCell } from '../../shared.ts';
import { useOrg } from '../orgs/useOrg.ts';

/**
 * The cell a new member most likely belongs to: the org picked in the tree when it is a cell, or
 * the user's only root when that is a cell (a cell secretary).
 */
export function useCellDefault(orgParam: string | null): { value: string; label: string } | null | undefined {
  const picked = useOrg(orgParam, null);
  const roots = useQuery({ queryKey: treeKey(null), queryFn: () => fetchTreeLevel(null), staleTime: 60_000 });
  if (orgParam && picked.isPending) return undefined;
  const p = picked.data?.current;
  if (p && picked.data && isCell(p.kind)) return { value: picked.data.code, label: p.name };
  if (roots.isPending) return undefined;
  const only = roots.data?.length === 1 ? roots.data[0] : undefined;
  return only && isCell(only.kind) ? { value: only.code, label: only.name } : null;
}
