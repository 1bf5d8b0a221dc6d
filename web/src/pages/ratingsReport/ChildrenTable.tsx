import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useScreen } from '../../lib/useIsMobile.ts';
import { ShareCell } from './ShareCell.tsx';
import { TEXTS } from './texts.ts';
import type { RatingsReportChildren } from './useRatingsReport.ts';

type Child = RatingsReportChildren['children'][number];
const num = new Intl.NumberFormat('vi-VN');

/** Each org directly under the report's org in the last year; its name drills down. */
export function ChildrenTable({
  data,
  onOpen,
}: {
  data: RatingsReportChildren;
  onOpen: (code: string) => void;
}) {
  const { phone } = useScreen();
  const last = (c: Child) => c.years.at(-1)!;
  const columns: TableColumnsType<Child> = [
    {
      title: TEXTS.childOrg,
      key: 'org',
      fixed: 'left',
      // On a phone the name wraps in a narrow column so the figures show beside it.
      width: phone ? 150 : undefined,
      render: (_, c) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => onOpen(c.org.code)}
        >
          {c.org.name}
        </Button>
      ),
    },
    ...(['grassroots', 'subordinateCells', 'members'] as const).flatMap((g) => [
      {
        title: `${TEXTS.groups[g]}: ${TEXTS.rated.toLowerCase()}`,
        key: `${g}-rated`,
        align: 'right' as const,
        render: (_: unknown, c: Child) => num.format(last(c)[g].rated),
      },
      {
        title: TEXTS.goodShort,
        key: `${g}-good`,
        align: 'right' as const,
        render: (_: unknown, c: Child) => <ShareCell share={last(c)[g].shares.goodOrBetter} />,
      },
    ]),
    {
      title: `${TEXTS.groups.members}: ${TEXTS.excellentShort.toLowerCase()}`,
      key: 'excellent',
      align: 'right',
      render: (_, c) => <ShareCell share={last(c).members.shares.excellent} />,
    },
  ];
  return (
    <>
      <Typography.Text type="secondary">{TEXTS.childrenHint(data.toYear)}</Typography.Text>
      <Table<Child>
        data-testid="ratings-children"
        size="small"
        rowKey={(c) => c.org.code}
        dataSource={data.children}
        columns={columns}
        locale={{ emptyText: TEXTS.noChildren }}
        pagination={data.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
