/**
 * The 统计报表 screen's choices (tab, year, quarter, unit, campaign) as the report views use them.
 * They live in the route (state/route.ts: the reports screen's view is its tab, its params the
 * period), so they are kept while a drill-down list is open and "back" returns to the same table.
 */
import { useCallback } from 'react';
import { localIsoDate } from '../../../../shared/calendar';
import { REPORT_TABS, useRoute, useScreen, type ReportParams, type ReportTab } from '../../state/route';

export { REPORT_TABS, type ReportTab };

export interface ReportsState extends ReportParams {
  tab: ReportTab;
  /** Change the tab, the period, the unit or the campaign (the rest stays). */
  set(patch: Partial<ReportParams & { tab: ReportTab }>): void;
}

export function useReportsStore(): ReportsState {
  const screen = useScreen('reports');
  const navigate = useRoute((s) => s.navigate);
  const set = useCallback(
    ({ tab, ...params }: Partial<ReportParams & { tab: ReportTab }>) => {
      const current = useRoute.getState().screens.reports;
      navigate({ section: 'reports', view: tab ?? current.view, params: { ...current.params, ...params } });
    },
    [navigate],
  );
  return { tab: screen.view, ...screen.params, set };
}

/** Today's quarter, e.g. 2026Q4. */
export function currentQuarter(): string {
  const today = localIsoDate();
  return `${today.slice(0, 4)}Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

export function periodOf(s: { year: number; quarter: number }): string {
  return s.quarter ? `${s.year}Q${s.quarter}` : String(s.year);
}
