/** 统计报表: the SAMR table, campaign summaries, GI and task statistics, the dashboard, completeness. */
import { method } from '../contract-kit';
import type { ExportedFile } from '../files';
import { campaignInputSchema, type CampaignReportResult } from './campaign-report';
import { completenessInputSchema, type Completeness } from './completeness';
import { dashboardInputSchema, type DashboardResult } from './dashboard';
import { drillInputSchema, giStatsInputSchema, taskStatsInputSchema, type DrillRow, type GiStats, type TaskStats } from './record-drill';
import { samrInputSchema, type SamrReportResult } from './samr-report';
import { tableXlsxSchema } from './table-export';

export const reportsContract = {
  'reports.samr': method<SamrReportResult>()(samrInputSchema),
  'reports.samrXlsx': method<ExportedFile>()(samrInputSchema),
  'reports.campaign': method<CampaignReportResult>()(campaignInputSchema),
  'reports.gi': method<GiStats>()(giStatsInputSchema),
  'reports.tasks': method<TaskStats>()(taskStatsInputSchema),
  'reports.drill': method<DrillRow[]>()(drillInputSchema),
  'reports.dashboard': method<DashboardResult>()(dashboardInputSchema),
  'reports.completeness': method<Completeness>()(completenessInputSchema),
  /** Any report table as the screen shows it, written as xlsx. */
  'reports.tableXlsx': method<ExportedFile>()(tableXlsxSchema),
} as const;
