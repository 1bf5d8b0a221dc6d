import { useMutation } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { errorDetail } from '../../lib/formErrors.ts';
import { FormModal } from '../meetings/FormModal.tsx';
import { BASE, type SheetItem } from './api.ts';
import { TEXTS } from './texts.ts';

/** Unlocking a decided row: the deciding committee only, with a reason kept in the audit trail. */
export function ReopenModal({
  item,
  onClose,
  onDone,
}: {
  item: SheetItem | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const { message } = App.useApp();
  const reopen = useMutation({
    mutationFn: (v: { reason: string }) =>
      api.post(`${BASE}/${item!.id}/reopen`, { reason: v.reason, version: item!.version }),
    onSuccess: () => {
      message.success(TEXTS.reopened);
      setProblems(null);
      onClose();
      onDone();
    },
    onError: (e) => setProblems([errorDetail(e)]),
  });
  return (
    <FormModal
      open={item !== null}
      title={item ? TEXTS.reopenTitle(item.name) : ''}
      okText={TEXTS.reopen}
      form={form}
      onClose={onClose}
      loading={reopen.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form form={form} layout="vertical" onFinish={(v) => reopen.mutate(v)}>
        <Form.Item
          name="reason"
          label={TEXTS.reopenReason}
          rules={[{ required: true, whitespace: true, min: 10, message: TEXTS.reopenReasonRule }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
