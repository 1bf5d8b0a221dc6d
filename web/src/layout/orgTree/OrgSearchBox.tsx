import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Typography } from 'antd';
import { useState } from 'react';
import type { OrgSearchHit } from '../../api/types.ts';
import { useCodes } from '../../codes/useCodes.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { TEXTS } from '../texts.ts';
import { searchOrgs } from './orgTreeApi.ts';

/** Find an org by name or code; picking a hit hands it to the tree. */
export function OrgSearchBox({ onPick }: { onPick: (hit: OrgSearchHit) => void }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const codes = useCodes();
  const hits = useQuery({
    queryKey: ['orgSearch', q],
    queryFn: ({ signal }) => searchOrgs(q, signal),
    enabled: q.length >= 2,
    staleTime: 60_000,
  });
  const items = q.length >= 2 ? (hits.data ?? []) : [];
  return (
    <AutoComplete
      value={text}
      onChange={setText}
      style={{ width: '100%' }}
      options={items.map((h) => ({
        value: h.code,
        label: (
          <div style={{ whiteSpace: 'normal' }}>
            <div>{h.name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {codes.label('orgKind', h.kind)} · {h.code}
            </Typography.Text>
          </div>
        ),
      }))}
      onSelect={(code: string) => {
        const hit = items.find((h) => h.code === code);
        setText('');
        if (hit) onPick(hit);
      }}
      notFoundContent={q.length >= 2 && hits.isSuccess ? TEXTS.treeSearchNone : undefined}
    >
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={TEXTS.treeSearch}
        aria-label={TEXTS.treeSearch}
        suffix={hits.isFetching ? <Typography.Text type="secondary">…</Typography.Text> : undefined}
      />
    </AutoComplete>
  );
}
