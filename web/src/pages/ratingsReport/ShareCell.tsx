import { Tag, Tooltip } from 'antd';
import { TEXTS } from './texts.ts';
import type { YearRow } from './useRatingsReport.ts';

type Share = YearRow['members']['shares']['goodOrBetter'];

const pct = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A share with its target: green when met, red when not, plain when nobody was rated. */
export function ShareCell({ share, testId }: { share: Share; testId?: string }) {
  if (share.percent === null) return <span data-testid={testId}>—</span>;
  const target = TEXTS.target(TEXTS.targetText(share.target));
  return (
    <Tooltip title={`${share.met ? TEXTS.met : TEXTS.notMet} (${target})`}>
      <Tag color={share.met ? 'success' : 'error'} data-testid={testId} data-met={String(share.met)}>
        {pct.format(share.percent)}%
      </Tag>
    </Tooltip>
  );
}
