/** Shapes the work-plan contract methods return. */
import type { Period, TaskStanding } from './periods';
import type { Cadence, ComputedKind, OnTimeFormula, PeriodRule, ReportStatus, UnitRule } from './vocabulary';

export interface PlanSection {
  number: string;
  title: string;
  text: string;
}

export interface PlanRecord {
  id: string;
  unitCode: string;
  docNumber: string;
  title: string;
  year: number;
  issuingUnit: string;
  issueDate: string;
  summaryDue: string;
  sections: PlanSection[];
  copiedFrom: string;
  notes: string;
  updatedAt: string;
}

export interface TaskRecord {
  id: string;
  planId: string;
  ord: number;
  sectionNo: string;
  title: string;
  description: string;
  leadUnits: string;
  supportingUnits: string;
  assignedUnits: string[];
  deadline: string;
  cadence: Cadence;
  evidenceRequired: string;
  indicatorCodes: string[];
}

export interface StoredFile {
  id: string;
  sha256: string;
  fileName: string;
  mime: string;
  size: number;
}

export interface TaskReport {
  id: string;
  taskId: string;
  unitCode: string;
  period: string;
  status: ReportStatus;
  percent: number;
  narrative: string;
  reportedDate: string;
  reportedBy: string;
  updatedAt: string;
  files: StoredFile[];
}

export interface PlanSummary {
  id: string;
  planId: string;
  unitCode: string;
  submittedDate: string;
  narrative: string;
  reportedBy: string;
  files: StoredFile[];
}

export interface PlanListItem extends PlanRecord {
  taskCount: number;
  /** Units the plan's tasks are assigned to. */
  unitCount: number;
}

export interface PlanDetail {
  plan: PlanRecord;
  tasks: TaskRecord[];
  files: StoredFile[];
}

export interface MyTask {
  plan: Pick<PlanRecord, 'id' | 'docNumber' | 'title' | 'year'>;
  task: TaskRecord;
  periods: Period[];
  standing: TaskStanding;
  reports: TaskReport[];
}

export interface MySummary {
  plan: Pick<PlanRecord, 'id' | 'docNumber' | 'title' | 'year' | 'summaryDue'>;
  summary: PlanSummary | null;
  daysLeft: number;
}

export interface MyTasks {
  /** The plan year shown, and every year that has tasks for this unit. */
  year: number | null;
  years: number[];
  tasks: MyTask[];
  summaries: MySummary[];
}

export interface MatrixCell {
  unitCode: string;
  standing: TaskStanding;
  /** The unit's latest report on the task. */
  report: TaskReport | null;
}

export interface PlanMatrix {
  plan: PlanRecord;
  units: { code: string; name: string }[];
  rows: { task: TaskRecord; cells: (MatrixCell | null)[] }[];
  summaries: (PlanSummary | null)[];
}

export interface IndicatorRecord {
  id: string;
  unitCode: string;
  code: string;
  name: string;
  unit: string;
  formulaNotes: string;
  periodRule: PeriodRule;
  unitRule: UnitRule;
  computed: ComputedKind;
  formula: OnTimeFormula | '';
  active: boolean;
}

export interface IndicatorCell {
  target: number | null;
  targetNote: string;
  value: number | null;
  /** Where the value comes from: reported values, the counties' sum, or the ledger's records. */
  origin: 'reported' | 'counties' | 'computed' | null;
}

export interface IndicatorTable {
  year: number;
  /** The league first, then its counties (a county sees itself and the league). */
  units: { code: string; name: string }[];
  rows: { indicator: IndicatorRecord; cells: IndicatorCell[] }[];
}

export interface IndicatorValueRow {
  id: string;
  period: string;
  value: number;
  source: string;
  note: string;
  reportedBy: string;
}

export interface TasksOverview {
  overdue: number;
  dueSoon: number;
  /** The most urgent items: a task (or a year-end summary) owed by a unit. */
  items: { title: string; unit: string; due: string; daysLeft: number; summary?: boolean }[];
}

/** A shipped template as offered to a league (only its own league's). */
export interface PlanTemplateInfo {
  key: string;
  name: string;
  /** The document it was typed from, in words (no file paths). */
  source: string;
  taskCount: number;
  /** The template's own number, title, issuer and dates: the starting point of the new plan's. */
  header: { docNumber: string; title: string; year: number; issuingUnit: string; issueDate: string; summaryDue: string };
}
