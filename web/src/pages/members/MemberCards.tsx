import { Button, Card, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MemberSummary, Page } from '../../api/types.ts';
import { formatDate } from '../../lib/dates.ts';
import { StatusTag } from './StatusTag.tsx';
import { TEXTS } from './texts.ts';

interface Props {
  data: Page<MemberSummary> | undefined;
  loading: boolean;
  onPage: (page: number) => void;
  empty: ReactNode;
}

/** The roll on a phone: one card per member and simple previous/next paging. */
export function MemberCards({ data, loading, onPage, empty }: Props) {
  const items = data?.items ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const page = data?.page ?? 1;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8}>
        {items.length === 0 && !loading ? empty : null}
        {items.map((m) => (
          <Card key={m.id} size="small" styles={{ body: { padding: 12 } }}>
            <Flex justify="space-between" gap={8} align="flex-start">
              <Link to={`/members/${encodeURIComponent(m.id)}`} style={{ fontWeight: 600, fontSize: 15 }}>
                {m.fullName}
              </Link>
              <StatusTag status={m.status} label={m.statusLabel} />
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {[m.genderLabel, `${TEXTS.born} ${formatDate(m.birthDate)}`, m.ethnicityLabel]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            <Typography.Text style={{ display: 'block', overflowWrap: 'anywhere' }}>
              {m.orgName ?? m.orgCode}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {[
                m.ceremonyDate && `${TEXTS.joined} ${formatDate(m.ceremonyDate)}`,
                m.cardNumber && `${TEXTS.card} ${m.cardNumber}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Card>
        ))}
        {data && data.total > data.pageSize && (
          <Flex justify="space-between" align="center" gap={8}>
            <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
              {TEXTS.prev}
            </Button>
            <Typography.Text>{TEXTS.pageOf(page, pages)}</Typography.Text>
            <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
              {TEXTS.next}
            </Button>
          </Flex>
        )}
      </Flex>
    </Spin>
  );
}
