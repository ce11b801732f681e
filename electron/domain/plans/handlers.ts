/** The work-plan slice. */
import type { plansContract } from '../../../shared/plans/contract';
import type { HandlersOf } from '../core/handlers';
import { indicatorTable, listIndicators, listValues, saveIndicator, saveTarget, saveValue } from './indicators';
import { addPlanFile, copyPlan, createPlanFromTemplate, getPlan, listPlans, loadTaskRow, removeTask, savePlan, saveTask, templateInfos } from './plans';
import { addReportFile, saveSummary, saveTaskReport } from './progress-reports';
import { myTasks, planMatrix, tasksOverview } from './standing';

export const plansHandlers: HandlersOf<typeof plansContract> = {
  'plans.templates': (s) => templateInfos(s),
  'plans.list': (s) => listPlans(s),
  'plans.get': (s, input) => getPlan(s.ledger, input.id),
  'plans.save': (s, input) => getPlan(s.ledger, savePlan(s, input)),
  'plans.fromTemplate': (s, input) => getPlan(s.ledger, createPlanFromTemplate(s, input)),
  'plans.copy': (s, input) => getPlan(s.ledger, copyPlan(s, input)),
  'plans.saveTask': (s, input) => {
    saveTask(s, input);
    return getPlan(s.ledger, input.fields.planId);
  },
  'plans.removeTask': (s, input) => {
    const planId = loadTaskRow(s.ledger, input.id).plan_id;
    removeTask(s, input.id);
    return getPlan(s.ledger, planId);
  },
  'plans.addFile': (s, input) => {
    addPlanFile(s, input);
    return getPlan(s.ledger, input.planId);
  },
  'plans.matrix': (s, input) => planMatrix(s, input.id),
  'plans.myTasks': (s, input) => myTasks(s, input.year),
  'plans.overview': (s) => tasksOverview(s),
  'plans.saveReport': (s, input) => ({ id: saveTaskReport(s, input) }),
  'plans.saveSummary': (s, input) => ({ id: saveSummary(s, input) }),
  'plans.addReportFile': (s, input) => ({ id: addReportFile(s, input) }),
  'indicators.list': (s) => listIndicators(s),
  'indicators.save': (s, input) => {
    saveIndicator(s, input);
    return listIndicators(s);
  },
  'indicators.table': (s, input) => indicatorTable(s, input.year),
  'indicators.saveTarget': (s, input) => {
    saveTarget(s, input);
    return indicatorTable(s, input.year);
  },
  'indicators.values': (s, input) => listValues(s, input.indicatorId),
  'indicators.saveValue': (s, input) => {
    saveValue(s, input);
    return listValues(s, input.indicatorId);
  },
};
