import { Card, Col, Empty, Flex, List, Row, Select, Table, Typography } from 'antd';
import { LineChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/dates.ts';
import { Chart } from '../statistics/Chart.tsx';
import { type Dashboard, useDashboard } from './api.ts';
import { CommitteesCard } from './CommitteesCard.tsx';
import { TEXTS } from './texts.ts';

echarts.use([LineChart]);

type GridCell = Dashboard['grid']['cells'][number];

const CELL_STYLE = {
  width: 44,
  height: 28,
  borderRadius: 4,
  fontSize: 11,
  lineHeight: '28px',
  textAlign: 'center' as const,
};

const describe = (m: GridCell['months'][number]['meetings'][number]) =>
  `${TEXTS.kinds[m.kind]} ${TEXTS.statusShort[m.status] ?? m.status}${m.qualityLevel ? ` ${TEXTS.levels[m.qualityLevel]}` : ''}${m.attendanceRate === null ? '' : ` ${m.attendanceRate}%`}`;

/** One month of one cell: green when a regular meeting was held (with its quality), red when the month passed without one. */
function MonthCell({
  meetings,
  past,
  where,
}: {
  meetings: GridCell['months'][number]['meetings'];
  past: boolean;
  where: string;
}) {
  const regular = meetings.find(
    (m) => m.kind === 'REGULAR' && (m.status === 'HELD' || m.status === 'CLOSED'),
  );
  const planned = meetings.find((m) => m.kind === 'REGULAR' && m.status === 'PLANNED');
  const thematic = meetings.some((m) => m.kind === 'THEMATIC' && m.status !== 'PLANNED');
  const label = regular
    ? regular.qualityLevel
      ? TEXTS.levelShort[regular.qualityLevel]
      : '✓'
    : planned
      ? '…'
      : '';
  const background = regular ? '#d9f7be' : planned ? '#e6f4ff' : past ? '#ffccc7' : '#fafafa';
  return (
    <div
      style={{ ...CELL_STYLE, background, fontWeight: thematic ? 700 : 400 }}
      title={`${where}: ${meetings.length ? meetings.map(describe).join('; ') : TEXTS.noMeeting}`}
    >
      {label}
      {thematic ? '*' : ''}
    </div>
  );
}

/** The upper level's year: months × cells, attendance trend, quarters, late and missing plans, overdue tasks. */
export function DashboardTab() {
  const [params, setParams] = useSearchParams();
  const org = params.get('org');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(1);
  const { data, isPending, error, refetch } = useDashboard(org, year, page);
  const trend = useMemo(
    () =>
      data && {
        tooltip: { trigger: 'axis' as const },
        legend: { top: 0, type: 'scroll' as const },
        grid: { left: 40, right: 40, top: 36, bottom: 24 },
        xAxis: { type: 'category' as const, data: data.months.map((m) => TEXTS.month(m.month)) },
        yAxis: [
          { type: 'value' as const, name: TEXTS.cells },
          { type: 'value' as const, min: 0, max: 100, name: '%' },
        ],
        series: [
          { name: TEXTS.heldRegular, type: 'bar' as const, data: data.months.map((m) => m.regularHeld) },
          {
            name: TEXTS.withoutRegular,
            type: 'bar' as const,
            data: data.months.map((m) => m.cellsWithoutRegular),
            itemStyle: { color: '#ff7875' },
          },
          {
            name: TEXTS.attendanceTrend,
            type: 'line' as const,
            yAxisIndex: 1,
            data: data.months.map((m) => m.attendanceRate),
          },
        ],
      },
    [data],
  );
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const currentMonth = data?.asOf.slice(0, 7) ?? '';
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        <div style={{ minWidth: 260, flex: '0 1 360px' }}>
          <OrgPicker
            value={org}
            placeholder={TEXTS.allOrgs}
            onChange={(code) => {
              setPage(1);
              const next = new URLSearchParams(params);
              if (code) next.set('org', code);
              else next.delete('org');
              setParams(next);
            }}
          />
        </div>
        <Select
          aria-label={TEXTS.year}
          value={year}
          onChange={(y) => {
            setPage(1);
            setYear(y);
          }}
          options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({
            value: y,
            label: `${TEXTS.year} ${y}`,
          }))}
        />
      </Flex>
      {isPending || !data ? (
        <PageLoading />
      ) : (
        <>
          <Card size="small" title={TEXTS.attendanceTrend}>
            {trend && <Chart option={trend} label={TEXTS.attendanceTrend} height={260} />}
          </Card>
          <Row gutter={[12, 12]}>
            <Col xs={24} md={8}>
              <Card size="small" title={TEXTS.quarters}>
                {data.quarters.map((q) => (
                  <div key={q.quarter}>{TEXTS.withoutThematic(q.quarter, q.cellsWithoutThematic)}</div>
                ))}
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" title={TEXTS.latePlans(data.latePlans.total)}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                  {TEXTS.missingPlans(
                    `${data.missingPlans.month.slice(5)}/${data.missingPlans.month.slice(0, 4)}`,
                    formatDate(data.missingPlans.deadline),
                    data.missingPlans.total,
                  )}
                </Typography.Paragraph>
                <List
                  size="small"
                  dataSource={data.latePlans.items.slice(0, 8)}
                  locale={{ emptyText: TEXTS.noneLate }}
                  renderItem={(p) => (
                    <List.Item>
                      {p.orgName} — {TEXTS.month(p.month)}: {formatDate(p.plannedOn)} (
                      {formatDate(p.deadline)})
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" title={TEXTS.overdueTasks(data.overdueTasks.total)}>
                <List
                  size="small"
                  dataSource={data.overdueTasks.items.slice(0, 8)}
                  locale={{ emptyText: TEXTS.noneLate }}
                  renderItem={(t) => (
                    <List.Item>
                      {t.title} — {t.memberName}, {t.orgName} ({formatDate(t.dueOn)})
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
          </Row>
          <CommitteesCard org={org} year={year} />
          <Card size="small" title={`${TEXTS.cells} (${data.grid.total})`}>
            <Typography.Paragraph type="secondary">{TEXTS.legendHeld}</Typography.Paragraph>
            {data.grid.cells.length === 0 ? (
              <Empty />
            ) : (
              <Table<GridCell>
                rowKey="code"
                size="small"
                scroll={{ x: 300 + 12 * 52 }}
                dataSource={data.grid.cells}
                pagination={{
                  current: page,
                  pageSize: data.grid.pageSize,
                  total: data.grid.total,
                  onChange: setPage,
                  showSizeChanger: false,
                }}
                columns={[
                  { title: TEXTS.cells, dataIndex: 'name', fixed: 'left', width: 260 },
                  ...data.months.map((m, i) => ({
                    title: TEXTS.month(m.month),
                    key: m.month,
                    width: 52,
                    render: (_: unknown, c: GridCell) => (
                      <MonthCell
                        meetings={c.months[i]!.meetings}
                        past={m.month < currentMonth}
                        where={`${c.name}, ${TEXTS.month(m.month)}`}
                      />
                    ),
                  })),
                ]}
              />
            )}
          </Card>
        </>
      )}
    </Flex>
  );
}
