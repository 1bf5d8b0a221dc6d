import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../lib/dates.ts';
import { TEXTS } from '../pages/todo/texts.ts';
import { subjectPath, useNotifications } from '../pages/todo/useTodo.ts';

const SHOWN = 6;

/** The signed-in user's notifications: what is due in the orgs they answer for, or their own. */
export function NotificationBell({ canSeeAll }: { canSeeAll: boolean }) {
  const { data } = useNotifications();
  const total = data?.total ?? 0;
  const overdue = data?.items.filter((i) => i.overdue).length ?? 0;
  const content = (
    <Flex vertical gap={8} style={{ width: 320, maxWidth: '80vw' }}>
      {total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.bellEmpty} />
      ) : (
        data?.items.slice(0, SHOWN).map((i) => (
          <Link key={`${i.kind}:${i.subject.id}`} to={subjectPath(i)} style={{ color: 'inherit' }}>
            <Typography.Text strong type={i.overdue ? 'danger' : undefined}>
              {i.kindLabel}
            </Typography.Text>
            <div>
              {i.subject.name} · {formatDate(i.dueOn)}
            </div>
          </Link>
        ))
      )}
      {total > SHOWN && <Typography.Text type="secondary">{TEXTS.more(total - SHOWN)}</Typography.Text>}
      {canSeeAll && total > 0 && <Link to="/viec-can-lam">{TEXTS.seeAll}</Link>}
    </Flex>
  );
  return (
    <Popover content={content} title={TEXTS.bell} trigger="click" placement="bottomRight">
      <Button type="text" aria-label={`${TEXTS.bell}: ${total}`} style={{ color: '#fff' }}>
        <Badge count={total} size="small" color={overdue ? '#cf1322' : '#d48806'} offset={[4, -2]}>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
