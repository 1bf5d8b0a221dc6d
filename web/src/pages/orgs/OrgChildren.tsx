import { Empty, Table, type TableColumnsType, Typography } from 'antd';

import { Link } from 'react-router';
import type { TreeNode } from '../../api/types.ts';
import { useCodes } from '../../codes/useCodes.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { TEXTS } from './texts.ts';

interface Props {
  items: TreeNode[];
  asOf: string | null;
  emptyText: string;
}

/** The org's direct children on the date, each with its subtree's member count. */
export function OrgChildren({ items, asOf, emptyText }: Props) {
  const codes = useCodes();
  const { phone } = useScreen();
  const q = asOf ? `?asOf=${asOf}` : '';
  const name = (o: TreeNode) => <Link to={`/orgs/${encodeURIComponent(o.code)}${q}`}>{o.name}</Link>;
  const columns: TableColumnsType<TreeNode> = phone
    ? [
        {
          key: 'name',
          title: TEXTS.childName,
          render: (_, o) => (
            <>
              {name(o)}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {codes.label('orgKind', o.kind)}
              </Typography.Text>
            </>
          ),
        },
        { key: 'count', title: TEXTS.childCount, dataIndex: 'memberCount', align: 'right', width: 90 },
      ]
    : [
        { key: 'name', title: TEXTS.childName, render: (_, o) => name(o) },
        { key: 'kind', title: TEXTS.childKind, render: (_, o) => codes.label('orgKind', o.kind) },
        { key: 'sector', title: TEXTS.childSector, render: (_, o) => codes.label('orgSector', o.sector) },
        {
          key: 'count',
          title: TEXTS.childCount,
          dataIndex: 'memberCount',
          align: 'right',
          width: 130,
          sorter: (a, b) => a.memberCount - b.memberCount,
        },
      ];
  return (
    <Table<TreeNode>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={items}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}
