import { App, Col, Form, Input, Modal, Row } from 'antd';
import { useNavigate } from 'react-router';
import { CodeSelect } from '../../../codes/CodeSelect.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ORG_CODE, type OrgKind, parentKindProblem } from '../../../shared.ts';
import { ACTION_TEXTS as T } from '../texts.ts';
import { DECISION_FIELDS, DecisionFields } from './DecisionFields.tsx';
import { toPayload } from './payload.ts';
import { useOrgWrite } from './useOrgWrite.ts';

const FIELDS = ['code', 'name', 'kind', 'sector', 'parentCode', ...DECISION_FIELDS] as const;

/** The kind a new child usually has under a parent of this kind. */
const USUAL_CHILD: Partial<Record<string, OrgKind>> = {
  DANG_BO_CO_SO: 'CHI_BO_TRUC_THUOC',
  DANG_BO_BO_PHAN: 'CHI_BO_TRUC_THUOC',
};

interface Props {
  open: boolean;
  onClose: () => void;
  /** The new org's parent; null establishes a top-level org (administrators only). */
  parent: { code: string; name: string; kind: string } | null;
}

export function EstablishModal({ open, onClose, parent }: Props) {
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { mutation, problem } = useOrgWrite(form, FIELDS, '/api/v1/orgs', (org) => {
    message.success(T.established(org.current?.name ?? org.code));
    onClose();
    navigate(`/orgs/${encodeURIComponent(org.code)}`);
  });
  const allowedKind = (kind: string) =>
    !parentKindProblem(kind as OrgKind, (parent?.kind as OrgKind) ?? null);
  return (
    <Modal
      open={open}
      title={parent ? `${T.establish} — ${parent.name}` : T.establishRoot}
      okText={T.save}
      cancelText={T.cancel}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={640}
    >
      <ProblemAlert messages={problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: USUAL_CHILD[parent?.kind ?? ''] }}
        onFinish={(v) => mutation.mutate({ ...toPayload(v), parentCode: parent?.code ?? null })}
      >
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="code"
              label={T.code}
              extra={T.codeHelp}
              rules={[
                { required: true, whitespace: true, message: T.codeRequired },
                { pattern: ORG_CODE, message: T.codeInvalid },
              ]}
            >
              <Input maxLength={40} autoCapitalize="characters" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="name"
              label={T.name}
              rules={[{ required: true, whitespace: true, message: T.nameRequired }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={T.kind} rules={[{ required: true, message: T.kindRequired }]}>
              <CodeSelect list="orgKind" only={allowedKind} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="sector" label={T.sector} rules={[{ required: true, message: T.sectorRequired }]}>
              <CodeSelect list="orgSector" allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <DecisionFields />
      </Form>
    </Modal>
  );
}
