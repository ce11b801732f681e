import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import { SAMR_CATEGORIES, type SamrCategory } from '../../../../shared/cases/vocabulary';
import { drillUnit, samrCellQuery, type SamrColumn } from '../../../../shared/reports/case-drill';
import { hasUnclassified, type SamrRow } from '../../../../shared/reports/samr';
import { SAMR_FORM_ACTIONS, SAMR_FORM_COLUMNS, samrCell } from '../../../../shared/reports/samr-form';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { downloadBase64, XLSX_MIME } from '../../components/download';
import { PrintButton } from '../../components/PrintButton';
import { QueryError } from '../../components/QueryError';
import { useRoute } from '../../state/route';
import { NumberLink } from './NumberLink';
import { ReportSheet, ReportTable } from './ReportSheet';
import { PeriodBar, usePeriodLabel, useReportingUnit } from './PeriodBar';
import { periodOf, useReportsStore } from './reports-store';
import { wan } from './format';

type Row = { key: SamrCategory | 'total'; label: string } & SamrRow;
type ActionRow = { key: string } & Record<string, number | string>;

/**
 * SAMR's 知识产权执法数据统计表 as the official form (shared/reports/samr-form.ts): the 执法行动
 * block, the eleven columns with their units, eight rows and 合计, the notes and counting rules.
 * Every case figure opens its cases; cases still under the old 其他 are named in a warning.
 */
export function SamrSheet() {
  const { t } = useTranslation();
  const state = useReportsStore();
  const period = periodOf(state);
  const { unit } = state;
  const periodLabel = usePeriodLabel();
  const today = localIsoDate();
  const query = useLedgerQuery('reports.samr', { period, unit }, `${period}:${unit ?? ''}`);
  const { saving, run } = useMutation();
  const openCases = useRoute((s) => s.drillCases);
  const report = query.data;
  const download = async () => {
    const file = await run(() => call('reports.samrXlsx', { period, unit }), t('reports.exported'));
    if (file) downloadBase64(file.fileName, file.base64, XLSX_MIME);
  };
  const unitName = useReportingUnit(report?.unit);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const rows: Row[] = report
    ? [
        ...SAMR_CATEGORIES.map((c) => ({ key: c, label: t(`reports.samrRow.${c}`), ...report.table.rows[c] })),
        { key: 'total' as const, label: t('reports.total'), ...report.table.total },
      ]
    : [];
  const heading = (label: string, unit: string) => t('reports.samrHeading', { label, unit: t(`reports.samrUnit.${unit}`) });
  const cell = (r: Row, column: SamrColumn, value: number, display?: string) => (
    <NumberLink
      value={value}
      display={display}
      testId={`samr-${r.key}-${column}`}
      onOpen={() =>
        report &&
        openCases(
          samrCellQuery(report.table, r.key, column, drillUnit(report.unit.code)),
          [periodLabel, report.unit.name, r.label, t(`reports.samrColumn.${column}`)].join(' · '),
        )
      }
    />
  );
  const actionRow: ActionRow[] = report ? [{ key: 'actions', ...report.table.actions }] : [];
  const unclassified = report && hasUnclassified(report.table) ? report.table.unclassified : null;
  return (
    <>
      <Card className="no-print">
        <PeriodBar>
          <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void download()} data-testid="report-xlsx">
            {t('reports.xlsx')}
          </Button>
          <PrintButton label={t('reports.print')} pdfName={[t('reports.samrTitle'), unitName, periodLabel].join('-')} />
        </PeriodBar>
      </Card>
      <ReportSheet
        className="samr-sheet"
        title={t('reports.samrTitle')}
        meta={[
          t('reports.unit', { name: unitName }),
          t('reports.period', { from: report?.table.from ?? '', to: report?.table.to ?? '' }),
          t('reports.reportedAt', { date: today }),
        ]}
      >
        <ReportTable<ActionRow>
          loading={query.loading}
          dataSource={actionRow}
          data-testid="samr-actions"
          style={{ marginBottom: 12 }}
          columns={[
            { title: t('reports.samrActionBlock'), key: 'label', width: 150, render: () => periodLabel },
            ...SAMR_FORM_ACTIONS.map((a) => ({
              title: heading(t(`reports.samrAction.${a.key}`), a.unit),
              key: a.key,
              align: 'right' as const,
              render: (_v: unknown, r: ActionRow) => <span data-testid={`samr-action-${a.key}`}>{Number(r[a.key]).toLocaleString('zh-CN')}</span>,
            })),
          ]}
        />
        {unclassified ? (
          <Alert
            type="warning"
            showIcon
            className="no-print"
            style={{ marginBottom: 12 }}
            data-testid="samr-unclassified"
            title={t('reports.samrUnclassified', { filed: unclassified.filed, closed: unclassified.closed, transferred: unclassified.transferredCases })}
            action={
              <Button
                size="small"
                onClick={() =>
                  report &&
                  openCases({ categories: ['other'], unitCode: drillUnit(report.unit.code) }, [report.unit.name, t('cases.category.other')].join(' · '))
                }
              >
                {t('reports.samrOpenUnclassified')}
              </Button>
            }
          />
        ) : null}
        <ReportTable<Row>
          loading={query.loading}
          dataSource={rows}
          data-testid="samr-table"
          // Every column of the form stays on screen and on paper (no horizontal scrolling): headings wrap.
          tableLayout="fixed"
          columns={[
            { title: t('reports.category'), dataIndex: 'label', width: 150 },
            ...SAMR_FORM_COLUMNS.map((c) => ({
              title: heading(t(`reports.samrColumn.${c.key}`), c.unit),
              key: c.key,
              align: 'right' as const,
              render: (_v: unknown, r: Row) => {
                const value = samrCell(r, c.key);
                return cell(r, c.key, value, c.money ? wan(value) : undefined);
              },
            })),
          ]}
        />
        {unclassified ? (
          <Typography.Paragraph type="danger" className="print-only" style={{ marginTop: 8 }}>
            {t('reports.samrUnclassified', { filed: unclassified.filed, closed: unclassified.closed, transferred: unclassified.transferredCases })}
          </Typography.Paragraph>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4, fontSize: 12 }} data-testid="samr-footnote">
          {t('reports.samrFootnoteForm')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('reports.samrFootnoteRules')}
        </Typography.Paragraph>
        <div className="samr-meta">
          <span>{t('reports.filler')}</span>
          <span>{t('reports.reviewer')}</span>
          <span>{t('reports.head')}</span>
          <span>{t('reports.phone')}</span>
        </div>
      </ReportSheet>
    </>
  );
}
