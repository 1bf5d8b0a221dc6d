import { MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Skeleton, Tree, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useCodes } from '../../codes/useCodes.ts';
import { TEXTS } from '../texts.ts';
import { OrgSearchBox } from './OrgSearchBox.tsx';
import { hasNode, type OrgTreeNode } from './treeData.ts';
import { useOrgTree } from './useOrgTree.ts';

interface Props {
  /** The org shown in the main area, highlighted in the tree. */
  selected: string | null;
  onPick: (code: string) => void;
}

/** The searchable, lazily loaded tree of the orgs the user may see. */
export function OrgTreePanel({ selected, onPick }: Props) {
  const tree = useOrgTree();
  const codes = useCodes();
  const box = useRef<HTMLDivElement>(null);

  // An org opened from a link or the address: open its branch once the tree has its roots.
  const revealed = useRef(new Set<string>());
  const { nodes, revealCode } = tree;
  useEffect(() => {
    if (!selected || !nodes.length || hasNode(nodes, selected) || revealed.current.has(selected)) return;
    revealed.current.add(selected);
    revealCode(selected).catch(() => {});
  }, [selected, nodes, revealCode]);

  // Keep the highlighted org in view when it changes or its branch opens.
  const expanded = tree.expandedKeys.length;
  useEffect(() => {
    if (!selected || expanded < 0) return;
    const t = setTimeout(() => {
      box.current?.querySelector('.ant-tree-node-selected')?.scrollIntoView({ block: 'nearest' });
    }, 450);
    return () => clearTimeout(t);
  }, [selected, expanded]);

  return (
    <Flex vertical gap={8} style={{ height: '100%', minHeight: 0 }}>
      <Typography.Text strong>{TEXTS.treeTitle}</Typography.Text>
      <OrgSearchBox
        onPick={async (hit) => {
          onPick(hit.code);
          await tree.reveal(hit);
        }}
      />
      <nav ref={box} aria-label={TEXTS.treeTitle} style={{ flex: 1, overflow: 'auto', minHeight: 0 }}>
        {tree.roots.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} title={false} />
        ) : tree.roots.isError ? (
          <Alert
            type="error"
            showIcon
            title={TEXTS.treeError}
            description={tree.roots.error.message}
            action={
              <Button size="small" onClick={() => tree.roots.refetch()}>
                {TEXTS.retry}
              </Button>
            }
          />
        ) : tree.nodes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.treeEmpty} />
        ) : (
          <Tree<OrgTreeNode>
            blockNode
            showLine
            switcherIcon={({ expanded }) =>
              expanded ? (
                <MinusSquareOutlined aria-label={TEXTS.collapse} />
              ) : (
                <PlusSquareOutlined aria-label={TEXTS.expand} />
              )
            }
            treeData={tree.nodes}
            expandedKeys={tree.expandedKeys}
            onExpand={(keys) => tree.setExpandedKeys(keys as string[])}
            loadedKeys={tree.loadedKeys}
            loadData={(node) => tree.loadChildren(node.key)}
            selectedKeys={selected ? [selected] : []}
            onSelect={(_keys, info) => onPick(info.node.key)}
            titleRender={(node) => (
              <span title={`${node.org.name} — ${codes.label('orgKind', node.org.kind)}`}>
                {node.org.name}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {TEXTS.membersShort(node.org.memberCount)}
                </Typography.Text>
              </span>
            )}
          />
        )}
      </nav>
    </Flex>
  );
}
