/** Closed vocabularies of work plans, tasks, progress reports and indicators (docs/domain.md §5). */

/** How often a task is reported on: once by its deadline, every quarter, or once a year. */
export const CADENCES = ['once', 'quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const REPORT_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Where a task stands for a unit: its latest report's status, or that a report is owed. */
export const TASK_STATES = ['done', 'overdue', 'due_soon', 'open'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** How an indicator's values combine over the periods of a year: added up, or the latest one. */
export const PERIOD_RULES = ['sum', 'latest'] as const;
export type PeriodRule = (typeof PERIOD_RULES)[number];

/** How the league's figure follows from the counties': their sum, or only the league's own value (ratios). */
export const UNIT_RULES = ['sum', 'own'] as const;
export type UnitRule = (typeof UNIT_RULES)[number];

/**
 * Indicators the ledger can compute from its own records. 按期结案率's formula is not official
 * (docs/domain.md §5), so the variants are listed and the league picks one per indicator.
 */
export const COMPUTED_KINDS = ['', 'case_on_time_rate', 'gi_users_approved'] as const;
export type ComputedKind = (typeof COMPUTED_KINDS)[number];
/** decided_in_time: within the legal limit incl. approved extensions; decided_in_base_limit: within the basic 90 days. */
export const ON_TIME_FORMULAS = ['decided_in_time', 'decided_in_base_limit'] as const;
export type OnTimeFormula = (typeof ON_TIME_FORMULAS)[number];

/** Days before a due date from which a report counts as "due soon". */
export const DUE_SOON_DAYS = 7;
