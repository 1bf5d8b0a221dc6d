import { Select, type SelectProps } from 'antd';
import type { CodeListName } from '../api/types.ts';
import { foldVietnamese } from '../shared.ts';
import { useCodes } from './useCodes.ts';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch'> & {
  list: CodeListName;
  /** Options shown before the list's own (e.g. "Dân tộc thiểu số"). */
  extra?: { value: string; label: string }[];
  /** Keep only the codes this accepts. */
  only?: (code: string) => boolean;
};

/** Case, diacritics and punctuation do not matter: "thon ban" finds "Thôn, bản". */
const key = (s: string) =>
  foldVietnamese(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const matches = (input: string, label: unknown) => key(String(label ?? '')).includes(key(input));

/** A select over one code list, searchable without diacritics ("tay" finds "Tày"). */
export function CodeSelect({ list, extra = [], only, ...rest }: Props) {
  const codes = useCodes();
  return (
    <Select<string>
      allowClear
      loading={codes.isPending}
      options={[...extra, ...codes.options(list).filter((o) => !only || only(o.value))]}
      showSearch={{ filterOption: (input, option) => matches(input, option?.label) }}
      {...rest}
    />
  );
}
