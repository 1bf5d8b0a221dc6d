import { EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { type PlanView, usePlan, useSavePlan } from './api.ts';
import { TEXTS } from './texts.ts';

const GROUPS = [
  ['targetYouthUnion', 'youthUnion'],
  ['targetWomen', 'women'],
  ['targetEthnicMinority', 'ethnicMinority'],
  ['targetRural', 'rural'],
] as const;
const FIELDS = ['targetTotal', ...GROUPS.map(([k]) => k), 'note'];

function Bar({ label, done, target }: { label: string; done: number; target: number | null }) {
  const percent = target ? Math.min(100, Math.round((done / target) * 100)) : 0;
  return (
    <div>
      <Flex justify="space-between" gap={8}>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text type="secondary">{TEXTS.admitted(done, target)}</Typography.Text>
      </Flex>
      <Progress
        percent={percent}
        showInfo={target !== null}
        status={target !== null && done >= target ? 'success' : 'normal'}
        aria-label={`${label}: ${TEXTS.admitted(done, target)}`}
      />
    </div>
  );
}

function PlanModal({ view, onClose }: { view: PlanView; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useSavePlan(view.org.code, view.year);
  const [problems, setProblems] = useState<string[] | null>(null);
  const { message } = App.useApp();
  const submit = async (values: Record<string, unknown>) => {
    setProblems(null);
    try {
      await save.mutateAsync({ ...values, version: view.plan?.version });
      message.success(TEXTS.planSaved);
      onClose();
    } catch (e) {
      const rest = applyFieldErrors(form, e, FIELDS);
      setProblems([errorDetail(e), ...rest]);
    }
  };
  return (
    <Modal
      open
      title={TEXTS.plan(view.year)}
      onCancel={onClose}
      okText={TEXTS.save}
      cancelText={TEXTS.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert messages={problems} />
      <Form form={form} layout="vertical" initialValues={view.plan ?? {}} onFinish={submit}>
        <Form.Item
          name="targetTotal"
          label={TEXTS.groups.targetTotal}
          rules={[{ required: true, message: TEXTS.required(TEXTS.groups.targetTotal) }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {GROUPS.map(([key]) => (
          <Form.Item key={key} name={key} label={TEXTS.groups[key]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item name="note" label={TEXTS.planNote}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The year's target and its progress, by group. */
export function PlanCard({ org }: { org: string | null }) {
  const thisYear = Number(new Date().getFullYear());
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const plan = usePlan(org, year, true);
  const view = plan.data;
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  return (
    <Card
      size="small"
      title={TEXTS.plan(year)}
      extra={
        <Flex gap={8} align="center">
          <Select
            aria-label={TEXTS.year}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 90 }}
          />
          {view?.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {view.plan ? TEXTS.editPlan : TEXTS.setPlan}
            </Button>
          )}
        </Flex>
      }
    >
      {plan.isError ? (
        <Alert type="info" showIcon title={org ? errorDetail(plan.error) : TEXTS.pickOrgForPlan} />
      ) : view ? (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">
            {TEXTS.planFor(view.org.name)} · {TEXTS.inPipeline(view.inPipeline)}
          </Typography.Text>
          {!view.plan && <Typography.Text type="secondary">{TEXTS.noPlan}</Typography.Text>}
          <Bar
            label={TEXTS.groups.targetTotal}
            done={view.progress.total}
            target={view.plan?.targetTotal ?? null}
          />
          {GROUPS.map(([key, progress]) => (
            <Bar
              key={key}
              label={TEXTS.groups[key]}
              done={view.progress[progress]}
              target={view.plan?.[key] ?? null}
            />
          ))}
          {view.plan?.note && <Typography.Paragraph type="secondary">{view.plan.note}</Typography.Paragraph>}
        </Flex>
      ) : null}
      {editing && view && <PlanModal view={view} onClose={() => setEditing(false)} />}
    </Card>
  );
}
