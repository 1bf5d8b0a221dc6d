import { DownloadOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { withQuery } from '../../api/client.ts';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { useScreen } from '../../lib/useIsMobile.ts';
import { TEXTS as EXPORT_TEXTS } from '../imports/texts.ts';
import { useListParams } from './listParams.ts';
import { MemberCards } from './MemberCards.tsx';
import { MemberFilters } from './MemberFilters.tsx';
import { MemberTable } from './MemberTable.tsx';
import { TEXTS } from './texts.ts';
import { useMemberList } from './useMemberList.ts';

/** The member roll: server-side search, filters, sort and paging, all in the address. */
export default function MemberListPage() {
  const me = useSignedIn();
  const { phone } = useScreen();
  const list = useListParams();
  const { params, update, clear, active } = list;
  const members = useMemberList(params);
  const writer = can.writeMembers(me);
  const newLink = params.filters.org
    ? `/members/new?org=${encodeURIComponent(params.filters.org)}`
    : '/members/new';

  const empty = active ? (
    <Empty description={`${TEXTS.emptyFiltered} ${TEXTS.emptyFilteredHint}`}>
      <Button onClick={clear}>{TEXTS.clearFilters}</Button>
    </Empty>
  ) : (
    <Empty description={writer ? `${TEXTS.empty} ${TEXTS.emptyWriterHint}` : TEXTS.empty} />
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {TEXTS.title}
          </Typography.Title>
          {members.data && (
            <Typography.Text type="secondary" aria-live="polite">
              {TEXTS.total(members.data.total)}
            </Typography.Text>
          )}
        </Flex>
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery('/api/v1/exports/members.xlsx', {
              q: params.q.trim() || undefined,
              ...params.filters,
              sort: params.sort,
            })}
          >
            {EXPORT_TEXTS.exportList}
          </Button>
          <LinkButton to="/nhap-xuat" icon={<FileExcelOutlined />}>
            {EXPORT_TEXTS.menu}
          </LinkButton>
          {writer && (
            <LinkButton to={newLink} type="primary" icon={<PlusOutlined />}>
              {TEXTS.add}
            </LinkButton>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <MemberFilters list={list} />
      </Card>
      {members.isError && members.data ? <Alert type="error" showIcon title={members.error.message} /> : null}
      {members.isError && !members.data ? (
        <ErrorState
          error={members.error}
          onRetry={() => members.refetch()}
          extra={active ? <Button onClick={clear}>{TEXTS.clearFilters}</Button> : undefined}
        />
      ) : phone ? (
        <MemberCards
          data={members.data}
          loading={members.isFetching}
          onPage={(page) => {
            update({ page });
            window.scrollTo({ top: 0 });
          }}
          empty={empty}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <MemberTable
            data={members.data}
            loading={members.isFetching}
            sort={params.sort}
            onSort={(sort) => update({ sort })}
            onPage={(page, pageSize) =>
              pageSize !== params.pageSize ? update({ pageSize, page: 1 }) : update({ page })
            }
            empty={empty}
          />
        </Card>
      )}
    </Flex>
  );
}
