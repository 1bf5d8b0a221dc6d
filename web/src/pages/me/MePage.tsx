import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { type DocumentSummary, documentUrl, type MeetingSummary } from '../meetings/api.ts';
import { SelfAssessmentCard } from '../ratings/SelfCard.tsx';
import { TEXTS } from './texts.ts';

interface Home {
  asOf: string;
  card: {
    id: string;
    fullName: string;
    cardNumber: string | null;
    admissionDecisionDate: string | null;
    officialDate: string | null;
    status: string | null;
    cell: { code: string; name: string } | null;
    hostCell: { name: string } | null;
    exemption: string | null;
  };
  upcoming: (MeetingSummary & {
    agenda: string | null;
    documents: DocumentSummary[];
    reply: string | null;
    replyReason: string | null;
  })[];
  tasks: { id: string; title: string; dueOn: string; status: string; topic: string }[];
  history: {
    meetingId: string;
    heldOn: string;
    topic: string;
    status: string | null;
    statusLabel: string | null;
    expected: boolean;
  }[];
  year: { year: number; present: number; expected: number; rate: number | null };
  notifications: { kind: string; message: string }[];
}

const useHome = () =>
  useQuery({
    queryKey: ['me-home'],
    queryFn: ({ signal }) => api.get<Home>('/api/v1/me/home', undefined, signal),
  });

/** The member's own view, for a phone first: card, next meetings, tasks, attendance, notifications. */
export default function MePage() {
  const { data, isPending, error, refetch } = useHome();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [absentFrom, setAbsentFrom] = useState<string | null>(null);
  const [form] = Form.useForm();
  const reply = useMutation({
    mutationFn: (v: { id: string; attending: boolean; reason?: string }) =>
      api.post(`/api/v1/meetings/${v.id}/reply`, { attending: v.attending, reason: v.reason ?? null }),
    onSuccess: () => {
      message.success(TEXTS.sent);
      setAbsentFrom(null);
      qc.invalidateQueries({ queryKey: ['me-home'] });
    },
    onError: (e) => message.error(errorDetail(e)),
  });
  const done = useMutation({
    mutationFn: (id: string) => api.post(`/api/v1/me/tasks/${id}`, { status: 'DONE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['me-home'] }),
    onError: (e) => message.error(errorDetail(e)),
  });
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  const c = data.card;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {TEXTS.title}
      </Typography.Title>
      <Card size="small" title={TEXTS.card} extra={<Link to={`/members/${c.id}`}>{TEXTS.record}</Link>}>
        <Flex vertical gap={2}>
          <strong style={{ fontSize: 18 }}>{c.fullName}</strong>
          {c.cell && (
            <span>
              {TEXTS.cell}: {c.cell.name}
            </span>
          )}
          {c.hostCell && (
            <span>
              {TEXTS.hostCell}: {c.hostCell.name}
            </span>
          )}
          <Typography.Text type="secondary">
            {TEXTS.cardNumber}: {c.cardNumber ?? '—'} · {TEXTS.admitted}:{' '}
            {formatDate(c.admissionDecisionDate)}
            {c.officialDate ? ` · ${TEXTS.official}: ${formatDate(c.officialDate)}` : ''}
          </Typography.Text>
          <Flex gap={4}>
            {c.status === 'PROBATIONARY' && <Tag color="gold">{TEXTS.probationary}</Tag>}
            {c.exemption && <Tag>{TEXTS.exempt}</Tag>}
          </Flex>
        </Flex>
      </Card>
      <SelfAssessmentCard />
      {data.notifications.length > 0 && (
        <Card size="small" title={TEXTS.notifications}>
          {data.notifications.map((n) => (
            <div key={`${n.kind}:${n.message}`} style={{ marginBottom: 4 }}>
              <Tag color={n.kind === 'TASK_OVERDUE' ? 'red' : 'blue'}>•</Tag>
              {n.message}
            </div>
          ))}
        </Card>
      )}
      <Card size="small" title={TEXTS.upcoming}>
        {data.upcoming.length === 0 ? (
          <Empty description={TEXTS.noUpcoming} />
        ) : (
          <List
            dataSource={data.upcoming}
            renderItem={(m) => (
              <List.Item style={{ display: 'block' }}>
                <Flex vertical gap={6}>
                  <strong>{m.topic}</strong>
                  <Typography.Text type="secondary">
                    {TEXTS.when(formatDate(m.plannedDate), m.startTime)} · {m.place ?? ''}
                  </Typography.Text>
                  {m.agenda && <span style={{ whiteSpace: 'pre-line' }}>{m.agenda}</span>}
                  {m.documents.length > 0 && (
                    <Flex vertical>
                      <Typography.Text type="secondary">{TEXTS.documents}:</Typography.Text>
                      {m.documents.map((d) => (
                        <a key={d.id} href={documentUrl(m.id, d.id)}>
                          {d.fileName}
                        </a>
                      ))}
                    </Flex>
                  )}
                  {m.reply && (
                    <Tag
                      color={m.reply === 'ATTEND' ? 'green' : 'orange'}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {TEXTS.replied[m.reply]}
                      {m.replyReason ? `: ${m.replyReason}` : ''}
                    </Tag>
                  )}
                  <Flex gap={8}>
                    <Button
                      type="primary"
                      onClick={() => reply.mutate({ id: m.id, attending: true })}
                      style={{ flex: 1 }}
                    >
                      {TEXTS.attend}
                    </Button>
                    <Button onClick={() => setAbsentFrom(m.id)} style={{ flex: 1 }}>
                      {TEXTS.absent}
                    </Button>
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={TEXTS.tasks}>
        <List
          dataSource={data.tasks}
          locale={{ emptyText: TEXTS.noTasks }}
          renderItem={(t) => (
            <List.Item
              actions={
                t.status === 'OPEN'
                  ? [
                      <Button key="d" size="small" onClick={() => done.mutate(t.id)}>
                        {TEXTS.markDone}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical>
                <span>{t.title}</span>
                <Typography.Text type={t.status === 'OPEN' && t.dueOn < data.asOf ? 'danger' : 'secondary'}>
                  {TEXTS.due(formatDate(t.dueOn))} · {TEXTS.taskStatus[t.status]}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={TEXTS.history}>
        <Typography.Paragraph>
          {TEXTS.year(data.year.year, data.year.present, data.year.expected, data.year.rate)}
        </Typography.Paragraph>
        <List
          size="small"
          dataSource={data.history}
          locale={{ emptyText: TEXTS.noHistory }}
          renderItem={(h) => (
            <List.Item>
              <Flex vertical style={{ minWidth: 0 }}>
                <span>
                  {formatDate(h.heldOn)} · {h.statusLabel ?? '—'}
                </span>
                <Typography.Text type="secondary" ellipsis>
                  {h.topic}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={absentFrom !== null}
        title={TEXTS.reasonTitle}
        okText={TEXTS.send}
        cancelText={TEXTS.cancel}
        onCancel={() => setAbsentFrom(null)}
        onOk={() => form.submit()}
        confirmLoading={reply.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => absentFrom && reply.mutate({ id: absentFrom, attending: false, reason: v.reason })}
        >
          <Form.Item
            name="reason"
            label={TEXTS.reason}
            rules={[{ required: true, whitespace: true, message: TEXTS.reasonRequired }]}
          >
            <Input.TextArea rows={3} maxLength={300} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
