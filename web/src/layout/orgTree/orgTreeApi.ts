import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { OrgSearchHit, TreeNode } from '../../api/types.ts';

export const treeKey = (parent: string | null) => ['orgTree', parent ?? ''] as const;

export const fetchTreeLevel = (parent: string | null) =>
  api.get<{ items: TreeNode[] }>('/api/v1/orgs/tree', { parent }).then((r) => r.items);

/** One level of the tree, cached so reopening a branch costs nothing. */
export const loadTreeLevel = (qc: QueryClient, parent: string | null) =>
  qc.fetchQuery({ queryKey: treeKey(parent), queryFn: () => fetchTreeLevel(parent), staleTime: 60_000 });

export const searchOrgs = (q: string, signal?: AbortSignal) =>
  api.get<{ items: OrgSearchHit[] }>('/api/v1/orgs/search', { q }, signal).then((r) => r.items);
