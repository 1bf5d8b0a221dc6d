import { Alert, App, Col, Form, Input, Modal, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TransferItem } from '../../api/lifecycle.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDate } from '../../lib/dates.ts';
import { DateInput } from '../member/DecisionInputs.tsx';
import { useLifecycleWrite } from '../member/useMembership.ts';
import { toPayload } from '../orgs/actions/payload.ts';
import { TEXTS as T } from './texts.ts';

const FIELDS = ['effectiveDate', 'decisionNumber', 'decisionDate', 'issuingBody', 'note'] as const;

export type TransferDecision = { transfer: TransferItem; decision: 'accept' | 'return' };

/** The receiving org accepts a transfer (the member moves) or returns it (the member stays, with a reason). */
export function DecisionModal({ open, onClose }: { open: TransferDecision | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const t = open?.transfer;
  const accept = open?.decision === 'accept';
  const { mutation, problem, setProblem } = useLifecycleWrite(
    form,
    FIELDS,
    `/api/v1/transfers/${encodeURIComponent(t?.eventId ?? '')}/${accept ? 'accept' : 'return'}`,
    t?.memberId,
    () => {
      if (t) message.success(accept ? T.accepted(t.fullName) : T.returned(t.fullName));
      close();
    },
  );
  const close = () => {
    setProblem(null);
    onClose();
  };
  if (!t) return null;
  return (
    <Modal
      open
      title={accept ? T.acceptTitle(t.fullName) : T.returnTitle(t.fullName)}
      okText={accept ? T.accept : T.return}
      okButtonProps={{ danger: !accept }}
      cancelText={T.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph>{T.route(t.from.name, t.to.name, formatDate(t.issuedOn))}</Typography.Paragraph>
      <Alert
        type={accept ? 'info' : 'warning'}
        showIcon
        title={accept ? T.acceptHelp : T.returnHelp}
        style={{ marginBottom: 16 }}
      />
      <ProblemAlert messages={problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ effectiveDate: dayjs() }}
        onFinish={(values) => mutation.mutate(toPayload(values))}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="effectiveDate"
              label={accept ? T.acceptDate : T.returnDate}
              rules={[{ required: true, message: T.dateRequired }]}
            >
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionNumber" label={T.decisionNumber}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionDate" label={T.decisionDate}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="issuingBody" label={T.issuingBody}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="note"
          label={accept ? T.note : T.returnReason}
          rules={accept ? [] : [{ required: true, whitespace: true, message: T.returnReasonRequired }]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
