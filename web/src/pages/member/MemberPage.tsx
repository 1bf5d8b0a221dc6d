import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { formatDate } from '../../lib/dates.ts';
import { StatusTag } from '../members/StatusTag.tsx';
import { MemberHistory } from './MemberHistory.tsx';
import { ProfileSections } from './ProfileSections.tsx';
import { TEXTS } from './texts.ts';
import { useMember } from './useMember.ts';

function MemberSkeleton() {
  return (
    <Flex vertical gap={16}>
      <Skeleton active title={false} paragraph={{ rows: 2, width: ['35%', '50%'] }} />
      {[1, 2].map((k) => (
        <Card key={k} size="small">
          <Skeleton active title={false} paragraph={{ rows: 6 }} />
        </Card>
      ))}
    </Flex>
  );
}

/** One member's record: profile sections, status, and the history of their membership. */
export default function MemberPage() {
  const { id } = useParams();
  const me = useSignedIn();
  const member = useMember(id);
  if (member.isPending) return <MemberSkeleton />;
  if (member.isError) return <ErrorState error={member.error} onRetry={() => member.refetch()} />;
  const m = member.data;
  const roll = can.browseRoll(me);
  return (
    <Flex vertical gap={16}>
      {roll && (
        <div>
          <LinkButton to="/members" type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {TEXTS.back}
          </LinkButton>
        </div>
      )}
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {m.fullName}
            </Typography.Title>
            <StatusTag status={m.status} label={m.labels.status} />
          </Flex>
          <Typography.Text type="secondary">
            {[m.orgName, m.ceremonyDate && `${TEXTS.ceremonyDate}: ${formatDate(m.ceremonyDate)}`]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
        {m.canEdit && (
          <LinkButton to={`/members/${encodeURIComponent(m.id)}/edit`} type="primary" icon={<EditOutlined />}>
            {TEXTS.edit}
          </LinkButton>
        )}
      </Flex>
      {!m.confidentialVisible && <Alert type="info" showIcon title={TEXTS.confidentialNote} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <ProfileSections m={m} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <MemberHistory items={m.history} linkOrgs={roll} />
        </Col>
      </Row>
    </Flex>
  );
}
