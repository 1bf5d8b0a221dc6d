import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { type OrgOption, OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, todayIso, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { FormModal } from '../meetings/FormModal.tsx';
import { BASE, type Period, type RoundDetail } from './api.ts';
import { TEXTS } from './texts.ts';

interface Values {
  orgCode: string;
  kind: Period['kind'];
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  from?: Dayjs;
  to?: Dayjs;
  deadline: Dayjs;
  note?: string;
}

const periodOf = (v: Values): Period =>
  v.kind === 'YEAR'
    ? { kind: 'YEAR', year: v.year }
    : v.kind === 'QUARTER'
      ? { kind: 'QUARTER', year: v.year, quarter: v.quarter ?? 1 }
      : { kind: 'TERM', from: toIso(v.from) ?? '', to: toIso(v.to) ?? '' };

/** Opening a round: the org whose subtree is reviewed, the period and the deadline. */
export function OpenRoundModal({
  open,
  onClose,
  initialOrg,
}: {
  open: boolean;
  onClose: () => void;
  initialOrg: OrgOption | null;
}) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const kind = Form.useWatch('kind', form);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (v: Values) =>
      api.post<RoundDetail>(`${BASE}/rounds`, {
        orgCode: v.orgCode,
        period: periodOf(v),
        deadline: toIso(v.deadline),
        ...(v.note?.trim() ? { note: v.note } : {}),
      }),
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: ['ratings', 'rounds'] });
      onClose();
      navigate(`/xep-loai/${encodeURIComponent(r.id)}`);
    },
    onError: (e) => {
      const rest = applyFieldErrors(form, e, ['orgCode', 'deadline', 'note']);
      setProblems([errorDetail(e), ...rest]);
    },
  });
  const year = Number(todayIso().slice(0, 4));
  return (
    <FormModal
      open={open}
      title={TEXTS.openTitle}
      okText={TEXTS.open}
      form={form}
      onClose={onClose}
      loading={save.isPending}
    >
      <ProblemAlert messages={problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgCode: initialOrg?.value, kind: 'YEAR', year, quarter: currentQuarter() }}
        onFinish={(v) => {
          setProblems(null);
          save.mutate(v);
        }}
      >
        <Form.Item name="orgCode" label={TEXTS.org} rules={[{ required: true, message: TEXTS.orgRequired }]}>
          <OrgPicker aria-label={TEXTS.org} initial={initialOrg} />
        </Form.Item>
        <Form.Item name="kind" label={TEXTS.periodKind}>
          <Radio.Group
            optionType="button"
            options={(['YEAR', 'QUARTER', 'TERM'] as const).map((k) => ({ value: k, label: TEXTS.kinds[k] }))}
          />
        </Form.Item>
        {kind !== 'TERM' && (
          <Form.Item name="year" label={TEXTS.year} rules={[{ required: true, message: TEXTS.required }]}>
            <InputNumber min={2010} max={2100} style={{ width: 160 }} />
          </Form.Item>
        )}
        {kind === 'QUARTER' && (
          <Form.Item name="quarter" label={TEXTS.quarter}>
            <Select
              style={{ width: 160 }}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Quý ${q}` }))}
            />
          </Form.Item>
        )}
        {kind === 'TERM' && (
          <>
            <Form.Item
              name="from"
              label={TEXTS.termFrom}
              rules={[{ required: true, message: TEXTS.required }]}
            >
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="to" label={TEXTS.termTo} rules={[{ required: true, message: TEXTS.required }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="deadline"
          label={TEXTS.deadline}
          rules={[{ required: true, message: TEXTS.deadlineRequired }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label={TEXTS.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

const currentQuarter = () => Math.floor((Number(todayIso().slice(5, 7)) - 1) / 3) + 1;
