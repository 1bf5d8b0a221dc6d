import { Card, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useScreen } from '../../lib/useIsMobile.ts';
import { type Committees, useCommittees, type WindowFigures } from './api.ts';
import { TEXTS } from './texts.ts';

type Row = Committees['items'][number];

/** held/expected, red with the missed windows when some are over without a meeting. */
function Figures({ f }: { f: WindowFigures | null }) {
  if (!f) return <span>{TEXTS.notOwed}</span>;
  return (
    <Flex vertical gap={2}>
      <Tag color={f.missed.length ? 'red' : 'green'} style={{ alignSelf: 'flex-start' }}>
        {TEXTS.windows(f.held, f.expected)}
      </Tag>
      {f.missed.length > 0 && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {TEXTS.missed(f.missed)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * Committee meetings (chi ủy, đảng ủy) and grassroots conferences of the year, computed from the
 * meetings recorded (compliance.committeeCompliance); orgs with a missed period first.
 */
export function CommitteesCard({ org, year }: { org: string | null; year: number }) {
  const [page, setPage] = useState(1);
  const { phone } = useScreen();
  const { data, isPending, error, refetch } = useCommittees(org, year, page);
  const pagination = {
    current: page,
    pageSize: 20,
    total: data?.total ?? 0,
    onChange: setPage,
    hideOnSinglePage: true,
  };
  return (
    <Card size="small" title={TEXTS.committeesTitle}>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isPending ? (
        <PageLoading />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {TEXTS.committeesRules(
              data.rules.committeeMeetingEveryMonths,
              data.rules.cellCommitteeMinOfficial,
              data.rules.congressesPerYear,
            )}
          </Typography.Text>
          <Typography.Text>
            {TEXTS.committeesTotals(
              data.totals.committees,
              data.totals.committeesMissing,
              data.totals.congressOrgs,
              data.totals.congressMissing,
            )}
          </Typography.Text>
          {data.items.length === 0 ? (
            <Empty description={TEXTS.noCommittees} />
          ) : phone ? (
            <List
              dataSource={data.items}
              pagination={pagination}
              renderItem={(r) => (
                <List.Item style={{ display: 'block' }}>
                  <strong>{r.name}</strong>
                  <Flex gap={16} wrap style={{ marginTop: 4 }}>
                    <div>
                      <Typography.Text type="secondary">{TEXTS.committeeCol}</Typography.Text>
                      <Figures f={r.committee} />
                    </div>
                    <div>
                      <Typography.Text type="secondary">{TEXTS.congressCol}</Typography.Text>
                      <Figures f={r.congress} />
                    </div>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Table<Row>
              rowKey="code"
              size="small"
              dataSource={data.items}
              pagination={pagination}
              columns={[
                { title: TEXTS.committeesOrg, dataIndex: 'name' },
                { title: TEXTS.committeeCol, width: 320, render: (_, r) => <Figures f={r.committee} /> },
                { title: TEXTS.congressCol, width: 220, render: (_, r) => <Figures f={r.congress} /> },
              ]}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}
