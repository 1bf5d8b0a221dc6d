import { Descriptions } from 'antd';
import { formatTimestamp } from '../../lib/dates.ts';
import type { SelfReview } from './api.ts';
import { TEXTS } from './texts.ts';

/** The member's self-review as they wrote it (line breaks kept), for the cell to read before proposing. */
export function SelfReviewText({ self }: { self: SelfReview }) {
  const parts = [
    ['selfCriticism', TEXTS.selfCriticism, self.selfCriticism],
    ['strengths', TEXTS.strengths, self.strengths],
    ['shortcomings', TEXTS.shortcomings, self.shortcomings],
    ['commitments', TEXTS.commitments, self.commitments],
  ] as const;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        ...parts
          .filter(([, , v]) => v)
          .map(([key, label, v]) => ({
            key,
            label,
            children: <span style={{ whiteSpace: 'pre-line' }}>{v}</span>,
          })),
        { key: 'at', label: TEXTS.submittedAt, children: formatTimestamp(self.submittedAt) },
      ]}
    />
  );
}
