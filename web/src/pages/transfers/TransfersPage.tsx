import { Alert, Badge, Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TransferBox } from '../../api/lifecycle.ts';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useScreen } from '../../lib/useIsMobile.ts';
import { DecisionModal, type TransferDecision } from './DecisionModal.tsx';
import { TransferList } from './TransferList.tsx';
import { TEXTS as T } from './texts.ts';
import { useTransfers } from './useTransfers.ts';

/** Transfers inside the installation waiting for the receiving org: the inbox to accept or return, the outbox to watch. */
export default function TransfersPage() {
  const me = useSignedIn();
  const { phone } = useScreen();
  const [params, setParams] = useSearchParams();
  const box: TransferBox = params.get('tab') === 'out' ? 'out' : 'in';
  const inbox = useTransfers('in');
  const outbox = useTransfers('out');
  const [deciding, setDeciding] = useState<TransferDecision | null>(null);
  const canDecide = can.writeMembers(me);

  const tab = (b: TransferBox) => {
    const q = b === 'in' ? inbox : outbox;
    if (q.isError && !q.data) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
    const list = (
      <TransferList
        box={b}
        items={q.data?.items}
        loading={q.isFetching}
        canDecide={canDecide}
        phone={phone}
        onDecide={setDeciding}
      />
    );
    return (
      <Flex vertical gap={8}>
        {phone && <Typography.Text type="secondary">{b === 'in' ? T.inHint : T.outHint}</Typography.Text>}
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {phone ? (
          list
        ) : (
          <Card size="small" styles={{ body: { padding: 0 } }}>
            {list}
          </Card>
        )}
      </Flex>
    );
  };
  const label = (text: string, n: number | undefined, overdue: boolean) => (
    <Flex align="center" gap={6}>
      {text}
      {n ? <Badge count={n} color={overdue ? 'red' : 'blue'} overflowCount={999} /> : null}
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <Flex vertical>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {T.title}
        </Typography.Title>
        <Typography.Text type="secondary">{T.subtitle}</Typography.Text>
      </Flex>
      <Tabs
        activeKey={box}
        onChange={(k) => setParams(k === 'out' ? { tab: 'out' } : {}, { replace: true })}
        items={[
          {
            key: 'in',
            label: label(
              phone ? T.tabInShort : T.tabIn,
              inbox.data?.total,
              Boolean(inbox.data?.items.some((t) => t.overdue)),
            ),
            children: tab('in'),
          },
          {
            key: 'out',
            label: label(
              phone ? T.tabOutShort : T.tabOut,
              outbox.data?.total,
              Boolean(outbox.data?.items.some((t) => t.overdue)),
            ),
            children: tab('out'),
          },
        ]}
      />
      <DecisionModal
        key={deciding?.transfer.eventId ?? ''}
        open={deciding}
        onClose={() => setDeciding(null)}
      />
    </Flex>
  );
}
