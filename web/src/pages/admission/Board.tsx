import { WarningOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useScreen } from '../../lib/useIsMobile.ts';
import { type CandidateSummary, STEP_LABELS, STEPS, type Step } from './api.ts';
import { TEXTS } from './texts.ts';

interface Props {
  items: CandidateSummary[];
  onOpen: (id: string) => void;
}

function CandidateCard({ c, onOpen }: { c: CandidateSummary; onOpen: (id: string) => void }) {
  return (
    <Card
      size="small"
      hoverable
      role="button"
      tabIndex={0}
      aria-label={c.fullName}
      onClick={() => onOpen(c.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(c.id);
        }
      }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={4}>
        <Typography.Text strong>{c.fullName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {c.orgName ?? c.orgCode}
        </Typography.Text>
        {c.daysInStep !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {TEXTS.daysInStep(c.daysInStep)}
          </Typography.Text>
        )}
        {c.warnings.map((w) => (
          <Tag
            key={w}
            color="warning"
            icon={<WarningOutlined />}
            style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
          >
            {w}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

/** The pipeline: one column per step with the candidates waiting at it. On a phone the columns stack. */
export function Board({ items, onOpen }: Props) {
  const { phone } = useScreen();
  const byStep = new Map<Step, CandidateSummary[]>(STEPS.map((s) => [s, []]));
  for (const c of items) if (c.currentStep) byStep.get(c.currentStep)?.push(c);
  // On a phone, empty steps take no room.
  const columns = STEPS.filter((s) => !phone || (byStep.get(s)?.length ?? 0) > 0);
  return (
    <section aria-label={TEXTS.board} style={phone ? undefined : { overflowX: 'auto', paddingBottom: 8 }}>
      <Flex vertical={phone} gap={12} align="stretch" style={phone ? undefined : { minWidth: 'max-content' }}>
        {columns.map((step) => {
          const list = byStep.get(step) ?? [];
          return (
            <section
              key={step}
              aria-label={STEP_LABELS[step]}
              data-step={step}
              style={{
                width: phone ? '100%' : 230,
                background: 'rgba(0,0,0,0.03)',
                borderRadius: 8,
                padding: 8,
              }}
            >
              <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                <Typography.Text strong>{STEP_LABELS[step]}</Typography.Text>
                <Badge count={list.length} showZero color={list.length ? '#b71c1c' : '#bfbfbf'} />
              </Flex>
              <Flex vertical gap={8}>
                {list.length ? (
                  list.map((c) => <CandidateCard key={c.id} c={c} onOpen={onOpen} />)
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={TEXTS.boardEmpty} />
                )}
              </Flex>
            </section>
          );
        })}
      </Flex>
    </section>
  );
}
