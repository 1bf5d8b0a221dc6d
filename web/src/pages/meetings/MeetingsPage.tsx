import { Button, Card, Empty, Flex, List, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useScreen } from '../../lib/useIsMobile.ts';
import { type MeetingSummary, useMeetings, useSchedule } from './api.ts';
import { LevelTag, StatusTag } from './badges.tsx';
import { DashboardTab } from './DashboardTab.tsx';
import { PlanForm } from './PlanForm.tsx';
import { RosterForm } from './RosterForm.tsx';
import { SettingsTab } from './SettingsTab.tsx';
import { SETTINGS_TEXTS, TEXTS } from './texts.ts';

/** Meetings: the list with planning, the upper level's summary, and the assignee's schedule. */
export default function MeetingsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'list';
  const me = useSignedIn();
  // The roster belongs to the committees above cells; the page offers it to staff and admins (a
  // committee's secretary may assign through the API too).
  const canAssign = me.role === 'admin' || me.role === 'org_staff';
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {TEXTS.title}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          const next = new URLSearchParams(params);
          next.set('tab', k);
          setParams(next);
        }}
        items={[
          { key: 'list', label: TEXTS.tabList, children: <ListTab /> },
          { key: 'dashboard', label: TEXTS.tabDashboard, children: <DashboardTab /> },
          { key: 'schedule', label: TEXTS.tabSchedule, children: <ScheduleTab /> },
          ...(canAssign ? [{ key: 'roster', label: TEXTS.tabRoster, children: <RosterForm /> }] : []),
          { key: 'settings', label: SETTINGS_TEXTS.tab, children: <SettingsTab /> },
        ]}
      />
    </Flex>
  );
}

function MeetingCells({ m }: { m: MeetingSummary }) {
  return (
    <Flex gap={4} wrap>
      <StatusTag status={m.status} label={m.statusLabel} />
      <LevelTag level={m.qualityLevel} />
      {m.model && <Tag color="purple">{TEXTS.model}</Tag>}
      {m.planLate && <Tag color="orange">{TEXTS.late}</Tag>}
    </Flex>
  );
}

function ListTab() {
  const me = useSignedIn();
  const [params, setParams] = useSearchParams();
  const org = params.get('org');
  const [page, setPage] = useState(1);
  const [planning, setPlanning] = useState(false);
  const { phone } = useScreen();
  const { data, isPending, error, refetch } = useMeetings(org, page);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const rate = (m: MeetingSummary) =>
    m.attendance
      ? `${m.attendance.present}/${m.attendance.expected}${m.attendance.rate === null ? '' : ` (${m.attendance.rate}%)`}`
      : '';
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <div style={{ minWidth: 260, flex: phone ? '1 1 100%' : '0 1 360px' }}>
          <OrgPicker
            value={org}
            placeholder={TEXTS.allOrgs}
            onChange={(code) => {
              setPage(1);
              setParams(code ? { org: code } : {});
            }}
          />
        </div>
        {can.writeMembers(me) && (
          <Button type="primary" onClick={() => setPlanning(true)}>
            {TEXTS.plan}
          </Button>
        )}
      </Flex>
      {isPending ? (
        <PageLoading />
      ) : data.items.length === 0 ? (
        <Card>
          <Empty description={TEXTS.empty} />
        </Card>
      ) : phone ? (
        <List
          dataSource={data.items}
          pagination={{
            current: page,
            total: data.total,
            pageSize: 20,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          renderItem={(m) => (
            <Card size="small" style={{ marginBottom: 8 }}>
              <Flex vertical gap={4}>
                <Link to={`/sinh-hoat/${m.id}`}>
                  <strong>{m.topic}</strong>
                </Link>
                <Typography.Text type="secondary">
                  {formatDate(m.plannedDate)} · {TEXTS.kinds[m.kind]} · {m.org.name}
                </Typography.Text>
                <MeetingCells m={m} />
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Table<MeetingSummary>
          rowKey="id"
          scroll={{ x: 1120 }}
          dataSource={data.items}
          pagination={{
            current: page,
            total: data.total,
            pageSize: 20,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          columns={[
            { title: TEXTS.plannedDate, width: 120, render: (_, m) => formatDate(m.plannedDate) },
            { title: TEXTS.kind, width: 120, render: (_, m) => TEXTS.kinds[m.kind] },
            {
              title: TEXTS.topic,
              width: 360,
              render: (_, m) => <Link to={`/sinh-hoat/${m.id}`}>{m.topic}</Link>,
            },
            { title: TEXTS.org, width: 200, render: (_, m) => m.org.name },
            { title: TEXTS.attendance, width: 120, render: (_, m) => rate(m) },
            { title: TEXTS.status, width: 200, render: (_, m) => <MeetingCells m={m} /> },
          ]}
        />
      )}
      <PlanForm
        open={planning}
        orgCode={org ?? (me.role === 'secretary' ? me.orgCode : null)}
        onClose={() => setPlanning(false)}
      />
    </Flex>
  );
}

function ScheduleTab() {
  const { data, isPending, error, refetch } = useSchedule();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  if (!data.assigned.length)
    return (
      <Card>
        <Empty description={TEXTS.scheduleEmpty} />
      </Card>
    );
  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {TEXTS.assigned}:{' '}
        {data.assigned.map((a) => `${a.orgName} (${a.month.slice(5)}/${a.month.slice(0, 4)})`).join('; ')}
      </Typography.Text>
      <List
        dataSource={data.meetings}
        renderItem={(m) => (
          <Card size="small" style={{ marginBottom: 8 }}>
            <Flex vertical gap={4}>
              <Link to={`/sinh-hoat/${m.id}`}>
                <strong>{m.topic}</strong>
              </Link>
              <Typography.Text type="secondary">
                {formatDate(m.plannedDate)} {m.startTime ?? ''} · {m.place ?? ''} · {m.org.name}
              </Typography.Text>
              <MeetingCells m={m} />
            </Flex>
          </Card>
        )}
      />
    </Flex>
  );
}
