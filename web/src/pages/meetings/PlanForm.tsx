import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Modal, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import type { MeetingDetail } from './api.ts';
import { TEXTS } from './texts.ts';

const FIELDS = ['orgCode', 'kind', 'model', 'plannedDate', 'startTime', 'place', 'topic', 'agenda'];

/** The secretary's plan of a meeting: date, time, place, topic, agenda. Opens the meeting when saved. */
export function PlanForm({
  open,
  orgCode,
  onClose,
}: {
  open: boolean;
  orgCode: string | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[] | null>(null);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<MeetingDetail>('/api/v1/meetings', v),
    onSuccess: (m) => {
      qc.invalidateQueries({ queryKey: ['meetings'] });
      onClose();
      navigate(`/sinh-hoat/${m.id}`);
    },
    onError: (e) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, FIELDS)]),
  });
  return (
    <Modal
      open={open}
      title={TEXTS.planTitle}
      okText={TEXTS.save}
      cancelText={TEXTS.cancel}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert messages={problems} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          orgCode,
          kind: 'REGULAR',
          model: false,
          plannedDate: dayjs().add(1, 'month').date(5),
        }}
        onFinish={(v) => {
          setProblems(null);
          save.mutate({
            ...v,
            plannedDate: toIso(v.plannedDate),
            startTime: v.startTime ? v.startTime.format('HH:mm') : null,
          });
        }}
      >
        <Form.Item name="orgCode" label={TEXTS.org} rules={[{ required: true, message: 'Chọn chi bộ.' }]}>
          <OrgPicker kinds={['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC']} />
        </Form.Item>
        <Form.Item name="kind" label={TEXTS.kind}>
          <Select options={Object.entries(TEXTS.kinds).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="plannedDate"
          label={TEXTS.plannedDate}
          rules={[{ required: true, message: 'Chọn ngày.' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="startTime" label={TEXTS.startTime}>
          <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={TEXTS.place}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="topic" label={TEXTS.topic} rules={[{ required: true, message: 'Nhập chủ đề.' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="agenda" label={TEXTS.agenda}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="model" valuePropName="checked">
          <Checkbox>{TEXTS.model}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
