import { InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCREEN_BUNDLE_BYTES, type EntityCounts, type ImportReport } from '../../../../shared/bundles/types';
import { formatDateTime } from '../../../../shared/format';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { fileToBase64 } from '../../api/blobs';
import { rejectionMessage } from './rejection-message';

/** Import: choose the file → read the preview (and confirm a first-time key) → apply. */
export function ImportCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { saving, run } = useMutation();
  const [preview, setPreview] = useState<{ uploadId: string; report: ImportReport } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [keyConfirmed, setKeyConfirmed] = useState(false);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const choose = async (file: File) => {
    setApplied(null);
    setPreview(null);
    setConfirmed(false);
    setKeyConfirmed(false);
    if (file.size > MAX_SCREEN_BUNDLE_BYTES) {
      void message.error(t('exchange.import.tooLarge'));
      return;
    }
    const result = await run(async () => call('bundles.preview', { fileName: file.name, base64: await fileToBase64(file) }));
    if (result) setPreview(result);
  };
  const apply = async () => {
    if (!preview) return;
    const rekey = !!preview.report.keyChange;
    const report = await run(
      () => call('bundles.apply', { uploadId: preview.uploadId, trust: rekey ? keyConfirmed : confirmed, rekey }),
      t('exchange.import.done'),
    );
    if (report) {
      setApplied(report);
      setPreview(null);
      onDone();
    }
  };
  const r = preview?.report ?? applied;
  return (
    <Card title={t('exchange.import.title')}>
      <div data-testid="import-upload">
        <Upload.Dragger
          accept=".zip,application/zip"
          showUploadList={false}
          beforeUpload={(file) => {
            void choose(file);
            return false;
          }}
          disabled={saving}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('exchange.import.choose')}</p>
          <p className="ant-upload-hint">{t('exchange.import.hint')}</p>
        </Upload.Dragger>
      </div>
      {r ? <ReportView report={r} /> : null}
      {preview && preview.report.status !== 'duplicate' ? (
        <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
          {preview.report.firstContact ? (
            <Alert
              type="warning"
              showIcon
              title={t('exchange.import.firstContact', { unit: preview.report.source.unitName })}
              description={
                <Space direction="vertical">
                  <Typography.Text className="mono" strong data-testid="preview-fingerprint">
                    {preview.report.source.fingerprint}
                  </Typography.Text>
                  <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="confirm-fingerprint">
                    {t('exchange.import.confirmFingerprint')}
                  </Checkbox>
                </Space>
              }
            />
          ) : null}
          {preview.report.keyChange ? (
            <Alert
              type="error"
              showIcon
              title={t('exchange.import.keyChange', { unit: preview.report.source.unitName, old: preview.report.keyChange.trustedFingerprint })}
              description={
                <Space direction="vertical">
                  <Typography.Text className="mono" strong data-testid="preview-new-fingerprint">
                    {preview.report.source.fingerprint}
                  </Typography.Text>
                  <Checkbox checked={keyConfirmed} onChange={(e) => setKeyConfirmed(e.target.checked)} data-testid="confirm-key-change">
                    {t('exchange.import.confirmKeyChange')}
                  </Checkbox>
                </Space>
              }
            />
          ) : null}
          <Space>
            <Button
              type="primary"
              loading={saving}
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
