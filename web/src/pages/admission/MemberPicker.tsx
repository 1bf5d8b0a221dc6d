import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { TEXTS } from './texts.ts';

interface Hit {
  id: string;
  fullName: string;
  orgName: string | null;
  birthDate: string;
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  initialLabel?: string | null;
  'aria-label'?: string;
  /** Which members to offer: official ones (sponsors, the default) or any current member (null). */
  status?: 'OFFICIAL' | null;
}

/** Pick an official member in the user's scope by typing part of their name. */
export function MemberPicker({ id, value, onChange, initialLabel, status = 'OFFICIAL', ...aria }: Props) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const hits = useQuery({
    queryKey: ['admission', 'sponsorSearch', q, status],
    queryFn: ({ signal }) =>
      api.get<{ items: Hit[] }>('/api/v1/members', { q, ...(status && { status }), pageSize: 20 }, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const found = (q.length >= 2 ? (hits.data?.items ?? []) : []).map((h) => ({
    value: h.id,
    label: `${h.fullName} — ${h.orgName ?? ''} (${h.birthDate.slice(0, 4)})`,
  }));
  const options =
    picked && picked.value === value && !found.some((o) => o.value === value) ? [picked, ...found] : found;
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v, option) => {
        const opt = Array.isArray(option) ? option[0] : option;
        setPicked(v && opt ? { value: v, label: String(opt.label) } : null);
        onChange?.(v ?? null);
      }}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      placeholder={TEXTS.fields.sponsorSearch}
      loading={hits.isFetching}
      aria-label={aria['aria-label']}
      style={{ width: '100%' }}
    />
  );
}
