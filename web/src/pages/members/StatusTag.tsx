import { Tag } from 'antd';

/** Probationary members stand out; official ones are the norm. */
export function StatusTag({
  status,
  label,
}: {
  status: string | null | undefined;
  label: string | null | undefined;
}) {
  if (!status) return null;
  return <Tag color={status === 'PROBATIONARY' ? 'gold' : 'green'}>{label ?? status}</Tag>;
}
