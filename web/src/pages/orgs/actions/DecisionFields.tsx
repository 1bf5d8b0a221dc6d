import { Col, DatePicker, Form, Input, Row } from 'antd';
import { DATE_FORMAT, todayIso } from '../../../lib/dates.ts';
import { ACTION_TEXTS as T } from '../texts.ts';

const notFuture = (d: { format: (f: string) => string }) => d.format('YYYY-MM-DD') > todayIso();

/** Effective date and the decision behind a change: number, date, issuing body, note. */
export function DecisionFields() {
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="effectiveDate"
            label={T.effectiveDate}
            rules={[{ required: true, message: T.effectiveDateRequired }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={T.datePlaceholder}
              disabledDate={notFuture}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="decisionNumber" label={T.decisionNumber}>
            <Input maxLength={60} placeholder="VD: 125-QĐ/HU" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="decisionDate" label={T.decisionDate}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={T.datePlaceholder}
              disabledDate={notFuture}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="issuingBody" label={T.issuingBody}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={T.note}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}

export const DECISION_FIELDS = [
  'effectiveDate',
  'decisionNumber',
  'decisionDate',
  'issuingBody',
  'note',
] as const;
