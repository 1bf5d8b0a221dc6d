import { Card, Empty, Flex, List, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { TEXTS } from './texts.ts';
import { subjectPath, type TodoItem, useTodo } from './useTodo.ts';

function DueTag({ item }: { item: TodoItem }) {
  return <Tag color={item.overdue ? 'red' : 'gold'}>{item.overdue ? TEXTS.overdue : TEXTS.upcoming}</Tag>;
}

/** The org's to-do dashboard: computed from the data, grouped by kind, overdue first. */
export default function TodoPage() {
  const [params, setParams] = useSearchParams();
  const org = params.get('org');
  const [kind, setKind] = useState<string>('ALL');
  const { phone: mobile } = useScreen();
  const { data, isPending, error, refetch } = useTodo(org);
  const kinds = useMemo(() => {
    const counts = new Map<string, { label: string; n: number }>();
    for (const i of data?.items ?? []) {
      const c = counts.get(i.kind) ?? { label: i.kindLabel, n: 0 };
      c.n++;
      counts.set(i.kind, c);
    }
    return counts;
  }, [data]);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const kindOptions = [
    { value: 'ALL', label: `${TEXTS.allKinds} (${data?.items.length ?? 0})` },
    ...[...kinds].map(([k, c]) => ({ value: k, label: `${c.label} (${c.n})` })),
  ];
  const items = (data?.items ?? []).filter((i) => kind === 'ALL' || i.kind === kind);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100, margin: '0 auto' }}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {TEXTS.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {TEXTS.subtitle} {data && TEXTS.asOf(formatDate(data.asOf))}
        </Typography.Text>
      </div>
      <Flex gap={12} wrap align="center">
        <div style={{ minWidth: 260, flex: mobile ? '1 1 100%' : '0 1 360px' }}>
          <OrgPicker
            value={org}
            placeholder={TEXTS.allOrgs}
            onChange={(code) => setParams(code ? { org: code } : {})}
          />
        </div>
        {mobile ? (
          <Select
            value={kind}
            onChange={setKind}
            options={kindOptions}
            aria-label={TEXTS.kind}
            style={{ width: '100%' }}
          />
        ) : (
          <Segmented value={kind} onChange={(v) => setKind(String(v))} options={kindOptions} />
        )}
      </Flex>
      {isPending ? (
        <PageLoading />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={TEXTS.empty} />
        </Card>
      ) : mobile ? (
        <List
          dataSource={items}
          renderItem={(i) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Flex vertical gap={4}>
                <Flex justify="space-between" gap={8}>
                  <Link to={subjectPath(i)}>
                    <strong>{i.subject.name}</strong>
                  </Link>
                  <DueTag item={i} />
                </Flex>
                <Typography.Text type="secondary">
                  {i.kindLabel} · {i.orgName}
                </Typography.Text>
                <span>{i.message}</span>
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Table<TodoItem>
          rowKey={(i) => `${i.kind}:${i.subject.id}`}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: TEXTS.dueOn,
              width: 130,
              render: (_, i) => (
                <Flex vertical gap={2}>
                  {formatDate(i.dueOn)}
                  <DueTag item={i} />
                </Flex>
              ),
            },
            { title: TEXTS.kind, dataIndex: 'kindLabel', width: 220 },
            {
              title: TEXTS.subject,
              width: 200,
              render: (_, i) => (
                <Link to={subjectPath(i)}>
                  {i.subject.name}
                  {i.subject.type === 'candidate' && (
                    <Typography.Text type="secondary"> ({TEXTS.candidate})</Typography.Text>
                  )}
                </Link>
              ),
            },
            { title: TEXTS.place, dataIndex: 'orgName', width: 200 },
            { title: TEXTS.detail, dataIndex: 'message' },
          ]}
        />
      )}
    </Flex>
  );
}
