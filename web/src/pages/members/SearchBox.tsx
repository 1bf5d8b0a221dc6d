import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useDebounced } from '../../lib/useDebounced.ts';
import { TEXTS } from './texts.ts';

/** Free-text search, sent to the server once typing pauses (300 ms). */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text.trim(), 300);
  const sent = useRef(value);

  useEffect(() => {
    if (settled === sent.current) return;
    sent.current = settled;
    onSearch(settled);
  }, [settled, onSearch]);

  // The address changed by other means (clearing filters, going back): show what it says.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  return (
    <Input
      allowClear
      type="search"
      value={text}
      onChange={(e) => setText(e.target.value)}
      placeholder={TEXTS.search}
      aria-label={TEXTS.searchLabel}
      prefix={<SearchOutlined />}
      maxLength={100}
    />
  );
}
