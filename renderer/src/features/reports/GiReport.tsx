import { Card, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { GI_COLUMNS, type GiColumn, type GiCounts } from '../../../../shared/reports/record-drill';
import { USER_STATUSES } from '../../../../shared/gi/vocabulary';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { PrintButton } from '../../components/PrintButton';
import { QueryError } from '../../components/QueryError';
import { useDrillDrawer } from '../../components/DrillDrawer';
import { ExportButton } from './ExportButton';
import { NumberLink } from './NumberLink';
import { sheetOf, type ExportColumn } from './use-table-export';
import { ReportSheet, ReportTable } from './ReportSheet';
import { PeriodBar, usePeriodLabel, useReportingUnit } from './PeriodBar';
import { periodOf, useReportsStore } from './reports-store';

type Row = { key: string; label: string; counts: GiCounts; giId?: string; county?: string };

const STATUS_COLUMNS = USER_STATUSES as readonly GiColumn[];
const PERIOD_COLUMNS = GI_COLUMNS.filter((c) => !STATUS_COLUMNS.includes(c));

/** 地理标志统计: users per GI and status, new approvals, use reports and inspections — by GI and by county. */
export function GiReport() {
  const { t } = useTranslation();
  const state = useReportsStore();
  const period = periodOf(state);
  const { unit } = state;
  const periodLabel = usePeriodLabel();
  const drawer = useDrillDrawer();
  const query = useLedgerQuery('reports.gi', { period, unit }, `${period}:${unit ?? ''}`);
  const stats = query.data;
  const reportingUnit = useReportingUnit(stats?.unit);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const columns = (testPrefix: string): ColumnsType<Row> => [
    {
      title: t('reports.gi.statusGroup'),
      children: STATUS_COLUMNS.map((c) => column(c, testPrefix)),
    },
    {
      title: t('reports.gi.periodGroup'),
      children: PERIOD_COLUMNS.map((c) => column(c, testPrefix)),
    },
  ];
  const column = (c: GiColumn, testPrefix: string) => ({
    title: t(`reports.gi.column.${c}`),
    key: c,
    align: 'right' as const,
    render: (_v: unknown, r: Row) => (
      <NumberLink
        value={r.counts[c]}
        testId={`${testPrefix}-${r.key}-${c}`}
        onOpen={() =>
          drawer.open(
            { report: 'gi', period, unit, giId: r.giId, county: r.county, column: c },
            [periodLabel, stats?.unit.name ?? '', r.label, t(`reports.gi.column.${c}`)].join(' · '),
          )
        }
      />
    ),
  });
  const giRows: Row[] = stats
    ? [
        ...stats.byGi.map((g) => ({ key: g.giId, label: g.name, counts: g.counts, giId: g.giId })),
        { key: 'total', label: t('reports.total'), counts: stats.total },
      ]
    : [];
  const unitRows: Row[] = stats ? stats.byUnit.map((u) => ({ key: u.code, label: u.name, counts: u.counts, county: u.code })) : [];
  const title = t('reports.gi.title');
  const meta = [t('reports.unit', { name: reportingUnit }), t('reports.period', { from: stats?.from ?? '', to: stats?.to ?? '' })];
  const countColumns: ExportColumn<Row>[] = GI_COLUMNS.map((c) => ({
    label: t(`reports.gi.column.${c}`),
    group: STATUS_COLUMNS.includes(c) ? t('reports.gi.statusGroup') : t('reports.gi.periodGroup'),
    format: 'int',
    value: (r) => r.counts[c],
  }));
  const sheets = () => [
    sheetOf(
      { name: t('reports.sheet.byGi'), title, meta, footnote: t('reports.gi.footnote'), totalRow: true },
      [{ label: t('reports.gi.name'), format: 'text', value: (r: Row) => r.label }, ...countColumns],
      giRows,
    ),
    ...(unitRows.length
      ? [
          sheetOf(
            { name: t('reports.sheet.byUnit'), title, meta },
            [{ label: t('reports.unitColumn'), format: 'text', value: (r: Row) => r.label }, ...countColumns],
            unitRows,
          ),
        ]
      : []),
  ];
  return (
    <>
      <Card className="no-print">
        <PeriodBar>
          <ExportButton fileName={[title, reportingUnit, periodLabel].join('-')} sheets={sheets} disabled={!stats} />
          <PrintButton label={t('reports.print')} pdfName={[t('reports.gi.title'), stats?.unit.name ?? '', periodLabel].join('-')} />
        </PeriodBar>
      </Card>
      <ReportSheet title={title} meta={meta} footnote={t('reports.gi.footnote')}>
        <ReportTable<Row>
          loading={query.loading}
          dataSource={giRows}
          locale={{ emptyText: t('reports.gi.empty') }}
          columns={[{ title: t('reports.gi.name'), dataIndex: 'label', width: 180 }, ...columns('gi')]}
          data-testid="gi-stats-table"
        />
        {unitRows.length ? (
          <>
            <Typography.Title level={5}>{t('reports.byUnit')}</Typography.Title>
            <ReportTable<Row>
              dataSource={unitRows}
              columns={[{ title: t('reports.unitColumn'), dataIndex: 'label', width: 180 }, ...columns('gi-unit')]}
              data-testid="gi-stats-units"
            />
          </>
        ) : null}
      </ReportSheet>
    </>
  );
}
