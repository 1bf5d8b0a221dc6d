import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDate, todayIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { BASE, MY_KEY, type MyRatings, type OpenReview, put, useMyRatings } from './api.ts';
import { CriteriaScores } from './CriteriaScores.tsx';
import { SelfReviewText } from './SelfReviewText.tsx';
import { bandLabel, totalOf } from './score.ts';
import { TEXTS } from './texts.ts';
import './ratings.css';

/** The member's self-assessment, past results and yearly commitment; laid out for a phone first. */
export default function SelfPage() {
  const { data, isPending, error, refetch } = useMyRatings();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }}>
      <LinkButton to="/cua-toi" type="link" style={{ alignSelf: 'flex-start', padding: 0 }}>
        ← {TEXTS.backToMine}
      </LinkButton>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {TEXTS.selfTitle}
      </Typography.Title>
      {data.open.length === 0 ? (
        <Card size="small">
          <Empty description={TEXTS.selfNone} />
        </Card>
      ) : (
        data.open.map((r) => <SelfForm key={r.id} review={r} />)
      )}
      <Card size="small" title={TEXTS.history}>
        <List
          size="small"
          dataSource={data.history}
          locale={{ emptyText: TEXTS.noHistory }}
          renderItem={(h) => (
            <List.Item>
              <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                <span>{h.periodLabel}</span>
                <span>
                  <strong>{h.level?.label ?? '—'}</strong>
                  {h.score !== null ? ` · ${TEXTS.points(h.score)}` : ''}
                </span>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <CommitmentCard data={data} />
    </Flex>
  );
}

interface SelfValues {
  level: string;
  scoreGeneral?: number;
  scoreTasks?: number;
  scores?: Record<string, number>;
  selfCriticism: string;
  strengths?: string;
  shortcomings?: string;
  commitments?: string;
}

const FIELDS = [
  'level',
  'scoreGeneral',
  'scoreTasks',
  'selfCriticism',
  'strengths',
  'shortcomings',
  'commitments',
];

function SelfForm({ review }: { review: OpenReview }) {
  const [form] = Form.useForm<SelfValues>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const general = Form.useWatch('scoreGeneral', form);
  const tasks = Form.useWatch('scoreTasks', form);
  const total = totalOf(general, tasks);
  const s = review.scoring;
  const submit = useMutation({
    mutationFn: (v: SelfValues) => {
      const text = (t?: string) => (t?.trim() ? t : undefined);
      return put(`${BASE}/me/${review.id}/self`, {
        level: v.level,
        selfCriticism: v.selfCriticism,
        strengths: text(v.strengths),
        shortcomings: text(v.shortcomings),
        commitments: text(v.commitments),
        ...(s && review.criteria
          ? { scores: v.scores }
          : s
            ? { scoreGeneral: v.scoreGeneral, scoreTasks: v.scoreTasks }
            : {}),
        version: review.version,
      });
    },
    onSuccess: () => {
      message.success(TEXTS.submitted);
      setProblems(null);
      qc.invalidateQueries({ queryKey: MY_KEY });
    },
    onError: (e) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, FIELDS)]),
  });
  const self = review.self;
  const header = (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary">
        {TEXTS.selfDeadline(formatDate(review.round.deadline))} · {review.ruleSet.name}
      </Typography.Text>
      <Flex gap={4} wrap>
        {self && <Tag color="green">{TEXTS.selfDone}</Tag>}
        {review.round.overdue && <Tag color="red">{TEXTS.overdue}</Tag>}
        {review.proposed && <Tag color="blue">{TEXTS.proposedByCell(review.proposed.label)}</Tag>}
      </Flex>
    </Flex>
  );
  if (!review.canSubmit)
    return (
      <Card size="small" title={TEXTS.selfOpen(review.round.periodLabel)}>
        {header}
        <Alert type="info" showIcon title={TEXTS.cannotSubmit} style={{ margin: '8px 0' }} />
        {self && (
          <>
            <p>
              {TEXTS.selfLevel}: <strong>{self.level?.label ?? '—'}</strong>
              {self.total !== undefined ? ` · ${TEXTS.points(self.total)}` : ''}
            </p>
            <SelfReviewText self={self} />
          </>
        )}
      </Card>
    );
  return (
    <Card size="small" title={TEXTS.selfOpen(review.round.periodLabel)}>
      {header}
      <ProblemAlert messages={problems} />
      <Form<SelfValues>
        // Two open reviews (the year and a quarter) are two forms: the name keeps their field ids apart.
        name={`self-${review.id}`}
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{
          level: self?.level?.code,
          scoreGeneral: self?.scoreGeneral,
          scoreTasks: self?.scoreTasks,
          scores: self?.scores,
          selfCriticism: self?.selfCriticism,
          strengths: self?.strengths,
          shortcomings: self?.shortcomings,
          commitments: self?.commitments,
        }}
        onFinish={(v) => {
          setProblems(null);
          submit.mutate(v);
        }}
      >
        {s && review.criteria && (
          <Card size="small" type="inner" title={TEXTS.scoresTitle(s.max)} style={{ marginBottom: 16 }}>
            <CriteriaScores form={form} criteria={review.criteria} scale={review.scale} />
          </Card>
        )}
        {s && !review.criteria && (
          <Card size="small" type="inner" title={TEXTS.scoresTitle(s.max)} style={{ marginBottom: 16 }}>
            <Flex gap={12} wrap>
              <Form.Item
                name="scoreGeneral"
                label={TEXTS.general}
                rules={[{ required: true, message: TEXTS.scoreRequired }]}
                style={{ flex: '1 1 140px', marginBottom: 8 }}
              >
                <InputNumber
                  min={0}
                  max={s.generalMax}
                  step={1}
                  inputMode="decimal"
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item
                name="scoreTasks"
                label={TEXTS.tasks}
                rules={[{ required: true, message: TEXTS.scoreRequired }]}
                style={{ flex: '1 1 140px', marginBottom: 8 }}
              >
                <InputNumber
                  min={0}
                  max={s.tasksMax}
                  step={1}
                  inputMode="decimal"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Flex>
            <div aria-live="polite">
              {TEXTS.total}: <strong>{total === null ? '—' : TEXTS.points(total)}</strong>
              {bandLabel(total, review.scale) && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {TEXTS.band(bandLabel(total, review.scale) ?? '')}
                </Typography.Text>
              )}
            </div>
          </Card>
        )}
        <Form.Item
          name="level"
          label={TEXTS.selfLevel}
          rules={[{ required: true, message: TEXTS.selfLevelRequired }]}
        >
          <Radio.Group style={{ width: '100%' }}>
            <Flex vertical gap={8}>
              {review.scale.map((l) => (
                <Radio key={l.code} value={l.code} className="rating-level-card">
                  {l.label}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="selfCriticism"
          label={TEXTS.selfCriticism}
          rules={[{ required: true, whitespace: true, min: 10, message: TEXTS.selfCriticismRule }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="strengths" label={TEXTS.strengths}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item name="shortcomings" label={TEXTS.shortcomings}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item name="commitments" label={TEXTS.commitments}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
          {self ? TEXTS.resubmit : TEXTS.submit}
        </Button>
      </Form>
    </Card>
  );
}

function CommitmentCard({ data }: { data: MyRatings }) {
  const year = data.open[0]?.year ?? Number(todayIso().slice(0, 4));
  const existing = data.commitments.find((c) => c.year === year);
  const [form] = Form.useForm<{ content: string }>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: { content: string }) =>
      put(`${BASE}/me/commitments/${year}`, { content: v.content, version: existing?.version }),
    onSuccess: () => {
      message.success(TEXTS.commitmentSaved);
      setProblems(null);
      qc.invalidateQueries({ queryKey: MY_KEY });
    },
    onError: (e) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, ['content'])]),
  });
  const earlier = data.commitments.filter((c) => c.year !== year);
  return (
    <Card size="small" title={TEXTS.commitmentFor(year)}>
      <ProblemAlert messages={problems} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ content: existing?.content }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="content"
          label={TEXTS.commitment}
          rules={[{ required: true, whitespace: true, min: 10, message: TEXTS.commitmentRule }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
        </Form.Item>
        <Button htmlType="submit" block loading={save.isPending}>
          {TEXTS.commitmentSave}
        </Button>
      </Form>
      {earlier.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 12 }}
          dataSource={earlier}
          renderItem={(c) => (
            <List.Item style={{ display: 'block' }}>
              <strong>{TEXTS.commitmentFor(c.year)}</strong>
              <div style={{ whiteSpace: 'pre-line' }}>{c.content}</div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
