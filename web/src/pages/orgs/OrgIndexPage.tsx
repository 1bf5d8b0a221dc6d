import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty } from 'antd';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { fetchTreeLevel, treeKey } from '../../layout/orgTree/orgTreeApi.ts';
import { EstablishModal } from './actions/EstablishModal.tsx';
import { ACTION_TEXTS, TEXTS } from './texts.ts';

/** /orgs: the user's first root org, or a way to create one when there is none. */
export default function OrgIndexPage() {
  const me = useSignedIn();
  const [open, setOpen] = useState(false);
  const roots = useQuery({ queryKey: treeKey(null), queryFn: () => fetchTreeLevel(null), staleTime: 60_000 });
  if (roots.isPending) return <PageLoading />;
  if (roots.isError) return <ErrorState error={roots.error} onRetry={() => roots.refetch()} />;
  const first = roots.data[0];
  if (first) return <Navigate to={`/orgs/${encodeURIComponent(first.code)}`} replace />;
  const admin = me.role === 'admin';
  return (
    <Empty description={admin ? TEXTS.rootsEmptyAdmin : TEXTS.rootsEmpty}>
      {admin && (
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {ACTION_TEXTS.establishRoot}
          </Button>
          <EstablishModal open={open} onClose={() => setOpen(false)} parent={null} />
        </>
      )}
    </Empty>
  );
}
