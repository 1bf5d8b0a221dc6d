import { Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { type MeetingDetail, useMeetingAction } from './api.ts';
import { FormModal } from './FormModal.tsx';
import { PlanForm } from './PlanForm.tsx';
import { TEXTS } from './texts.ts';

/** Cancelling a planned meeting: a reason is required (the server checks it too) and kept. */
function CancelModal({ m, open, onClose }: { m: MeetingDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[] | null>(null);
  const cancel = useMeetingAction<Record<string, unknown>>(m.id, '', 'PATCH');
  return (
    <FormModal
      open={open}
      title={TEXTS.cancelTitle}
      form={form}
      onClose={onClose}
      loading={cancel.isPending}
      okText={TEXTS.cancelOk}
      cancelText={TEXTS.keep}
      danger
    >
      <ProblemAlert messages={problems} />
      <Typography.Paragraph type="secondary">{TEXTS.cancelNote}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setProblems(null);
          cancel.mutate(
            { version: m.version, status: 'CANCELLED', cancelReason: v.cancelReason },
            {
              onSuccess: onClose,
              onError: (e) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, ['cancelReason'])]),
            },
          );
        }}
      >
        <Form.Item
          name="cancelReason"
          label={TEXTS.cancelReason}
          rules={[{ required: true, whitespace: true, message: TEXTS.cancelReasonRequired }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/**
 * The plan's own actions on the meeting page: edit (planned or held), correct with a reason
 * (closed), cancel (planned only).
 */
export function PlanActions({ m }: { m: MeetingDetail }) {
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  if (!m.can.edit || m.status === 'CANCELLED') return null;
  return (
    <Flex gap={8} wrap>
      <Button onClick={() => setEditing(true)}>
        {m.status === 'CLOSED' ? TEXTS.correctPlan : TEXTS.editPlan}
      </Button>
      {m.status === 'PLANNED' && (
        <Button danger onClick={() => setCancelling(true)}>
          {TEXTS.cancelMeeting}
        </Button>
      )}
      <PlanForm
        key={m.version}
        open={editing}
        orgCode={m.org.code}
        meeting={m}
        onClose={() => setEditing(false)}
      />
      <CancelModal m={m} open={cancelling} onClose={() => setCancelling(false)} />
    </Flex>
  );
}
