import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { type Membership, type MembershipEvent, orgRoleOf } from '../../api/lifecycle.ts';
import { formatDate, formatTimestamp } from '../../lib/dates.ts';
import { MEMBERSHIP_EVENT_LABELS, REMOVAL_CAUSES } from '../../shared.ts';
import { LIFE_TEXTS as T, TEXTS } from './texts.ts';

const GREEN = ['ADMISSION', 'READMISSION', 'RECOGNITION', 'ARRIVAL', 'TRANSFER_ACCEPTED', 'EXEMPTION_END'];
const RED = [
  'DIED',
  'EXPELLED',
  'REMOVED',
  'RESIGNED',
  'ADMISSION_ANNULLED',
  'RECOGNITION_REFUSED',
  'DEPARTURE',
];
const BLUE = ['TRANSFER_ISSUED', 'INTERNAL_MOVE', 'ORG_MERGE', 'TEMP_TRANSFER_START', 'TEMP_TRANSFER_END'];
// Explicit blue: antd's "blue" is the theme's primary colour, which is red here.
const colorOf = (type: string) =>
  GREEN.includes(type) ? 'green' : RED.includes(type) ? 'red' : BLUE.includes(type) ? '#1677ff' : 'gray';

const labelOf = (type: string) => (MEMBERSHIP_EVENT_LABELS as Record<string, string>)[type] ?? type;

/** What the org of an event is to it, when the event itself does not say (accepted or returned transfers). */
const orgRole = (type: string) =>
  orgRoleOf(type) ??
  (type === 'TRANSFER_ACCEPTED' || type === 'TRANSFER_RETURNED' ? 'Chi bộ nhận' : undefined);

/** The API gives timestamps either as ISO or as PostgreSQL text ("2026-11-23 19:19:28.5+00"). */
const timestamp = (ts: string) => formatTimestamp(ts.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

interface Correction {
  event: MembershipEvent;
  voids: boolean;
  date: string | null;
  org: boolean;
}

function correctionOf(e: MembershipEvent): Correction {
  const replacement = (e.details.replacement ?? {}) as Record<string, unknown>;
  return {
    event: e,
    voids: e.details.void === true,
    date: str(replacement.effectiveDate),
    org: Boolean(replacement.orgId),
  };
}

interface Props {
  membership: Membership;
  linkOrgs: boolean;
  canEdit: boolean;
  onCorrect: (e: MembershipEvent) => void;
}

/**
 * The member's history, newest first. A correction shows under the event it corrects (and as its own
 * entry if that event is not in the list); a voided event stays, struck through.
 */
export function MembershipTimeline({ membership, linkOrgs, canEdit, onCorrect }: Props) {
  const [flash, setFlash] = useState<string | null>(null);
  const history = membership.history;
  const byTarget = new Map<string, Correction[]>();
  const orphans: MembershipEvent[] = [];
  const ids = new Set(history.map((e) => e.id));
  for (const e of history) {
    if (e.type !== 'CORRECTION') continue;
    if (e.correctsEventId && ids.has(e.correctsEventId))
      byTarget.set(e.correctsEventId, [...(byTarget.get(e.correctsEventId) ?? []), correctionOf(e)]);
    else orphans.push(e);
  }
  for (const list of byTarget.values())
    list.sort((a, b) => a.event.recordedAt.localeCompare(b.event.recordedAt));
  const byId = new Map(history.map((e) => [e.id, e]));
  const effectiveDate = (e: MembershipEvent) =>
    (byTarget.get(e.id) ?? []).reduce<string>((d, c) => c.date ?? d, e.effectiveDate);
  const shown = [...history.filter((e) => e.type !== 'CORRECTION'), ...orphans].sort(
    (a, b) => effectiveDate(b).localeCompare(effectiveDate(a)) || b.recordedAt.localeCompare(a.recordedAt),
  );

  const goTo = (id: string) => {
    document.getElementById(`event-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setFlash(id);
    setTimeout(() => setFlash((f) => (f === id ? null : f)), 2000);
  };
  const eventLink = (id: string, text: string) => (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => goTo(id)}>
      {text}
    </Button>
  );
  const orgName = (e: MembershipEvent) => {
    const name = e.orgName ?? e.orgCode;
    if (!name) return null;
    return linkOrgs && e.orgCode ? <Link to={`/orgs/${encodeURIComponent(e.orgCode)}`}>{name}</Link> : name;
  };

  const item = (e: MembershipEvent) => {
    const corrections = byTarget.get(e.id) ?? [];
    const voided = corrections.some((c) => c.voids);
    const corrected = !voided && corrections.length > 0;
    const newDate = effectiveDate(e);
    const pending = membership.pendingTransfer?.eventId === e.id;
    const role = orgRole(e.type);
    const org = orgName(e);
    const transferOf = str(e.details.transferEventId);
    const transfer = transferOf ? byId.get(transferOf) : undefined;
    const cause = str(e.details.cause);
    const lines: ReactNode[] = [];
    if (e.type === 'CORRECTION') {
      lines.push(T.correctionReason(e.note ?? ''));
    } else {
      if (org)
        lines.push(
          role ? (
            <>
              {role}: {org}
            </>
          ) : (
            org
          ),
        );
      if (transfer) lines.push(eventLink(transfer.id, T.ofTransfer(formatDate(transfer.effectiveDate))));
      const ceremony = str(e.details.ceremonyDate);
      if (ceremony && ceremony !== e.effectiveDate) lines.push(T.ceremonyOn(formatDate(ceremony)));
      const status = str(e.details.status);
      if (status) lines.push(T.arrivedAs(status === 'PROBATIONARY' ? T.probationary : T.official));
      const external = str(e.details.externalOrg);
      if (external) lines.push(e.type === 'ARRIVAL' ? T.externalFrom(external) : T.externalTo(external));
      if (cause) lines.push(T.cause((REMOVAL_CAUSES as Record<string, string>)[cause] ?? cause));
      if (e.decisionNumber || e.decisionDate || e.issuingBody)
        lines.push(
          <Typography.Text type="secondary">
            {TEXTS.decision(e.decisionNumber, formatDate(e.decisionDate) || null, e.issuingBody)}
          </Typography.Text>,
        );
      if (e.note) lines.push(<span style={{ whiteSpace: 'pre-line' }}>{e.note}</span>);
    }
    const title = (
      <>
        {newDate !== e.effectiveDate ? (
          <>
            <Typography.Text delete type="secondary">
              {formatDate(e.effectiveDate)}
            </Typography.Text>{' '}
            {formatDate(newDate)}
          </>
        ) : (
          formatDate(e.effectiveDate)
        )}{' '}
        · {labelOf(e.type)}
      </>
    );
    return {
      key: e.id,
      color: voided ? 'gray' : colorOf(e.type),
      content: (
        <div
          id={`event-${e.id}`}
          data-testid="timeline-event"
          style={{
            borderRadius: 6,
            transition: 'background 0.4s',
            background: flash === e.id ? '#fff7e6' : undefined,
            scrollMarginTop: 80,
          }}
        >
          <Flex wrap gap={4} align="center">
            <Typography.Text strong delete={voided} type={voided ? 'secondary' : undefined}>
              {title}
            </Typography.Text>
            {voided && <Tag color="default">{T.voided}</Tag>}
            {corrected && <Tag color="orange">{T.correctedTag}</Tag>}
            {pending && <Tag color="processing">{T.awaiting}</Tag>}
          </Flex>
          {e.type === 'CORRECTION' && e.correctsEventId && (
            <div>{eventLink(e.correctsEventId, T.showTarget)}</div>
          )}
          <div style={voided ? { opacity: 0.6, textDecoration: 'line-through' } : undefined}>
            {lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one event never reorder
              <div key={i}>{l}</div>
            ))}
          </div>
          {corrections.map((c) => (
            <div
              key={c.event.id}
              style={{
                marginTop: 6,
                padding: '4px 8px',
                borderInlineStart: '3px solid #fa8c16',
                background: '#fffaf0',
              }}
            >
              <Typography.Text strong>{T.correct}</Typography.Text>
              {c.voids && <div>{T.correctionVoid}</div>}
              {c.date && <div>{T.correctionDate(formatDate(c.date))}</div>}
              {c.org && <div>{T.correctionOrg}</div>}
              {(c.event.decisionNumber || c.event.decisionDate) && (
                <div>
                  {T.correctionDecision(c.event.decisionNumber, formatDate(c.event.decisionDate) || null)}
                </div>
              )}
              {c.event.note && (
                <div style={{ whiteSpace: 'pre-line' }}>{T.correctionReason(c.event.note)}</div>
              )}
              {c.event.recordedBy && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {TEXTS.recorded(c.event.recordedBy, timestamp(c.event.recordedAt))}
                </Typography.Text>
              )}
            </div>
          ))}
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {TEXTS.recorded(e.recordedBy, timestamp(e.recordedAt))}
            </Typography.Text>
            {canEdit && e.type !== 'CORRECTION' && !voided && (
              <Button
                size="small"
                type="link"
                icon={<EditOutlined />}
                style={{ paddingInline: 0 }}
                onClick={() => onCorrect(e)}
                aria-label={`${T.correct}: ${labelOf(e.type)} ${formatDate(e.effectiveDate)}`}
              >
                {T.correct}
              </Button>
            )}
          </Flex>
        </div>
      ),
    };
  };

  return (
    <Card size="small" title={TEXTS.history}>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.noHistory} />
      ) : (
        <Timeline style={{ marginTop: 8 }} items={shown.map(item)} />
      )}
    </Card>
  );
}
