import { Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';

import { Link } from 'react-router';
import type { CoverageUnit, TreeNode } from '../../api/types.ts';
import { useCodes } from '../../codes/useCodes.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { TEXTS } from './texts.ts';

interface Props {
  units: CoverageUnit[];
  /** Children of the org, to name the cells by name rather than by code. */
  known: TreeNode[];
  self: { code: string; name: string };
}

/** Villages, residential groups, schools, clinics… the org is responsible for, and their cells. */
export function CoverageTable({ units, known, self }: Props) {
  const codes = useCodes();
  const { phone } = useScreen();
  const names = new Map(known.map((o) => [o.code, o.name]));
  names.set(self.code, self.name);
  const cells = (u: CoverageUnit) =>
    u.cells.length ? (
      u.cells.map((c, i) => (
        <span key={c}>
          {i > 0 && ', '}
          <Link to={`/orgs/${encodeURIComponent(c)}`}>{names.get(c) ?? c}</Link>
        </span>
      ))
    ) : (
      <Tag color="orange">{TEXTS.noCell}</Tag>
    );
  const head = (u: CoverageUnit) =>
    u.headIsMember ? <Tag color="green">{TEXTS.yes}</Tag> : <Tag>{TEXTS.no}</Tag>;
  const columns: TableColumnsType<CoverageUnit> = phone
    ? [
        {
          key: 'name',
          title: TEXTS.coverageName,
          render: (_, u) => (
            <>
              <Typography.Text strong>{u.name}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {codes.label('coverageUnitKind', u.kind)}
              </Typography.Text>
              <div>{cells(u)}</div>
            </>
          ),
        },
        { key: 'head', title: TEXTS.coverageHead, render: (_, u) => head(u), width: 110 },
      ]
    : [
        { key: 'name', title: TEXTS.coverageName, dataIndex: 'name' },
        {
          key: 'kind',
          title: TEXTS.coverageKind,
          render: (_, u) => codes.label('coverageUnitKind', u.kind),
          width: 180,
        },
        { key: 'cells', title: TEXTS.coverageCells, render: (_, u) => cells(u) },
        { key: 'head', title: TEXTS.coverageHead, render: (_, u) => head(u), width: 200, align: 'center' },
      ];
  return (
    <Table<CoverageUnit>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={units}
      pagination={units.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.noCoverage} /> }}
    />
  );
}
