import { ArrowUpOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { GROUP_KEYS } from '../../../../src/modules/ratings/report/columns.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { todayIso } from '../../lib/dates.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { ChildrenTable } from './ChildrenTable.tsx';
import { SharesChart } from './SharesChart.tsx';
import { TEXTS } from './texts.ts';
import { useRatingsChildren, useRatingsReport, xlsxHref } from './useRatingsReport.ts';
import { YearTable } from './YearTable.tsx';

const yearParam = (v: string | null, fallback: number) => (v && /^\d{4}$/.test(v) ? Number(v) : fallback);

/** The footnote-10 table of an org's subtree over a range of years, its chart and its drill-down. */
export default function RatingsReportPage() {
  const [params, setParams] = useSearchParams();
  const { phone } = useScreen();
  const thisYear = Number(todayIso().slice(0, 4));
  const org = params.get('org');
  const toYear = yearParam(params.get('toYear'), thisYear);
  const fromYear = yearParam(params.get('fromYear'), toYear - 9);
  const q = { org, fromYear, toYear };
  const report = useRatingsReport(q);
  const children = useRatingsChildren(q);
  const set = (patch: Record<string, string | null>, push = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    // A drill-down is a step the browser's back button undoes; changing a filter is not.
    setParams(next, { replace: !push });
  };
  const r = report.data;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {TEXTS.title}
        </Typography.Title>
        <Typography.Text type="secondary">{TEXTS.subtitle}</Typography.Text>
      </div>
      <Flex gap={12} wrap align="center">
        <div style={{ minWidth: 240, flex: phone ? '1 1 100%' : '0 1 340px' }}>
          <OrgPicker
            aria-label={TEXTS.org}
            value={org}
            placeholder={TEXTS.orgPlaceholder}
            onChange={(code) => set({ org: code })}
          />
        </div>
        <DatePicker.RangePicker
          picker="year"
          aria-label={TEXTS.years}
          allowClear={false}
          value={[dayjs(`${fromYear}-01-01`), dayjs(`${toYear}-01-01`)]}
          maxDate={dayjs(`${thisYear}-12-31`)}
          onChange={(range) =>
            set({
              fromYear: range?.[0] ? String(range[0].year()) : null,
              toYear: range?.[1] ? String(range[1].year()) : null,
            })
          }
          style={{ width: phone ? '100%' : 220 }}
        />
        <Button icon={<DownloadOutlined />} href={xlsxHref(q)} disabled={!r}>
          {TEXTS.download}
        </Button>
        {org && (
          <Button icon={<ArrowUpOutlined />} onClick={() => window.history.back()}>
            {TEXTS.up}
          </Button>
        )}
      </Flex>
      {report.error ? (
        <ErrorState error={report.error} onRetry={() => report.refetch()} />
      ) : !r ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="ratings-heading">
            {TEXTS.heading(r.org.name, r.fromYear, r.toYear)}
          </Typography.Title>
          <Tabs
            items={GROUP_KEYS.map((g) => ({
              key: g,
              label: TEXTS.groups[g],
              children: <YearTable years={r.years} group={g} />,
            }))}
          />
          <Card size="small" title={TEXTS.chart}>
            <SharesChart years={r.years} />
          </Card>
          <Card size="small" title={TEXTS.children}>
            {children.error ? (
              <ErrorState error={children.error} onRetry={() => children.refetch()} />
            ) : children.data ? (
              <ChildrenTable data={children.data} onOpen={(code) => set({ org: code }, true)} />
            ) : (
              <PageLoading />
            )}
          </Card>
        </>
      )}
    </Flex>
  );
}
