import { Alert, Card, Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Membership } from '../../api/lifecycle.ts';
import { formatDate } from '../../lib/dates.ts';
import { MEMBERSHIP_EVENT_LABELS } from '../../shared.ts';
import { LIFE_TEXTS as T } from './texts.ts';

const label = (type: string) => (MEMBERSHIP_EVENT_LABELS as Record<string, string>)[type] ?? type;

/** The name of an org the history names, else its code. */
function orgName(m: Membership, code: string | null | undefined): string | null {
  if (!code) return null;
  return [...m.history].reverse().find((e) => e.orgCode === code && e.orgName)?.orgName ?? code;
}

/** "Đang chuyển sinh hoạt đến …": the member is in transit until the receiving org decides. */
export function PendingTransferBanner({ m, link }: { m: Membership; link: boolean }) {
  const p = m.pendingTransfer;
  if (!p) return null;
  const to = m.history.find((e) => e.id === p.eventId)?.orgName ?? orgName(m, p.toOrgCode) ?? p.toOrgCode;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={T.pending(to, formatDate(p.issuedOn))}
      description={
        <>
          {T.pendingHint} {link && <Link to="/chuyen-sinh-hoat?tab=out">{T.pendingLink}</Link>}
        </>
      }
    />
  );
}

/** Where the membership stands today: status, exemption, host org, party age, next badge. */
export function MembershipSummary({ m, linkOrgs }: { m: Membership; linkOrgs: boolean }) {
  const current = m.periods.at(-1);
  const open = current && current.validTo === null ? current : undefined;
  const orgLink = (code: string) => {
    const name = orgName(m, code);
    return linkOrgs ? <Link to={`/orgs/${encodeURIComponent(code)}`}>{name}</Link> : name;
  };
  const items: NonNullable<DescriptionsProps['items']> = [];
  if (open) {
    items.push(
      {
        key: 'status',
        label: T.status,
        children: (
          <Tag color={open.status === 'PROBATIONARY' ? 'gold' : 'green'}>{T.statusLabels[open.status]}</Tag>
        ),
      },
      { key: 'cell', label: T.cell, children: orgLink(open.orgCode) },
      {
        key: 'exemption',
        label: T.exemption,
        children: open.exemption ? (
          <div>
            {T.exemptionLabels[open.exemption]}{' '}
            <Typography.Text type="secondary">
              ({T.since(formatDate(sinceOf(m, (p) => p.exemption === open.exemption)))})
            </Typography.Text>
          </div>
        ) : (
          T.noExemption
        ),
      },
    );
    if (open.hostOrgCode) {
      const host = open.hostOrgCode;
      items.push({
        key: 'host',
        label: T.host,
        children: (
          <div>
            {orgLink(host)}{' '}
            <Typography.Text type="secondary">
              ({T.since(formatDate(sinceOf(m, (p) => p.hostOrgCode === host)))})
            </Typography.Text>
          </div>
        ),
      });
    }
    items.push(
      {
        key: 'partyAge',
        label: T.partyAge,
        children: m.partyAgeYears === null ? T.partyAgeNone : T.years(m.partyAgeYears),
      },
      {
        key: 'badge',
        label: T.nextBadge,
        children: m.nextBadge ? (
          <div>
            <div>{T.badge(m.nextBadge.years)}</div>
            <Typography.Text type="secondary">
              {T.badgeDates(formatDate(m.nextBadge.reachedOn), formatDate(m.nextBadge.awardOn))}
            </Typography.Text>
          </div>
        ) : (
          T.noBadge
        ),
      },
    );
  } else {
    items.push({
      key: 'status',
      label: T.status,
      children:
        current?.validTo && current.endCause ? (
          <div>
            <Tag>{T.notMember}</Tag>
            <div>{T.endedBy(label(current.endCause), formatDate(current.validTo))}</div>
          </div>
        ) : (
          T.neverMember
        ),
    });
    if (current) items.push({ key: 'cell', label: T.cell, children: orgLink(current.orgCode) });
  }
  return (
    <Card size="small" title={T.summary}>
      <Descriptions
        className="nm-even-columns"
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xxl: 3 }}
        items={items}
      />
    </Card>
  );
}

/** The start of the unbroken run of periods, up to the open one, that share a property. */
function sinceOf(m: Membership, same: (p: Membership['periods'][number]) => boolean): string {
  let since = m.periods.at(-1)?.validFrom ?? '';
  for (let i = m.periods.length - 1; i >= 0; i--) {
    const p = m.periods[i];
    if (!p || !same(p)) break;
    since = p.validFrom;
  }
  return since;
}
