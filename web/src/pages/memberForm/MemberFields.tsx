import { Card, Col, DatePicker, Form, type FormInstance, Input, Row } from 'antd';
import type { ReactNode } from 'react';
import { CodeSelect } from '../../codes/CodeSelect.tsx';
import { type OrgOption, OrgPicker } from '../../components/OrgPicker.tsx';
import { DATE_FORMAT, todayIso } from '../../lib/dates.ts';
import { CELL_KINDS } from '../../shared.ts';
import type { FormValues } from './formValues.ts';
import { type FieldName, TEXTS } from './texts.ts';
import {
  adherenceRule,
  cardNumberRule,
  citizenIdRule,
  dateRule,
  dossierRule,
  phoneRule,
} from './validation.ts';

const L = TEXTS.labels;
const DATES = ['birthDate', 'admissionDecisionDate', 'ceremonyDate', 'officialDate'];
const notFuture = (d: { format: (f: string) => string }) => d.format('YYYY-MM-DD') > todayIso();

function Cell({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <Col xs={24} md={wide ? 24 : 12} xl={wide ? 16 : 8}>
      {children}
    </Col>
  );
}

function Text({ name, required, max = 200 }: { name: FieldName; required?: boolean; max?: number }) {
  return (
    <Form.Item
      name={name}
      label={L[name]}
      rules={required ? [{ required: true, whitespace: true, message: TEXTS.required(L[name]) }] : undefined}
    >
      <Input maxLength={max} />
    </Form.Item>
  );
}

function DateField({
  name,
  required,
  form,
}: {
  name: FieldName;
  required?: boolean;
  form: FormInstance<FormValues>;
}) {
  return (
    <Form.Item
      name={name}
      label={L[name]}
      dependencies={DATES.filter((d) => d !== name)}
      rules={[
        ...(required ? [{ required: true, message: TEXTS.choose(L[name]) }] : []),
        dateRule(name)(form),
      ]}
    >
      <DatePicker
        format={DATE_FORMAT}
        placeholder={TEXTS.datePlaceholder}
        disabledDate={notFuture}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

interface Props {
  form: FormInstance<FormValues>;
  /** Citizen ID and religion: shown only to those who may see (and so edit) them. */
  confidential: boolean;
  cell: OrgOption | null;
}

/** The member form's fields, in the sections of the member form (mẫu 2-HSĐV). */
export function MemberFields({ form, confidential, cell }: Props) {
  return (
    <>
      <Card size="small" title={TEXTS.sectionPersonal}>
        <Row gutter={16}>
          <Cell>
            <Text name="fullName" required max={120} />
          </Cell>
          <Cell>
            <Text name="birthName" max={120} />
          </Cell>
          <Cell>
            <Form.Item
              name="gender"
              label={L.gender}
              rules={[{ required: true, message: TEXTS.choose(L.gender) }]}
            >
              <CodeSelect list="gender" />
            </Form.Item>
          </Cell>
          <Cell>
            <DateField name="birthDate" required form={form} />
          </Cell>
          <Cell>
            <Form.Item
              name="ethnicity"
              label={L.ethnicity}
              rules={[{ required: true, message: TEXTS.choose(L.ethnicity) }]}
            >
              <CodeSelect list="ethnicity" />
            </Form.Item>
          </Cell>
          {confidential && (
            <>
              <Cell>
                <Form.Item name="citizenId" label={L.citizenId} rules={[citizenIdRule]}>
                  <Input inputMode="numeric" maxLength={20} />
                </Form.Item>
              </Cell>
              <Cell>
                <Form.Item name="religion" label={L.religion}>
                  <CodeSelect list="religion" />
                </Form.Item>
              </Cell>
              <Cell>
                <Form.Item
                  name="religiousAdherence"
                  label={L.religiousAdherence}
                  dependencies={['religion']}
                  rules={[adherenceRule(form)]}
                >
                  <CodeSelect list="religiousAdherence" />
                </Form.Item>
              </Cell>
            </>
          )}
          <Cell>
            <Form.Item name="phone" label={L.phone} rules={[phoneRule]}>
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Cell>
          <Cell>
            <Text name="hometown" max={300} />
          </Cell>
          <Cell>
            <Text name="residence" max={300} />
          </Cell>
        </Row>
      </Card>
      <Card size="small" title={TEXTS.sectionWork}>
        <Row gutter={16}>
          <Cell>
            <Form.Item name="education" label={L.education}>
              <CodeSelect list="education" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="professional" label={L.professional}>
              <CodeSelect list="professional" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="politicalTheory" label={L.politicalTheory}>
              <CodeSelect list="politicalTheory" />
            </Form.Item>
          </Cell>
          <Cell>
            <Text name="foreignLanguage" max={100} />
          </Cell>
          <Cell>
            <Form.Item name="occupation" label={L.occupation}>
              <CodeSelect list="occupation" />
            </Form.Item>
          </Cell>
          <Cell>
            <Text name="jobTitle" />
          </Cell>
          <Cell wide>
            <Text name="workplace" max={300} />
          </Cell>
        </Row>
      </Card>
      <Card size="small" title={TEXTS.sectionParty}>
        <Row gutter={16}>
          <Cell wide>
            <Form.Item
              name="orgCode"
              label={L.orgCode}
              extra={TEXTS.cellHelp}
              rules={[{ required: true, message: TEXTS.choose(L.orgCode) }]}
            >
              <OrgPicker kinds={CELL_KINDS} initial={cell} />
            </Form.Item>
          </Cell>
          <Cell>
            <DateField name="admissionDecisionDate" form={form} />
          </Cell>
          <Cell>
            <DateField name="ceremonyDate" required form={form} />
          </Cell>
          <Cell>
            <DateField name="officialDate" form={form} />
          </Cell>
          <Cell>
            <Form.Item name="cardNumber" label={L.cardNumber} rules={[cardNumberRule]}>
              <Input inputMode="numeric" maxLength={20} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="dossierNumber" label={L.dossierNumber} rules={[dossierRule]}>
              <Input maxLength={20} />
            </Form.Item>
          </Cell>
          <Cell>
            <Text name="badgeNumber" max={40} />
          </Cell>
        </Row>
      </Card>
    </>
  );
}
