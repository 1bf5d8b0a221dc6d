import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Col, Flex, Row, Select, Tag } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { CodeSelect } from '../../codes/CodeSelect.tsx';
import { useScreen } from '../../lib/useIsMobile.ts';
import { useOrgName } from '../orgs/useOrg.ts';
import type { FilterKey, Sort, useListParams } from './listParams.ts';
import { SearchBox } from './SearchBox.tsx';
import { TEXTS } from './texts.ts';

type Params = ReturnType<typeof useListParams>;

function Field({ children }: { children: ReactNode }) {
  return (
    <Col xs={24} sm={12} md={8} xl={6}>
      {children}
    </Col>
  );
}

/** Search, sort (on phones) and the filters of the list; the org comes from the tree. */
export function MemberFilters({ list }: { list: Params }) {
  const { phone } = useScreen();
  const [open, setOpen] = useState(false);
  const { params, update } = list;
  const f = params.filters;
  const orgName = useOrgName(f.org, null);
  const onSearch = useCallback((q: string) => update({ q: q || null }), [update]);
  const set = (key: FilterKey) => (v: string | undefined) => update({ [key]: v ?? null });
  const codeFilter = (key: FilterKey, label: string, extra?: { value: string; label: string }[]) => (
    <Field>
      <CodeSelect
        list={key as 'gender'}
        extra={extra}
        value={f[key]}
        onChange={set(key)}
        placeholder={label}
        prefix={f[key] ? `${label}:` : undefined}
        aria-label={label}
        style={{ width: '100%' }}
      />
    </Field>
  );
  const count = Object.keys(f).filter((k) => k !== 'org').length;

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 200px' }}>
          <SearchBox value={params.q} onSearch={onSearch} />
        </div>
        {phone && (
          <Badge count={count} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
              {TEXTS.filters}
            </Button>
          </Badge>
        )}
      </Flex>
      {f.org && (
        <div>
          <Tag closable onClose={() => update({ org: null })} color="red" style={{ whiteSpace: 'normal' }}>
            {TEXTS.orgFilter}: {orgName ?? f.org}
          </Tag>
        </div>
      )}
      {(!phone || open) && (
        <Row gutter={[8, 8]}>
          <Field>
            <Select<string>
              allowClear
              value={f.status}
              onChange={set('status')}
              placeholder={TEXTS.status}
              prefix={f.status ? `${TEXTS.status}:` : undefined}
              aria-label={TEXTS.status}
              style={{ width: '100%' }}
              options={[
                { value: 'OFFICIAL', label: TEXTS.statusOfficial },
                { value: 'PROBATIONARY', label: TEXTS.statusProbationary },
              ]}
            />
          </Field>
          {codeFilter('gender', TEXTS.gender)}
          {codeFilter('ethnicity', TEXTS.ethnicity, [{ value: 'MINORITY', label: TEXTS.minority }])}
          {codeFilter('ageBand', TEXTS.ageBand)}
          {codeFilter('education', TEXTS.education)}
          {codeFilter('professional', TEXTS.professional)}
          {codeFilter('politicalTheory', TEXTS.politicalTheory)}
          {codeFilter('occupation', TEXTS.occupation)}
          {phone && (
            <Field>
              <Select<Sort>
                value={params.sort}
                onChange={(v) => update({ sort: v })}
                options={TEXTS.sortOptions as { value: Sort; label: string }[]}
                aria-label={TEXTS.sort}
                prefix={`${TEXTS.sort}:`}
                style={{ width: '100%' }}
              />
            </Field>
          )}
        </Row>
      )}
    </Flex>
  );
}
