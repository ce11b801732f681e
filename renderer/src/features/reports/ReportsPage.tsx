import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrillDrawer } from '../../components/DrillDrawer';
import { useAppStore } from '../../state/app-store';
import { CampaignReport } from './CampaignReport';
import { CompletenessReport } from './CompletenessReport';
import { GiReport } from './GiReport';
import { REPORT_TABS, useReportsStore, type ReportTab } from './reports-store';
import { SamrSheet } from './SamrSheet';
import { TasksReport } from './TasksReport';

const VIEWS: Record<ReportTab, () => React.ReactNode> = {
  samr: () => <SamrSheet />,
  campaign: () => <CampaignReport />,
  gi: () => <GiReport />,
  tasks: () => <TasksReport />,
  completeness: () => <CompletenessReport />,
};

/** 统计报表: the SAMR table, campaign, GI and task reports, and (league) data completeness. Every figure drills down. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { tab, set } = useReportsStore();
  const role = useAppStore((s) => s.profile?.role);
  const tabs = REPORT_TABS.filter((k) => k !== 'completeness' || role === 'league');
  const active = tabs.includes(tab) ? tab : 'samr';
  return (
    <div className="page-stack">
      <Tabs
        className="no-print report-tabs"
        activeKey={active}
        onChange={(k) => set({ tab: k as ReportTab })}
        items={tabs.map((k) => ({ key: k, label: <span data-testid={`report-tab-${k}`}>{t(`reports.tab.${k}`)}</span> }))}
      />
      {VIEWS[active]()}
      <DrillDrawer />
    </div>
  );
}
