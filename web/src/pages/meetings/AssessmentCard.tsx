import {
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { errorDetail } from '../../lib/formErrors.ts';
import { type Assessment, type MeetingDetail, useMeetingAction } from './api.ts';
import { LevelTag } from './badges.tsx';
import { TEXTS } from './texts.ts';

function Scores({ a, m }: { a: Assessment; m: MeetingDetail }) {
  return (
    <Flex vertical gap={2}>
      <span>
        {TEXTS.total(a.total, a.levelLabel)} <LevelTag level={a.level} />
      </span>
      {m.rubric.map((c) => (
        <Typography.Text type="secondary" key={c.code}>
          {c.label}: {a.scores[c.code]} {TEXTS.score(c.maxPoints)}
        </Typography.Text>
      ))}
      {a.comment && <Typography.Text>{a.comment}</Typography.Text>}
    </Flex>
  );
}

function RubricForm({ m, stage, label }: { m: MeetingDetail; stage: 'SELF' | 'CONFIRMED'; label: string }) {
  const action = useMeetingAction<unknown>(m.id, '/assessment');
  const [problems, setProblems] = useState<string[] | null>(null);
  const previous =
    (stage === 'SELF' ? m.selfAssessment : (m.confirmedAssessment ?? m.selfAssessment))?.scores ?? {};
  return (
    <Form
      layout="vertical"
      initialValues={{ ...previous }}
      onFinish={(v) => {
        setProblems(null);
        const { comment, ...scores } = v;
        action.mutate(
          { stage, scores, comment: comment ?? null },
          { onError: (e) => setProblems([errorDetail(e)]) },
        );
      }}
    >
      <ProblemAlert messages={problems} />
      {m.rubric.map((c) => (
        <Form.Item
          key={c.code}
          name={c.code}
          label={`${c.label} (tối đa ${c.maxPoints})`}
          rules={[{ required: true, message: 'Chấm điểm.' }]}
        >
          <InputNumber min={0} max={c.maxPoints} style={{ width: 120 }} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={TEXTS.comment}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {label}
      </Button>
    </Form>
  );
}

function ObservationForm({ m }: { m: MeetingDetail }) {
  const action = useMeetingAction<unknown>(m.id, '/observation');
  const [problems, setProblems] = useState<string[] | null>(null);
  return (
    <Form
      layout="vertical"
      initialValues={{ attended: true }}
      onFinish={(v) => action.mutate(v, { onError: (e) => setProblems([errorDetail(e)]) })}
    >
      <ProblemAlert messages={problems} />
      <Form.Item name="attended" valuePropName="checked">
        <Checkbox>{TEXTS.attended}</Checkbox>
      </Form.Item>
      <Form.Item name="level" label={TEXTS.quality}>
        <Select
          allowClear
          options={Object.entries(TEXTS.levels).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={TEXTS.comment}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button htmlType="submit" loading={action.isPending}>
        {TEXTS.observe}
      </Button>
    </Form>
  );
}

/** The quality: the cell's self-assessment, the level above's confirmation, and the assigned cadres' reports. */
export function AssessmentCard({ m }: { m: MeetingDetail }) {
  if (m.status === 'PLANNED' || m.status === 'CANCELLED')
    return (
      <Card title={TEXTS.assessmentTitle} size="small">
        <Typography.Text type="secondary">{TEXTS.notHeld}</Typography.Text>
        {m.can.observe && m.status === 'PLANNED' && <ObservationForm m={m} />}
      </Card>
    );
  return (
    <Card title={TEXTS.assessmentTitle} size="small">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Typography.Title level={5}>{TEXTS.self}</Typography.Title>
          {m.selfAssessment && <Scores a={m.selfAssessment} m={m} />}
          {m.can.edit && !m.can.confirm && <RubricForm m={m} stage="SELF" label={TEXTS.assessSelf} />}
        </Col>
        <Col xs={24} md={12}>
          <Typography.Title level={5}>{TEXTS.confirmed}</Typography.Title>
          {m.confirmedAssessment && <Scores a={m.confirmedAssessment} m={m} />}
          {m.can.confirm && m.selfAssessment && (
            <RubricForm m={m} stage="CONFIRMED" label={TEXTS.assessConfirm} />
          )}
        </Col>
      </Row>
      {(m.observers.length > 0 || m.can.observe) && (
        <>
          <Typography.Title level={5}>{TEXTS.observersTitle}</Typography.Title>
          <List
            size="small"
            dataSource={m.observers}
            renderItem={(o) => (
              <List.Item>
                {o.displayName}: {o.attended === null ? '—' : o.attended ? TEXTS.attended : 'Không dự'}{' '}
                <LevelTag level={o.level} /> {o.comment}
              </List.Item>
            )}
          />
          {m.can.observe && <ObservationForm m={m} />}
        </>
      )}
    </Card>
  );
}
