import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Row, Segmented, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { DATE_FORMAT, formatDate, fromIso, todayIso, toIso } from '../../lib/dates.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { Chart } from './Chart.tsx';
import './print.css';
import { TEXTS } from './texts.ts';
import {
  type BreakdownEntry,
  type ChangesReport,
  type StructureReport,
  useChanges,
  useStructure,
} from './useReports.ts';

const num = new Intl.NumberFormat('vi-VN');
const pctFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = (n: number, total: number) => (total ? `${pctFormat.format((100 * n) / total)}%` : '');

interface FigureRow {
  key: string;
  label: string;
  count: number;
  percent?: string;
  strong?: boolean;
}

function FigureTable({ rows, testId }: { rows: FigureRow[]; testId?: string }) {
  return (
    <Table<FigureRow>
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        {
          title: TEXTS.item,
          dataIndex: 'label',
          render: (v: string, r) => (r.strong ? <strong>{v}</strong> : v),
        },
        {
          title: TEXTS.count,
          dataIndex: 'count',
          align: 'right',
          width: 110,
          render: (v: number, r) => (
            <span data-testid={`figure-${r.key}`}>
              {r.strong ? <strong>{num.format(v)}</strong> : num.format(v)}
            </span>
          ),
        },
        { title: TEXTS.percent, dataIndex: 'percent', align: 'right', width: 90 },
      ]}
    />
  );
}

const breakdownRows = (entries: BreakdownEntry[], total: number, name: string): FigureRow[] =>
  entries.map((e) => ({
    key: `${name}-${e.code}`,
    label: e.label,
    count: e.count,
    percent: pct(e.count, total),
  }));

function StructureView({ r }: { r: StructureReport }) {
  const total = r.members.total;
  const orgRows: FigureRow[] = [
    {
      key: 'grassroots',
      label: TEXTS.orgFigures.grassroots,
      count: r.organizations.grassroots.total,
      strong: true,
    },
    {
      key: 'committees',
      label: `– ${TEXTS.orgFigures.committees}`,
      count: r.organizations.grassroots.committees,
    },
    { key: 'cells', label: `– ${TEXTS.orgFigures.cells}`, count: r.organizations.grassroots.cells },
    {
      key: 'subordinateCells',
      label: TEXTS.orgFigures.subordinateCells,
      count: r.organizations.subordinateCells,
    },
  ];
  const memberRows: FigureRow[] = Object.entries(TEXTS.memberFigures).map(([k, label]) => ({
    key: k,
    label,
    count: r.members[k as keyof StructureReport['members']],
    percent: k === 'total' ? '' : pct(r.members[k as keyof StructureReport['members']], total),
    strong: k === 'total',
  }));
  const ageOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      grid: { left: 40, right: 12, top: 16, bottom: 28 },
      xAxis: { type: 'category' as const, data: r.breakdowns.ageBand.map((e) => e.label) },
      yAxis: { type: 'value' as const, minInterval: 1 },
      series: [
        {
          type: 'bar' as const,
          data: r.breakdowns.ageBand.map((e) => e.count),
          itemStyle: { color: '#c8102e' },
        },
      ],
    }),
    [r],
  );
  const educationOption = useMemo(
    () => ({
      tooltip: { trigger: 'item' as const, formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, type: 'scroll' as const },
      series: [
        {
          type: 'pie' as const,
          radius: ['35%', '65%'],
          center: ['50%', '42%'],
          label: { show: false },
          data: r.breakdowns.education
            .filter((e) => e.count > 0)
            .map((e) => ({ name: e.label, value: e.count })),
        },
      ],
    }),
    [r],
  );
  const hiddenEthnicities = r.breakdowns.ethnicity.filter((e) => e.count === 0).length;
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card size="small" title={TEXTS.organizations}>
            <FigureTable rows={orgRows} testId="stats-orgs" />
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card size="small" title={TEXTS.members}>
            <FigureTable rows={memberRows} testId="stats-members" />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={14}>
          <Card size="small" title={TEXTS.ageChart}>
            <Chart option={ageOption} label={TEXTS.ageChart} />
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card size="small" title={TEXTS.educationChart}>
            <Chart option={educationOption} label={TEXTS.educationChart} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        {Object.entries(TEXTS.breakdownTitles).map(([name, title]) => {
          const entries = r.breakdowns[name as keyof StructureReport['breakdowns']];
          const shown = name === 'ethnicity' ? entries.filter((e) => e.count > 0) : entries;
          return (
            <Col xs={24} lg={12} key={name}>
              <Card size="small" title={title}>
                <FigureTable rows={breakdownRows(shown, total, name)} testId={`stats-${name}`} />
                {name === 'ethnicity' && hiddenEthnicities > 0 && (
                  <Typography.Text type="secondary">{TEXTS.hiddenZeros(hiddenEthnicities)}</Typography.Text>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Flex>
  );
}

function ChangesView({ r }: { r: ChangesReport }) {
  const rows: FigureRow[] = [
    { key: 'start', label: TEXTS.startCount(formatDate(r.from)), count: r.startCount, strong: true },
    ...Object.entries(TEXTS.increase).map(([k, label]) => ({
      key: `increase-${k}`,
      label: k === 'total' ? label : `– ${label}`,
      count: r.increase[k as keyof ChangesReport['increase']],
      strong: k === 'total',
    })),
    ...Object.entries(TEXTS.decrease).map(([k, label]) => ({
      key: `decrease-${k}`,
      label: k === 'total' ? label : `– ${label}`,
      count: r.decrease[k as keyof ChangesReport['decrease']],
      strong: k === 'total',
    })),
    { key: 'end', label: TEXTS.endCount(formatDate(r.to)), count: r.endCount, strong: true },
  ];
  const option = useMemo(() => {
    const causes = [
      ...Object.entries(TEXTS.increase)
        .filter(([k]) => k !== 'total')
        .map(([k, label]) => ({
          label,
          value: r.increase[k as keyof ChangesReport['increase']],
          color: '#389e0d',
        })),
      ...Object.entries(TEXTS.decrease)
        .filter(([k]) => k !== 'total')
        .map(([k, label]) => ({
          label,
          value: -r.decrease[k as keyof ChangesReport['decrease']],
          color: '#c8102e',
        })),
    ];
    return {
      tooltip: { trigger: 'axis' as const },
      grid: { left: 150, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value' as const, minInterval: 1 },
      yAxis: { type: 'category' as const, inverse: true, data: causes.map((c) => c.label) },
      series: [
        {
          type: 'bar' as const,
          data: causes.map((c) => ({ value: c.value, itemStyle: { color: c.color } })),
        },
      ],
    };
  }, [r]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Card size="small" title={TEXTS.viewChanges}>
          <FigureTable rows={rows} testId="stats-changes" />
          <Typography.Text type="secondary">{TEXTS.identity}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title={TEXTS.changesChart}>
          <Chart option={option} height={320} label={TEXTS.changesChart} />
        </Card>
      </Col>
    </Row>
  );
}

/** Statistics of an org's subtree: structure on a date or changes over a period, printable. */
export default function StatisticsPage() {
  const [params, setParams] = useSearchParams();
  const { phone } = useScreen();
  const org = params.get('org');
  const view = params.get('view') === 'changes' ? 'changes' : 'structure';
  const today = todayIso();
  const asOf = params.get('asOf') ?? today;
  const to = params.get('to') ?? today;
  const from = params.get('from') ?? `${to.slice(0, 4)}-01-01`;
  const structure = useStructure(org, asOf, view === 'structure');
  const changes = useChanges(org, from, to, view === 'changes');
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const current = view === 'structure' ? structure : changes;
  const heading =
    view === 'structure'
      ? structure.data && TEXTS.structureHeading(structure.data.org.name, formatDate(structure.data.asOf))
      : changes.data &&
        TEXTS.changesHeading(
          changes.data.org.name,
          formatDate(changes.data.from),
          formatDate(changes.data.to),
        );

  return (
    <Flex vertical gap={16} className="stats-report">
      <div className="stats-no-print">
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {TEXTS.title}
        </Typography.Title>
        <Typography.Text type="secondary">{TEXTS.subtitle}</Typography.Text>
      </div>
      <Flex gap={12} wrap align="center" className="stats-no-print">
        <div style={{ minWidth: 240, flex: phone ? '1 1 100%' : '0 1 340px' }}>
          <OrgPicker
            aria-label={TEXTS.org}
            value={org}
            placeholder={TEXTS.orgPlaceholder}
            onChange={(code) => set({ org: code })}
          />
        </div>
        <Segmented
          value={view}
          onChange={(v) => set({ view: v === 'changes' ? 'changes' : null })}
          options={[
            { value: 'structure', label: TEXTS.viewStructure },
            { value: 'changes', label: TEXTS.viewChanges },
          ]}
        />
        {view === 'structure' ? (
          <DatePicker
            aria-label={TEXTS.asOf}
            format={DATE_FORMAT}
            allowClear={false}
            value={fromIso(asOf)}
            maxDate={fromIso(today)!}
            onChange={(d) => set({ asOf: toIso(d) })}
            style={{ width: phone ? '100%' : 160 }}
          />
        ) : (
          <DatePicker.RangePicker
            aria-label={TEXTS.period}
            format={DATE_FORMAT}
            allowClear={false}
            value={[fromIso(from), fromIso(to)]}
            maxDate={fromIso(today)!}
            onChange={(range) => set({ from: toIso(range?.[0]), to: toIso(range?.[1]) })}
            style={{ width: phone ? '100%' : 280 }}
          />
        )}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {TEXTS.print}
        </Button>
      </Flex>
      {current.error ? (
        <ErrorState error={current.error} onRetry={() => current.refetch()} />
      ) : current.isPending ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="stats-heading">
            {heading}
          </Typography.Title>
          {view === 'structure' && structure.data && <StructureView r={structure.data} />}
          {view === 'changes' && changes.data && <ChangesView r={changes.data} />}
        </>
      )}
    </Flex>
  );
}
