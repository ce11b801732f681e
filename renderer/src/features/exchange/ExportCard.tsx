import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeOverview, ExportedBundle } from '../../../../shared/bundles/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { saveExport } from '../../api/transfer';

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
