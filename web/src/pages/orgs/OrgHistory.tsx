import { Empty, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { OrgDetails, OrgEvent, OrgEventType } from '../../api/types.ts';
import { useCodes } from '../../codes/useCodes.ts';
import { formatDate } from '../../lib/dates.ts';
import { ORG_EVENT_LABELS } from '../../shared.ts';
import { OrgLink } from './OrgLink.tsx';
import { EVENT_COLORS, TEXTS } from './texts.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** What changed, in words: details of the event, or what the versions show on its date. */
function useWhat() {
  const codes = useCodes();
  return (e: OrgEvent, org: OrgDetails): ReactNode => {
    const d = e.details ?? {};
    const after = org.versions.find((v) => v.validFrom === e.effectiveDate);
    switch (e.type) {
      case 'ESTABLISH':
        return TEXTS.establishedAs(
          str(d.name) || (after?.name ?? ''),
          codes.label('orgKind', str(d.kind) || after?.kind),
        );
      case 'RENAME':
        return TEXTS.renamedFrom(str(d.previousName), str(d.name));
      case 'MOVE':
        return after?.parentCode ? (
          <>
            {TEXTS.movedTo} <OrgLink code={after.parentCode} />
          </>
        ) : null;
      case 'UPDATE':
        return [
          d.kind ? `${TEXTS.kindChanged}: ${codes.label('orgKind', str(d.kind))}` : null,
          d.sector ? `${TEXTS.sectorChanged}: ${codes.label('orgSector', str(d.sector))}` : null,
        ]
          .filter(Boolean)
          .join('; ');
      case 'MERGE_INTO':
        return (
          <>
            {TEXTS.mergedInto} <OrgLink code={d.survivorCode} />
          </>
        );
      case 'ABSORB':
        return (
          <>
            {TEXTS.absorbed} <OrgLink code={d.sourceCode} />
          </>
        );
      default:
        return null;
    }
  };
}

/** The org's dated changes with their decisions, newest first. */
export function OrgHistory({ org }: { org: OrgDetails }) {
  const what = useWhat();
  const events = [...org.events].reverse();
  return (
    <>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.noHistory} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={events.map((e) => {
            const decided = e.decisionNumber || e.decisionDate || e.issuingBody;
            return {
              key: e.id,
              color: EVENT_COLORS[e.type] ?? 'gray',
              content: (
                <div>
                  <Typography.Text strong>
                    {formatDate(e.effectiveDate)} · {ORG_EVENT_LABELS[e.type as OrgEventType] ?? e.type}
                  </Typography.Text>
                  {what(e, org) && <div>{what(e, org)}</div>}
                  {decided && (
                    <div>
                      <Typography.Text type="secondary">
                        {TEXTS.decision(e.decisionNumber, formatDate(e.decisionDate) || null, e.issuingBody)}
                      </Typography.Text>
                    </div>
                  )}
                  {e.note && <div style={{ whiteSpace: 'pre-line' }}>{e.note}</div>}
                  {e.recordedBy && (
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {TEXTS.recordedBy(e.recordedBy)}
                    </Typography.Text>
                  )}
                </div>
              ),
            };
          })}
        />
      )}
    </>
  );
}
