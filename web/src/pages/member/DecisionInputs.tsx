import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, todayIso } from '../../lib/dates.ts';
import { LIFE_TEXTS as T } from './texts.ts';

/** Membership events are recorded once they have taken effect: no date after today. */
export const notFuture = (d: Dayjs) => d.format('YYYY-MM-DD') > todayIso();

export function DateInput(props: { id?: string; 'aria-label'?: string }) {
  return (
    <DatePicker
      {...props}
      format={DATE_FORMAT}
      placeholder={T.datePlaceholder}
      disabledDate={notFuture}
      style={{ width: '100%' }}
    />
  );
}

/** The decision behind a membership change: number, date, issuing body (and a note unless the caller words its own). */
export function DecisionInputs({ note = true }: { note?: boolean }) {
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="decisionNumber" label={T.decisionNumber}>
            <Input maxLength={60} placeholder="VD: 125-QĐ/ĐU" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="decisionDate" label={T.decisionDate}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="issuingBody" label={T.issuingBody}>
        <Input maxLength={200} />
      </Form.Item>
      {note && (
        <Form.Item name="note" label={T.note}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      )}
    </>
  );
}
