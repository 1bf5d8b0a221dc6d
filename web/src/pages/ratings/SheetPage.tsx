import { LockOutlined, SaveOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  List,
  Segmented,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useSignedIn } from '../../auth/useMe.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LinkButton } from '../../components/LinkButton.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useScreen } from '../../lib/useIsMobile.ts';
import { foldVietnamese } from '../../shared.ts';
import {
  BASE,
  type Level,
  put,
  type Sheet,
  type SheetItem,
  sheetKey,
  useSheet,
  type Verdict,
} from './api.ts';
import { FindingLine, WarningsNote } from './badges.tsx';
import { DisciplineModal } from './DisciplineModal.tsx';
import { ReopenModal } from './ReopenModal.tsx';
import { SelfReviewText } from './SelfReviewText.tsx';
import { bandLabel, totalOf } from './score.ts';
import { type Edit, editable, levelIn, type Mode, rowErrorsOf, scoresOf, verdictsOf } from './sheetState.ts';
import { TasksCell } from './TasksCell.tsx';
import { TEXTS } from './texts.ts';
import './ratings.css';

/** The proposal (cell) and decision (committee) sheet of one org in a round. */
export default function SheetPage() {
  const { id = '', code = '' } = useParams();
  const { data, isPending, error, refetch } = useSheet(id, code);
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isPending) return <PageLoading />;
  return <SheetView key={`${id}/${code}`} sheet={data} />;
}

function modesFor(sheet: Sheet, me: { role: string; orgCode: string | null }): Mode[] {
  if (!sheet.canPropose) return [];
  const decides = me.role === 'admin' || sheet.items.some((x) => x.decider?.code === me.orgCode);
  return decides ? ['proposal', 'decision'] : ['proposal'];
}

function SheetView({ sheet }: { sheet: Sheet }) {
  const me = useSignedIn();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const modes = modesFor(sheet, me);
  const [mode, setMode] = useState<Mode>(
    modes.includes('decision') && me.role !== 'admin' ? 'decision' : 'proposal',
  );
  const [edits, setEdits] = useState(new Map<string, Edit>());
  const [rowErrors, setRowErrors] = useState(new Map<string, string[]>());
  const [top, setTop] = useState<string[] | null>(null);
  const [reopening, setReopening] = useState<SheetItem | null>(null);
  const [disciplining, setDisciplining] = useState<SheetItem | null>(null);
  const [q, setQ] = useState('');
  const scoring = sheet.scale.scoring;
  const { phone } = useScreen();
  const severalCells =
    new Set(sheet.items.filter((x) => x.subject === 'MEMBER').map((x) => x.org.code)).size > 1;
  const cellNames = useMemo(
    () => new Map(sheet.items.filter((x) => x.subject === 'ORG').map((x) => [x.org.code, x.name])),
    [sheet],
  );
  const canWrite = (x: SheetItem) => modes.includes(mode) && editable(mode, x, me, sheet.canPropose);
  const edit = (x: SheetItem, patch: Edit) =>
    setEdits((prev) => new Map(prev).set(x.id, { ...prev.get(x.id), ...patch }));
  const save = useMutation({
    mutationFn: (items: Verdict[]) =>
      put<{ written: number }>(
        `${BASE}/rounds/${sheet.round.id}/${mode === 'proposal' ? 'proposals' : 'decisions'}`,
        {
          items,
        },
      ),
    onSuccess: (r) => {
      message.success(TEXTS.saved(r.written));
      setEdits(new Map());
      setRowErrors(new Map());
      setTop(null);
      qc.invalidateQueries({ queryKey: ['ratings'] });
    },
    onError: (e, sent) => {
      const mapped = rowErrorsOf(e, sent);
      setRowErrors(mapped.rows);
      setTop([TEXTS.saveRefused, ...mapped.top]);
    },
  });
  const onSave = () => {
    const items = verdictsOf(mode, sheet, edits);
    if (items.length === 0) message.info(TEXTS.nothingChanged);
    else save.mutate(items);
  };
  // In the decision mode, taking the cell's proposals as they are is the usual case: one click marks
  // every undecided row with a proposal as changed, so "Lưu" sends them.
  const acceptProposals = () =>
    setEdits((prev) => {
      const next = new Map(prev);
      for (const x of sheet.items)
        if (canWrite(x) && !x.level && x.proposed && !next.has(x.id))
          next.set(x.id, { level: x.proposed.code });
      return next;
    });
  const key = foldVietnamese(q.trim().toLowerCase());
  const rows = sheet.items.filter((x) => !key || foldVietnamese(x.name.toLowerCase()).includes(key));
  const levelOptions = (x: SheetItem) =>
    (x.subject === 'MEMBER' ? sheet.scale.members : sheet.scale.orgs).map((l) => ({
      value: l.code,
      label: l.label,
    }));
  const levelSelect = (x: SheetItem, stage: Mode) => {
    const current = levelIn(stage, x, stage === mode ? edits.get(x.id) : undefined);
    if (stage !== mode || !canWrite(x))
      return stage === 'proposal' ? (x.proposed?.label ?? '—') : (x.level?.label ?? '—');
    return (
      <Select
        size="small"
        value={current}
        placeholder={TEXTS.choose}
        options={levelOptions(x)}
        onChange={(v) => edit(x, { level: v })}
        style={{ width: '100%', minWidth: 190 }}
        aria-label={`${stage === 'proposal' ? TEXTS.colProposed : TEXTS.colDecided}: ${x.name}`}
        status={rowErrors.has(x.id) ? 'error' : undefined}
      />
    );
  };
  const columns: TableColumnsType<SheetItem> = [
    {
      title: TEXTS.colName,
      key: 'name',
      fixed: phone ? undefined : 'left',
      width: 330,
      render: (_, x) => (
        <Flex vertical gap={2}>
          <strong>{x.name}</strong>
          <Flex gap={2} wrap>
            {x.subject === 'ORG' && <Tag color="purple">{TEXTS.orgRow}</Tag>}
            {x.probationary && <Tag color="gold">{TEXTS.probationary}</Tag>}
            {x.exempt && <Tag>{TEXTS.exempt}</Tag>}
            {!x.toBeRated && <Tag>{TEXTS.notRated}</Tag>}
            {sheet.canPropose && !x.locked && (
              <Button
                size="small"
                type="link"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => setDisciplining(x)}
              >
                {TEXTS.discipline}
              </Button>
            )}
          </Flex>
          {(rowErrors.get(x.id) ?? []).map((m) => (
            <FindingLine key={`e:${m}`} f={{ code: 'SAVE', severity: 'error', message: m }} />
          ))}
          {x.findings
            .filter((f) => f.severity === 'error')
            .map((f) => (
              <FindingLine key={f.code + f.message} f={f} />
            ))}
          <WarningsNote findings={x.findings.filter((f) => f.severity === 'warning')} />
        </Flex>
      ),
    },
    // A cell's own sheet names one cell on every row: the column only helps on a committee's sheet.
    ...(severalCells
      ? [
          {
            title: TEXTS.colCell,
            key: 'cell',
            width: 140,
            render: (_: unknown, x: SheetItem) =>
              x.subject === 'MEMBER' ? (cellNames.get(x.org.code) ?? x.org.code) : '',
          },
        ]
      : []),
    {
      title: TEXTS.colSelf,
      key: 'self',
      width: 130,
      render: (_, x) =>
        x.self ? (
          <Flex vertical>
            <span>{x.self.level?.label ?? '—'}</span>
            {x.self.total !== undefined && (
              <Typography.Text type="secondary">{TEXTS.points(x.self.total)}</Typography.Text>
            )}
          </Flex>
        ) : x.subject === 'MEMBER' && x.toBeRated ? (
          <Typography.Text type="secondary">{TEXTS.noSelf}</Typography.Text>
        ) : null,
    },
    ...(scoring
      ? [
          {
            title: TEXTS.colScore,
            key: 'score',
            width: 160,
            render: (_: unknown, x: SheetItem) => (
              <ScoreCell
                x={x}
                levels={x.subject === 'MEMBER' ? sheet.scale.members : sheet.scale.orgs}
                edit={edits.get(x.id)}
                writable={canWrite(x)}
                onEdit={edit}
              />
            ),
          },
          {
            title: TEXTS.colTasks,
            key: 'tasks',
            width: 130,
            render: (_: unknown, x: SheetItem) => (
              <TasksCell x={x} edit={edits.get(x.id)} writable={canWrite(x)} onEdit={edit} />
            ),
          },
        ]
      : []),
    // One level column: the stage being written, with the other stage's level under it.
    {
      title: mode === 'proposal' ? TEXTS.colProposed : TEXTS.colDecided,
      key: 'level',
      width: 250,
      render: (_, x) => (
        <Flex vertical gap={2}>
          <Flex gap={4} align="center">
            {x.locked && (
              <span role="img" aria-label={TEXTS.locked} title={TEXTS.locked}>
                <LockOutlined />
              </span>
            )}
            <div style={{ flex: 1 }}>{levelSelect(x, mode)}</div>
            {x.locked &&
              mode === 'decision' &&
              modes.includes('decision') &&
              (me.role === 'admin' || x.decider?.code === me.orgCode) && (
                <Button size="small" icon={<UnlockOutlined />} onClick={() => setReopening(x)}>
                  {TEXTS.reopen}
                </Button>
              )}
          </Flex>
          {mode === 'proposal' && x.level && (
            <Typography.Text style={{ fontSize: 12 }}>
              {TEXTS.colDecided}: {x.level.label}
            </Typography.Text>
          )}
          {mode === 'decision' && x.proposed && (
            <Typography.Text style={{ fontSize: 12 }}>
              {TEXTS.colProposed}: {x.proposed.label}
            </Typography.Text>
          )}
          {x.decider && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {TEXTS.decider(x.decider.name)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1600, margin: '0 auto' }}>
      <LinkButton
        to={`/xep-loai/${encodeURIComponent(sheet.round.id)}`}
        type="link"
        style={{ alignSelf: 'flex-start', padding: 0 }}
      >
        ← {TEXTS.title} {sheet.round.periodLabel}
      </LinkButton>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {TEXTS.sheetOf(sheet.org.name)}
      </Typography.Title>
      <Typography.Text type="secondary">
        {sheet.round.periodLabel} · {sheet.round.ruleSet.name}
      </Typography.Text>
      {sheet.groupFindings.length > 0 && (
        <Alert
          type={sheet.groupFindings.some((f) => f.severity === 'error') ? 'error' : 'warning'}
          showIcon
          title={sheet.groupFindings.map((f) => <div key={f.message}>{f.message}</div>)}
        />
      )}
      <ProblemAlert messages={top} />
      <Card size="small">
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          {modes.length > 1 && (
            <Segmented<Mode>
              value={mode}
              onChange={(m) => {
                setMode(m);
                setEdits(new Map());
                setRowErrors(new Map());
              }}
              options={[
                { value: 'proposal', label: TEXTS.modePropose },
                { value: 'decision', label: TEXTS.modeDecide },
              ]}
            />
          )}
          <Typography.Text type="secondary" style={{ flex: '1 1 240px' }}>
            {modes.length === 0 ? TEXTS.notEditable : TEXTS.modeHint[mode]}
          </Typography.Text>
          <Input.Search
            allowClear
            placeholder={TEXTS.search}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 220 }}
          />
          {mode === 'decision' && modes.includes('decision') && (
            <Button onClick={acceptProposals}>{TEXTS.acceptProposals}</Button>
          )}
          {modes.length > 0 && (
            <Button type="primary" icon={<SaveOutlined />} onClick={onSave} loading={save.isPending}>
              {TEXTS.save}
              {edits.size > 0 ? ` (${edits.size})` : ''}
            </Button>
          )}
        </Flex>
        {phone ? (
          <RowCards rows={rows} columns={columns} changed={edits} />
        ) : (
          <Table<SheetItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
            scroll={{ x: columns.reduce((n, c) => n + Number(c.width ?? 0), 0) }}
            locale={{ emptyText: TEXTS.emptySheet }}
            rowClassName={(x) => (edits.has(x.id) ? 'rating-row-changed' : '')}
            expandable={{
              rowExpandable: (x) => x.self !== null,
              expandedRowRender: (x) => (x.self ? <SelfReviewText self={x.self} /> : null),
            }}
            onRow={(x) => ({ 'data-row-name': x.name }) as React.HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
      <DisciplineModal
        item={disciplining}
        onClose={() => setDisciplining(null)}
        onDone={() => qc.invalidateQueries({ queryKey: sheetKey(sheet.round.id, sheet.org.code) })}
      />
      <ReopenModal
        item={reopening}
        onClose={() => setReopening(null)}
        onDone={() => qc.invalidateQueries({ queryKey: sheetKey(sheet.round.id, sheet.org.code) })}
      />
    </Flex>
  );
}

function ScoreCell({
  x,
  edit,
  writable,
  onEdit,
  levels,
}: {
  x: SheetItem;
  levels: Level[];
  edit: Edit | undefined;
  writable: boolean;
  onEdit: (x: SheetItem, e: Edit) => void;
}) {
  const s = scoresOf(x, edit);
  const total = totalOf(s.general, s.tasks);
  const band = bandLabel(total, levels);
  return (
    <Flex vertical gap={2}>
      {writable ? (
        <Flex gap={4}>
          <InputNumber
            size="small"
            min={0}
            max={30}
            step={1}
            value={s.general}
            onChange={(v) => onEdit(x, { scoreGeneral: v })}
            aria-label={`${TEXTS.generalShort}: ${x.name}`}
            placeholder="0–30"
            style={{ width: 70 }}
          />
          <InputNumber
            size="small"
            min={0}
            max={70}
            step={1}
            value={s.tasks}
            onChange={(v) => onEdit(x, { scoreTasks: v })}
            aria-label={`${TEXTS.tasksShort}: ${x.name}`}
            placeholder="0–70"
            style={{ width: 70 }}
          />
        </Flex>
      ) : (
        s.general !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {TEXTS.generalShort} {s.general} · {TEXTS.tasksShort} {s.tasks ?? '—'}
          </Typography.Text>
        )
      )}
      {total !== null && (
        <span>
          <strong>{TEXTS.points(total)}</strong>
          {band && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {TEXTS.band(band)}
            </Typography.Text>
          )}
        </span>
      )}
    </Flex>
  );
}

/** Below 768 px each row is a card of the same cells, label above value: a wide table is unusable there. */
function RowCards({
  rows,
  columns,
  changed,
}: {
  rows: SheetItem[];
  columns: TableColumnsType<SheetItem>;
  changed: Map<string, Edit>;
}) {
  const cell = (c: TableColumnsType<SheetItem>[number], x: SheetItem, i: number) =>
    'render' in c && c.render ? (c.render(undefined, x, i) as React.ReactNode) : null;
  return (
    <List
      dataSource={rows}
      locale={{ emptyText: TEXTS.emptySheet }}
      pagination={rows.length > 50 ? { pageSize: 50, size: 'small' } : false}
      renderItem={(x, i) => (
        <Card
          size="small"
          data-row-name={x.name}
          className={changed.has(x.id) ? 'rating-card-changed' : undefined}
          style={{ marginBottom: 8 }}
        >
          <Flex vertical gap={8}>
            {columns.map((c) => (
              <div key={String(c.key)}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.title as React.ReactNode}
                </Typography.Text>
                <div>{cell(c, x, i)}</div>
              </div>
            ))}
            {x.self && (
              <details>
                <summary>{TEXTS.selfCriticism}</summary>
                <SelfReviewText self={x.self} />
              </details>
            )}
          </Flex>
        </Card>
      )}
    />
  );
}
