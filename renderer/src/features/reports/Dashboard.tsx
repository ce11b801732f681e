import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { YearInput } from '../../components/YearInput';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import { CASE_CATEGORIES } from '../../../../shared/cases/vocabulary';
import {
  DASHBOARD_CASE_FIGURES,
  dashboardCaseQuery,
  monthCaseQuery,
  type DashboardCaseFigure,
  type DashboardFigures,
} from '../../../../shared/reports/dashboard';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { EChart } from '../../components/EChart';
import { FUNNEL, useCharts } from './dashboard-charts';
import { QueryError } from '../../components/QueryError';
import { useDrillDrawer } from '../../components/DrillDrawer';
import { useRoute } from '../../state/route';
import { wan } from './format';
import { ExportButton } from './ExportButton';
import { NumberLink } from './NumberLink';
import { sheetOf } from './use-table-export';
import { ReportTable } from './ReportSheet';

type UnitRow = { key: string; code?: string; name: string; figures: DashboardFigures };

/** The dashboard: the year's figures (a league: per county, with the total) and four charts. Every number and bar opens its records. */
export function Dashboard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(Number(localIsoDate().slice(0, 4)));
  const query = useLedgerQuery('reports.dashboard', { year }, String(year));
  const data = query.data;
  const openCases = useRoute((s) => s.drillCases);
  const drawer = useDrillDrawer();
  const yearLabel = t('reports.periodYear', { year });
  const openFigure = (row: UnitRow, figure: DashboardCaseFigure | 'giApproved' | 'tasksOverdue' | 'penalties') => {
    const label = [yearLabel, row.name, t(`reports.dashboard.figure.${figure}`)].join(' · ');
    if (figure === 'giApproved') return drawer.open({ report: 'gi', period: String(year), county: row.code, column: 'approved' }, label);
    if (figure === 'tasksOverdue') return drawer.open({ report: 'tasks', year, county: row.code, column: 'overdue' }, label);
    openCases(dashboardCaseQuery(year, figure === 'penalties' ? 'decided' : figure, row.code), label);
  };
  const charts = useCharts(data, t);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const rows: UnitRow[] = data
    ? [
        ...(data.isLeague ? data.units.map((u) => ({ key: u.code, code: u.code, name: u.name, figures: u.figures })) : []),
        {
          key: 'total',
          code: data.isLeague ? undefined : data.unit.code,
          name: data.isLeague ? t('reports.dashboard.leagueTotal') : data.unit.name,
          figures: data.total,
        },
      ]
    : [];
  const figureCell = (figure: DashboardCaseFigure | 'giApproved' | 'tasksOverdue' | 'penalties') => ({
    title: t(`reports.dashboard.figure.${figure}`),
    key: figure,
    align: 'right' as const,
    render: (_v: unknown, r: UnitRow) => (
      <NumberLink
        value={r.figures[figure]}
        display={figure === 'penalties' ? wan(r.figures.penalties) : undefined}
        testId={`dash-${r.key}-${figure}`}
        onOpen={() => openFigure(r, figure)}
      />
    ),
  });
  const monthClick = (p: { seriesIndex?: number; dataIndex: number }) => {
    const category = CASE_CATEGORIES[p.seriesIndex ?? 0];
    if (!data || !category) return;
    openCases(
      monthCaseQuery(year, p.dataIndex + 1, category, data.isLeague ? undefined : data.unit.code),
      [t('reports.dashboard.monthLabel', { year, month: p.dataIndex + 1 }), t(`cases.category.${category}`), t('reports.dashboard.figure.leads')].join(' · '),
    );
  };
  const funnelClick = (p: { dataIndex: number }) => {
    const figure = FUNNEL[p.dataIndex];
    if (figure && data) openFigure(rows[rows.length - 1] as UnitRow, figure);
  };
  const unitClick = (p: { seriesIndex?: number; dataIndex: number }) => {
    const unit = data?.units[p.dataIndex];
    if (unit) openFigure({ key: unit.code, code: unit.code, name: unit.name, figures: unit.figures }, p.seriesIndex === 1 ? 'tasksOverdue' : 'overdue');
  };
  const giClick = (p: { dataIndex: number }) => {
    const point = data?.giUsersByYear[p.dataIndex];
    if (point)
      drawer.open(
        { report: 'gi', period: String(point.year), column: 'newApprovals' },
        [t('reports.periodYear', { year: point.year }), t('reports.gi.column.newApprovals')].join(' · '),
      );
  };
  return (
    <Card
      title={t('reports.dashboard.title', { name: data?.unit.name ?? '' })}
      extra={
        <Space className="no-print">
          <ExportButton
            fileName={[t('reports.dashboard.title', { name: data?.unit.name ?? '' }), yearLabel].join('-')}
            sheets={() => [
              sheetOf(
                { name: t('reports.sheet.figures'), title: t('reports.dashboard.title', { name: data?.unit.name ?? '' }), meta: [yearLabel], totalRow: true },
                [
                  { label: t('reports.unitColumn'), format: 'text', value: (r: UnitRow) => r.name },
                  ...([...DASHBOARD_CASE_FIGURES, 'penalties', 'giApproved', 'tasksOverdue'] as const).map((f) => ({
                    label: t(`reports.dashboard.figure.${f}`),
                    format: f === 'penalties' ? ('wan' as const) : ('int' as const),
                    value: (r: UnitRow) => r.figures[f],
                  })),
                ],
                rows,
              ),
            ]}
            disabled={!data}
          />
          <span>{t('reports.year')}</span>
          <YearInput value={year} onChange={setYear} size="small" testId="dashboard-year" />
        </Space>
      }
      data-testid="dashboard"
    >
      {data && !data.isLeague ? (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          {(['leads', 'filed', 'closed', 'open', 'overdue'] as const).map((f) => (
            <Col key={f} xs={12} md={4}>
              <Statistic title={t(`reports.dashboard.figure.${f}`)} valueRender={() => figureCell(f).render(null, rows[0] as UnitRow)} />
            </Col>
          ))}
          <Col xs={12} md={4}>
            <Statistic title={t('reports.dashboard.figure.penalties')} valueRender={() => figureCell('penalties').render(null, rows[0] as UnitRow)} />
          </Col>
        </Row>
      ) : (
        <ReportTable<UnitRow>
          loading={query.loading}
          dataSource={rows}
          style={{ marginBottom: 16 }}
          data-testid="dashboard-units"
          columns={[
            { title: t('reports.unitColumn'), dataIndex: 'name', width: 160 },
            ...DASHBOARD_CASE_FIGURES.map(figureCell),
            figureCell('penalties'),
            figureCell('giApproved'),
            figureCell('tasksOverdue'),
          ]}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Typography.Text strong>{t('reports.dashboard.byMonth')}</Typography.Text>
          <EChart option={charts.byMonth} onClick={monthClick} testId="chart-by-month" />
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Text strong>{t('reports.dashboard.funnel')}</Typography.Text>
          <EChart option={charts.funnel} onClick={funnelClick} testId="chart-funnel" />
        </Col>
        {data?.isLeague ? (
          <Col xs={24} xl={14}>
            <Typography.Text strong>{t('reports.dashboard.overdueByUnit')}</Typography.Text>
            <EChart option={charts.overdue} onClick={unitClick} height={Math.max(280, 40 + (data?.units.length ?? 0) * 28)} testId="chart-overdue" />
          </Col>
        ) : null}
        <Col xs={24} xl={data?.isLeague ? 10 : 24}>
          <Typography.Text strong>{t('reports.dashboard.giUsers')}</Typography.Text>
          <EChart option={charts.gi} onClick={giClick} testId="chart-gi" />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('reports.dashboard.help')}
      </Typography.Paragraph>
    </Card>
  );
}
