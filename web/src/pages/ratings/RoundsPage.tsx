import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { type Round, useRound, useRounds } from './api.ts';
import { ProgressBars, RoundStatus } from './badges.tsx';
import { OpenRoundModal } from './OpenRoundModal.tsx';
import { TEXTS } from './texts.ts';

export const roundPath = (id: string) => `/xep-loai/${encodeURIComponent(id)}`;

/** Rating rounds the user takes part in, newest period first; committees open new ones here. */
export default function RoundsPage() {
  const me = useSignedIn();
  const { phone } = useScreen();
  const { data, isPending, error, refetch } = useRounds();
  const [opening, setOpening] = useState(false);
  const columns = [
    {
      title: TEXTS.period,
      key: 'period',
      render: (_: unknown, r: Round) => <Link to={roundPath(r.id)}>{r.periodLabel}</Link>,
    },
    { title: TEXTS.org, key: 'org', render: (_: unknown, r: Round) => r.org.code },
    { title: TEXTS.scale, key: 'scale', render: (_: unknown, r: Round) => r.ruleSet.name },
    { title: TEXTS.deadline, key: 'deadline', render: (_: unknown, r: Round) => formatDate(r.deadline) },
    { title: TEXTS.status, key: 'status', render: (_: unknown, r: Round) => <RoundStatus round={r} /> },
    { title: TEXTS.progress, key: 'progress', render: (_: unknown, r: Round) => <RoundProgress id={r.id} /> },
  ];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {TEXTS.title}
        </Typography.Title>
        {can.writeMembers(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {TEXTS.open}
          </Button>
        )}
      </Flex>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isPending ? (
        <PageLoading />
      ) : data.items.length === 0 ? (
        <Card>
          <Empty description={TEXTS.noRounds} />
        </Card>
      ) : phone ? (
        <List
          dataSource={data.items}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Flex vertical gap={4}>
                <Link to={roundPath(r.id)} style={{ fontWeight: 600 }}>
                  {r.periodLabel} · {r.org.code}
                </Link>
                <Typography.Text type="secondary">
                  {r.ruleSet.name} · {TEXTS.deadline}: {formatDate(r.deadline)}
                </Typography.Text>
                <RoundStatus round={r} />
                <RoundProgress id={r.id} />
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Card size="small" title={TEXTS.rounds}>
          <Table<Round> rowKey="id" columns={columns} dataSource={data.items} pagination={false} />
        </Card>
      )}
      <OpenRoundModal
        open={opening}
        onClose={() => setOpening(false)}
        initialOrg={
          me.orgCode
            ? { value: me.orgCode, label: me.orgName ? `${me.orgName} (${me.orgCode})` : me.orgCode }
            : null
        }
      />
    </Flex>
  );
}

/** Each round's progress comes with its detail; a page lists few rounds, so one request each is fine. */
function RoundProgress({ id }: { id: string }) {
  const { data } = useRound(id);
  return data ? <ProgressBars p={data.progress} /> : null;
}
