import { Alert, Flex, List, Table, Tag, Typography } from 'antd';
import { useScreen } from '../../lib/useIsMobile.ts';
import type { ImportProblem, ImportReport } from './api.ts';
import { TEXTS } from './texts.ts';

/** Counts per sheet, conversions, and every problem with where it is. */
export function ReportView({ report }: { report: ImportReport }) {
  const { phone } = useScreen();
  const nothing = report.ok && report.sheets.every((s) => !s.created && !s.updated);
  return (
    <Flex vertical gap={12}>
      {report.ok ? (
        <Alert
          type={nothing ? 'info' : 'success'}
          showIcon
          title={
            nothing ? TEXTS.nothing : report.warningCount ? TEXTS.okWarnings(report.warningCount) : TEXTS.ok
          }
        />
      ) : (
        <Alert type="error" showIcon title={TEXTS.refused(report.errorCount)} />
      )}
      {report.conversions.map((c) => (
        <Alert
          key={`${c.sheet}-${c.encoding}`}
          type="warning"
          showIcon
          title={TEXTS.conversion(c.cells, c.sheet, c.encoding, c.example.from, c.example.to)}
        />
      ))}
      <Table
        size="small"
        rowKey="sheet"
        pagination={false}
        scroll={{ x: true }}
        dataSource={report.sheets}
        columns={[
          { title: TEXTS.sheet, dataIndex: 'sheet', render: sheetName },
          { title: TEXTS.rows, dataIndex: 'rows', align: 'right' },
          { title: TEXTS.created, dataIndex: 'created', align: 'right' },
          { title: TEXTS.updated, dataIndex: 'updated', align: 'right' },
          { title: TEXTS.unchanged, dataIndex: 'unchanged', align: 'right' },
          { title: TEXTS.errors, dataIndex: 'errors', align: 'right' },
          { title: TEXTS.warnings, dataIndex: 'warnings', align: 'right' },
        ]}
      />
      <Typography.Text type="secondary">
        {TEXTS.events(report.events.added, report.events.existing)}
      </Typography.Text>
      {report.problems.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {TEXTS.problems}
          </Typography.Title>
          {phone ? (
            <List<ImportProblem>
              size="small"
              dataSource={report.problems}
              pagination={{ pageSize: 10, simple: true, hideOnSinglePage: true }}
              renderItem={(p) => (
                <List.Item>
                  <Flex vertical gap={2}>
                    <Flex gap={6} wrap align="center">
                      <SeverityTag severity={p.severity} />
                      <Typography.Text strong>{whereOf(p)}</Typography.Text>
                    </Flex>
                    {p.value && <Typography.Text type="secondary">{`"${p.value}"`}</Typography.Text>}
                    <Typography.Text>{p.message}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Table<ImportProblem>
              size="small"
              rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.message}`}
              dataSource={report.problems}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: 720 }}
              columns={[
                {
                  title: TEXTS.severity,
                  dataIndex: 'severity',
                  width: 90,
                  render: (s: string) =>
                    s === 'error' ? (
                      <Tag color="error">{TEXTS.error}</Tag>
                    ) : (
                      <Tag color="warning">{TEXTS.warning}</Tag>
                    ),
                },
                { title: TEXTS.sheet, dataIndex: 'sheet', width: 100 },
                { title: TEXTS.row, dataIndex: 'row', width: 60 },
                { title: TEXTS.column, dataIndex: 'column', width: 150 },
                { title: TEXTS.value, dataIndex: 'value', width: 140, ellipsis: true },
                { title: TEXTS.message, dataIndex: 'message' },
              ]}
            />
          )}
        </>
      )}
    </Flex>
  );
}

function SeverityTag({ severity }: { severity: ImportProblem['severity'] }) {
  return severity === 'error' ? (
    <Tag color="error">{TEXTS.error}</Tag>
  ) : (
    <Tag color="warning">{TEXTS.warning}</Tag>
  );
}

const whereOf = (p: ImportProblem) =>
  [p.sheet, p.row !== null && `${TEXTS.row.toLowerCase()} ${p.row}`, p.column].filter(Boolean).join(' · ');

/** "XepLoai (xếp loại chất lượng)": the sheet's name as in the file, with what it holds. */
function sheetName(sheet: string): string {
  const title = TEXTS.sheetTitles.find(([name]) => sheet.toLowerCase().startsWith(name.toLowerCase()))?.[1];
  return title ? `${sheet} (${title})` : sheet;
}
