import { Button, Flex, InputNumber, Popover, Typography } from 'antd';
import type { SheetItem, TaskFacts } from './api.ts';
import type { Edit } from './sheetState.ts';
import { TEXTS } from './texts.ts';

const KEYS = ['assigned', 'completed', 'onTime', 'exceeded'] as const;
const EMPTY: TaskFacts = { assigned: 0, completed: 0, onTime: 0, exceeded: 0 };

/**
 * Quy định 366's task figures for a row (tasks given, done, done on time, exceeded): what each level's
 * extra conditions are stated in. Summarised in the cell; edited in a small popover so the sheet stays
 * narrow.
 */
export function TasksCell({
  x,
  edit,
  writable,
  onEdit,
}: {
  x: SheetItem;
  edit: Edit | undefined;
  writable: boolean;
  onEdit: (x: SheetItem, e: Edit) => void;
}) {
  const facts = edit?.tasks ?? x.taskFacts;
  const summary = facts ? TEXTS.tasksSummary(facts) : TEXTS.tasksNone;
  if (!writable)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {facts ? summary : ''}
      </Typography.Text>
    );
  const editor = (
    <Flex vertical gap={6} style={{ width: 220 }}>
      {KEYS.map((k) => (
        <Flex key={k} justify="space-between" align="center" gap={8}>
          <label htmlFor={`tasks-${x.id}-${k}`} style={{ fontSize: 13 }}>
            {TEXTS.taskFields[k]}
          </label>
          <InputNumber
            id={`tasks-${x.id}-${k}`}
            size="small"
            min={0}
            max={100000}
            step={1}
            precision={0}
            value={facts?.[k] ?? null}
            onChange={(v) => onEdit(x, { tasks: { ...EMPTY, ...facts, [k]: v ?? 0 } })}
            style={{ width: 80 }}
          />
        </Flex>
      ))}
    </Flex>
  );
  return (
    <Popover trigger="click" title={TEXTS.tasksTitle(x.name)} content={editor}>
      <Button
        size="small"
        type="link"
        style={{ padding: 0, height: 'auto', fontSize: 12, whiteSpace: 'normal', textAlign: 'left' }}
      >
        {summary}
      </Button>
    </Popover>
  );
}
