import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrgSearchHit } from '../../api/types.ts';
import { fetchTreeLevel, loadTreeLevel, searchOrgs, treeKey } from './orgTreeApi.ts';
import { type OrgTreeNode, toTreeNode, withChildren } from './treeData.ts';

/** State of the lazily loaded org tree: nodes, expanded and loaded branches, and revealing a search hit. */
export function useOrgTree() {
  const qc = useQueryClient();
  const roots = useQuery({ queryKey: treeKey(null), queryFn: () => fetchTreeLevel(null), staleTime: 60_000 });
  const [nodes, setNodes] = useState<OrgTreeNode[]>([]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const loaded = useRef(new Set<string>());
  const rootKeys = useRef<string[]>([]);

  useEffect(() => {
    if (!roots.data) return;
    const top = roots.data.map(toTreeNode);
    rootKeys.current = top.map((n) => n.key);
    loaded.current.clear();
    setNodes(top);
    setLoadedKeys([]);
    // A single root (a cell secretary, a commune) opens by itself.
    setExpandedKeys(top.length === 1 && !top[0]!.isLeaf ? [top[0]!.key] : []);
  }, [roots.data]);

  const loadChildren = useCallback(
    async (code: string) => {
      if (loaded.current.has(code)) return;
      const items = await loadTreeLevel(qc, code);
      loaded.current.add(code);
      setNodes((prev) => withChildren(prev, code, items.map(toTreeNode)));
      setLoadedKeys((prev) => (prev.includes(code) ? prev : [...prev, code]));
    },
    [qc],
  );

  /** Opens the branches down to a search hit (from the first ancestor the user's tree shows). */
  const reveal = useCallback(
    async (hit: OrgSearchHit) => {
      const start = hit.path.findIndex((c) => rootKeys.current.includes(c));
      if (start < 0) return;
      const chain = hit.path.slice(start);
      for (const code of chain) await loadChildren(code);
      setExpandedKeys((prev) => [...new Set([...prev, ...chain])]);
    },
    [loadChildren],
  );

  /** Opens the branches down to an org known only by its code (opened from a link or the address). */
  const revealCode = useCallback(
    async (code: string) => {
      const hit = (await searchOrgs(code)).find((h) => h.code === code);
      if (hit) await reveal(hit);
    },
    [reveal],
  );

  return { roots, nodes, expandedKeys, setExpandedKeys, loadedKeys, loadChildren, reveal, revealCode };
}
