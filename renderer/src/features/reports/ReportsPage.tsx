import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../shared/cases/vocabulary';
import { SAMR_FLAGS, type SamrRow } from '../../../../shared/reports/samr';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { PrintButton } from '../../components/PrintButton';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { downloadBase64, XLSX_MIME } from '../../components/download';
import { useCounties } from '../../components/use-league';

type Row = { key: string; label: string } & SamrRow;

/** 统计报表: SAMR's quarterly 知识产权执法数据统计表 on screen, as xlsx, and printed. */
export function ReportsPage() {
  const { t } = useTranslation();
  const profile = useAppStore((s) => s.profile);
  const today = localIsoDate();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [quarter, setQuarter] = useState<number | 0>(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
  const [unit, setUnit] = useState<string | undefined>();
  const period = quarter ? `${year}Q${quarter}` : String(year);
  const query = useLedgerQuery('reports.samr', { period, unit }, `${period}:${unit ?? ''}`);
  const { saving, run } = useMutation();
  const report = query.data;
  const counties = useCounties();
  const download = async () => {
    const file = await run(() => call('reports.samrXlsx', { period, unit }), t('reports.exported'));
    if (file) downloadBase64(file.fileName, file.base64, XLSX_MIME);
  };
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const rows: Row[] = report
    ? [
        ...CASE_CATEGORIES.map((c: CaseCategory) => ({ key: c, label: t(`cases.category.${c}`), ...report.table.rows[c] })),
        { key: 'total', label: t('reports.total'), ...report.table.total },
      ]
    : [];
  const wan = (v: number) => v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <div className="page-stack">
      <Card className="no-print">
        <Space wrap size={16}>
          <Space>
            <span>{t('reports.year')}</span>
            <InputNumber<number> min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="report-year" />
          </Space>
          <Select
            value={quarter}
            onChange={setQuarter}
            style={{ width: 130 }}
            options={[0, 1, 2, 3, 4].map((q) => ({ value: q, label: q ? t('reports.quarter', { q }) : t('reports.wholeYear') }))}
            data-testid="report-quarter"
          />
          {profile?.role === 'league' ? (
            <Select
              allowClear
              placeholder={t('reports.allLeague')}
              value={unit}
              onChange={setUnit}
              style={{ width: 180 }}
              options={counties}
              data-testid="report-unit"
            />
          ) : null}
          <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void download()} data-testid="report-xlsx">
            {t('reports.xlsx')}
          </Button>
          <PrintButton label={t('reports.print')} />
        </Space>
      </Card>
      <Card className="samr-sheet">
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          {t('reports.samrTitle')}
        </Typography.Title>
        <div className="samr-meta">
          <span>{t('reports.unit', { name: unit ? (report?.unit.name ?? '') : (profile?.bureauName ?? '') })}</span>
          <span>{t('reports.period', { from: report?.table.from ?? '', to: report?.table.to ?? '' })}</span>
          <span>{t('reports.reportedAt', { date: today })}</span>
        </div>
        <Table<Row>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          loading={query.loading}
          dataSource={rows}
          rowClassName={(r) => (r.key === 'total' ? 'samr-total' : '')}
          data-testid="samr-table"
          columns={[
            { title: t('reports.category'), dataIndex: 'label', width: 220 },
            { title: t('reports.filed'), dataIndex: 'filed', align: 'right' },
            { title: t('reports.closed'), dataIndex: 'closed', align: 'right' },
            { title: t('reports.amount'), key: 'amount', align: 'right', render: (_v, r) => wan(r.amountInvolved) },
            { title: t('reports.penalties'), key: 'penalties', align: 'right', render: (_v, r) => wan(r.penalties) },
            {
              title: t('reports.transferred'),
              children: [
                { title: t('reports.transferredCases'), dataIndex: 'transferredCases', align: 'right' },
                { title: t('reports.transferredPersons'), dataIndex: 'transferredPersons', align: 'right' },
              ],
            },
            {
              title: t('reports.ofWhich'),
              children: SAMR_FLAGS.map((f) => ({ title: t(`cases.flag.${f}`), key: f, align: 'right' as const, render: (_v: unknown, r: Row) => r.flags[f] })),
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
      </Card>
    </div>
  );
}
