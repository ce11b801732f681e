import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Divider, Form, Table, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeOverview, ExportBatch, ExportedBundle } from '../../../../shared/bundles/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { saveExport } from '../../api/transfer';
import { errorMessage } from '../../api/error-message';
import { LedgerCallError } from '../../api/client';

/** Export: a county to its league (the default), the league to one county. */
export function ExportCard({ overview, onDone }: { overview: ExchangeOverview | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const { saving, run } = useMutation();
  const [to, setTo] = useState<string | undefined>();
  const [full, setFull] = useState(false);
  const [last, setLast] = useState<(ExportedBundle & { savedTo: string | null }) | null>(null);
  const league = overview?.role === 'league';
  /** Electron asks where to save (a USB stick directly); the browser preview downloads it. */
  const save = async (exported: ExportedBundle) => {
    const saved = await run(() => saveExport(exported));
    setLast({ ...exported, savedTo: saved?.path ?? null });
  };
  const submit = async () => {
    const result = await run(
      () => call('bundles.export', { to: league ? to : undefined, full }),
      (r) => t('exchange.export.done', { sequence: r.sequence, changes: r.changes }),
    );
    if (!result) return;
    setLast({ ...result, savedTo: null });
    onDone();
    await save(result);
  };
  return (
    <Card title={t('exchange.export.title')}>
      <Typography.Paragraph type="secondary">
        {league ? t('exchange.export.leagueHelp') : t('exchange.export.countyHelp', { league: overview?.partners[0]?.name ?? '' })}
      </Typography.Paragraph>
      <Form layout="vertical">
        {league ? (
          <Form.Item label={t('exchange.export.to')} required>
            <PinyinSelect
              value={to}
              onChange={setTo}
              options={(overview?.partners ?? []).map((p) => ({ value: p.unitCode, label: p.name }))}
              placeholder={t('exchange.export.choose')}
              data-testid="export-to"
            />
          </Form.Item>
        ) : null}
        <Form.Item extra={t('exchange.export.fullHelp')}>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
            {t('exchange.export.full')}
          </Checkbox>
        </Form.Item>
        <Button type="primary" icon={<ExportOutlined />} loading={saving} disabled={league && !to} onClick={() => void submit()} data-testid="export-run">
          {t('exchange.export.run')}
        </Button>
      </Form>
      {last ? (
        <div style={{ marginTop: 12 }} data-testid="export-result">
          <Typography.Paragraph>{t('exchange.export.result', { file: last.fileName, sequence: last.sequence, changes: last.changes })}</Typography.Paragraph>
          {last.savedTo ? <Typography.Paragraph>{t('exchange.export.savedTo', { path: last.savedTo })}</Typography.Paragraph> : null}
          <Typography.Paragraph type="secondary">
            {t('exchange.export.keptAt')} <Typography.Text copyable>{last.savedPath}</Typography.Text>
          </Typography.Paragraph>
          <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void save(last)} data-testid="export-save-again">
            {t('exchange.export.saveAgain')}
          </Button>
        </div>
      ) : null}
      {league ? <BatchExport overview={overview} full={full} onDone={onDone} /> : null}
      {last && last.restamped > 0 ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('exchange.export.restamped', { count: last.restamped, days: last.restampedDays })}
          data-testid="export-restamped"
        />
      ) : null}
    </Card>
  );
}

type Batch = ExportBatch['bundles'][number] & { savedTo?: string | null };

/** The league: one bundle per county for all its counties (or the ones ticked) in one action, then a summary. */
function BatchExport({ overview, full, onDone }: { overview: ExchangeOverview | undefined; full: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const { saving, run } = useMutation();
  const partners = overview?.partners ?? [];
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? partners.map((p) => p.unitCode);
  const [batch, setBatch] = useState<{ bundles: Batch[]; failed: ExportBatch['failed'] } | null>(null);
  const submit = async () => {
    const result = await run(() => call('bundles.exportMany', { to: selected, full }));
    if (!result) return;
    setBatch(result);
    onDone();
  };
  const saveOne = async (b: Batch) => {
    const saved = await run(() => saveExport(b));
    if (saved) setBatch((cur) => (cur ? { ...cur, bundles: cur.bundles.map((x) => (x.to === b.to ? { ...x, savedTo: saved.path } : x)) } : cur));
  };
  const failure = (f: ExportBatch['failed'][number]) => errorMessage(t, new LedgerCallError('validation', f.problem, f.params));
  return (
    <div data-testid="export-batch">
      <Divider />
      <Typography.Title level={5}>{t('exchange.batch.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('exchange.batch.help')}</Typography.Paragraph>
      <Checkbox.Group
        value={selected}
        onChange={(v) => setChosen(v as string[])}
        options={partners.map((p) => ({ value: p.unitCode, label: p.name }))}
        data-testid="export-batch-units"
      />
      <div style={{ marginTop: 12 }}>
        <Button icon={<ExportOutlined />} loading={saving} disabled={selected.length === 0} onClick={() => void submit()} data-testid="export-batch-run">
          {selected.length === partners.length ? t('exchange.batch.runAll', { count: selected.length }) : t('exchange.batch.run', { count: selected.length })}
        </Button>
      </div>
      {batch ? (
        <div style={{ marginTop: 12 }} data-testid="export-batch-result">
          <Alert
            type={batch.failed.length ? 'warning' : 'success'}
            showIcon
            title={t('exchange.batch.summary', {
              count: batch.bundles.length,
              changes: batch.bundles.reduce((n, b) => n + b.changes, 0),
            })}
            description={batch.bundles[0] ? t('exchange.batch.keptAt', { dir: batch.bundles[0].savedPath.replace(/[\\/][^\\/]*$/, '') }) : undefined}
          />
          <Table<Batch>
            style={{ marginTop: 8 }}
            size="small"
            rowKey="to"
            pagination={false}
            dataSource={batch.bundles}
            columns={[
              { title: t('exchange.export.to'), dataIndex: 'toName' },
              { title: t('exchange.batch.sequence'), key: 'seq', width: 90, render: (_v, b) => t('exchange.batch.sequenceValue', { sequence: b.sequence }) },
              { title: t('exchange.batch.changes'), dataIndex: 'changes', width: 80 },
              {
                title: '',
                key: 'save',
                width: 120,
                render: (_v, b) =>
                  b.savedTo !== undefined ? (
                    <Typography.Text type="success">{t('exchange.batch.saved')}</Typography.Text>
                  ) : (
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void saveOne(b)} data-testid={`export-batch-save-${b.to}`}>
                      {t('exchange.batch.save')}
                    </Button>
                  ),
              },
            ]}
          />
          {batch.failed.map((f) => (
            <Alert key={f.to} style={{ marginTop: 8 }} type="error" showIcon title={t('exchange.batch.failed', { unit: f.toName, reason: failure(f) })} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
