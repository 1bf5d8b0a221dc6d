import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import type { TransferBox, TransferItem } from '../../api/lifecycle.ts';
import { formatDate } from '../../lib/dates.ts';
import type { TransferDecision } from './DecisionModal.tsx';
import { TEXTS as T } from './texts.ts';

interface Props {
  box: TransferBox;
  items: TransferItem[] | undefined;
  loading: boolean;
  /** Accept and return are for writers, on the inbox. */
  canDecide: boolean;
  phone: boolean;
  onDecide: (d: TransferDecision) => void;
}

const memberLink = (t: TransferItem) => (
  <Link to={`/members/${encodeURIComponent(t.memberId)}`} style={{ fontWeight: 600 }}>
    {t.fullName}
  </Link>
);

const overdueTag = (t: TransferItem) =>
  t.overdue ? (
    <Tooltip title={T.overdueHint}>
      <Tag color="red">{T.overdue}</Tag>
    </Tooltip>
  ) : null;

const statusTag = (t: TransferItem) =>
  t.status ? (
    <Tag color={t.status === 'PROBATIONARY' ? 'gold' : 'green'}>{T.statusLabels[t.status] ?? t.status}</Tag>
  ) : null;

/** Pending transfers: a table on wide screens, cards on phones. */
export function TransferList({ box, items, loading, canDecide, phone, onDecide }: Props) {
  const decide = box === 'in' && canDecide;
  const actions = (t: TransferItem) =>
    decide ? (
      <Flex gap={8} wrap>
        <Button
          type="primary"
          size={phone ? 'middle' : 'small'}
          icon={<CheckOutlined />}
          onClick={() => onDecide({ transfer: t, decision: 'accept' })}
          aria-label={`${T.accept} ${t.fullName}`}
        >
          {T.accept}
        </Button>
        <Button
          size={phone ? 'middle' : 'small'}
          icon={<RollbackOutlined />}
          onClick={() => onDecide({ transfer: t, decision: 'return' })}
          aria-label={`${T.return} ${t.fullName}`}
        >
          {T.return}
        </Button>
      </Flex>
    ) : box === 'out' ? (
      <Typography.Text type="secondary">{T.waiting}</Typography.Text>
    ) : null;
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={box === 'in' ? T.emptyIn : T.emptyOut} />
  );

  if (phone)
    return (
      <Spin spinning={loading}>
        <Flex vertical gap={8}>
          {!loading && items?.length === 0 && empty}
          {items?.map((t) => (
            <Card key={t.eventId} size="small" styles={{ body: { padding: 12 } }} data-testid="transfer-card">
              <Flex justify="space-between" align="flex-start" gap={8}>
                {memberLink(t)}
                <Flex gap={4} wrap justify="flex-end">
                  {statusTag(t)}
                  {overdueTag(t)}
                </Flex>
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {T.born} {formatDate(t.birthDate)}
              </Typography.Text>
              <div style={{ overflowWrap: 'anywhere' }}>
                <Typography.Text type="secondary">{T.from}:</Typography.Text> {t.from.name}
              </div>
              <div style={{ overflowWrap: 'anywhere' }}>
                <Typography.Text type="secondary">{T.to}:</Typography.Text> {t.to.name}
              </div>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: decide ? 8 : 0 }}>
                {[
                  `${T.issued} ${formatDate(t.issuedOn)}`,
                  t.decisionNumber && `${T.decisionNo} ${t.decisionNumber}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
              {decide && actions(t)}
            </Card>
          ))}
        </Flex>
      </Spin>
    );

  const columns: TableColumnsType<TransferItem> = [
    {
      key: 'member',
      title: T.colMember,
      render: (_, t) => (
        <>
          <Flex gap={4} wrap align="center">
            {memberLink(t)}
            {statusTag(t)}
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {T.born} {formatDate(t.birthDate)}
          </Typography.Text>
        </>
      ),
      width: 220,
    },
    { key: 'from', title: T.colFrom, render: (_, t) => t.from.name },
    { key: 'to', title: T.colTo, render: (_, t) => t.to.name },
    {
      key: 'issued',
      title: T.colIssued,
      render: (_, t) => (
        <Flex vertical align="flex-start" gap={2}>
          {formatDate(t.issuedOn)}
          {overdueTag(t)}
        </Flex>
      ),
      width: 130,
    },
    { key: 'decision', title: T.colDecision, render: (_, t) => t.decisionNumber, width: 120 },
    {
      key: 'actions',
      title: T.colActions,
      render: (_, t) => actions(t),
      width: decide ? 200 : 170,
      fixed: 'right',
    },
  ];
  return (
    <Table<TransferItem>
      size="middle"
      rowKey="eventId"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={items && items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      locale={{ emptyText: empty }}
    />
  );
}
