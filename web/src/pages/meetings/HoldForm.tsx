import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, fromIso, toIso } from '../../lib/dates.ts';
import { errorDetail } from '../../lib/formErrors.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { type AttendanceEntry, type MeetingDetail, useMeetingAction } from './api.ts';
import { TEXTS } from './texts.ts';

function ReplyNote({ a }: { a: AttendanceEntry }) {
  if (!a.reply) return null;
  return a.reply === 'ATTEND' ? (
    <Tag color="green">{TEXTS.replyAttend}</Tag>
  ) : (
    <Tag color="orange">{TEXTS.replyAbsent(a.replyReason)}</Tag>
  );
}

/**
 * Attendance of everyone listed and the structured minutes, recorded by the secretary. Members who
 * reported an absence ahead start as "absent with reason" with their reason.
 */
export function HoldForm({ m }: { m: MeetingDetail }) {
  const [problems, setProblems] = useState<string[] | null>(null);
  const hold = useMeetingAction<unknown>(m.id, '/hold');
  const initial = Object.fromEntries(
    m.attendanceList.map((a) => [
      a.memberId,
      {
        status: a.status ?? (a.expected ? (a.reply === 'ABSENT' ? 'ABSENT_EXCUSED' : 'PRESENT') : undefined),
        reason: a.reason ?? a.replyReason ?? '',
      },
    ]),
  );
  const [rows, setRows] = useState<Record<string, { status?: string; reason: string }>>(initial);
  const [form] = Form.useForm();
  const editable = m.can.edit;
  const { phone } = useScreen();
  const setStatus = (id: string, status: string) => setRows({ ...rows, [id]: { ...rows[id]!, status } });
  const setReason = (id: string, reason: string) => setRows({ ...rows, [id]: { ...rows[id]!, reason } });
  const vote = m.minutes?.votes[0];
  const submit = (v: Record<string, unknown>) => {
    setProblems(null);
    hold.mutate(
      {
        version: m.version,
        heldOn: toIso(v.heldOn as dayjs.Dayjs),
        attendance: m.attendanceList
          .filter((a) => rows[a.memberId]?.status)
          .map((a) => ({
            memberId: a.memberId,
            status: rows[a.memberId]!.status,
            reason: rows[a.memberId]!.reason || null,
          })),
        minutes: {
          content: v.content,
          opinions: v.opinions ?? null,
          conclusions: v.conclusions ?? null,
          votes: v.voteSubject
            ? [{ subject: v.voteSubject, agree: v.voteAgree ?? 0, disagree: v.voteDisagree ?? 0, abstain: 0 }]
            : [],
        },
        correctionReason: v.correctionReason ?? null,
      },
      { onError: (e) => setProblems([errorDetail(e)]) },
    );
  };
  return (
    <Card title={`${TEXTS.attendanceTitle} · ${TEXTS.minutesTitle}`} size="small">
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text>
          {m.status === 'PLANNED'
            ? TEXTS.expectedCount(m.summary.expected)
            : TEXTS.summary(m.summary.present, m.summary.expected, m.summary.rate)}
        </Typography.Text>
        {m.status !== 'PLANNED' && (
          <Typography.Text type={m.quorum.met ? 'success' : 'danger'}>
            {TEXTS.quorum(m.quorum.met, m.quorum.present, m.quorum.base, m.quorum.required)}
          </Typography.Text>
        )}
      </Flex>
      {phone ? (
        // On a phone: one block per member, the three choices as full-width buttons.
        <List
          dataSource={m.attendanceList}
          renderItem={(a) => (
            <List.Item style={{ display: 'block' }}>
              <Flex vertical gap={4}>
                <strong>{a.fullName}</strong>
                {!a.expected && (
                  <Typography.Text type="secondary">{a.note ?? TEXTS.expectedNote}</Typography.Text>
                )}
                <ReplyNote a={a} />
                {editable ? (
                  <>
                    <Radio.Group
                      aria-label={`Điểm danh ${a.fullName}`}
                      optionType="button"
                      size="small"
                      value={rows[a.memberId]?.status}
                      onChange={(e) => setStatus(a.memberId, e.target.value)}
                      options={Object.entries(TEXTS.attendanceStatus).map(([value, label]) => ({
                        value,
                        label,
                      }))}
                    />
                    {rows[a.memberId]?.status?.startsWith('ABSENT') && (
                      <Input
                        size="small"
                        placeholder={TEXTS.reason}
                        aria-label={`Lý do vắng ${a.fullName}`}
                        value={rows[a.memberId]?.reason}
                        onChange={(e) => setReason(a.memberId, e.target.value)}
                      />
                    )}
                  </>
                ) : (
                  <span>
                    {TEXTS.attendanceStatus[a.status ?? ''] ?? ''} {a.reason ? `— ${a.reason}` : ''}
                  </span>
                )}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<AttendanceEntry>
          rowKey="memberId"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={m.attendanceList}
          columns={[
            {
              title: 'Đảng viên',
              render: (_, a) => (
                <Flex vertical>
                  <span>{a.fullName}</span>
                  {!a.expected && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.note ?? TEXTS.expectedNote}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: TEXTS.reply, width: 170, render: (_, a) => <ReplyNote a={a} /> },
            {
              title: TEXTS.attendanceTitle,
              width: 330,
              render: (_, a) =>
                editable ? (
                  <Radio.Group
                    aria-label={`Điểm danh ${a.fullName}`}
                    size="small"
                    value={rows[a.memberId]?.status}
                    onChange={(e) =>
                      setRows({ ...rows, [a.memberId]: { ...rows[a.memberId]!, status: e.target.value } })
                    }
                    options={Object.entries(TEXTS.attendanceStatus).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                  />
                ) : (
                  (TEXTS.attendanceStatus[a.status ?? ''] ?? '')
                ),
            },
            {
              title: TEXTS.reason,
              width: 180,
              render: (_, a) =>
                editable && rows[a.memberId]?.status?.startsWith('ABSENT') ? (
                  <Input
                    size="small"
                    aria-label={`Lý do vắng ${a.fullName}`}
                    value={rows[a.memberId]?.reason}
                    onChange={(e) =>
                      setRows({ ...rows, [a.memberId]: { ...rows[a.memberId]!, reason: e.target.value } })
                    }
                  />
                ) : (
                  a.reason
                ),
            },
          ]}
        />
      )}
      {editable && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          onFinish={submit}
          initialValues={{
            heldOn: fromIso(
              m.heldOn ??
                (m.plannedDate > dayjs().format('YYYY-MM-DD') ? dayjs().format('YYYY-MM-DD') : m.plannedDate),
            ),
            content: m.minutes?.content,
            opinions: m.minutes?.opinions,
            conclusions: m.minutes?.conclusions,
            voteSubject: vote?.subject,
            voteAgree: vote?.agree,
            voteDisagree: vote?.disagree,
          }}
        >
          <ProblemAlert messages={problems} />
          <Form.Item
            name="heldOn"
            label={TEXTS.heldOn}
            rules={[{ required: true, message: 'Chọn ngày họp.' }]}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            name="content"
            label={TEXTS.content}
            rules={[{ required: true, message: 'Nhập nội dung sinh hoạt.' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="opinions" label={TEXTS.opinions}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="conclusions" label={TEXTS.conclusions}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Flex gap={8} wrap>
            <Form.Item name="voteSubject" label={TEXTS.voteSubject} style={{ flex: '1 1 240px' }}>
              <Input />
            </Form.Item>
            <Form.Item name="voteAgree" label={TEXTS.voteAgree}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="voteDisagree" label={TEXTS.voteDisagree}>
              <InputNumber min={0} />
            </Form.Item>
          </Flex>
          {m.status === 'CLOSED' && (
            <Form.Item
              name="correctionReason"
              label={TEXTS.correctionReason}
              rules={[{ required: true, message: 'Nêu lý do đính chính.' }]}
            >
              <Input />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={hold.isPending}>
            {TEXTS.record}
          </Button>
        </Form>
      )}
    </Card>
  );
}
