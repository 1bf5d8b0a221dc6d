import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Select, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, fromIso, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { type MeetingDetail, useMeetingAction } from './api.ts';
import { CorrectionReasonField } from './CorrectionReasonField.tsx';
import { FormModal } from './FormModal.tsx';
import { TEXTS } from './texts.ts';

const FIELDS = [
  'orgCode',
  'kind',
  'model',
  'plannedDate',
  'startTime',
  'place',
  'topic',
  'agenda',
  'correctionReason',
];

/**
 * The secretary's plan of a meeting: date, time, place, topic, agenda. Opens the meeting when saved.
 * With `meeting`, edits that plan instead (PATCH with its version); once the meeting is held only its
 * description may change, so date and kind are shown but locked; once closed that is a correction,
 * which asks for its reason (the server requires it and audits it).
 */
export function PlanForm({
  open,
  orgCode,
  onClose,
  meeting,
}: {
  open: boolean;
  orgCode: string | null;
  onClose: () => void;
  meeting?: MeetingDetail;
}) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[] | null>(null);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const onError = (e: unknown) => setProblems([errorDetail(e), ...applyFieldErrors(form, e, FIELDS)]);
  const create = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<MeetingDetail>('/api/v1/meetings', v),
    onSuccess: (m) => {
      qc.invalidateQueries({ queryKey: ['meetings'] });
      onClose();
      navigate(`/sinh-hoat/${m.id}`);
    },
    onError,
  });
  const update = useMeetingAction<Record<string, unknown>>(meeting?.id ?? '', '', 'PATCH');
  const locked = meeting !== undefined && meeting.status !== 'PLANNED';
  const closed = meeting?.status === 'CLOSED';
  const save = (v: Record<string, unknown>) => {
    if (!meeting) return create.mutate(v);
    const { orgCode: _o, plannedDate, kind, ...description } = v;
    update.mutate(
      { version: meeting.version, ...description, ...(locked ? {} : { plannedDate, kind }) },
      { onSuccess: onClose, onError },
    );
  };
  return (
    <FormModal
      open={open}
      title={closed ? TEXTS.correctPlanTitle : meeting ? TEXTS.editPlanTitle : TEXTS.planTitle}
      form={form}
      onClose={onClose}
      loading={create.isPending || update.isPending}
    >
      <ProblemAlert messages={problems} />
      {/* Named, so its field ids differ from the hold form's on the same page (labels point at them). */}
      <Form
        form={form}
        name={meeting ? 'planEdit' : 'plan'}
        layout="vertical"
        initialValues={
          meeting
            ? {
                orgCode: meeting.org.code,
                kind: meeting.kind,
                model: meeting.model,
                plannedDate: fromIso(meeting.plannedDate),
                startTime: meeting.startTime ? dayjs(meeting.startTime, 'HH:mm') : null,
                place: meeting.place,
                topic: meeting.topic,
                agenda: meeting.agenda,
              }
            : { orgCode, kind: 'REGULAR', model: false, plannedDate: dayjs().add(1, 'month').date(5) }
        }
        onFinish={(v) => {
          setProblems(null);
          save({
            ...v,
            plannedDate: toIso(v.plannedDate),
            startTime: v.startTime ? v.startTime.format('HH:mm') : null,
          });
        }}
      >
        {meeting ? (
          <Form.Item label={TEXTS.org}>{meeting.org.name}</Form.Item>
        ) : (
          <Form.Item name="orgCode" label={TEXTS.org} rules={[{ required: true, message: 'Chọn chi bộ.' }]}>
            <OrgPicker kinds={['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC']} />
          </Form.Item>
        )}
        {locked && (
          <Typography.Paragraph type="secondary">
            {closed ? TEXTS.closedLocked : TEXTS.heldLocked}
          </Typography.Paragraph>
        )}
        <Form.Item name="kind" label={TEXTS.kind}>
          <Select
            disabled={locked}
            options={Object.entries(TEXTS.kinds).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="plannedDate"
          label={TEXTS.plannedDate}
          rules={[{ required: true, message: 'Chọn ngày.' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabled={locked} />
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
        {closed && <CorrectionReasonField />}
      </Form>
    </FormModal>
  );
}
