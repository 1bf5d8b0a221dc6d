import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Steps,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, formatDate, todayIso, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { type Candidate, type Step, useCandidate, useWithdraw } from './api.ts';
import { StepForm } from './StepForm.tsx';
import { TEXTS } from './texts.ts';

function WithdrawModal({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const [form] = Form.useForm();
  const withdraw = useWithdraw(candidate.id);
  const [problems, setProblems] = useState<string[] | null>(null);
  const submit = async (v: { date: Dayjs; reason: string }) => {
    try {
      await withdraw.mutateAsync({ version: candidate.version, date: toIso(v.date) ?? '', reason: v.reason });
      onClose();
    } catch (e) {
      setProblems([errorDetail(e), ...applyFieldErrors(form, e, ['date', 'reason'])]);
    }
  };
  return (
    <Modal
      open
      title={TEXTS.withdrawTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={TEXTS.withdraw}
      okButtonProps={{ danger: true }}
      cancelText={TEXTS.cancel}
      confirmLoading={withdraw.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(todayIso()) }} onFinish={submit}>
        <Form.Item
          name="date"
          label={TEXTS.withdrawDate}
          rules={[{ required: true, message: TEXTS.choose(TEXTS.withdrawDate) }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={TEXTS.withdrawReason}
          rules={[{ required: true, whitespace: true, message: TEXTS.required(TEXTS.withdrawReason) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Body({ candidate }: { candidate: Candidate }) {
  const { phone } = useScreen();
  const [picked, setPicked] = useState<Step | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const current = candidate.steps.findIndex((s) => s.step === candidate.currentStep);
  const selectedStep = picked ?? candidate.currentStep ?? candidate.steps.at(-1)!.step;
  const selected = candidate.steps.find((s) => s.step === selectedStep)!;
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'cell', label: TEXTS.cell, children: candidate.orgName ?? candidate.orgCode },
          {
            key: 'birth',
            label: TEXTS.labels.birthDate,
            children: `${formatDate(candidate.birthDate)} · ${candidate.labels.gender ?? ''} · ${candidate.labels.ethnicity ?? ''}`,
          },
          { key: 'edu', label: TEXTS.labels.education, children: candidate.labels.education ?? '—' },
          {
            key: 'status',
            label: TEXTS.status,
            children: (
              <Flex gap={4} wrap>
                <Tag
                  color={
                    candidate.status === 'ACTIVE'
                      ? 'processing'
                      : candidate.status === 'ADMITTED'
                        ? 'success'
                        : 'default'
                  }
                >
                  {candidate.statusLabel}
                </Tag>
                {candidate.youthUnion && <Tag>{TEXTS.labels.youthUnion}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      {candidate.status === 'ADMITTED' && candidate.memberId && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          title={<Link to={`/members/${candidate.memberId}`}>{TEXTS.admittedAs}</Link>}
        />
      )}
      {candidate.status === 'WITHDRAWN' && (
        <Alert
          type="info"
          showIcon
          title={TEXTS.withdrawn(formatDate(candidate.withdrawnDate), candidate.withdrawnReason ?? '')}
        />
      )}
      {candidate.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={TEXTS.warnings}
          description={candidate.warnings.map((w) => <div key={w}>{w}</div>)}
        />
      )}
      {candidate.ceremonyDeadline && candidate.status === 'ACTIVE' && (
        <Typography.Text type="secondary">
          {TEXTS.ceremonyDeadline(formatDate(candidate.ceremonyDeadline))}
        </Typography.Text>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {TEXTS.steps}
      </Typography.Title>
      <Steps
        orientation="vertical"
        size="small"
        current={current < 0 ? candidate.steps.length : current}
        onChange={(i) => setPicked(candidate.steps[i]!.step)}
        items={candidate.steps.map((s) => ({
          title: s.label,
          status: s.done ? 'finish' : s.step === candidate.currentStep ? 'process' : 'wait',
          content: (
            <span>
              {s.done ? TEXTS.stepDone(formatDate(s.date)) : TEXTS.stepTodo}
              {s.warnings.map((w) => (
                <Typography.Text key={w} type="warning" style={{ display: 'block' }}>
                  {w}
                </Typography.Text>
              ))}
            </span>
          ),
        }))}
      />
      {candidate.canEdit && (
        <section
          aria-label={selected.label}
          style={{ borderTop: '1px solid rgba(0,0,0,0.06)', paddingTop: 12 }}
        >
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {selected.label}
          </Typography.Title>
          <StepForm candidate={candidate} step={selected} />
        </section>
      )}
      {candidate.canEdit && (
        <Flex justify={phone ? 'stretch' : 'flex-end'}>
          <Button danger onClick={() => setWithdrawing(true)} block={phone}>
            {TEXTS.withdraw}
          </Button>
        </Flex>
      )}
      {withdrawing && <WithdrawModal candidate={candidate} onClose={() => setWithdrawing(false)} />}
    </Flex>
  );
}

/** A candidate's record: where they stand, each step, and the form of the step being recorded. */
export function CandidateDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { phone } = useScreen();
  const candidate = useCandidate(id);
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={phone ? '100%' : 640}
      title={candidate.data?.fullName ?? ''}
      closable={{ 'aria-label': TEXTS.close }}
      destroyOnHidden
    >
      {candidate.isPending ? (
        <PageLoading />
      ) : candidate.isError ? (
        <ErrorState error={candidate.error} onRetry={() => candidate.refetch()} />
      ) : (
        <Body key={candidate.data.id} candidate={candidate.data} />
      )}
    </Drawer>
  );
}
