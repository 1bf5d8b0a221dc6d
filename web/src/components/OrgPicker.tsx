import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { OrgSearchHit } from '../api/types.ts';
import { useCodes } from '../codes/useCodes.ts';
import { useDebounced } from '../lib/useDebounced.ts';
import { ORG_CODE } from '../shared.ts';
import { PICKER_TEXTS } from './pickerTexts.ts';

export interface OrgOption {
  value: string;
  label: string;
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  /** Only orgs of these kinds (e.g. cells for a member's placement). */
  kinds?: readonly string[];
  /** Never offer this org (the org itself when moving or merging it). */
  exclude?: string;
  /** Label of the current value, shown before any search. */
  initial?: OrgOption | null;
  placeholder?: string;
  disabled?: boolean;
  /**
   * Offer the typed text as a code when the search (limited to the user's scope) does not find it:
   * a transfer may go to a cell the user does not manage. The server checks the code.
   */
  allowCode?: boolean;
  'aria-label'?: string;
}

/** Pick an org by typing part of its name or code; the server searches within the user's scope. */
export function OrgPicker({
  id,
  value,
  onChange,
  kinds,
  exclude,
  initial,
  placeholder,
  disabled,
  allowCode,
  ...aria
}: Props) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const codes = useCodes();
  const [picked, setPicked] = useState<OrgOption | null>(initial ?? null);
  const hits = useQuery({
    queryKey: ['orgSearch', q],
    queryFn: ({ signal }) =>
      api.get<{ items: OrgSearchHit[] }>('/api/v1/orgs/search', { q }, signal).then((r) => r.items),
    enabled: q.length >= 2,
    staleTime: 60_000,
  });
  const found = (q.length >= 2 ? (hits.data ?? []) : [])
    .filter((h) => (!kinds || kinds.includes(h.kind)) && h.code !== exclude)
    .map((h) => ({ value: h.code, label: `${h.name} — ${codes.label('orgKind', h.kind)} (${h.code})` }));
  const typed = text.trim();
  if (
    allowCode &&
    typed === q &&
    q.length >= 2 &&
    ORG_CODE.test(typed) &&
    typed !== exclude &&
    !hits.isFetching &&
    !found.some((o) => o.value.toLowerCase() === typed.toLowerCase())
  )
    found.push({ value: typed, label: PICKER_TEXTS.codeOption(typed) });
  const current = picked ?? initial;
  const options =
    value && current?.value === value && !found.some((o) => o.value === value) ? [current, ...found] : found;
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(code, option) => {
        const opt = Array.isArray(option) ? option[0] : option;
        setPicked(code && opt ? { value: code, label: String(opt.label) } : null);
        onChange?.(code ?? null);
      }}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      placeholder={placeholder ?? PICKER_TEXTS.placeholder}
      disabled={disabled}
      loading={hits.isFetching}
      notFoundContent={
        q.length < 2 ? PICKER_TEXTS.typeMore : hits.isFetching ? PICKER_TEXTS.searching : PICKER_TEXTS.none
      }
      aria-label={aria['aria-label']}
      style={{ width: '100%' }}
    />
  );
}
