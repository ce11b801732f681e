import { InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Progress, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityCounts, ImportReport } from '../../../../shared/bundles/types';
import { formatDateTime } from '../../../../shared/format';
import { call, transportName } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { pickBundle, stageFile } from '../../api/transfer';
import { rejectionMessage } from './rejection-message';

/** Import: choose the file → read the preview (and confirm a first-time key) → apply. */
export function ImportCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [preview, setPreview] = useState<{ uploadId: string; fileName: string; report: ImportReport } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [keyConfirmed, setKeyConfirmed] = useState(false);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  /** Why the last file was refused: stays on screen until another file is chosen. */
  const [refusal, setRefusal] = useState<{ file: string; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** A call whose refusal is shown as the result panel, not a passing toast. */
  const attempt = async <T,>(file: string, action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      setRefusal({ file, reason: errorMessage(t, error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  /** While a file travels to the ledger: how far, and how to stop it. */
  const [upload, setUpload] = useState<{ name: string; fraction: number; abort: AbortController } | null>(null);
  const reset = () => {
    setRefusal(null);
    setApplied(null);
    setPreview(null);
    setConfirmed(false);
    setKeyConfirmed(false);
  };
  const previewStaged = async (uploadId: string, fileName: string) => {
    const result = await attempt(fileName, () => call('bundles.preview', { uploadId, fileName }));
    if (result) setPreview({ ...result, fileName });
  };
  /** A dropped or picked file (any size: it is streamed, not read into a call). */
  const choose = async (file: File) => {
    reset();
    const abort = new AbortController();
    setUpload({ name: file.name, fraction: 0, abort });
    try {
      const uploadId = await stageFile(file, { signal: abort.signal, onProgress: (fraction) => setUpload((u) => (u ? { ...u, fraction } : u)) });
      setUpload(null);
      await previewStaged(uploadId, file.name);
    } catch (error) {
      setUpload(null);
      if (!(error instanceof DOMException && error.name === 'AbortError')) setRefusal({ file: file.name, reason: errorMessage(t, error) });
    }
  };
  /** Electron: the native open dialog (a USB stick chosen directly); the file is copied into the data folder. */
  const pick = async () => {
    reset();
    const picked = await attempt('', () => pickBundle());
    if (picked) await previewStaged(picked.uploadId, picked.fileName);
  };
  const apply = async () => {
    if (!preview) return;
    const rekey = !!preview.report.keyChange;
    const report = await attempt(preview.fileName, () => call('bundles.apply', { uploadId: preview.uploadId, trust: rekey ? keyConfirmed : confirmed, rekey }));
    if (!report) setPreview(null);
    else {
      void message.success(t('exchange.import.done'));
      setApplied(report);
      setPreview(null);
      onDone();
    }
  };
  const r = preview?.report ?? applied;
  const desktop = transportName() === 'electron';
  return (
    <Card title={t('exchange.import.title')}>
      <div data-testid="import-upload" onClick={desktop && !upload && !busy ? () => void pick() : undefined}>
        <Upload.Dragger
          accept=".zip,application/zip"
          showUploadList={false}
          // In Electron a click opens the native dialog (no size limit, no bytes through the page); a drop still works.
          openFileDialogOnClick={!desktop}
          beforeUpload={(file) => {
            void choose(file);
            return false;
          }}
          disabled={busy || upload !== null}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('exchange.import.choose')}</p>
          <p className="ant-upload-hint">{t('exchange.import.hint')}</p>
        </Upload.Dragger>
      </div>
      {upload ? (
        <Space style={{ marginTop: 12, width: '100%' }} data-testid="import-progress">
          <Typography.Text>{t('exchange.import.uploading', { name: upload.name })}</Typography.Text>
          <Progress percent={Math.floor(upload.fraction * 100)} size="small" style={{ width: 220 }} />
          <Button size="small" onClick={() => upload.abort.abort()} data-testid="import-cancel">
            {t('cases.form.cancel')}
          </Button>
        </Space>
      ) : null}
      {refusal ? (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          title={refusal.file ? t('exchange.import.refusedTitle', { file: refusal.file }) : t('exchange.import.refusedTitleNoFile')}
          description={<span data-testid="import-refused-reason">{refusal.reason}</span>}
          data-testid="import-refused"
        />
      ) : null}
      {r ? <ReportView report={r} /> : null}
      {preview && preview.report.status !== 'duplicate' ? (
        <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
          {preview.report.firstContact ? (
            <FingerprintCheck
              tone="warning"
              title={t('exchange.import.firstContact', { unit: preview.report.source.unitName })}
              fingerprint={preview.report.source.fingerprint}
              confirm={t('exchange.import.confirmFingerprint')}
              checked={confirmed}
              onChange={setConfirmed}
              testIds={['preview-fingerprint', 'confirm-fingerprint']}
            />
          ) : null}
          {preview.report.keyChange ? (
            <FingerprintCheck
              tone="error"
              title={t('exchange.import.keyChange', { unit: preview.report.source.unitName, old: preview.report.keyChange.trustedFingerprint })}
              fingerprint={preview.report.source.fingerprint}
              confirm={t('exchange.import.confirmKeyChange')}
              checked={keyConfirmed}
              onChange={setKeyConfirmed}
              testIds={['preview-new-fingerprint', 'confirm-key-change']}
            />
          ) : null}
          <Space>
            <Button
              type="primary"
              loading={busy}
              disabled={(preview.report.firstContact && !confirmed) || (!!preview.report.keyChange && !keyConfirmed)}
              onClick={() => void apply()}
              data-testid="import-apply"
            >
              {t('exchange.import.apply')}
            </Button>
            <Button onClick={() => setPreview(null)}>{t('cases.form.cancel')}</Button>
          </Space>
        </Space>
      ) : null}
    </Card>
  );
}

/** A key fingerprint to read out over the phone, and the box the supervisor ticks once it matched. */
function FingerprintCheck(props: {
  tone: 'warning' | 'error';
  title: string;
  fingerprint: string;
  confirm: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testIds: [string, string];
}) {
  return (
    <Alert
      type={props.tone}
      showIcon
      title={props.title}
      description={
        <Space direction="vertical">
          <Typography.Text className="mono" strong data-testid={props.testIds[0]}>
            {props.fingerprint}
          </Typography.Text>
          <Checkbox checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} data-testid={props.testIds[1]}>
            {props.confirm}
          </Checkbox>
        </Space>
      }
    />
  );
}

function ReportView({ report: r }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rows = Object.entries(r.entities).map(([entity, c]) => ({ entity, ...c }));
  const rejected = rows.reduce((n, x) => n + x.rejected, 0);
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 16 }} data-testid="import-report">
      {r.status === 'duplicate' ? (
        <Alert type="info" showIcon title={t('exchange.import.duplicate', { at: formatDateTime(r.importedAt ?? '') })} data-testid="import-duplicate" />
      ) : null}
      {r.status === 'applied' ? (
        <Alert type="success" showIcon title={t('exchange.import.appliedTitle', { unit: r.source.unitName, sequence: r.sequence })} />
      ) : null}
      {r.gap ? (
        <Alert
          type="warning"
          showIcon
          title={t('exchange.import.gap', {
            range: r.gap.expected === r.gap.got - 1 ? r.gap.expected : `${r.gap.expected}–${r.gap.got - 1}`,
            unit: r.source.unitName,
          })}
        />
      ) : null}
      {r.futureDriftMs ? <Alert type="warning" showIcon title={t('exchange.import.drift', { minutes: Math.round(r.futureDriftMs / 60_000) })} /> : null}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('exchange.history.from')}>{`${r.source.unitName} (${r.source.unitCode})`}</Descriptions.Item>
        <Descriptions.Item label={t('exchange.history.sequence')}>{r.sequence}</Descriptions.Item>
        <Descriptions.Item label={t('exchange.import.created')}>{formatDateTime(r.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('exchange.history.fingerprint')}>
          <Typography.Text className="mono">{r.source.fingerprint}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {rows.length ? <Typography.Text type="secondary">{t('exchange.import.countsHelp')}</Typography.Text> : null}
      {rows.length ? (
        <Table<{ entity: string } & EntityCounts>
          rowKey="entity"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="preview-table"
          columns={[
            { title: t('exchange.import.entity'), key: 'entity', render: (_v, x) => t(`entities.${x.entity}`, { defaultValue: x.entity }) },
            { title: t('exchange.import.new'), dataIndex: 'new' },
            { title: t('exchange.import.updated'), dataIndex: 'updated' },
            { title: t('exchange.import.unchanged'), dataIndex: 'unchanged' },
            { title: t('exchange.import.changes'), dataIndex: 'changes' },
            { title: t('exchange.import.rejected'), dataIndex: 'rejected' },
            { title: t('exchange.import.conflicts'), dataIndex: 'conflicts' },
          ]}
        />
      ) : null}
      {rejected ? (
        <Alert
          type="error"
          showIcon
          data-testid="import-rejected"
          title={t('exchange.import.rejectedTitle', { count: rejected })}
          description={
            <ul className="rejection-list">
              {r.rejected.slice(0, 10).map((x, i) => (
                <li key={`${x.rowId}-${i}`}>{rejectionMessage(t, x)}</li>
              ))}
              {rejected > 10 ? <li>{t('exchange.import.rejectedMore', { count: rejected - 10 })}</li> : null}
            </ul>
          }
        />
      ) : null}
    </Space>
  );
}
