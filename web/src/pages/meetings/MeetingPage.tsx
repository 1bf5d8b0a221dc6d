import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Popconfirm,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { AssessmentCard } from './AssessmentCard.tsx';
import { documentUrl, type MeetingDetail, uploadDocument, useMeeting, useMeetingAction } from './api.ts';
import { LevelTag, StatusTag } from './badges.tsx';
import { HoldForm } from './HoldForm.tsx';
import { PlanActions } from './PlanActions.tsx';
import { TasksCard } from './TasksCard.tsx';
import { TEXTS } from './texts.ts';

function Documents({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  return (
    <Card title={TEXTS.documents} size="small">
      <List
        size="small"
        dataSource={m.documents}
        locale={{ emptyText: TEXTS.noDocuments }}
        renderItem={(d) => (
          <List.Item>
            <a href={documentUrl(m.id, d.id)}>{d.fileName}</a>
            <Typography.Text type="secondary">
              {d.size < 1024 ? `${d.size} B` : `${Math.round(d.size / 1024)} KB`}
            </Typography.Text>
          </List.Item>
        )}
      />
      {m.can.edit && (
        <Upload
          showUploadList={false}
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
          customRequest={({ file, onSuccess, onError }) => {
            uploadDocument(m.id, file as File)
              .then((d) => {
                message.success(TEXTS.uploaded);
                qc.invalidateQueries({ queryKey: ['meeting', m.id] });
                onSuccess?.(d);
              })
              .catch((e) => {
                message.error(errorDetail(e));
                onError?.(e);
              });
          }}
        >
          <Button icon={<UploadOutlined />} style={{ marginTop: 8 }}>
            {TEXTS.upload}
          </Button>
        </Upload>
      )}
    </Card>
  );
}

/** One meeting: its plan and documents, attendance and minutes, tasks, closing, quality. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const { data: m, isPending, error, refetch } = useMeeting(id);
  const close = useMeetingAction<{ version: number }>(id, '/close');
  const { message } = App.useApp();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100, margin: '0 auto' }}>
      <Link to={`/sinh-hoat?org=${encodeURIComponent(m.org.code)}`}>← {TEXTS.back}</Link>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {m.topic}
        </Typography.Title>
        <Flex gap={4} wrap>
          <StatusTag status={m.status} label={m.statusLabel} />
          <Tag>{TEXTS.kinds[m.kind]}</Tag>
          <LevelTag level={m.qualityLevel} />
          {m.model && <Tag color="purple">{TEXTS.model}</Tag>}
          {m.planLate && <Tag color="orange">{TEXTS.late}</Tag>}
        </Flex>
      </div>
      {m.status === 'CANCELLED' && <Alert type="warning" showIcon title={TEXTS.cancelled(m.cancelReason)} />}
      <PlanActions m={m} />
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'org', label: TEXTS.org, children: m.org.name },
            {
              key: 'date',
              label: TEXTS.plannedDate,
              children: `${formatDate(m.plannedDate)} ${m.startTime ?? ''}`,
            },
            { key: 'place', label: TEXTS.place, children: m.place },
            {
              key: 'deadline',
              label: 'Kế hoạch',
              children: `${TEXTS.deadline(formatDate(m.planDeadline))}; lập ngày ${formatDate(m.plannedOn)}`,
            },
            {
              key: 'agenda',
              label: TEXTS.agenda,
              span: 'filled',
              children: <span style={{ whiteSpace: 'pre-line' }}>{m.agenda}</span>,
            },
          ]}
        />
      </Card>
      <Documents m={m} />
      {m.status !== 'CANCELLED' && <HoldForm key={`${m.id}:${m.version}`} m={m} />}
      {m.status !== 'PLANNED' && m.status !== 'CANCELLED' && <TasksCard m={m} />}
      {m.can.edit && m.status === 'HELD' && (
        <Popconfirm
          title={TEXTS.closeConfirm}
          onConfirm={() =>
            close.mutate({ version: m.version }, { onError: (e) => message.error(errorDetail(e)) })
          }
          okText={TEXTS.close}
          cancelText={TEXTS.cancel}
        >
          <Button danger style={{ alignSelf: 'flex-start' }} loading={close.isPending}>
            {TEXTS.close}
          </Button>
        </Popconfirm>
      )}
      {m.status === 'CLOSED' && <Tag style={{ alignSelf: 'flex-start' }}>{TEXTS.closed}</Tag>}
      <AssessmentCard m={m} />
    </Flex>
  );
}
