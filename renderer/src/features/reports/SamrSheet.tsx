import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../shared/cases/vocabulary';
import { drillUnit, samrCellQuery, type SamrColumn } from '../../../../shared/reports/case-drill';
import { SAMR_FLAGS, type SamrRow } from '../../../../shared/reports/samr';
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

type Row = { key: CaseCategory | 'total'; label: string } & SamrRow;

/** SAMR's quarterly 知识产权执法数据统计表 as on the paper form; every figure opens its cases. */
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
        ...CASE_CATEGORIES.map((c) => ({ key: c, label: t(`cases.category.${c}`), ...report.table.rows[c] })),
        { key: 'total' as const, label: t('reports.total'), ...report.table.total },
      ]
    : [];
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
        <ReportTable<Row>
          loading={query.loading}
          dataSource={rows}
          data-testid="samr-table"
          columns={[
            { title: t('reports.category'), dataIndex: 'label', width: 220 },
            { title: t('reports.filed'), key: 'filed', align: 'right', render: (_v, r) => cell(r, 'filed', r.filed) },
            { title: t('reports.closed'), key: 'closed', align: 'right', render: (_v, r) => cell(r, 'closed', r.closed) },
            { title: t('reports.amount'), key: 'amount', align: 'right', render: (_v, r) => cell(r, 'amount', r.amountInvolved, wan(r.amountInvolved)) },
            { title: t('reports.penalties'), key: 'penalties', align: 'right', render: (_v, r) => cell(r, 'penalties', r.penalties, wan(r.penalties)) },
            {
              title: t('reports.transferred'),
              children: [
                { title: t('reports.transferredCases'), key: 'tc', align: 'right', render: (_v, r) => cell(r, 'transferredCases', r.transferredCases) },
                { title: t('reports.transferredPersons'), key: 'tp', align: 'right', render: (_v, r) => cell(r, 'transferredPersons', r.transferredPersons) },
              ],
            },
            {
              title: t('reports.ofWhich'),
              children: SAMR_FLAGS.map((f) => ({
                title: t(`cases.flag.${f}`),
                key: f,
                align: 'right' as const,
                render: (_v: unknown, r: Row) => cell(r, f, r.flags[f]),
              })),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('reports.footnote')}
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
