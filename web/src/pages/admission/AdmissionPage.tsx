import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { useCandidates } from './api.ts';
import { Board } from './Board.tsx';
import { CandidateDrawer } from './CandidateDrawer.tsx';
import { NewCandidateDrawer } from './NewCandidateDrawer.tsx';
import { PlanCard } from './PlanCard.tsx';
import { TEXTS } from './texts.ts';

/**
 * Kết nạp đảng viên: the year's plan and its progress, the pipeline as a board (one column per step),
 * and a candidate's record in a drawer. The org and the open candidate live in the address.
 */
export default function AdmissionPage() {
  const me = useSignedIn();
  const [params, setParams] = useSearchParams();
  const org = params.get('org');
  const openId = params.get('hoSo');
  const [adding, setAdding] = useState(false);
  const candidates = useCandidates(org);
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'org' },
    );
  const writer = can.writeMembers(me);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {TEXTS.title}
          </Typography.Title>
          {candidates.data && (
            <Typography.Text type="secondary" aria-live="polite">
              {TEXTS.subtitle(candidates.data.total)}
            </Typography.Text>
          )}
        </Flex>
        {writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {TEXTS.add}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={4} style={{ maxWidth: 480 }}>
          <Typography.Text>{TEXTS.org}</Typography.Text>
          <OrgPicker
            value={org}
            onChange={(code) => set('org', code)}
            placeholder={TEXTS.orgPlaceholder}
            aria-label={TEXTS.org}
          />
        </Flex>
      </Card>
      <PlanCard org={org ?? me.orgCode} />
      {candidates.isError ? (
        <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />
      ) : candidates.data && candidates.data.total === 0 ? (
        <Card size="small">
          <Empty description={TEXTS.noCandidates} />
        </Card>
      ) : (
        <Board items={candidates.data?.items ?? []} onOpen={(id) => set('hoSo', id)} />
      )}
      <CandidateDrawer id={openId} onClose={() => set('hoSo', null)} />
      <NewCandidateDrawer
        open={adding}
        org={org}
        onClose={() => setAdding(false)}
        onCreated={(id) => {
          setAdding(false);
          set('hoSo', id);
        }}
      />
    </Flex>
  );
}
