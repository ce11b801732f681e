import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format';
import type { Completeness } from '../../../../shared/reports/completeness';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { useRoute } from '../../state/route';
import { PeriodBar } from './PeriodBar';
import { currentQuarter, periodOf, useReportsStore } from './reports-store';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '\u2014');

const COLORS = { complete: 'success', stale: 'warning', none: 'default' } as const;

/** 数据完整性 (league): which counties' data for the period has arrived, so a table can be called final. */
export function CompletenessReport({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const openSection = useRoute((s) => s.openSection);
  const state = useReportsStore();
  // The home card always speaks of the current quarter; the report tab of the period chosen.
  const period = compact ? currentQuarter() : periodOf(state);
  const query = useLedgerQuery('reports.completeness', { period }, period);
  const data = query.data;
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const complete = data ? data.units.filter((u) => u.status === 'complete').length : 0;
  const table = (
    <Table<Completeness['units'][number]>
      rowKey="code"
      size="small"
      pagination={false}
      loading={query.loading}
      dataSource={data?.units ?? []}
      data-testid="completeness-table"
      columns={[
        { title: t('reports.unitColumn'), dataIndex: 'name' },
        {
          title: t('reports.completeness.status'),
          key: 'status',
          render: (_v, r) => <Tag color={COLORS[r.status]}>{t(`reports.completeness.state.${r.status}`)}</Tag>,
        },
        {
          title: t('reports.completeness.exported'),
          key: 'exported',
          render: (_v, r) => when(r.lastExportedAt),
        },
        {
          title: t('reports.completeness.imported'),
          key: 'imported',
          render: (_v, r) => when(r.lastImportedAt),
        },
        { title: t('reports.completeness.sequence'), key: 'seq', align: 'right' as const, render: (_v, r) => r.lastSequence ?? '—' },
      ]}
    />
  );
  const summary = data ? (
    <Typography.Paragraph>
      {complete === data.units.length ? (
        t('reports.completeness.allFinal', { to: data.to })
      ) : (
        <>
          {t('reports.completeness.notFinal', { complete, total: data.units.length, to: data.to })}{' '}
          <Typography.Link onClick={() => openSection('exchange')} data-testid="completeness-import">
            {t('reports.completeness.goImport')}
          </Typography.Link>
        </>
      )}
    </Typography.Paragraph>
  ) : null;
  if (compact)
    return (
      <>
        {summary}
        {table}
      </>
    );
  return (
    <>
      <Card className="no-print">
        <PeriodBar units={false} />
      </Card>
      <Card title={t('reports.completeness.title')}>
        {summary}
        {table}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('reports.completeness.help')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
