import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, List, Radio, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, formatDate, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { MemberPicker } from '../admission/MemberPicker.tsx';
import { FormModal } from '../meetings/FormModal.tsx';
import { BASE, type Plan, type Round, usePlans } from './api.ts';
import { TEXTS } from './texts.ts';

const required = [{ required: true, whitespace: true, message: TEXTS.required }];

/** Plans to remedy the shortcomings a review found, for the collectives of the round, tracked to done. */
export function RemediationTab({ round, orgCode }: { round: Round; orgCode: string }) {
  const me = useSignedIn();
  const { data, isPending, error, refetch } = usePlans(orgCode);
  const [creating, setCreating] = useState(false);
  const [finishing, setFinishing] = useState<Plan | null>(null);
  const year = round.period.kind === 'TERM' ? Number(round.period.to.slice(0, 4)) : round.period.year;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  return (
    <Card
      size="small"
      title={TEXTS.plans}
      extra={
        can.writeMembers(me) && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {TEXTS.newPlan}
          </Button>
        )
      }
    >
      <List
        dataSource={data.items}
        locale={{ emptyText: TEXTS.noPlans }}
        renderItem={(p) => (
          <List.Item
            actions={
              p.status === 'OPEN' && can.writeMembers(me)
                ? [
                    <Button key="done" size="small" onClick={() => setFinishing(p)}>
                      {TEXTS.planDone}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={4} wrap>
                <strong>{p.memberName ?? p.orgName ?? p.orgCode}</strong>
                <Tag color={p.status === 'DONE' ? 'green' : p.overdue ? 'red' : 'blue'}>
                  {TEXTS.planStatus[p.status]}
                </Tag>
                {p.overdue && <Tag color="red">{TEXTS.overdue}</Tag>}
              </Flex>
              <span>{p.shortcoming}</span>
              <Typography.Text type="secondary">
                {TEXTS.planActions}: {p.actions}
              </Typography.Text>
              <Typography.Text type="secondary">
                {TEXTS.planDue}: {formatDate(p.dueDate)}
                {p.responsible ? ` · ${p.responsible}` : ''}
                {p.doneOn ? ` · ${TEXTS.planDoneOn}: ${formatDate(p.doneOn)}` : ''}
              </Typography.Text>
              {p.result && <span>{p.result}</span>}
            </Flex>
          </List.Item>
        )}
      />
      <PlanModal
        open={creating}
        onClose={() => setCreating(false)}
        orgCode={orgCode}
        roundId={round.id}
        year={year}
      />
      <DoneModal plan={finishing} onClose={() => setFinishing(null)} />
    </Card>
  );
}

interface PlanValues {
  who: 'ORG' | 'MEMBER';
  orgCode: string;
  memberId?: string;
  shortcoming: string;
  actions: string;
  responsible?: string;
  dueDate: Dayjs;
}

function usePlanSaved(onClose: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return () => {
    message.success(TEXTS.planSaved);
    qc.invalidateQueries({ queryKey: ['ratings', 'plans'] });
    onClose();
  };
}

function PlanModal(props: {
  open: boolean;
  onClose: () => void;
  orgCode: string;
  roundId: string;
  year: number;
}) {
  const [form] = Form.useForm<PlanValues>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const saved = usePlanSaved(props.onClose);
  const save = useMutation({
    mutationFn: (v: PlanValues) =>
      api.post(`${BASE}/remediations`, {
        ...(v.who === 'MEMBER' ? { memberId: v.memberId } : { orgCode: v.orgCode }),
        roundId: props.roundId,
        year: props.year,
        shortcoming: v.shortcoming,
        actions: v.actions,
        ...(v.responsible?.trim() ? { responsible: v.responsible } : {}),
        dueDate: toIso(v.dueDate),
      }),
    onSuccess: saved,
    onError: (e) =>
      setProblems([
        errorDetail(e),
        ...applyFieldErrors(form, e, ['orgCode', 'shortcoming', 'actions', 'dueDate']),
      ]),
  });
  return (
    <FormModal
      open={props.open}
      title={TEXTS.newPlan}
      okText={TEXTS.save}
      form={form}
      onClose={props.onClose}
      loading={save.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form<PlanValues>
        form={form}
        layout="vertical"
        initialValues={{ who: 'ORG', orgCode: props.orgCode }}
        onFinish={(v) => {
          setProblems(null);
          save.mutate(v);
        }}
      >
        <Form.Item name="who" label={TEXTS.planFor}>
          <Radio.Group
            options={[
              { value: 'ORG', label: TEXTS.planForOrg },
              { value: 'MEMBER', label: TEXTS.planForMember },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.who !== b.who}>
          {({ getFieldValue }) =>
            getFieldValue('who') === 'MEMBER' ? (
              <Form.Item
                name="memberId"
                label={TEXTS.planMember}
                rules={[{ required: true, message: TEXTS.planMemberRequired }]}
              >
                <MemberPicker status={null} aria-label={TEXTS.planMember} />
              </Form.Item>
            ) : (
              <Form.Item
                name="orgCode"
                label={TEXTS.planSubject}
                rules={[{ required: true, message: TEXTS.orgRequired }]}
              >
                <OrgPicker
                  aria-label={TEXTS.planSubject}
                  initial={{ value: props.orgCode, label: props.orgCode }}
                />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="shortcoming" label={TEXTS.planShortcoming} rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="actions" label={TEXTS.planActions} rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="responsible" label={TEXTS.planResponsible}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="dueDate" label={TEXTS.planDue} rules={[{ required: true, message: TEXTS.required }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function DoneModal({ plan, onClose }: { plan: Plan | null; onClose: () => void }) {
  const [form] = Form.useForm<{ doneOn: Dayjs; result: string }>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const saved = usePlanSaved(onClose);
  const save = useMutation({
    mutationFn: (v: { doneOn: Dayjs; result: string }) =>
      api.patch(`${BASE}/remediations/${plan!.id}`, {
        status: 'DONE',
        doneOn: toIso(v.doneOn),
        result: v.result,
        version: plan!.version,
      }),
    onSuccess: saved,
    onError: (e) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, ['doneOn', 'result'])]),
  });
  return (
    <FormModal
      open={plan !== null}
      title={TEXTS.planDoneTitle}
      okText={TEXTS.save}
      form={form}
      onClose={onClose}
      loading={save.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ doneOn: dayjs() }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="doneOn"
          label={TEXTS.planDoneOn}
          rules={[{ required: true, message: TEXTS.required }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="result" label={TEXTS.planResult} rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
