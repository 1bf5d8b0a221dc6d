import { Alert, App, Form, Input, Modal } from 'antd';
import type { OrgDetails } from '../../../api/types.ts';
import { CodeSelect } from '../../../codes/CodeSelect.tsx';
import { OrgPicker } from '../../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { CELL_KINDS, isCell, type OrgKind, parentKindProblem } from '../../../shared.ts';
import { ACTION_TEXTS as T } from '../texts.ts';
import { DECISION_FIELDS, DecisionFields } from './DecisionFields.tsx';
import { toPayload } from './payload.ts';
import { useOrgWrite } from './useOrgWrite.ts';

export type OrgChange = 'RENAME' | 'MOVE' | 'UPDATE' | 'MERGE' | 'DISSOLVE';

const FIELDS = ['name', 'parentCode', 'survivorCode', 'kind', 'sector', ...DECISION_FIELDS] as const;

const TITLES: Record<OrgChange, string> = {
  RENAME: T.rename,
  MOVE: T.move,
  UPDATE: T.update,
  MERGE: T.merge,
  DISSOLVE: T.dissolve,
};

/** Kinds an org of this kind may sit under. */
const PARENT_KINDS = (kind: string) =>
  ['DANG_BO_TINH', 'DANG_BO_HUYEN', 'DANG_BO_TRUC_THUOC', 'DANG_BO_CO_SO', 'DANG_BO_BO_PHAN'].filter(
    (p) => !parentKindProblem(kind as OrgKind, p as OrgKind),
  );

interface Props {
  type: OrgChange | null;
  org: OrgDetails;
  onClose: () => void;
}

/** A dated change of the org with its decision: rename, move, update, merge or dissolve. */
export function EventModal({ type, org, onClose }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const cur = org.current;
  const { mutation, problem } = useOrgWrite(
    form,
    FIELDS,
    `/api/v1/orgs/${encodeURIComponent(org.code)}/events`,
    () => {
      message.success(T.done);
      onClose();
    },
  );
  if (!type || !cur) return null;
  return (
    <Modal
      open
      title={`${TITLES[type]} — ${cur.name}`}
      okText={T.save}
      cancelText={T.cancel}
      okButtonProps={{ danger: type === 'DISSOLVE' || type === 'MERGE' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={640}
    >
      <ProblemAlert messages={problem} />
      {type === 'DISSOLVE' && (
        <Alert type="warning" showIcon title={T.dissolveWarning} style={{ marginBottom: 16 }} />
      )}
      {type === 'MERGE' && (
        <Alert type="warning" showIcon title={T.mergeWarning} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={type === 'UPDATE' ? { kind: cur.kind, sector: cur.sector } : undefined}
        onFinish={(v) => {
          if (type === 'UPDATE' && v.kind === cur.kind && v.sector === cur.sector) {
            form.setFields([{ name: 'sector', errors: [T.nothingChanged] }]);
            return;
          }
          mutation.mutate({ ...toPayload(v), type, version: org.version });
        }}
      >
        {type === 'RENAME' && (
          <Form.Item
            name="name"
            label={T.newName}
            rules={[{ required: true, whitespace: true, message: T.nameRequired }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
        {type === 'MOVE' && (
          <Form.Item
            name="parentCode"
            label={T.newParent}
            rules={[{ required: true, message: T.parentRequired }]}
          >
            <OrgPicker kinds={PARENT_KINDS(cur.kind)} exclude={org.code} />
          </Form.Item>
        )}
        {type === 'MERGE' && (
          <Form.Item
            name="survivorCode"
            label={T.survivor}
            extra={T.survivorHelp}
            rules={[{ required: true, message: T.survivorRequired }]}
          >
            <OrgPicker
              exclude={org.code}
              kinds={org.memberCounts.total && isCell(cur.kind) ? CELL_KINDS : undefined}
            />
          </Form.Item>
        )}
        {type === 'UPDATE' && (
          <>
            <Form.Item name="kind" label={T.kind} rules={[{ required: true, message: T.kindRequired }]}>
              <CodeSelect list="orgKind" allowClear={false} />
            </Form.Item>
            <Form.Item name="sector" label={T.sector} rules={[{ required: true, message: T.sectorRequired }]}>
              <CodeSelect list="orgSector" allowClear={false} />
            </Form.Item>
          </>
        )}
        <DecisionFields />
      </Form>
    </Modal>
  );
}
