import { TeamOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Skeleton, Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { formatDate, todayIso } from '../../lib/dates.ts';
import { isCell } from '../../shared.ts';
import { OrgActions } from './actions/OrgActions.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { OrgChildren } from './OrgChildren.tsx';
import { OrgCounts } from './OrgCounts.tsx';
import { OrgHeader } from './OrgHeader.tsx';
import { OrgHistory } from './OrgHistory.tsx';
import { TEXTS } from './texts.ts';
import { useOrg } from './useOrg.ts';

function OrgSkeleton() {
  return (
    <Flex vertical gap={16}>
      <Skeleton active title={false} paragraph={{ rows: 3, width: ['40%', '60%', '30%'] }} />
      <Row gutter={[12, 12]}>
        {[1, 2, 3, 4].map((k) => (
          <Col key={k} xs={12} md={6}>
            <Card size="small">
              <Skeleton active title={false} paragraph={{ rows: 2 }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small">
        <Skeleton active title={false} paragraph={{ rows: 6 }} />
      </Card>
    </Flex>
  );
}

/** One party organization as of a date: who it is, its members, children, history and coverage. */
export default function OrgPage() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const me = useSignedIn();
  const asOfParam = params.get('asOf');
  const asOf =
    asOfParam && /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) && asOfParam !== todayIso() ? asOfParam : null;
  const org = useOrg(code, asOf);

  if (org.isPending) return <OrgSkeleton />;
  if (org.isError) return <ErrorState error={org.error} onRetry={() => org.refetch()} />;
  const o = org.data;
  const live = o.existsOnDate && !asOf;
  const cell = isCell(o.current?.kind ?? '');
  const writer = can.writeOrgs(me) && live;
  const setAsOf = (iso: string | null) => {
    const next = new URLSearchParams(params);
    if (iso && iso !== todayIso()) next.set('asOf', iso);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <OrgHeader org={o} asOf={asOf} onAsOf={setAsOf} actions={writer ? <OrgActions org={o} /> : undefined} />
      {asOf && o.existsOnDate && <Alert type="info" showIcon title={TEXTS.viewingPast(formatDate(asOf))} />}
      {!o.existsOnDate && <Alert type="warning" showIcon title={TEXTS.notOnDate(formatDate(o.asOf))} />}
      <OrgCounts counts={o.memberCounts} />
      {!asOf && o.existsOnDate && (
        <div>
          <LinkButton to={`/members?org=${encodeURIComponent(o.code)}`} icon={<TeamOutlined />}>
            {TEXTS.viewMembers}
          </LinkButton>
        </div>
      )}
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          key={o.code}
          defaultActiveKey={o.children.length ? 'children' : 'history'}
          items={[
            // A cell has no orgs under it: no tab for them.
            ...(cell && !o.children.length
              ? []
              : [
                  {
                    key: 'children',
                    label: `${TEXTS.children} (${o.children.length})`,
                    children: (
                      <OrgChildren
                        items={o.children}
                        asOf={asOf}
                        emptyText={writer ? TEXTS.noChildrenWriter : TEXTS.noChildren}
                      />
                    ),
                  },
                ]),
            {
              key: 'coverage',
              label: `${TEXTS.coverageShort} (${o.coverageUnits.length})`,
              children: (
                <CoverageTable
                  units={o.coverageUnits}
                  known={o.children}
                  self={{ code: o.code, name: o.current?.name ?? o.code }}
                />
              ),
            },
            {
              key: 'history',
              label: `${TEXTS.history} (${o.events.length})`,
              children: <OrgHistory org={o} />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
