import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_COLUMNS, type TaskCounts } from '../../../../shared/reports/record-drill';
import type { IndicatorTable } from '../../../../shared/plans/types';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { PrintButton } from '../../components/PrintButton';
import { QueryError } from '../../components/QueryError';
import { useDrillDrawer } from '../../components/DrillDrawer';
import { ExportButton } from './ExportButton';
import { NumberLink } from './NumberLink';
import { sheetOf } from './use-table-export';
import { ReportSheet, ReportTable } from './ReportSheet';
import { PeriodBar, useReportingUnit } from './PeriodBar';
import { useReportsStore } from './reports-store';

type Row = { key: string; label: string; counts: TaskCounts; county?: string };

/** 任务与指标: completion of the year's tasks by county, and indicator targets against values. */
export function TasksReport() {
  const { t } = useTranslation();
  const { year, unit } = useReportsStore();
  const drawer = useDrillDrawer();
  const query = useLedgerQuery('reports.tasks', { year, unit }, `${year}:${unit ?? ''}`);
  const indicators = useLedgerQuery('indicators.table', { year }, String(year));
  const stats = query.data;
  const reportingUnit = useReportingUnit(stats?.unit);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const rows: Row[] = stats
    ? [
        ...stats.byUnit.map((u) => ({ key: u.code, label: u.name, counts: u.counts, county: u.code })),
        { key: 'total', label: t('reports.total'), counts: stats.total },
      ]
    : [];
  const rate = (c: TaskCounts) => (c.assigned ? `${Math.round((c.done / c.assigned) * 100)}%` : '—');
  const table = indicators.data;
  const title = t('reports.tasks.title', { year });
  const meta = [t('reports.unit', { name: reportingUnit })];
  type IndicatorRow = IndicatorTable['rows'][number];
  const sheets = () => [
    sheetOf(
      { name: t('reports.sheet.tasks'), title, meta, footnote: t('reports.tasks.footnote'), totalRow: true },
      [
        { label: t('reports.unitColumn'), format: 'text', value: (r: Row) => r.label },
        ...TASK_COLUMNS.map((c) => ({ label: t(`reports.tasks.column.${c}`), format: 'int' as const, value: (r: Row) => r.counts[c] })),
        { label: t('reports.tasks.rate'), format: 'text', value: (r: Row) => rate(r.counts) },
      ],
      rows,
    ),
    sheetOf(
      { name: t('reports.sheet.indicators'), title: t('reports.tasks.indicators'), meta },
      [
        { label: t('reports.tasks.indicator'), format: 'text', value: (r: IndicatorRow) => r.indicator.name },
        { label: t('reports.tasks.measure'), format: 'text', value: (r: IndicatorRow) => r.indicator.unit },
        ...(table?.units ?? []).flatMap((u, i) => [
          { label: t('reports.tasks.target'), group: u.name, format: 'decimal' as const, value: (r: IndicatorRow) => r.cells[i]?.target ?? null },
          { label: t('reports.tasks.value'), group: u.name, format: 'decimal' as const, value: (r: IndicatorRow) => r.cells[i]?.value ?? null },
        ]),
      ],
      table?.rows ?? [],
    ),
  ];
  return (
    <>
      <Card className="no-print">
        <PeriodBar quarters={false}>
          <ExportButton fileName={[title, reportingUnit].join('-')} sheets={sheets} disabled={!stats} />
          <PrintButton label={t('reports.print')} pdfName={[t('reports.tasks.title', { year }), stats?.unit.name ?? ''].join('-')} />
        </PeriodBar>
      </Card>
      <ReportSheet title={title} meta={meta} footnote={t('reports.tasks.footnote')}>
        <ReportTable<Row>
          loading={query.loading}
          dataSource={rows}
          locale={{ emptyText: t('reports.tasks.empty') }}
          data-testid="task-stats-table"
          columns={[
            { title: t('reports.unitColumn'), dataIndex: 'label', width: 180 },
            ...TASK_COLUMNS.map((c) => ({
              title: t(`reports.tasks.column.${c}`),
              key: c,
              align: 'right' as const,
              render: (_v: unknown, r: Row) => (
                <NumberLink
                  value={r.counts[c]}
                  testId={`tasks-${r.key}-${c}`}
                  onOpen={() =>
                    drawer.open(
                      { report: 'tasks', year, unit, county: r.county, column: c },
                      [t('reports.periodYear', { year }), r.label, t(`reports.tasks.column.${c}`)].join(' · '),
                    )
                  }
                />
              ),
            })),
            { title: t('reports.tasks.rate'), key: 'rate', align: 'right' as const, render: (_v: unknown, r: Row) => rate(r.counts) },
          ]}
        />
        <Typography.Title level={5}>{t('reports.tasks.indicators')}</Typography.Title>
        {indicators.error ? <QueryError error={indicators.error} onRetry={indicators.reload} /> : null}
        <Table
          rowKey={(r) => r.indicator.id}
          size="small"
          bordered
          pagination={false}
          loading={indicators.loading}
          dataSource={table?.rows ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="indicator-report"
          columns={[
            { title: t('reports.tasks.indicator'), key: 'name', fixed: 'left' as const, render: (_v, r) => r.indicator.name },
            { title: t('reports.tasks.measure'), key: 'unit', render: (_v, r) => r.indicator.unit },
            ...(table?.units ?? []).map((u, i) => ({
              title: u.name,
              key: u.code,
              children: [
                {
                  title: t('reports.tasks.target'),
                  key: `${u.code}-t`,
                  align: 'right' as const,
                  render: (_v: unknown, r: IndicatorTable['rows'][number]) => num(r.cells[i]?.target),
                },
                {
                  title: t('reports.tasks.value'),
                  key: `${u.code}-v`,
                  align: 'right' as const,
                  render: (_v: unknown, r: IndicatorTable['rows'][number]) => num(r.cells[i]?.value),
                },
              ],
            })),
          ]}
        />
      </ReportSheet>
    </>
  );
}

function num(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
