/** The dashboard's four charts as echarts options, built from the dashboard's figures. */
import { useMemo } from 'react';
import { CASE_CATEGORIES } from '../../../../shared/cases/vocabulary';
import type { DashboardResult } from '../../../../shared/reports/dashboard';
import type { ChartOption } from '../../components/EChart';

/** The funnel's steps, in order (clicking one opens its cases). */
export const FUNNEL = ['leads', 'filed', 'decided', 'closed'] as const;
// Distinct, print-safe colours, one per category (antd's palette).
const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#722ed1', '#eb2f96', '#13c2c2', '#8c8c8c'];

export function useCharts(data: DashboardResult | undefined, t: (key: string, options?: Record<string, unknown>) => string) {
  return useMemo(() => {
    const months = Array.from({ length: 12 }, (_, i) => t('reports.dashboard.month', { month: i + 1 }));
    const grid = { left: 40, right: 16, top: 40, bottom: 28, containLabel: true };
    const byMonth: ChartOption = {
      color: PALETTE,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      // Seven categories wrap onto two legend lines rather than hiding behind a pager.
      legend: { top: 0, itemGap: 8 },
      grid: { ...grid, top: 64 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: CASE_CATEGORIES.map((c) => ({ name: t(`cases.category.${c}`), type: 'bar', stack: 'cases', data: data?.casesByMonth[c] ?? [] })),
    };
    const funnel: ChartOption = {
      color: ['#1677ff', '#4096ff', '#69b1ff', '#91caff'],
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          top: 16,
          bottom: 8,
          minSize: '20%',
          label: { show: true, position: 'inside', formatter: '{b}  {c}', color: '#fff', fontSize: 13 },
          data: FUNNEL.map((f) => ({ name: t(`reports.dashboard.figure.${f}`), value: data?.total[f] ?? 0 })),
        },
      ],
    };
    const counties = data?.units ?? [];
    // Horizontal bars: a league has up to 14 units, whose names do not fit under vertical bars.
    const nonZero = { show: true, position: 'right', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') };
    const overdue: ChartOption = {
      color: ['#ff4d4f', '#fa8c16'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
      yAxis: { type: 'category', data: counties.map((u) => u.name), inverse: true, axisLabel: { interval: 0 } },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('reports.dashboard.figure.overdue'), type: 'bar', data: counties.map((u) => u.figures.overdue), label: nonZero },
        { name: t('reports.dashboard.figure.tasksOverdue'), type: 'bar', data: counties.map((u) => u.figures.tasksOverdue), label: nonZero },
      ],
    };
    const years = data?.giUsersByYear ?? [];
    const gi: ChartOption = {
      color: ['#52c41a', '#1677ff'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('reports.dashboard.giNew'), type: 'bar', data: years.map((y) => y.approved) },
        { name: t('reports.dashboard.giStanding'), type: 'line', data: years.map((y) => y.standing), smooth: false, symbolSize: 7 },
      ],
    };
    return { byMonth, funnel, overdue, gi };
  }, [data, t]);
}
