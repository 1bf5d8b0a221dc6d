import type { TreeNode } from '../../api/types.ts';

/** A node of the antd Tree, carrying the org it shows. */
export interface OrgTreeNode {
  key: string;
  isLeaf: boolean;
  org: TreeNode;
  children?: OrgTreeNode[];
}

export const toTreeNode = (org: TreeNode): OrgTreeNode => ({ key: org.code, isLeaf: !org.hasChildren, org });

/** A copy of the tree with `children` placed under the node `key`. */
export function withChildren(nodes: OrgTreeNode[], key: string, children: OrgTreeNode[]): OrgTreeNode[] {
  return nodes.map((n) => {
    if (n.key === key) return { ...n, children, isLeaf: children.length === 0 };
    if (n.children) return { ...n, children: withChildren(n.children, key, children) };
    return n;
  });
}

/** Whether the node `key` is among the loaded nodes. */
export function hasNode(nodes: OrgTreeNode[], key: string): boolean {
  return nodes.some((n) => n.key === key || (n.children ? hasNode(n.children, key) : false));
}
