import { App, Checkbox, Col, Form, Input, Modal, Row, Typography } from 'antd';
import type { Membership, MembershipEvent } from '../../api/lifecycle.ts';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDate } from '../../lib/dates.ts';
import { CELL_KINDS, MEMBERSHIP_EVENT_LABELS } from '../../shared.ts';
import { toPayload } from '../orgs/actions/payload.ts';
import { DateInput } from './DecisionInputs.tsx';
import { LIFE_TEXTS as T } from './texts.ts';
import { useLifecycleWrite } from './useMembership.ts';

const FIELDS = ['reason', 'void', 'effectiveDate', 'orgCode', 'decisionNumber', 'decisionDate'] as const;

interface Props {
  memberId: string;
  /** The event to correct; null keeps the modal closed. */
  event: MembershipEvent | null;
  onClose: () => void;
}

/** "Đính chính": void a wrong event, or give its right date, cell or decision, always with a reason. */
export function CorrectionModal({ memberId, event, onClose }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const voiding = Form.useWatch('void', form) as boolean | undefined;
  const { mutation, problem, setProblem } = useLifecycleWrite<Membership>(
    form,
    FIELDS,
    `/api/v1/members/${encodeURIComponent(memberId)}/events/${encodeURIComponent(event?.id ?? '')}/corrections`,
    memberId,
    () => {
      message.success(T.corrected);
      close();
    },
  );
  const close = () => {
    setProblem(null);
    onClose();
  };
  if (!event) return null;
  const label = MEMBERSHIP_EVENT_LABELS[event.type] ?? event.type;
  return (
    <Modal
      open
      title={T.correctTitle(label, formatDate(event.effectiveDate))}
      okText={T.save}
      cancelText={T.cancel}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">{T.correctHelp}</Typography.Paragraph>
      <ProblemAlert messages={problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => {
          const body = toPayload(values);
          if (!body.void) delete body.void;
          const { reason: _reason, ...rest } = body;
          if (!Object.keys(rest).length) {
            form.setFields([{ name: 'effectiveDate', errors: [T.nothingToCorrect] }]);
            return;
          }
          mutation.mutate(body);
        }}
      >
        <Form.Item
          name="reason"
          label={T.reason}
          rules={[{ required: true, whitespace: true, message: T.reasonRequired }]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="void" valuePropName="checked">
          <Checkbox>{T.voidIt}</Checkbox>
        </Form.Item>
        {!voiding && (
          <>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="effectiveDate" label={T.newDate}>
                  <DateInput />
                </Form.Item>
              </Col>
              {event.orgCode && (
                <Col xs={24} sm={12}>
                  <Form.Item name="orgCode" label={T.newOrg}>
                    <OrgPicker kinds={CELL_KINDS} exclude={event.orgCode} allowCode aria-label={T.newOrg} />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="decisionNumber" label={T.newDecisionNumber}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="decisionDate" label={T.newDecisionDate}>
                  <DateInput />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </Form>
    </Modal>
  );
}
