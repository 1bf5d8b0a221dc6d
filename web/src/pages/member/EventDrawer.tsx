import { Alert, App, Button, Col, Drawer, Flex, Form, Input, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { type Membership, orgRoleOf, RECORDABLE_EVENT_TYPES } from '../../api/lifecycle.ts';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useScreen } from '../../lib/useIsMobile.ts';
import { CELL_KINDS, MEMBERSHIP_EVENT_LABELS, REMOVAL_CAUSES } from '../../shared.ts';
import { toPayload } from '../orgs/actions/payload.ts';
import { DateInput, DecisionInputs } from './DecisionInputs.tsx';
import { LIFE_TEXTS as T } from './texts.ts';
import { useLifecycleWrite } from './useMembership.ts';

type EventType = (typeof RECORDABLE_EVENT_TYPES)[number];

/** Events after which the person is no longer on the roll. */
const ENDING: readonly string[] = [
  'RECOGNITION_REFUSED',
  'DEPARTURE',
  'DIED',
  'EXPELLED',
  'REMOVED',
  'RESIGNED',
  'ADMISSION_ANNULLED',
];

/** The fields each event type shows, besides its date and decision. */
function fieldsOf(type: EventType | undefined): string[] {
  if (!type) return [];
  const out: string[] = [];
  if (orgRoleOf(type)) out.push('orgCode');
  if (type === 'REMOVED') out.push('removalCause');
  if (type === 'ARRIVAL') out.push('arrivalStatus', 'ceremonyDate', 'externalOrg');
  if (type === 'READMISSION') out.push('ceremonyDate');
  if (type === 'DEPARTURE') out.push('externalOrg');
  return out;
}

const COMMON = ['type', 'effectiveDate', 'decisionNumber', 'decisionDate', 'issuingBody', 'note'];

const typeOptions = T.typeGroups.map((g) => ({
  label: g.label,
  title: g.label,
  options: g.types
    .filter((t): t is EventType => (RECORDABLE_EVENT_TYPES as readonly string[]).includes(t))
    .map((t) => ({ value: t, label: MEMBERSHIP_EVENT_LABELS[t] })),
}));

interface Props {
  open: boolean;
  member: { id: string; fullName: string; orgCode: string | null };
  onClose: () => void;
}

/** "Ghi biến động": one form for every event a user records on a member; only the fields the chosen event needs. */
export function EventDrawer({ open, member, onClose }: Props) {
  const [form] = Form.useForm();
  const { phone } = useScreen();
  const { message } = App.useApp();
  const type = Form.useWatch('type', form) as EventType | undefined;
  const arrivalStatus = Form.useWatch('arrivalStatus', form) as string | undefined;
  const extra = fieldsOf(type);
  const { mutation, problem, setProblem } = useLifecycleWrite<Membership>(
    form,
    [...COMMON, ...extra],
    `/api/v1/members/${encodeURIComponent(member.id)}/events`,
    member.id,
    () => {
      message.success(T.recorded);
      close();
    },
  );
  const close = () => {
    form.resetFields();
    setProblem(null);
    onClose();
  };
  const role = type ? orgRoleOf(type) : undefined;
  return (
    <Drawer
      open={open}
      onClose={close}
      size={phone ? '100%' : 600}
      title={T.recordTitle(member.fullName)}
      closable={{ 'aria-label': T.close }}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={close} block={phone}>
            {T.cancel}
          </Button>
          <Button type="primary" onClick={() => form.submit()} loading={mutation.isPending} block={phone}>
            {T.save}
          </Button>
        </Flex>
      }
    >
      <ProblemAlert messages={problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ effectiveDate: dayjs() }}
        onValuesChange={(changed) => {
          if ('type' in changed) setProblem(null);
        }}
        onFinish={(values) => mutation.mutate(toPayload(values))}
      >
        <Form.Item
          name="type"
          label={T.type}
          rules={[{ required: true, message: T.typeRequired }]}
          extra={type ? T.typeHelp[type] : undefined}
        >
          <Select<EventType>
            options={typeOptions}
            placeholder={T.typePlaceholder}
            showSearch={{ optionFilterProp: 'label' }}
            optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
            listHeight={phone ? 320 : 400}
          />
        </Form.Item>
        {type && ENDING.includes(type) && (
          <Alert type="warning" showIcon title={T.endsMembership} style={{ marginBottom: 16 }} />
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="effectiveDate"
              label={(type && T.effectiveDateFor[type]) ?? T.effectiveDate}
              rules={[{ required: true, message: T.effectiveDateRequired }]}
            >
              <DateInput />
            </Form.Item>
          </Col>
          {type === 'ARRIVAL' && (
            <Col xs={24} sm={12}>
              <Form.Item name="arrivalStatus" label={T.arrivalStatus} initialValue="OFFICIAL">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'OFFICIAL', label: T.official },
                    { value: 'PROBATIONARY', label: T.probationary },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        {role && (
          <Form.Item
            name="orgCode"
            label={role}
            rules={[{ required: true, message: T.orgRequired(role) }]}
            extra={type === 'TRANSFER_ISSUED' || type === 'TEMP_TRANSFER_START' ? T.orgHelp : undefined}
          >
            <OrgPicker
              kinds={CELL_KINDS}
              exclude={
                type === 'READMISSION' || type === 'ARRIVAL' ? undefined : (member.orgCode ?? undefined)
              }
              allowCode={type === 'TRANSFER_ISSUED' || type === 'TEMP_TRANSFER_START'}
              aria-label={role}
            />
          </Form.Item>
        )}
        {type === 'REMOVED' && (
          <Form.Item
            name="removalCause"
            label={T.removalCause}
            rules={[{ required: true, message: T.removalCauseRequired }]}
          >
            <Select
              options={Object.entries(REMOVAL_CAUSES).map(([value, label]) => ({ value, label }))}
              optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
            />
          </Form.Item>
        )}
        {(type === 'READMISSION' || (type === 'ARRIVAL' && arrivalStatus === 'PROBATIONARY')) && (
          <Form.Item name="ceremonyDate" label={T.ceremonyDate} extra={T.ceremonyHelp}>
            <DateInput />
          </Form.Item>
        )}
        {(type === 'ARRIVAL' || type === 'DEPARTURE') && (
          <Form.Item name="externalOrg" label={type === 'ARRIVAL' ? T.externalOrgFrom : T.externalOrgTo}>
            <Input maxLength={200} placeholder={T.externalOrgPlaceholder} />
          </Form.Item>
        )}
        {type && <DecisionInputs />}
      </Form>
    </Drawer>
  );
}
