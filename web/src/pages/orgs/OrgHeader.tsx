import { CalendarOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OrgDetails } from '../../api/types.ts';
import { useCodes } from '../../codes/useCodes.ts';
import { DATE_FORMAT, formatDate, fromIso, todayIso, toIso } from '../../lib/dates.ts';
import { TEXTS } from './texts.ts';
import { useOrgName } from './useOrg.ts';

interface Props {
  org: OrgDetails;
  asOf: string | null;
  onAsOf: (iso: string | null) => void;
  actions?: ReactNode;
}

/** Name, kind and sector, parent, dates, the "as of" picker and the writer's actions. */
export function OrgHeader({ org, asOf, onAsOf, actions }: Props) {
  const codes = useCodes();
  const cur = org.current;
  const parentName = useOrgName(org.parent?.code, asOf);
  const dissolved = org.dissolvedOn && org.dissolvedOn <= (asOf ?? todayIso());
  const q = asOf ? `?asOf=${asOf}` : '';
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} justify="space-between" align="flex-start">
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {cur?.name ?? org.code}
          </Typography.Title>
          <Space wrap size={[4, 4]}>
            {cur && <Tag color="red">{codes.label('orgKind', cur.kind)}</Tag>}
            {cur && <Tag>{codes.label('orgSector', cur.sector)}</Tag>}
            <Tag>
              {TEXTS.code}: {org.code}
            </Tag>
            {dissolved && <Tag color="default">{TEXTS.dissolvedTag}</Tag>}
          </Space>
        </Flex>
        {actions}
      </Flex>
      <Flex wrap gap="4px 24px">
        <Typography.Text>
          <Typography.Text type="secondary">{TEXTS.parent}: </Typography.Text>
          {org.parent ? (
            <Link to={`/orgs/${encodeURIComponent(org.parent.code)}${q}`}>
              {parentName ?? org.parent.code}
            </Link>
          ) : (
            TEXTS.noParent
          )}
        </Typography.Text>
        {org.establishedOn && (
          <Typography.Text>
            <Typography.Text type="secondary">{TEXTS.established}: </Typography.Text>
            {formatDate(org.establishedOn)}
          </Typography.Text>
        )}
        {org.dissolvedOn && (
          <Typography.Text>
            <Typography.Text type="secondary">{TEXTS.dissolved}: </Typography.Text>
            {formatDate(org.dissolvedOn)}
          </Typography.Text>
        )}
      </Flex>
      <Flex wrap gap={8} align="center">
        <label htmlFor="org-as-of">
          <Typography.Text type="secondary">
            <CalendarOutlined /> {TEXTS.asOf}:
          </Typography.Text>
        </label>
        <DatePicker
          id="org-as-of"
          format={DATE_FORMAT}
          value={fromIso(asOf)}
          placeholder={TEXTS.asOfToday}
          allowClear
          disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
          onChange={(d) => onAsOf(toIso(d))}
        />
        {asOf && (
          <Button size="small" onClick={() => onAsOf(null)}>
            {TEXTS.backToToday}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
