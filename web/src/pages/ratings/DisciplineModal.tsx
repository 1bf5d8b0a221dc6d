import { useMutation } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, toIso } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { FormModal } from '../meetings/FormModal.tsx';
import { BASE, type SheetItem } from './api.ts';
import { TEXTS } from './texts.ts';

interface Values {
  form: string;
  decidedOn: Dayjs;
  decisionNumber?: string;
  issuingBody?: string;
  reason?: string;
  selfDetectedAndRemedied?: boolean;
}

/**
 * Recording a discipline decision from the sheet: the rules cap the level of the period it falls in,
 * so the row's findings change once it is saved (until the inspection module keeps disciplines).
 */
export function DisciplineModal({
  item,
  onClose,
  onDone,
}: {
  item: SheetItem | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const { message } = App.useApp();
  const record = useMutation({
    mutationFn: (v: Values) =>
      api.post(`${BASE}/disciplines`, {
        ...(item!.subject === 'MEMBER' ? { memberId: item!.memberId } : { orgCode: item!.org.code }),
        form: v.form,
        decidedOn: toIso(v.decidedOn),
        ...(v.decisionNumber && { decisionNumber: v.decisionNumber }),
        ...(v.issuingBody && { issuingBody: v.issuingBody }),
        ...(v.reason && { reason: v.reason }),
        selfDetectedAndRemedied: Boolean(v.selfDetectedAndRemedied),
      }),
    onSuccess: () => {
      message.success(TEXTS.disciplineSaved);
      setProblems(null);
      form.resetFields();
      onClose();
      onDone();
    },
    onError: (e) => setProblems([errorDetail(e)]),
  });
  return (
    <FormModal
      open={item !== null}
      title={item ? TEXTS.disciplineTitle(item.name) : ''}
      okText={TEXTS.disciplineSave}
      form={form}
      onClose={onClose}
      loading={record.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form form={form} name="discipline" layout="vertical" onFinish={(v) => record.mutate(v)}>
        <Form.Item
          name="form"
          label={TEXTS.disciplineForm}
          rules={[{ required: true, message: TEXTS.disciplineFormRule }]}
        >
          <Select
            options={Object.entries(TEXTS.disciplineForms).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label={TEXTS.disciplineDate}
          rules={[{ required: true, message: TEXTS.disciplineDateRule }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={TEXTS.disciplineNumber}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="issuingBody" label={TEXTS.disciplineBody}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="reason" label={TEXTS.disciplineReason}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="selfDetectedAndRemedied" valuePropName="checked">
          <Checkbox>{TEXTS.disciplineSelfRemedied}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
