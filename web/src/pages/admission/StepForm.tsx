import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../../api/problem.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, fromIso, todayIso, toIso } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { type Candidate, type CandidateStep, type Step, useRecordStep } from './api.ts';
import { MemberPicker } from './MemberPicker.tsx';
import { TEXTS } from './texts.ts';

const F = TEXTS.fields;
const future = (d: Dayjs) => d.format('YYYY-MM-DD') > todayIso();

function DateInput({ name, label, required = true }: { name: string; label: string; required?: boolean }) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: TEXTS.choose(label) }] : []}
    >
      <DatePicker format={DATE_FORMAT} disabledDate={future} style={{ width: '100%' }} />
    </Form.Item>
  );
}

function TextInput({
  name,
  label,
  required,
  area,
}: {
  name: string;
  label: string;
  required?: boolean;
  area?: boolean;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, whitespace: true, message: TEXTS.required(label) }] : []}
    >
      {area ? <Input.TextArea rows={3} maxLength={2000} /> : <Input maxLength={200} />}
    </Form.Item>
  );
}

function Count({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: TEXTS.required(label) }]}>
      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}

type Values = Record<string, unknown>;

/** What the form starts with: the step as recorded, flattened (sponsors become sponsors_0_memberId…). */
function initialValues(step: CandidateStep): Values {
  const out: Values = {};
  if (!step.data) return step.step === 'SPONSORS' ? { mode: 'TWO_MEMBERS' } : {};
  for (const [k, v] of Object.entries(step.data)) {
    if (k === 'sponsors' && Array.isArray(v)) {
      v.forEach((s: Record<string, unknown>, i) => {
        out[`sponsors_${i}_memberId`] = s.memberId;
        out[`sponsors_${i}_workedTogetherSince`] = fromIso(s.workedTogetherSince as string);
        out[`sponsors_${i}_label`] = s.fullName;
      });
    } else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = fromIso(v);
    else out[k] = v;
  }
  out.date = fromIso(step.date);
  return out;
}

/** The request body: dates as YYYY-MM-DD, sponsors as a list. */
function bodyOf(step: Step, values: Values, version: number): Values {
  const body: Values = { version };
  for (const [k, v] of Object.entries(values)) {
    if (k.startsWith('sponsors_')) continue;
    body[k] = v && typeof v === 'object' && 'format' in (v as object) ? toIso(v as Dayjs) : (v ?? null);
  }
  if (step === 'SPONSORS') {
    const n = values.mode === 'YOUTH_UNION' ? 1 : 2;
    body.sponsors = Array.from({ length: n }, (_, i) => ({
      memberId: values[`sponsors_${i}_memberId`] ?? '',
      workedTogetherSince: toIso(values[`sponsors_${i}_workedTogetherSince`] as Dayjs | null) ?? '',
    }));
    if (values.mode !== 'YOUTH_UNION') {
      delete body.youthUnionResolutionNumber;
      delete body.youthUnionResolutionDate;
    }
  }
  return body;
}

function Fields({ step, candidate }: { step: CandidateStep; candidate: Candidate }): ReactNode {
  const dateLabel = TEXTS.stepDate[step.step] ?? F.date;
  const date = <DateInput name="date" label={dateLabel} />;
  switch (step.step) {
    case 'AWARENESS_CLASS':
      return (
        <>
          <TextInput name="certificateNumber" label={F.certificateNumber} required />
          {date}
          <TextInput name="issuer" label={F.issuer} />
        </>
      );
    case 'SPONSORS':
      return (
        <>
          {date}
          <Form.Item name="mode" label={F.mode} rules={[{ required: true, message: TEXTS.choose(F.mode) }]}>
            <Radio.Group
              options={[
                { value: 'TWO_MEMBERS', label: F.modeTwo },
                ...(candidate.youthUnion ? [{ value: 'YOUTH_UNION', label: F.modeYouth }] : []),
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
            {({ getFieldValue }) => {
              const youth = getFieldValue('mode') === 'YOUTH_UNION';
              return (
                <>
                  {youth && (
                    <>
                      <TextInput
                        name="youthUnionResolutionNumber"
                        label={F.youthUnionResolutionNumber}
                        required
                      />
                      <DateInput name="youthUnionResolutionDate" label={F.youthUnionResolutionDate} />
                    </>
                  )}
                  {Array.from({ length: youth ? 1 : 2 }, (_, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the sponsors are positions 1 and 2
                    <div key={i}>
                      <Form.Item
                        name={`sponsors_${i}_memberId`}
                        label={F.sponsor(i + 1)}
                        rules={[{ required: true, message: TEXTS.choose(F.sponsor(i + 1)) }]}
                      >
                        <MemberPicker
                          aria-label={F.sponsor(i + 1)}
                          initialLabel={getFieldValue(`sponsors_${i}_label`) as string | null}
                        />
                      </Form.Item>
                      <DateInput
                        name={`sponsors_${i}_workedTogetherSince`}
                        label={`${F.workedTogetherSince} (${i + 1})`}
                      />
                    </div>
                  ))}
                </>
              );
            }}
          </Form.Item>
        </>
      );
    case 'BACKGROUND_CHECK':
      return (
        <>
          {date}
          <Form.Item
            name="conclusion"
            label={F.conclusion}
            rules={[{ required: true, message: TEXTS.choose(F.conclusion) }]}
          >
            <Radio.Group
              options={[
                { value: 'MEETS', label: F.meets },
                { value: 'NOT_MEETS', label: F.notMeets },
              ]}
            />
          </Form.Item>
          <TextInput name="verifiedBy" label={F.verifiedBy} />
          <TextInput name="note" label={F.note} area />
        </>
      );
    case 'COMMENTS':
      return (
        <>
          {date}
          <TextInput name="residenceCell" label={F.residenceCell} required area />
          <TextInput name="massOrganizations" label={F.massOrganizations} required area />
        </>
      );
    case 'DOSSIER':
      return (
        <>
          {date}
          <Form.Item name="items" label={F.items} initialValue={[]}>
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={candidate.dossierItems.map((i) => ({ value: i.code, label: i.label }))}
            />
          </Form.Item>
        </>
      );
    case 'CELL_RESOLUTION':
    case 'COMMITTEE_RESOLUTION':
      return (
        <>
          {date}
          <TextInput name="number" label={F.number} required={step.step === 'COMMITTEE_RESOLUTION'} />
          <Count name="agree" label={F.agree} />
          <Count name="total" label={step.step === 'CELL_RESOLUTION' ? F.totalCell : F.totalCommittee} />
        </>
      );
    case 'DECISION':
      return (
        <>
          {date}
          <TextInput name="number" label={F.number} required />
          <TextInput name="issuingBody" label={F.issuingBody} required />
        </>
      );
    case 'CEREMONY':
      return (
        <>
          <Typography.Paragraph type="secondary">{TEXTS.ceremonyHint}</Typography.Paragraph>
          {date}
          <TextInput name="lateApproval" label={F.lateApproval} />
        </>
      );
  }
}

/** One step's form. The server's rule messages go on their fields, or above the form. */
export function StepForm({ candidate, step }: { candidate: Candidate; step: CandidateStep }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordStep(candidate.id);
  const [problems, setProblems] = useState<string[] | null>(null);
  const { message } = App.useApp();
  const submit = async (values: Values) => {
    setProblems(null);
    try {
      const saved = await record.mutateAsync({
        step: step.step,
        body: bodyOf(step.step, values, candidate.version),
      });
      message.success(saved.status === 'ADMITTED' ? TEXTS.admittedNow : TEXTS.saved);
    } catch (e) {
      if (!isApiError(e)) return setProblems([errorDetail(e)]);
      const known = new Set(Object.keys(form.getFieldsValue()));
      const byField = new Map<string, string[]>();
      const rest: string[] = [];
      for (const f of e.fieldErrors) {
        const name = f.path.replaceAll('.', '_');
        if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), f.message]);
        else rest.push(f.message);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      setProblems([...(byField.size ? [] : [e.message]), ...rest].filter(Boolean));
    }
  };
  return (
    <Form
      key={`${candidate.id}-${step.step}-${candidate.version}`}
      form={form}
      layout="vertical"
      initialValues={initialValues(step)}
      onFinish={submit}
      aria-label={step.label}
    >
      <ProblemAlert messages={problems} />
      <Fields step={step} candidate={candidate} />
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {step.done ? TEXTS.rerecordStep : TEXTS.recordStep}
      </Button>
    </Form>
  );
}
