import { LineChart } from 'echarts/charts';
import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { Chart } from '../statistics/Chart.tsx';
import { TEXTS } from './texts.ts';
import type { YearRow } from './useRatingsReport.ts';

echarts.use([LineChart, MarkLineComponent, MarkAreaComponent]);

/** The shares over the years, the 90% bar and the 10–15% band drawn behind them. */
export function SharesChart({ years }: { years: YearRow[] }) {
  const option = useMemo(() => {
    const line = (name: string, data: (number | null)[], color: string, extra = {}) => ({
      name,
      type: 'line' as const,
      data,
      connectNulls: false,
      itemStyle: { color },
      ...extra,
    });
    const good = years[0]!.members.shares.goodOrBetter.target.min;
    const band = years[0]!.members.shares.excellent.target;
    return {
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (v == null ? '—' : `${v}%`) },
      legend: { bottom: 0, type: 'scroll' as const },
      grid: { left: 40, right: 36, top: 16, bottom: 56 },
      xAxis: { type: 'category' as const, data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        line(
          TEXTS.chartSeries.grassrootsGood,
          years.map((y) => y.grassroots.shares.goodOrBetter.percent),
          '#c8102e',
          {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed' as const, color: '#389e0d' },
              data: [{ yAxis: good, name: `${good}%` }],
            },
          },
        ),
        line(
          TEXTS.chartSeries.cellsGood,
          years.map((y) => y.subordinateCells.shares.goodOrBetter.percent),
          '#fa8c16',
        ),
        line(
          TEXTS.chartSeries.membersGood,
          years.map((y) => y.members.shares.goodOrBetter.percent),
          '#1677ff',
        ),
        line(
          TEXTS.chartSeries.membersExcellent,
          years.map((y) => y.members.shares.excellent.percent),
          '#722ed1',
          {
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(114, 46, 209, 0.08)' },
              data: [[{ yAxis: band.min }, { yAxis: band.max ?? band.min }]],
            },
          },
        ),
      ],
    };
  }, [years]);
  return <Chart option={option} height={300} label={TEXTS.chart} />;
}
