import { Table, type TableColumnsType, Typography } from 'antd';
import { countOf, levelColumns } from '../../../../src/modules/ratings/report/columns.ts';
import type { ReportGroup } from '../../../../src/modules/ratings/report/rules.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { ShareCell } from './ShareCell.tsx';
import { TEXTS } from './texts.ts';
import type { YearRow } from './useRatingsReport.ts';

const num = new Intl.NumberFormat('vi-VN');

/** "Quy định 132-QĐ/TW" → "QĐ 132", for a phone's narrow column. */
const shortScale = (name: string) =>
  name
    .replace(/\s*\(.*\)$/, '')
    .replace(/^Quy định (\d+).*$/, 'QĐ $1')
    .replace(/^Hướng dẫn (\d+).*$/, 'HD $1');

/**
 * Footnote 10's table for one group: a row per year, a column per level of every year's scale (empty
 * where that year's scale has no such level), and the two shares against their targets.
 */
export function YearTable({ years, group }: { years: YearRow[]; group: ReportGroup }) {
  const { phone } = useScreen();
  const levels = levelColumns(years, group);
  const columns: TableColumnsType<YearRow> = [
    { title: TEXTS.year, dataIndex: 'year', fixed: 'left', width: 64 },
    {
      title: TEXTS.scale,
      key: 'scale',
      width: phone ? 72 : 150,
      render: (_, y) => (
        <Typography.Text type="secondary">{phone ? shortScale(y.scale.name) : y.scale.name}</Typography.Text>
      ),
    },
    {
      title: TEXTS.rated,
      key: 'rated',
      align: 'right',
      width: 90,
      render: (_, y) => (
        <strong data-testid={`rated-${group}-${y.year}`}>{num.format(y[group].rated)}</strong>
      ),
    },
    ...levels.map((l) => ({
      title: l.label,
      key: l.code,
      align: 'right' as const,
      width: 110,
      render: (_: unknown, y: YearRow) => {
        const n = countOf(y, group, l.code);
        return n === null ? (
          <span title={TEXTS.notOnScale}>·</span>
        ) : (
          <span data-testid={`count-${group}-${y.year}-${l.code}`}>{num.format(n)}</span>
        );
      },
    })),
    {
      title: `${TEXTS.goodShort} (${TEXTS.targetText(years[0]!.members.shares.goodOrBetter.target)})`,
      key: 'good',
      align: 'right',
      width: 120,
      render: (_, y) => <ShareCell share={y[group].shares.goodOrBetter} testId={`good-${group}-${y.year}`} />,
    },
    {
      title: `${TEXTS.excellentShort} (${TEXTS.targetText(years[0]!.members.shares.excellent.target)})`,
      key: 'excellent',
      align: 'right',
      width: 110,
      render: (_, y) => (
        <ShareCell share={y[group].shares.excellent} testId={`excellent-${group}-${y.year}`} />
      ),
    },
  ];
  return (
    <Table<YearRow>
      data-testid={`ratings-${group}`}
      size="small"
      pagination={false}
      rowKey="year"
      dataSource={years}
      columns={columns}
      scroll={{ x: 'max-content' }}
    />
  );
}
