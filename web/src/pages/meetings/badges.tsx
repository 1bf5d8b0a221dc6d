import { Tag } from 'antd';
import { TEXTS } from './texts.ts';

export function LevelTag({ level }: { level: string | null }) {
  if (!level) return null;
  return <Tag color={TEXTS.levelColors[level]}>{TEXTS.levels[level] ?? level}</Tag>;
}

export function StatusTag({ status, label }: { status: string; label: string }) {
  const color =
    status === 'CLOSED' ? 'default' : status === 'HELD' ? 'green' : status === 'CANCELLED' ? 'red' : 'blue';
  return <Tag color={color}>{label}</Tag>;
}
