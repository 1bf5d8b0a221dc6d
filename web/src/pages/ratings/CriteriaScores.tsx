import { Flex, Form, type FormInstance, InputNumber, Typography } from 'antd';
import type { Criterion, Level } from './api.ts';
import { bandLabel, totalOf } from './score.ts';
import { TEXTS } from './texts.ts';

const sum = (list: readonly Criterion[], scores: Record<string, number | null> | undefined) =>
  list.every((c) => typeof scores?.[c.code] === 'number')
    ? Math.round(list.reduce((n, c) => n + (scores?.[c.code] ?? 0), 0) * 100) / 100
    : null;

/**
 * Quy định 366's two groups of criteria, one number per criterion, with the group subtotals, the
 * total and the level its band reaches, kept live as the member types (phone first: one column).
 */
export function CriteriaScores({
  form,
  criteria,
  scale,
}: {
  form: FormInstance;
  criteria: { general: Criterion[]; tasks: Criterion[] };
  scale: readonly Level[];
}) {
  const scores = Form.useWatch('scores', form) as Record<string, number | null> | undefined;
  const general = sum(criteria.general, scores);
  const tasks = sum(criteria.tasks, scores);
  const total = totalOf(general, tasks);
  const group = (title: string, list: Criterion[], subtotal: number | null, max: number) => (
    <fieldset className="rating-criteria-group">
      <legend>
        {title}: <strong>{subtotal === null ? '—' : TEXTS.ofTotal(subtotal, max)}</strong>
      </legend>
      {list.map((c) => (
        <Form.Item
          key={c.code}
          name={['scores', c.code]}
          label={TEXTS.criterion(c.label, c.maxPoints)}
          rules={[{ required: true, message: TEXTS.scoreRequired }]}
          style={{ marginBottom: 8 }}
        >
          <InputNumber min={0} max={c.maxPoints} step={1} inputMode="decimal" style={{ width: '100%' }} />
        </Form.Item>
      ))}
    </fieldset>
  );
  return (
    <Flex vertical gap={8}>
      {group(TEXTS.generalGroup, criteria.general, general, 30)}
      {group(TEXTS.tasksGroup, criteria.tasks, tasks, 70)}
      <div aria-live="polite">
        {TEXTS.total}: <strong>{total === null ? '—' : TEXTS.points(total)}</strong>
        {bandLabel(total, scale) && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {TEXTS.band(bandLabel(total, scale) ?? '')}
          </Typography.Text>
        )}
      </div>
    </Flex>
  );
}
