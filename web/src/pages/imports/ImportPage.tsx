import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Modal, Result, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { LinkButton } from '../../components/LinkButton.tsx';
import { downloadAnnotated, type ImportReport, sendImport } from './api.ts';
import { ReportView } from './ReportView.tsx';
import { TEXTS } from './texts.ts';

/** Upload → the validation report → confirm; the same files go up again on confirm (all-or-nothing). */
export default function ImportPage() {
  const me = useSignedIn();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | 'annotated' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const writer = can.writeMembers(me);

  const run = async (what: 'check' | 'import' | 'annotated') => {
    setBusy(what);
    setError(null);
    try {
      if (what === 'annotated') await downloadAnnotated(files);
      else if (what === 'check') setReport(await sendImport(files, true));
      else {
        const r = await sendImport(files, false);
        if (r.ok) {
          setDone(r);
          await queryClient.invalidateQueries();
        } else setReport(r);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const reset = () => {
    setFiles([]);
    setReport(null);
    setDone(null);
    setError(null);
  };
  const step = done ? 2 : report ? 1 : 0;

  return (
    <Flex vertical gap={12}>
      <Flex vertical>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {TEXTS.title}
        </Typography.Title>
        <Typography.Text type="secondary">{TEXTS.subtitle}</Typography.Text>
      </Flex>
      {writer && (
        <Card size="small">
          <Flex vertical gap={16}>
            <Steps
              size="small"
              current={step}
              items={[{ title: TEXTS.stepChoose }, { title: TEXTS.stepCheck }, { title: TEXTS.stepDone }]}
            />
            {error && <Alert type="error" showIcon title={error} />}
            {step === 0 && (
              <>
                <Flex gap={8} wrap align="center">
                  <Button icon={<DownloadOutlined />} href="/api/v1/imports/template">
                    {TEXTS.template}
                  </Button>
                  <Typography.Text type="secondary">{TEXTS.templateHint}</Typography.Text>
                </Flex>
                <Upload.Dragger
                  multiple
                  accept=".xlsx,.csv"
                  fileList={files.map((f, i) => ({ uid: String(i), name: f.name, status: 'done' as const }))}
                  beforeUpload={(_, list) => {
                    setFiles(list as unknown as File[]);
                    return false;
                  }}
                  onRemove={(f) => setFiles(files.filter((_, i) => String(i) !== f.uid))}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{TEXTS.drop}</p>
                  <p className="ant-upload-hint">{TEXTS.dropHint}</p>
                </Upload.Dragger>
                <div>
                  <Button
                    type="primary"
                    disabled={!files.length}
                    loading={busy === 'check'}
                    onClick={() => run('check')}
                  >
                    {busy === 'check' ? TEXTS.checking : TEXTS.check}
                  </Button>
                </div>
              </>
            )}
            {step === 1 && report && (
              <>
                <ReportView report={report} />
                <Flex gap={8} wrap>
                  <Button
                    type="primary"
                    disabled={!report.ok || report.sheets.every((s) => !s.created && !s.updated)}
                    loading={busy === 'import'}
                    onClick={() =>
                      Modal.confirm({
                        title: TEXTS.confirmTitle,
                        content: TEXTS.confirmBody,
                        okText: TEXTS.confirm,
                        onOk: () => run('import'),
                      })
                    }
                  >
                    {busy === 'import' ? TEXTS.importing : TEXTS.confirm}
                  </Button>
                  {report.problems.length > 0 && (
                    <Button
                      icon={<DownloadOutlined />}
                      loading={busy === 'annotated'}
                      onClick={() => run('annotated')}
                    >
                      {TEXTS.annotated}
                    </Button>
                  )}
                  <Button onClick={reset}>{TEXTS.again}</Button>
                </Flex>
              </>
            )}
            {done && (
              <Result
                status="success"
                title={TEXTS.doneTitle}
                subTitle={TEXTS.doneBody(
                  done.sheets.find((s) => s.sheet.startsWith('DangVien'))?.created ?? 0,
                  done.events.added,
                  done.sheets.find((s) => s.sheet.startsWith('XepLoai'))?.created ?? 0,
                )}
                extra={[
                  <LinkButton key="members" to="/members" type="primary">
                    {TEXTS.toMembers}
                  </LinkButton>,
                  <Button key="again" onClick={reset}>
                    {TEXTS.again}
                  </Button>,
                ]}
              />
            )}
          </Flex>
        </Card>
      )}
      <Card size="small" title={TEXTS.exportTitle}>
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Button icon={<DownloadOutlined />} href="/api/v1/exports/roll.xlsx">
              {TEXTS.exportRoll}
            </Button>
            <Typography.Text type="secondary">{TEXTS.exportRollHint}</Typography.Text>
          </Flex>
          {writer && (
            <Flex gap={8} wrap align="center">
              <Button icon={<DownloadOutlined />} href="/api/v1/exports/installation.xlsx">
                {TEXTS.exportInstallation}
              </Button>
              <Typography.Text type="secondary">{TEXTS.exportInstallationHint}</Typography.Text>
            </Flex>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
