/** The statistics slice (统计报表). */
import { localIsoDate } from '../../../shared/calendar';
import type { reportsContract } from '../../../shared/reports/contract';
import type { HandlersOf } from '../core/handlers';
import { campaignReport } from './campaign';
import { completeness } from './completeness';
import { dashboard } from './dashboard';
import { giDrill, giStats } from './gi-stats';
import { samrReport } from './samr';
import { samrWorkbook } from './samr-xlsx';
import { tableWorkbook } from './table-xlsx';
import { taskDrill, taskStats } from './task-stats';

export const reportsHandlers: HandlersOf<typeof reportsContract> = {
  'reports.samr': (s, input) => samrReport(s, input),
  'reports.samrXlsx': async (s, input) => {
    const report = samrReport(s, input);
    const bytes = await samrWorkbook(report, localIsoDate(s.now()));
    return { fileName: `知识产权执法数据统计表-${report.unit.name}-${input.period}.xlsx`, base64: bytes.toString('base64') };
  },
  'reports.campaign': (s, input) => campaignReport(s, input),
  'reports.gi': (s, input) => giStats(s, input),
  'reports.tasks': (s, input) => taskStats(s, input),
  'reports.drill': (s, input) => (input.report === 'gi' ? giDrill(s, input) : taskDrill(s, input)),
  'reports.dashboard': (s, input) => dashboard(s, input),
  'reports.completeness': (s, input) => completeness(s, input),
  'reports.tableXlsx': async (_s, input) => ({
    fileName: `${input.fileName.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`,
    base64: (await tableWorkbook(input)).toString('base64'),
  }),
};
