import { ArrowLeftOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { MembershipEvent } from '../../api/lifecycle.ts';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { formatDate } from '../../lib/dates.ts';
import { StatusTag } from '../members/StatusTag.tsx';
import { CorrectionModal } from './CorrectionModal.tsx';
import { EventDrawer } from './EventDrawer.tsx';
import { MembershipSummary, PendingTransferBanner } from './MembershipSummary.tsx';
import { MembershipTimeline } from './MembershipTimeline.tsx';
import { ProfileSections } from './ProfileSections.tsx';
import { LIFE_TEXTS, TEXTS } from './texts.ts';
import { useMember } from './useMember.ts';
import { useMembership } from './useMembership.ts';

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
  const membership = useMembership(id);
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<MembershipEvent | null>(null);
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
          <Flex gap={8} wrap>
            <Button type="primary" icon={<HistoryOutlined />} onClick={() => setRecording(true)}>
              {LIFE_TEXTS.record}
            </Button>
            <LinkButton to={`/members/${encodeURIComponent(m.id)}/edit`} icon={<EditOutlined />}>
              {TEXTS.edit}
            </LinkButton>
          </Flex>
        )}
      </Flex>
      {membership.data && <PendingTransferBanner m={membership.data} link={roll} />}
      {!m.confidentialVisible && <Alert type="info" showIcon title={TEXTS.confidentialNote} />}
      {membership.data && <MembershipSummary m={membership.data} linkOrgs={roll} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <ProfileSections m={m} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          {membership.isError ? (
            <Alert
              type="error"
              showIcon
              title={LIFE_TEXTS.loadFailed}
              description={membership.error.message}
              action={
                <Button size="small" onClick={() => membership.refetch()}>
                  {LIFE_TEXTS.retry}
                </Button>
              }
            />
          ) : membership.data ? (
            <MembershipTimeline
              membership={membership.data}
              linkOrgs={roll}
              canEdit={m.canEdit}
              onCorrect={setCorrecting}
            />
          ) : (
            <Card size="small">
              <Skeleton active title={false} paragraph={{ rows: 6 }} />
            </Card>
          )}
        </Col>
      </Row>
      {m.canEdit && (
        <>
          <EventDrawer
            open={recording}
            member={{ id: m.id, fullName: m.fullName, orgCode: m.orgCode }}
            onClose={() => setRecording(false)}
          />
          <CorrectionModal
            key={correcting?.id ?? ''}
            memberId={m.id}
            event={correcting}
            onClose={() => setCorrecting(null)}
          />
        </>
      )}
    </Flex>
  );
}
