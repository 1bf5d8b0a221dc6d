import { Card, Empty, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import type { MemberHistoryEntry } from '../../api/types.ts';
import { formatDate, formatTimestamp } from '../../lib/dates.ts';
import { TEXTS } from './texts.ts';

const COLORS: Record<string, string> = { ADMISSION: 'green', RECOGNITION: 'green', ORG_MERGE: 'blue' };

/** Membership events (admission, recognition, transfers…), newest first. */
export function MemberHistory({ items, linkOrgs }: { items: MemberHistoryEntry[]; linkOrgs: boolean }) {
  const events = [...items].sort((a, b) => (a.effectiveDate < b.effectiveDate ? 1 : -1));
  return (
    <Card size="small" title={TEXTS.history}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.noHistory} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={events.map((h) => ({
            key: h.id,
            color: COLORS[h.type] ?? 'gray',
            content: (
              <div>
                <Typography.Text strong>
                  {formatDate(h.effectiveDate)} · {h.typeLabel}
                </Typography.Text>
                {h.orgName && (
                  <div>
                    {linkOrgs && h.orgCode ? (
                      <Link to={`/orgs/${encodeURIComponent(h.orgCode)}`}>{h.orgName}</Link>
                    ) : (
                      h.orgName
                    )}
                  </div>
                )}
                {(h.decisionNumber || h.decisionDate || h.issuingBody) && (
                  <div>
                    <Typography.Text type="secondary">
                      {TEXTS.decision(h.decisionNumber, formatDate(h.decisionDate) || null, h.issuingBody)}
                    </Typography.Text>
                  </div>
                )}
                {h.note && <div style={{ whiteSpace: 'pre-line' }}>{h.note}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {TEXTS.recorded(h.recordedBy, formatTimestamp(h.recordedAt))}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
