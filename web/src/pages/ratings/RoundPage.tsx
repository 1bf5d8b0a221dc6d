import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Tabs,
  Tree,
  type TreeDataNode,
  Typography,
} from 'antd';

import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import type { OrgDetails } from '../../api/types.ts';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { useCodes } from '../../codes/useCodes.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { fetchTreeLevel } from '../../layout/orgTree/orgTreeApi.ts';
import { formatDate } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { BASE, type RoundDetail, roundKey, useRound } from './api.ts';
import { ProgressBars, RoundStatus } from './badges.tsx';
import { RemediationTab } from './RemediationTab.tsx';
import { TEXTS } from './texts.ts';

export const sheetPath = (id: string, org: string) =>
  `/xep-loai/${encodeURIComponent(id)}/to-chuc/${encodeURIComponent(org)}`;

/**
 * Where the user's part of the round starts: the round's org, or the user's own org when the round was
 * opened above them (a cell secretary in the commune's round cannot see the commune).
 */
function useRootOrg(round: RoundDetail | undefined) {
  const me = useSignedIn();
  return useQuery({
    queryKey: ['ratings', 'root', round?.org.code, me.orgCode],
    enabled: Boolean(round),
    queryFn: async () => {
      const code = round!.org.code;
      try {
        const o = await api.get<OrgDetails>(`/api/v1/orgs/${encodeURIComponent(code)}`);
        return { code, name: o.current?.name ?? code };
      } catch (e) {
        if (!(isApiError(e) && e.status === 404) || !me.orgCode) throw e;
        return { code: me.orgCode, name: me.orgName ?? me.orgCode };
      }
    },
  });
}

/** One round: its progress, its orgs (each opens its sheet), closing, and the remediation plans. */
export default function RoundPage() {
  const { id = '' } = useParams();
  const me = useSignedIn();
  const { data: round, isPending, error, refetch } = useRound(id);
  const root = useRootOrg(round);
  const qc = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const close = useMutation({
    mutationFn: (r: RoundDetail) =>
      api.post<RoundDetail>(`${BASE}/rounds/${id}/close`, { version: r.version }),
    onSuccess: (r) => {
      setRefusal(null);
      qc.setQueryData(roundKey(id), r);
      qc.invalidateQueries({ queryKey: ['ratings', 'rounds'] });
    },
    onError: (e) => setRefusal(errorDetail(e)),
  });
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  const rootOrg = root.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200, margin: '0 auto' }}>
      <LinkButton to="/xep-loai" type="link" style={{ alignSelf: 'flex-start', padding: 0 }}>
        ← {TEXTS.back}
      </LinkButton>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {TEXTS.title} {round.periodLabel}
        </Typography.Title>
        {round.status === 'OPEN' && can.writeMembers(me) && (
          <Popconfirm
            title={TEXTS.closeConfirm}
            okText={TEXTS.close}
            cancelText={TEXTS.cancel}
            onConfirm={() => close.mutate(round)}
          >
            <Button icon={<LockOutlined />} loading={close.isPending}>
              {TEXTS.close}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {refusal && (
        <Alert type="error" showIcon role="alert" title={refusal} closable onClose={() => setRefusal(null)} />
      )}
      <Card size="small">
        <Flex gap={24} wrap>
          <Descriptions
            size="small"
            column={1}
            style={{ flex: '1 1 280px' }}
            items={[
              { key: 'org', label: TEXTS.org, children: round.org.code },
              { key: 'scale', label: TEXTS.scale, children: round.ruleSet.name },
              { key: 'deadline', label: TEXTS.deadline, children: formatDate(round.deadline) },
              { key: 'status', label: TEXTS.status, children: <RoundStatus round={round} /> },
              ...(round.note ? [{ key: 'note', label: TEXTS.note, children: round.note }] : []),
            ]}
          />
          <div style={{ flex: '1 1 280px' }}>
            <ProgressBars p={round.progress} />
          </div>
        </Flex>
      </Card>
      <Tabs
        items={[
          {
            key: 'orgs',
            label: TEXTS.tabOrgs,
            children: root.error ? (
              <ErrorState error={root.error} onRetry={() => root.refetch()} />
            ) : !rootOrg ? (
              <PageLoading />
            ) : (
              <OrgsOfRound roundId={id} root={rootOrg} />
            ),
          },
          {
            key: 'remediation',
            label: TEXTS.tabRemediation,
            children: rootOrg ? <RemediationTab round={round} orgCode={rootOrg.code} /> : <PageLoading />,
          },
        ]}
      />
    </Flex>
  );
}

type Node = TreeDataNode & { key: string };

/** The round's part of the org tree, loaded level by level as the user opens branches. */
function OrgsOfRound({ roundId, root }: { roundId: string; root: { code: string; name: string } }) {
  const navigate = useNavigate();
  const codes = useCodes();
  const [nodes, setNodes] = useState<Node[]>([{ key: root.code, title: root.name, isLeaf: false }]);
  const load = async (node: { key: React.Key }) => {
    const parent = String(node.key);
    const children = await fetchTreeLevel(parent);
    const mapped: Node[] = children.map((c) => ({
      key: c.code,
      title: `${c.name} — ${codes.label('orgKind', c.kind)} · ${TEXTS.membersCount(c.memberCount)}`,
      isLeaf: !c.hasChildren,
    }));
    const attach = (list: Node[]): Node[] =>
      list.map((n) =>
        n.key === node.key
          ? { ...n, children: mapped }
          : { ...n, children: n.children && attach(n.children as Node[]) },
      );
    setNodes((prev) => attach(prev));
  };
  return (
    <Card size="small">
      <Typography.Paragraph type="secondary">{TEXTS.orgsHint}</Typography.Paragraph>
      <Tree<Node>
        treeData={nodes}
        loadData={load}
        defaultExpandedKeys={[root.code]}
        onSelect={(keys) => keys[0] && navigate(sheetPath(roundId, String(keys[0])))}
        aria-label={TEXTS.tabOrgs}
      />
    </Card>
  );
}
