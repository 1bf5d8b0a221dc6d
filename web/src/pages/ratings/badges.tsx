import { Button, Flex, Popover, Progress, Tag, Typography } from 'antd';
import type { Finding, Round, Progress as RoundProgress } from './api.ts';
import { TEXTS } from './texts.ts';

const STATUS_COLOR: Record<string, string> = { OPEN: 'blue', CLOSED: 'green', CANCELLED: 'default' };

export function RoundStatus({ round }: { round: Round }) {
  return (
    <Flex gap={4} wrap>
      <Tag color={STATUS_COLOR[round.status]}>{TEXTS.statuses[round.status] ?? round.status}</Tag>
      {round.overdue && <Tag color="red">{TEXTS.overdue}</Tag>}
    </Flex>
  );
}

const pct = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 100));

/** The round's four steps as bars, so a committee sees at a glance where the round is stuck. */
export function ProgressBars({ p }: { p: RoundProgress }) {
  const bars = [
    [TEXTS.selfAssessed, p.selfAssessed, p.members],
    [TEXTS.membersProposed, p.membersProposed, p.members],
    [TEXTS.membersDecided, p.membersDecided, p.members],
    [TEXTS.orgsDecided, p.orgsDecided, p.orgs],
  ] as const;
  return (
    <Flex vertical gap={2} style={{ minWidth: 200 }}>
      {bars.map(([label, n, total]) => (
        <div key={label}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label}: {TEXTS.ofTotal(n, total)}
          </Typography.Text>
          <Progress percent={pct(n, total)} size="small" showInfo={false} />
        </div>
      ))}
    </Flex>
  );
}

/** A constraint's result with the regulation it cites: errors block the write, warnings inform. */
export function FindingLine({ f }: { f: Finding }) {
  return (
    <Typography.Text
      type={f.severity === 'error' ? 'danger' : 'warning'}
      style={{ display: 'block', fontSize: 12 }}
      data-severity={f.severity}
    >
      {f.severity === 'error' ? '⛔ ' : '⚠ '}
      {f.message}
    </Typography.Text>
  );
}

/**
 * A row's warnings folded into one line ("⚠ 2 lưu ý") that opens them: under 366 nearly every row
 * carries the same notes (no task figures yet), and listing them in full buried the errors.
 */
export function WarningsNote({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <Popover
      trigger="click"
      content={
        <div style={{ maxWidth: 420 }}>
          {findings.map((f) => (
            <FindingLine key={f.code + f.message} f={f} />
          ))}
        </div>
      }
    >
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto', fontSize: 12, alignSelf: 'flex-start' }}
        data-severity="warning"
      >
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {TEXTS.warnings(findings.length)}
        </Typography.Text>
      </Button>
    </Popover>
  );
}
