import { Space } from 'antd';
import { YearInput } from '../../components/YearInput';
import { PinyinSelect } from '../../components/PinyinSelect';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCounties } from '../../components/use-league';
import { useAppStore } from '../../state/app-store';
import { useReportsStore } from './reports-store';

/** Year, quarter (or whole year) and, for a league, which county — shared by every report tab. */
export function PeriodBar({ quarters = true, units = true, children }: { quarters?: boolean; units?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const { year, quarter, unit, set } = useReportsStore();
  const profile = useAppStore((s) => s.profile);
  const counties = useCounties();
  return (
    <Space wrap size={16} className="no-print">
      <Space>
        <span>{t('reports.year')}</span>
        <YearInput value={year} onChange={(y) => set({ year: y })} testId="report-year" />
      </Space>
      {quarters ? (
        <PinyinSelect
          value={quarter}
          onChange={(q: number) => set({ quarter: q })}
          style={{ width: 130 }}
          options={[0, 1, 2, 3, 4].map((q) => ({ value: q, label: q ? t('reports.quarter', { q }) : t('reports.wholeYear') }))}
          data-testid="report-quarter"
        />
      ) : null}
      {units && profile?.role === 'league' ? (
        <PinyinSelect
          allowClear
          placeholder={t('reports.allLeague')}
          value={unit}
          onChange={(u?: string) => set({ unit: u })}
          style={{ width: 180 }}
          options={counties}
          data-testid="report-unit"
        />
      ) : null}
      {children}
    </Space>
  );
}

/** "2026年第3季度" / "2026年" — for headings and drill-down labels. */
export function usePeriodLabel(): string {
  const { t } = useTranslation();
  const { year, quarter } = useReportsStore();
  return quarter ? t('reports.periodQuarter', { year, q: quarter }) : t('reports.periodYear', { year });
}

/** 报送单位 as the form wants it: the bureau's full name for the ledger's own unit, else the unit's name. */
export function useReportingUnit(unit: { code: string; name: string } | undefined): string {
  const profile = useAppStore((s) => s.profile);
  if (!unit) return '';
  return unit.code === profile?.unitCode ? profile.bureauName : unit.name;
}
