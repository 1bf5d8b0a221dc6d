import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MemberSummary, Page } from '../../api/types.ts';
import { formatDate } from '../../lib/dates.ts';
import type { Sort } from './listParams.ts';
import { StatusTag } from './StatusTag.tsx';
import { TEXTS } from './texts.ts';

interface Props {
  data: Page<MemberSummary> | undefined;
  loading: boolean;
  sort: Sort;
  onSort: (sort: Sort) => void;
  onPage: (page: number, pageSize: number) => void;
  empty: ReactNode;
}

type SortOrder = 'ascend' | 'descend' | null;

const orderOf = (sort: Sort, field: string): SortOrder =>
  sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;

/** The roll as a server-paged, server-sorted table (wide screens). */
export function MemberTable({ data, loading, sort, onSort, onPage, empty }: Props) {
  const columns: TableColumnsType<MemberSummary> = [
    {
      key: 'name',
      title: TEXTS.colName,
      render: (_, m) => <Link to={`/members/${encodeURIComponent(m.id)}`}>{m.fullName}</Link>,
      sorter: true,
      sortOrder: orderOf(sort, 'name'),
      sortDirections: ['ascend'],
      fixed: 'left',
      width: 190,
    },
    {
      key: 'birthDate',
      title: TEXTS.colBirthDate,
      render: (_, m) => formatDate(m.birthDate),
      sorter: true,
      sortOrder: orderOf(sort, 'birthDate'),
      width: 120,
    },
    { key: 'gender', title: TEXTS.colGender, render: (_, m) => m.genderLabel ?? m.gender, width: 90 },
    {
      key: 'ethnicity',
      title: TEXTS.colEthnicity,
      render: (_, m) => m.ethnicityLabel ?? m.ethnicity,
      width: 110,
    },
    { key: 'cell', title: TEXTS.colCell, render: (_, m) => m.orgName ?? m.orgCode },
    {
      key: 'status',
      title: TEXTS.colStatus,
      render: (_, m) => <StatusTag status={m.status} label={m.statusLabel} />,
      width: 110,
    },
    {
      key: 'ceremonyDate',
      title: TEXTS.colCeremony,
      render: (_, m) => formatDate(m.ceremonyDate),
      sorter: true,
      sortOrder: orderOf(sort, 'ceremonyDate'),
      width: 140,
    },
    { key: 'card', title: TEXTS.colCard, dataIndex: 'cardNumber', width: 120 },
  ];
  const onChange: TableProps<MemberSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = String(s?.columnKey ?? 'name');
      onSort(
        !s?.order || field === 'name' ? 'name' : ((s.order === 'descend' ? `-${field}` : field) as Sort),
      );
    } else if (extra.action === 'paginate') onPage(pagination.current ?? 1, pagination.pageSize ?? 20);
  };
  return (
    <Table<MemberSummary>
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 1000 }}
      locale={{ emptyText: empty }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total, [from, to]) => TEXTS.range(from, to, total),
      }}
    />
  );
}
