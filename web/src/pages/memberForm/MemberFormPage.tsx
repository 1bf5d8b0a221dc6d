import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Result, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Member } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useMember } from '../member/useMember.ts';
import {
  CONFIDENTIAL_FIELDS,
  changedFields,
  FIELDS,
  type FormValues,
  toFormValues,
  toProfile,
} from './formValues.ts';
import { MemberFields } from './MemberFields.tsx';
import { TEXTS } from './texts.ts';
import { useCellDefault } from './useCellDefault.ts';
import { useSaveMember } from './useSaveMember.ts';

interface FormProps {
  member: Member | null;
  cell: { value: string; label: string } | null;
  onReload?: () => Promise<unknown>;
}

function MemberForm({ member, cell, onReload }: FormProps) {
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useSaveMember(form, member?.id);
  const confidential = member ? member.confidentialVisible : true;
  const fields = confidential
    ? FIELDS
    : FIELDS.filter((f) => !(CONFIDENTIAL_FIELDS as readonly string[]).includes(f));
  const [initial] = useState<FormValues>(() => (member ? toFormValues(member) : { orgCode: cell?.value }));

  const submit = (values: FormValues) => {
    const profile = toProfile({ ...form.getFieldsValue(true), ...values }, fields);
    if (!member) return save.mutation.mutate(profile);
    const changed = changedFields(profile, member);
    if (!Object.keys(changed).length) {
      message.info(TEXTS.unchanged);
      return navigate(`/members/${encodeURIComponent(member.id)}`);
    }
    save.mutation.mutate({ ...changed, version: member.version });
  };

  const reload = async () => {
    await onReload?.();
    save.setConflict(false);
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onFinishFailed={() => save.setProblem([TEXTS.invalid])}
      scrollToFirstError={{ block: 'center' }}
      disabled={save.mutation.isPending}
    >
      <Flex vertical gap={16}>
        {save.conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={TEXTS.conflictTitle}
            description={TEXTS.conflictDetail}
            action={
              <Button icon={<ReloadOutlined />} onClick={reload}>
                {TEXTS.reload}
              </Button>
            }
          />
        )}
        <ProblemAlert messages={save.problem} />
        {!confidential && <Alert type="info" showIcon title={TEXTS.confidentialHidden} />}
        <MemberFields
          form={form}
          confidential={confidential}
          cell={member?.orgCode ? { value: member.orgCode, label: member.orgName ?? member.orgCode } : cell}
        />
        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
          <Flex gap={8} justify="flex-end" wrap>
            <Button
              onClick={() => navigate(member ? `/members/${encodeURIComponent(member.id)}` : '/members')}
              disabled={false}
            >
              {TEXTS.cancel}
            </Button>
            <Button type="primary" htmlType="submit" loading={save.mutation.isPending}>
              {TEXTS.save}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}

/** /members/new and /members/:id/edit. */
export default function MemberFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const member = useMember(id);
  const cell = useCellDefault(id ? null : params.get('org'));
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);

  if (id && member.isPending) return <Skeleton active title={false} paragraph={{ rows: 10 }} />;
  if (id && member.isError) return <ErrorState error={member.error} onRetry={() => member.refetch()} />;
  if (!id && cell === undefined) return <Skeleton active title={false} paragraph={{ rows: 10 }} />;
  const m = id ? (member.data ?? null) : null;
  if (m && !m.canEdit) return <Result status="403" title={TEXTS.noRight} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {m ? TEXTS.editTitle(m.fullName) : TEXTS.createTitle}
      </Typography.Title>
      <MemberForm
        key={`${m?.version ?? 'new'}-${generation}`}
        member={m}
        cell={cell ?? null}
        onReload={async () => {
          await member.refetch();
          setGeneration((g) => g + 1);
        }}
      />
    </Flex>
  );
}
