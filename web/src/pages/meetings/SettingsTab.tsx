import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/problem.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { errorDetail } from '../../lib/formErrors.ts';
import { type MeetingSettings, useMeetingSettings, useSaveMeetingSettings } from './api.ts';
import { SETTINGS_TEXTS as S } from './texts.ts';

const MB = 1024 * 1024;
type FormValues = Omit<MeetingSettings, 'version' | 'maxDocumentBytes'> & { maxDocumentMb: number };

const toForm = ({
  version: _v,
  maxDocumentBytes,
  ...v
}: Omit<MeetingSettings, 'version'> & { version?: unknown }) => ({
  ...v,
  maxDocumentMb: Math.round((maxDocumentBytes / MB) * 100) / 100,
});

/** The server's path ('rubric.0.maxPoints') as a form field name (['rubric', 0, 'maxPoints']); null when no field shows it. */
function fieldName(path: string): (string | number)[] | null {
  if (path === 'maxDocumentBytes') return ['maxDocumentMb'];
  if (path === 'levelThresholds') return ['levelThresholds', 'TOT'];
  if (path === 'rubric') return null;
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * The configurable values of the meeting rules: read by everyone who runs meetings, changed by an
 * admin only (policy.editSettings). Nothing is checked here beyond "filled in": the server's messages
 * land on their fields.
 */
export function SettingsTab() {
  const me = useSignedIn();
  const editable = me.role === 'admin';
  const { data, isPending, error, refetch } = useMeetingSettings();
  const save = useSaveMeetingSettings();
  const [form] = Form.useForm<FormValues>();
  const [problems, setProblems] = useState<string[] | null>(null);
  const { message } = App.useApp();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  const submit = (v: FormValues) => {
    setProblems(null);
    const { maxDocumentMb, ...rest } = v;
    save.mutate(
      { ...rest, version: data.version, maxDocumentBytes: Math.round(Number(maxDocumentMb) * MB) },
      {
        onSuccess: () => message.success(S.saved),
        onError: (e) => {
          const fields = isApiError(e) ? e.fieldErrors : [];
          form.setFields(
            fields.flatMap((f) => {
              const name = fieldName(f.path);
              return name ? [{ name: name as never, errors: [f.message] }] : [];
            }),
          );
          setProblems([errorDetail(e), ...fields.map((f) => f.message)]);
          // The messages are at the top and on their fields: bring the first into view.
          const first = fields.map((f) => fieldName(f.path)).find(Boolean);
          if (first) form.scrollToField(first as never, { block: 'center' });
          else window.scrollTo({ top: 0 });
        },
      },
    );
  };
  const number = (name: string | (string | number)[], label: string, help?: string, suffix?: string) => (
    <Form.Item name={name} label={label} extra={help} rules={[{ required: true, message: S.required }]}>
      <InputNumber style={{ width: '100%', maxWidth: 220 }} suffix={suffix} disabled={!editable} />
    </Form.Item>
  );
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={toForm(data)}
      onFinish={submit}
      style={{ maxWidth: 900 }}
    >
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={editable ? S.adminNote : S.readOnly} />
        <ProblemAlert messages={problems} />
        <Card size="small" title={S.planTitle}>
          {number('planDeadlineDay', S.planDeadlineDay, S.planDeadlineHelp)}
        </Card>
        <Card size="small" title={S.quorumTitle}>
          <Typography.Paragraph type="secondary">{S.quorumHelp}</Typography.Paragraph>
          <Flex gap={12} wrap align="start">
            {number('quorumNumerator', S.quorumNumerator)}
            {number('quorumDenominator', S.quorumDenominator)}
          </Flex>
          <Form.Item name="excusedLeaveQuorumBase" valuePropName="checked">
            <Checkbox disabled={!editable}>{S.excused}</Checkbox>
          </Form.Item>
          {number('goodAttendancePercent', S.goodAttendance, S.goodAttendanceHelp, '%')}
          {number('unexcusedAbsenceLimit', S.absenceLimit, S.absenceLimitHelp)}
        </Card>
        <Card size="small" title={S.committeeTitle}>
          <Form.Item name="committeeMeetingEveryMonths" label={S.committeeEvery} extra={S.committeeEveryHelp}>
            <Select
              disabled={!editable}
              style={{ maxWidth: 260 }}
              options={[0, 1, 2, 3, 4, 6, 12].map((n) => ({ value: n, label: S.every(n) }))}
            />
          </Form.Item>
          {number('cellCommitteeMinOfficial', S.cellCommittee, S.cellCommitteeHelp)}
          <Form.Item name="congressesPerYear" label={S.congresses} extra={S.congressesHelp}>
            <Select
              disabled={!editable}
              style={{ maxWidth: 260 }}
              options={[0, 1, 2, 3, 4].map((n) => ({ value: n, label: S.perYear(n) }))}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={S.documentsTitle}>
          {number('maxDocumentMb', S.maxDocument, undefined, 'MB')}
        </Card>
        <Card size="small" title={S.rubricTitle}>
          <Typography.Paragraph type="secondary">{S.rubricHelp}</Typography.Paragraph>
          <Form.List name="rubric">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((f, i) => (
                  <Flex key={f.key} gap={8} wrap align="start">
                    <Form.Item
                      name={[f.name, 'label']}
                      aria-label={S.criterion(i + 1)}
                      rules={[{ required: true, message: S.required }]}
                      style={{ flex: '1 1 220px', marginBottom: 8 }}
                    >
                      <Input
                        placeholder={S.criterionLabel}
                        aria-label={S.criterion(i + 1)}
                        disabled={!editable}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'code']}
                      rules={[{ required: true, message: S.required }]}
                      style={{ flex: '0 1 170px', marginBottom: 8 }}
                    >
                      <Input
                        placeholder={S.criterionCode}
                        aria-label={S.criterionCodeOf(i + 1)}
                        disabled={!editable}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'maxPoints']}
                      rules={[{ required: true, message: S.required }]}
                      style={{ flex: '0 0 110px', marginBottom: 8 }}
                    >
                      <InputNumber
                        aria-label={S.criterionPointsOf(i + 1)}
                        suffix={S.points}
                        disabled={!editable}
                      />
                    </Form.Item>
                    {editable && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={S.removeCriterion(i + 1)}
                        onClick={() => remove(f.name)}
                      />
                    )}
                  </Flex>
                ))}
                {editable && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ code: '', label: '', maxPoints: 10 })}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {S.addCriterion}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {S.thresholds}
          </Typography.Title>
          <Flex gap={12} wrap align="start">
            {number(['levelThresholds', 'TOT'], S.levelTot)}
            {number(['levelThresholds', 'KHA'], S.levelKha)}
            {number(['levelThresholds', 'TRUNG_BINH'], S.levelTb)}
          </Flex>
        </Card>
        {editable && (
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {S.save}
            </Button>
            <Button onClick={() => form.setFieldsValue(toForm(data.defaults))}>{S.defaults}</Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
