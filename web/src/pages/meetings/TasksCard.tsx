import { Alert, Button, Card, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDate, toIso } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { type MeetingDetail, type Task, useMeetingAction } from './api.ts';
import { TaskEditModal } from './TaskEditModal.tsx';
import { TaskFields } from './TaskFields.tsx';
import { TEXTS } from './texts.ts';

const statusLabel = (s: string) => TEXTS.taskStatus[s] ?? (s === 'CANCELLED' ? TEXTS.taskCancelled : s);

/**
 * Tasks given at this meeting, and the review of those given at earlier ones. Held: the secretary
 * gives, edits and reviews freely; closed: each of these is a correction and asks for its reason.
 */
export function TasksCard({ m }: { m: MeetingDetail }) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[] | null>(null);
  const add = useMeetingAction<unknown>(m.id, '/tasks');
  const review = useMeetingAction<unknown>(m.id, '/task-reviews');
  const [reviews, setReviews] = useState<Record<string, string>>({});
  const [reviewReason, setReviewReason] = useState('');
  const [editing, setEditing] = useState<Task | null>(null);
  const editable = m.can.edit && (m.status === 'HELD' || m.status === 'CLOSED');
  const closed = m.status === 'CLOSED';
  return (
    <Card title={TEXTS.tasksTitle} size="small">
      {editable && closed && (
        <Alert type="info" showIcon title={TEXTS.closedTasksNote} style={{ marginBottom: 8 }} />
      )}
      <List
        size="small"
        dataSource={m.tasks}
        locale={{ emptyText: TEXTS.noneLate }}
        renderItem={(t) => (
          <List.Item
            actions={
              editable && t.status !== 'CANCELLED'
                ? [
                    <Button
                      key="e"
                      size="small"
                      onClick={() => setEditing(t)}
                      aria-label={`${TEXTS.editTask} ${t.title}`}
                    >
                      {TEXTS.editTask}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical>
              <span style={t.status === 'CANCELLED' ? { textDecoration: 'line-through' } : undefined}>
                <strong>{t.memberName}</strong>: {t.title}
              </span>
              <Typography.Text type="secondary">
                {TEXTS.taskDue} {formatDate(t.dueOn)} · <Tag>{statusLabel(t.status)}</Tag>
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {editing && <TaskEditModal m={m} task={editing} onClose={() => setEditing(null)} />}
      {editable && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(v) => {
            setProblems(null);
            add.mutate(
              {
                memberId: v.memberId,
                title: v.title,
                dueOn: toIso(v.dueOn),
                correctionReason: v.correctionReason ?? null,
              },
              { onSuccess: () => form.resetFields(), onError: (e) => setProblems([errorDetail(e)]) },
            );
          }}
        >
          <ProblemAlert messages={problems} />
          <Flex gap={8} wrap align="end">
            <TaskFields m={m} row />
            {closed && (
              <Form.Item
                name="correctionReason"
                label={TEXTS.correctionReasonShort}
                rules={[{ required: true, whitespace: true, message: TEXTS.correctionRequired }]}
                style={{ flex: '2 1 260px' }}
              >
                <Input maxLength={500} />
              </Form.Item>
            )}
            <Form.Item>
              <Button htmlType="submit" loading={add.isPending}>
                {TEXTS.addTask}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
      {m.previousTasks.length > 0 && (
        <>
          <Typography.Title level={5}>{TEXTS.previousTasks}</Typography.Title>
          <List
            size="small"
            dataSource={m.previousTasks}
            renderItem={(t) => (
              <List.Item
                actions={
                  editable
                    ? [
                        <Select
                          key="s"
                          size="small"
                          aria-label={`Kết quả ${t.title}`}
                          style={{ width: 160 }}
                          value={reviews[t.id] ?? t.status}
                          onChange={(s) => setReviews({ ...reviews, [t.id]: s })}
                          options={Object.entries(TEXTS.taskStatus).map(([value, label]) => ({
                            value,
                            label,
                          }))}
                        />,
                      ]
                    : [<Tag key="t">{statusLabel(t.status)}</Tag>]
                }
              >
                {t.memberName}: {t.title} ({formatDate(t.dueOn)})
              </List.Item>
            )}
          />
          {editable && Object.keys(reviews).length > 0 && (
            <Flex gap={8} wrap align="center">
              {closed && (
                <Input
                  aria-label={TEXTS.correctionReasonShort}
                  placeholder={TEXTS.correctionReasonShort}
                  value={reviewReason}
                  onChange={(e) => setReviewReason(e.target.value)}
                  style={{ flex: '1 1 240px' }}
                />
              )}
              <Button
                onClick={() =>
                  review.mutate(
                    {
                      reviews: Object.entries(reviews).map(([taskId, status]) => ({ taskId, status })),
                      correctionReason: reviewReason || null,
                    },
                    {
                      onSuccess: () => {
                        setReviews({});
                        setReviewReason('');
                      },
                      onError: (e) => setProblems([errorDetail(e)]),
                    },
                  )
                }
                loading={review.isPending}
              >
                {TEXTS.saveReview}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Card>
  );
}
