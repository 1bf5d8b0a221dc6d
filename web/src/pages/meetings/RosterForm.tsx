import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { errorDetail } from '../../lib/formErrors.ts';
import { TEXTS } from './texts.ts';

interface RosterItem {
  id: string;
  month: string;
  orgName: string;
  username: string;
  displayName: string;
  attended: boolean | null;
  level: string | null;
}

/** The level above's monthly roster: who attends which cell's meetings, and whether they reported. */
export function RosterForm() {
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [problems, setProblems] = useState<string[] | null>(null);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const roster = useQuery({
    queryKey: ['meetings-roster', month],
    queryFn: ({ signal }) => api.get<{ items: RosterItem[] }>('/api/v1/meetings/roster', { month }, signal),
  });
  const assign = useMutation({
    mutationFn: (v: { orgCode: string; username: string }) =>
      api.post('/api/v1/meetings/roster', { ...v, month }),
    onSuccess: () => {
      message.success(TEXTS.rosterSaved);
      form.resetFields();
      qc.invalidateQueries({ queryKey: ['meetings-roster', month] });
    },
    onError: (e) => setProblems([errorDetail(e)]),
  });
  return (
    <Card size="small" title={TEXTS.rosterTitle}>
      <Flex vertical gap={8}>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          aria-label={TEXTS.rosterMonth}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          allowClear={false}
          style={{ width: 160 }}
        />
        <ProblemAlert messages={problems} />
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setProblems(null);
            assign.mutate(v);
          }}
        >
          <Flex gap={8} wrap align="end">
            <Form.Item
              name="orgCode"
              label={TEXTS.org}
              rules={[{ required: true, message: 'Chọn chi bộ.' }]}
              style={{ flex: '1 1 260px' }}
            >
              <OrgPicker kinds={['CHI_BO_CO_SO', 'CHI_BO_TRUC_THUOC']} />
            </Form.Item>
            <Form.Item
              name="username"
              label={TEXTS.rosterUser}
              rules={[{ required: true, message: 'Nhập tên đăng nhập.' }]}
              style={{ flex: '1 1 200px' }}
            >
              <Input />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={assign.isPending}>
                {TEXTS.rosterAssign}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
        <List
          size="small"
          dataSource={roster.data?.items ?? []}
          locale={{ emptyText: TEXTS.noneLate }}
          renderItem={(r) => (
            <List.Item>
              <Typography.Text>
                {r.orgName} — {r.displayName} ({r.username}){' '}
                {r.attended === null ? '' : r.attended ? `· ${TEXTS.attended}` : '· Không dự'}
                {r.level ? ` · ${TEXTS.levels[r.level]}` : ''}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
