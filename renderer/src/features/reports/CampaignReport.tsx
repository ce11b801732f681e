import { Card, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES, MAIN_STAGES, type CaseCategory, type MainStage } from '../../../../shared/cases/vocabulary';
import { CAMPAIGN_COLUMNS, type CampaignColumn, type CampaignFigures } from '../../../../shared/reports/campaign';
import { campaignCellQuery, drillUnit } from '../../../../shared/reports/case-drill';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { PrintButton } from '../../components/PrintButton';
import { QueryError } from '../../components/QueryError';
import { useVocabulary } from '../../components/use-vocabulary';
import { useRoute } from '../../state/route';
import { delta, wan } from './format';
import { ExportButton } from './ExportButton';
import { NumberLink } from './NumberLink';
import { sheetOf, type ExportColumn } from './use-table-export';
import { ReportSheet, ReportTable } from './ReportSheet';
import { PeriodBar, usePeriodLabel, useReportingUnit } from './PeriodBar';
import { periodOf, useReportsStore } from './reports-store';

const MONEY: readonly CampaignColumn[] = ['amountInvolved', 'penalties', 'destroyedValue'];
/** The old 其他 (before the SAMR form split it) is shown only while cases still carry it. */
function isLegacyEmpty(c: CaseCategory, f: CampaignFigures): boolean {
  return c === 'other' && CAMPAIGN_COLUMNS.every((col) => f[col] === 0);
}
type FiguresRow = { key: string; label: string; figures: CampaignFigures; unit?: string; category: CaseCategory | 'total' };

/** 专项行动统计: one campaign's cases by category and stage, its figures, and last year's. */
export function CampaignReport() {
  const { t } = useTranslation();
  const state = useReportsStore();
  const period = periodOf(state);
  const { unit, campaign, set } = state;
  const periodLabel = usePeriodLabel();
  const vocabulary = useVocabulary();
  const openCases = useRoute((s) => s.drillCases);
  const query = useLedgerQuery('reports.campaign', { campaign, period, unit }, `${campaign}:${period}:${unit ?? ''}`);
  const report = query.data;
  const reportingUnit = useReportingUnit(report?.unit);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const campaignName = vocabulary.label('campaign', campaign);
  const range = report ? { from: report.current.from, to: report.current.to } : { from: '', to: '' };
  const open = (row: FiguresRow, column: CampaignColumn, stage?: MainStage) => {
    const parts = [periodLabel, campaignName, row.label, stage ? t(`cases.stage.${stage}`) : t(`reports.campaign.column.${column}`)];
    openCases(campaignCellQuery(campaign, range, row.category, column, row.unit, stage), parts.join(' · '));
  };
  const figureColumns = (testPrefix: string): ColumnsType<FiguresRow> =>
    CAMPAIGN_COLUMNS.map((column) => ({
      title: t(`reports.campaign.column.${column}`),
      key: column,
      align: 'right' as const,
      render: (_v: unknown, r: FiguresRow) => (
        <NumberLink
          value={r.figures[column]}
          display={MONEY.includes(column) ? wan(r.figures[column]) : undefined}
          testId={`${testPrefix}-${r.key}-${column}`}
          onOpen={() => open(r, column)}
        />
      ),
    }));
  const ownUnit = report ? drillUnit(report.unit.code) : undefined;
  const categoryRows: FiguresRow[] = report
    ? [
        ...CASE_CATEGORIES.filter((c) => !isLegacyEmpty(c, report.current.rows[c])).map((c) => ({
          key: c,
          label: t(`cases.category.${c}`),
          figures: report.current.rows[c],
          unit: ownUnit,
          category: c,
        })),
        { key: 'total', label: t('reports.total'), figures: report.current.total, unit: ownUnit, category: 'total' as const },
      ]
    : [];
  const stagesShown = report ? MAIN_STAGES.filter((s) => CASE_CATEGORIES.some((c) => (report.current.stages[c][s] ?? 0) > 0)) : [];
  const unitRows: FiguresRow[] = (report?.units ?? []).map((u) => ({ key: u.code, label: u.name, figures: u.current, unit: u.code, category: 'total' }));
  const comparisonRows = CAMPAIGN_COLUMNS.map((column) => ({
    key: column,
    column,
    now: report?.current.total[column] ?? 0,
    before: report?.previous.total[column] ?? 0,
  }));
  // Last year's figures open last year's cases, like this period's.
  const openLastYear = (column: CampaignColumn) =>
    report &&
    openCases(
      campaignCellQuery(campaign, report.previous, 'total', column, ownUnit),
      [t('reports.campaign.lastYear'), campaignName, report.unit.name, t(`reports.campaign.column.${column}`)].join(' · '),
    );
  const shown = (column: CampaignColumn, v: number) => (MONEY.includes(column) ? wan(v) : undefined);
  const destroyed = report?.current.total.destroyedQty ?? [];
  const title = t('reports.campaign.title', { campaign: campaignName });
  const meta = [t('reports.unit', { name: reportingUnit }), t('reports.period', { from: range.from, to: range.to })];
  const figureExport: ExportColumn<FiguresRow>[] = CAMPAIGN_COLUMNS.map((column) => ({
    label: t(`reports.campaign.column.${column}`),
    format: MONEY.includes(column) ? 'wan' : 'int',
    value: (r) => r.figures[column],
  }));
  const sheets = () => [
    sheetOf(
      { name: t('reports.sheet.byCategory'), title, meta, footnote: t('reports.campaign.footnote'), totalRow: true },
      [{ label: t('reports.category'), format: 'text', value: (r: FiguresRow) => r.label }, ...figureExport],
      categoryRows,
    ),
    sheetOf(
      {
        name: t('reports.sheet.comparison'),
        title: t('reports.campaign.comparison', { from: report?.previous.from ?? '', to: report?.previous.to ?? '' }),
        meta,
      },
      [
        { label: t('reports.campaign.figure'), format: 'text', value: (r: (typeof comparisonRows)[number]) => t(`reports.campaign.column.${r.column}`) },
        { label: t('reports.campaign.thisPeriod'), format: 'decimal', value: (r) => r.now },
        { label: t('reports.campaign.lastYear'), format: 'decimal', value: (r) => r.before },
        { label: t('reports.campaign.change'), format: 'decimal', value: (r) => Math.round((r.now - r.before) * 1e6) / 1e6 },
      ],
      comparisonRows,
    ),
    sheetOf(
      { name: t('reports.sheet.byStage'), title: t('reports.campaign.byStage'), meta },
      [
        { label: t('reports.category'), format: 'text', value: (r: FiguresRow) => r.label },
        ...stagesShown.map((st) => ({
          label: t(`cases.stage.${st}`),
          format: 'int' as const,
          value: (r: FiguresRow) => report?.current.stages[r.category as CaseCategory][st] ?? 0,
        })),
        { label: t('reports.total'), format: 'int', value: (r: FiguresRow) => r.figures.leads },
      ],
      categoryRows.filter((r) => r.key !== 'total' && r.figures.leads > 0),
    ),
    ...(unitRows.length
      ? [
          sheetOf(
            { name: t('reports.sheet.byUnit'), title, meta },
            [{ label: t('reports.unitColumn'), format: 'text', value: (r: FiguresRow) => r.label }, ...figureExport],
            unitRows,
          ),
        ]
      : []),
  ];
  return (
    <>
      <Card className="no-print">
        <PeriodBar>
          <PinyinSelect
            value={campaign}
            onChange={(c: string) => set({ campaign: c })}
            options={vocabulary.options('campaign')}
            style={{ width: 160 }}
            data-testid="report-campaign"
          />
          <ExportButton fileName={[title, reportingUnit, periodLabel].join('-')} sheets={sheets} disabled={!report} />
          <PrintButton
            label={t('reports.print')}
            pdfName={[t('reports.campaign.title', { campaign: campaignName }), report?.unit.name ?? '', periodLabel].join('-')}
          />
        </PeriodBar>
      </Card>
      <ReportSheet title={title} meta={meta} footnote={t('reports.campaign.footnote')}>
        <ReportTable<FiguresRow>
          loading={query.loading}
          dataSource={categoryRows}
          columns={[{ title: t('reports.category'), dataIndex: 'label', width: 200 }, ...figureColumns('campaign')]}
          data-testid="campaign-table"
        />
        {destroyed.length ? (
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('reports.campaign.destroyedQty', { list: destroyed.map((d) => `${d.qty.toLocaleString('zh-CN')} ${d.unit}`).join(t('common.listSeparator')) })}
          </Typography.Paragraph>
        ) : null}
        <Typography.Title level={5}>{t('reports.campaign.workload')}</Typography.Title>
        <ReportTable
          dataSource={
            report
              ? [
                  { key: 'now', label: t('reports.campaign.thisPeriod'), ...report.actions.current },
                  { key: 'before', label: t('reports.campaign.lastYear'), ...report.actions.previous },
                  ...report.actions.units.map((u) => ({ key: u.code, label: u.name, ...u.current })),
                ]
              : []
          }
          data-testid="campaign-actions"
          columns={[
            { title: t('reports.campaign.figure'), dataIndex: 'label', width: 200 },
            ...(['actions', 'staff', 'physicalMarketActions', 'businessesInspected', 'marketsInspected'] as const).map((k) => ({
              title: t(`reports.campaign.action.${k}`),
              dataIndex: k,
              align: 'right' as const,
              render: (v: number) => v.toLocaleString('zh-CN'),
            })),
            {
              title: t('reports.campaign.action.seized'),
              dataIndex: 'seized',
              render: (v: { unit: string; qty: number }[]) => v.map((d) => `${d.qty.toLocaleString('zh-CN')} ${d.unit}`).join(t('common.listSeparator')),
            },
          ]}
        />
        <Typography.Title level={5}>{t('reports.campaign.comparison', { from: report?.previous.from ?? '', to: report?.previous.to ?? '' })}</Typography.Title>
        <ReportTable
          dataSource={comparisonRows}
          data-testid="campaign-comparison"
          columns={[
            { title: t('reports.campaign.figure'), key: 'label', render: (_v, r) => t(`reports.campaign.column.${r.column}`) },
            {
              title: t('reports.campaign.thisPeriod'),
              key: 'now',
              align: 'right',
              render: (_v, r) => (
                <NumberLink value={r.now} display={shown(r.column, r.now)} onOpen={() => open(categoryRows[categoryRows.length - 1] as FiguresRow, r.column)} />
              ),
            },
            {
              title: t('reports.campaign.lastYear'),
              key: 'before',
              align: 'right',
              render: (_v, r) => (
                <NumberLink value={r.before} display={shown(r.column, r.before)} onOpen={() => openLastYear(r.column)} testId={`campaign-last-${r.column}`} />
              ),
            },
            { title: t('reports.campaign.change'), key: 'change', align: 'right', render: (_v, r) => delta(r.now, r.before, MONEY.includes(r.column)) },
          ]}
        />
        <Typography.Title level={5}>{t('reports.campaign.byStage')}</Typography.Title>
        <ReportTable<FiguresRow>
          dataSource={categoryRows.filter((r) => r.key !== 'total' && r.figures.leads > 0)}
          locale={{ emptyText: t('reports.campaign.noLeads') }}
          scroll={{ x: 'max-content' }}
          data-testid="campaign-stages"
          columns={[
            { title: t('reports.category'), dataIndex: 'label', width: 200, fixed: 'left' },
            ...stagesShown.map((s) => ({
              title: t(`cases.stage.${s}`),
              key: s,
              align: 'right' as const,
              render: (_v: unknown, r: FiguresRow) => (
                <NumberLink value={report?.current.stages[r.category as CaseCategory][s] ?? 0} onOpen={() => open(r, 'leads', s)} />
              ),
            })),
            {
              title: t('reports.total'),
              key: 'sum',
              align: 'right' as const,
              render: (_v: unknown, r: FiguresRow) => <NumberLink value={r.figures.leads} onOpen={() => open(r, 'leads')} />,
            },
          ]}
        />
        {unitRows.length ? (
          <>
            <Typography.Title level={5}>{t('reports.byUnit')}</Typography.Title>
            <ReportTable<FiguresRow>
              dataSource={unitRows}
              columns={[{ title: t('reports.unitColumn'), dataIndex: 'label', width: 200 }, ...figureColumns('campaign-unit')]}
              data-testid="campaign-units"
            />
          </>
        ) : null}
      </ReportSheet>
    </>
  );
}
