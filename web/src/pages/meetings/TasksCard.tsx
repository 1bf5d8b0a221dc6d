import { Button, Card, DatePicker, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, formatDate, toIso } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { type MeetingDetail, useMeetingAction } from './api.ts';
import { TEXTS } from './texts.ts';

/** Tasks given at this meeting, and the review of those given at earlier ones. */
export function TasksCard({ m }: { m: MeetingDetail }) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[] | null>(null);
  const add = useMeetingAction<unknown>(m.id, '/tasks');
  const review = useMeetingAction<unknown>(m.id, '/task-reviews');
  const [reviews, setReviews] = useState<Record<string, string>>({});
  // After closing, tasks change only through the API with a correction reason; the page offers it before.
  const editable = m.can.edit && m.status === 'HELD';
  return (
    <Card title={TEXTS.tasksTitle} size="small">
      <List
        size="small"
        dataSource={m.tasks}
        locale={{ emptyText: TEXTS.noneLate }}
        renderItem={(t) => (
          <List.Item>
            <Flex vertical>
              <span>
                <strong>{t.memberName}</strong>: {t.title}
              </span>
              <Typography.Text type="secondary">
                {TEXTS.taskDue} {formatDate(t.dueOn)} · <Tag>{TEXTS.taskStatus[t.status]}</Tag>
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {editable && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(v) => {
            setProblems(null);
            add.mutate(
              { memberId: v.memberId, title: v.title, dueOn: toIso(v.dueOn) },
              { onSuccess: () => form.resetFields(), onError: (e) => setProblems([errorDetail(e)]) },
            );
          }}
        >
          <ProblemAlert messages={problems} />
          <Flex gap={8} wrap align="end">
            <Form.Item
              name="memberId"
              label={TEXTS.taskMember}
              rules={[{ required: true, message: 'Chọn đảng viên.' }]}
              style={{ flex: '1 1 200px' }}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={m.attendanceList.map((a) => ({ value: a.memberId, label: a.fullName }))}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label={TEXTS.taskTitle}
              rules={[{ required: true, message: 'Nhập nhiệm vụ.' }]}
              style={{ flex: '2 1 260px' }}
            >
              <Input />
            </Form.Item>
            <Form.Item name="dueOn" label={TEXTS.taskDue} rules={[{ required: true, message: 'Chọn hạn.' }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
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
                    : [<Tag key="t">{TEXTS.taskStatus[t.status]}</Tag>]
                }
              >
                {t.memberName}: {t.title} ({formatDate(t.dueOn)})
              </List.Item>
            )}
          />
          {editable && Object.keys(reviews).length > 0 && (
            <Button
              onClick={() =>
                review.mutate(
                  { reviews: Object.entries(reviews).map(([taskId, status]) => ({ taskId, status })) },
                  { onSuccess: () => setReviews({}), onError: (e) => setProblems([errorDetail(e)]) },
                )
              }
              loading={review.isPending}
            >
              {TEXTS.saveReview}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
