import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { LinkButton } from '../../components/LinkButton.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useMyRatings } from './api.ts';
import { TEXTS } from './texts.ts';

/** On the member's home: the open review waiting for their self-assessment, one tap away. */
export function SelfAssessmentCard() {
  const { data } = useMyRatings();
  const open = data?.open ?? [];
  return (
    <Card size="small" title={TEXTS.selfCard} extra={<Link to="/tu-kiem-diem">{TEXTS.selfView}</Link>}>
      {open.length === 0 ? (
        <Typography.Text type="secondary">{TEXTS.selfNone}</Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          {open.map((r) => (
            <Flex key={r.id} vertical gap={6}>
              <strong>{TEXTS.selfOpen(r.round.periodLabel)}</strong>
              <Flex gap={4} wrap>
                <Typography.Text type={r.round.overdue ? 'danger' : 'secondary'}>
                  {TEXTS.selfDeadline(formatDate(r.round.deadline))}
                </Typography.Text>
                {r.self && <Tag color="green">{TEXTS.selfDone}</Tag>}
              </Flex>
              <LinkButton to="/tu-kiem-diem" type={r.self ? 'default' : 'primary'} block>
                {r.self ? TEXTS.selfView : TEXTS.selfGo}
              </LinkButton>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
