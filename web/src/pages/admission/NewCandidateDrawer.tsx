import { App, Button, Checkbox, Col, DatePicker, Drawer, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { CodeSelect } from '../../codes/CodeSelect.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, todayIso, toIso } from '../../lib/dates.ts';
import { applyFieldErrors, errorDetail } from '../../lib/formErrors.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { CELL_KINDS } from '../../shared.ts';
import { useCellDefault } from '../memberForm/useCellDefault.ts';
import { useCreateCandidate } from './api.ts';
import { TEXTS } from './texts.ts';

const L = TEXTS.labels;
const FIELDS = Object.keys(L);

function Cell({ children }: { children: React.ReactNode }) {
  return (
    <Col xs={24} md={12}>
      {children}
    </Col>
  );
}

/** A new candidate: the profile as on a member's form, the cell, and the flags the plan counts. */
export function NewCandidateDrawer({
  open,
  org,
  onClose,
  onCreated,
}: {
  open: boolean;
  org: string | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { phone } = useScreen();
  const [form] = Form.useForm();
  const create = useCreateCandidate();
  const cell = useCellDefault(org);
  const [problems, setProblems] = useState<string[] | null>(null);
  const { message } = App.useApp();
  const submit = async (values: Record<string, unknown>) => {
    setProblems(null);
    try {
      const c = await create.mutateAsync({
        ...values,
        birthDate: toIso(values.birthDate as Dayjs),
        youthUnion: !!values.youthUnion,
        rural: !!values.rural,
        highlandArea: !!values.highlandArea,
      });
      message.success(TEXTS.created);
      form.resetFields();
      onCreated(c.id);
    } catch (e) {
      const rest = applyFieldErrors(form, e, FIELDS);
      setProblems([errorDetail(e), ...rest]);
    }
  };
  const text = (name: keyof typeof L, required = false, max = 200) => (
    <Form.Item
      name={name}
      label={L[name]}
      rules={required ? [{ required: true, whitespace: true, message: TEXTS.required(L[name]) }] : []}
    >
      <Input maxLength={max} />
    </Form.Item>
  );
  const code = (
    name: keyof typeof L,
    list: 'gender' | 'ethnicity' | 'education' | 'professional' | 'occupation',
    required = false,
  ) => (
    <Form.Item
      name={name}
      label={L[name]}
      rules={required ? [{ required: true, message: TEXTS.choose(L[name]) }] : []}
    >
      <CodeSelect list={list} aria-label={L[name]} />
    </Form.Item>
  );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={phone ? '100%' : 720}
      title={TEXTS.newTitle}
      closable={{ 'aria-label': TEXTS.close }}
      footer={
        <Button type="primary" onClick={() => form.submit()} loading={create.isPending} block={phone}>
          {TEXTS.save}
        </Button>
      }
    >
      <ProblemAlert messages={problems} />
      {cell !== undefined && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ orgCode: cell?.value, ethnicity: '01' }}
        >
          <Row gutter={16}>
            <Cell>{text('fullName', true, 120)}</Cell>
            <Cell>{code('gender', 'gender', true)}</Cell>
            <Cell>
              <Form.Item
                name="birthDate"
                label={L.birthDate}
                rules={[{ required: true, message: TEXTS.choose(L.birthDate) }]}
              >
                <DatePicker
                  format={DATE_FORMAT}
                  disabledDate={(d) => d.format('YYYY-MM-DD') >= todayIso()}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Cell>
            <Cell>{code('ethnicity', 'ethnicity', true)}</Cell>
            <Cell>{code('education', 'education', true)}</Cell>
            <Cell>{code('professional', 'professional')}</Cell>
            <Cell>{text('citizenId', false, 20)}</Cell>
            <Cell>{text('phone', false, 20)}</Cell>
            <Cell>{text('residence', false, 300)}</Cell>
            <Cell>{text('hometown', false, 300)}</Cell>
            <Cell>{code('occupation', 'occupation')}</Cell>
            <Cell>{text('workplace', false, 300)}</Cell>
            <Col xs={24}>
              <Form.Item
                name="orgCode"
                label={L.orgCode}
                rules={[{ required: true, message: TEXTS.choose(L.orgCode) }]}
              >
                <OrgPicker kinds={CELL_KINDS} initial={cell ?? null} aria-label={L.orgCode} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="youthUnion" valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox>{L.youthUnion}</Checkbox>
              </Form.Item>
              <Form.Item name="rural" valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox>{L.rural}</Checkbox>
              </Form.Item>
              <Form.Item name="highlandArea" valuePropName="checked">
                <Checkbox>{L.highlandArea}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </Drawer>
  );
}
