import { Checkbox, Form } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromIso, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { type MeetingDetail, type Task, useMeetingAction } from './api.ts';
import { CorrectionReasonField } from './CorrectionReasonField.tsx';
import { FormModal } from './FormModal.tsx';
import { TaskFields } from './TaskFields.tsx';
import { TEXTS } from './texts.ts';

const FIELDS = ['memberId', 'title', 'dueOn', 'status', 'correctionReason'];

/**
 * Corrects one task given at the meeting: its member, title or due date, or withdraws it. Only what
 * changed is sent; once the minutes are closed a correction reason is required (and audited).
 */
export function TaskEditModal({ m, task, onClose }: { m: MeetingDetail; task: Task; onClose: () => void }) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[] | null>(null);
  const save = useMeetingAction<Record<string, unknown>>(m.id, `/tasks/${task.id}`, 'PATCH');
  const closed = m.status === 'CLOSED';
  const withdraw = Form.useWatch('withdraw', form);
  return (
    <FormModal
      title={closed ? TEXTS.correctTaskTitle : TEXTS.editTaskTitle}
      form={form}
      onClose={onClose}
      loading={save.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form
        form={form}
        name="taskEdit"
        layout="vertical"
        initialValues={{
          memberId: task.memberId,
          title: task.title,
          dueOn: fromIso(task.dueOn),
          withdraw: false,
        }}
        onFinish={(v) => {
          setProblems(null);
          const dueOn = toIso(v.dueOn);
          const body: Record<string, unknown> = v.withdraw
            ? { status: 'CANCELLED' }
            : {
                ...(v.memberId !== task.memberId && { memberId: v.memberId }),
                ...(v.title !== task.title && { title: v.title }),
                ...(dueOn !== task.dueOn && { dueOn }),
              };
          save.mutate(
            { ...body, correctionReason: v.correctionReason ?? null },
            {
              onSuccess: onClose,
              onError: (e) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, FIELDS)]),
            },
          );
        }}
      >
        <TaskFields m={m} disabled={withdraw} />
        <Form.Item name="withdraw" valuePropName="checked">
          <Checkbox>{TEXTS.withdrawTask}</Checkbox>
        </Form.Item>
        {closed && <CorrectionReasonField />}
      </Form>
    </FormModal>
  );
}
