/**
 * What a stored work-plan record may hold (plans, tasks, progress reports, summaries, evidence,
 * indicators, targets and values): the checks a record arriving in a bundle passes, mirroring
 * shared/plans/schemas.ts and the plan domain (a county reports only on tasks assigned to it).
 */
import { z } from 'zod';
import { CADENCES, COMPUTED_KINDS, ON_TIME_FORMULAS, PERIOD_RULES, REPORT_STATUSES, UNIT_RULES } from '../../../shared/plans/vocabulary';
import { choice, date, dateOrEmpty, flag, id, idOrEmpty, int, tags, text, year, type RecordRules, type RowCheck } from '../core/record-checks';
import { fileLinkRules } from '../core/record-checks';

const period = z.string().regex(/^\d{4}(Q[1-4])?$/, { message: 'format' });
const amount = z.number().min(0).max(1e12).nullable();
const unitOrEmpty = z.string().regex(/^(\d{6})?$/, { message: 'format' });

/** A progress report is on a task of this ledger's plans that is assigned to the reporting county. */
const assignedTask: RowCheck = {
  fields: ['task_id'],
  check: (row, ctx) => {
    const task = ctx.ledger.stmt('SELECT assigned_units FROM plan_tasks WHERE id = ?').get(row.task_id) as { assigned_units: string } | undefined;
    if (!task) return { field: 'task_id', problem: 'reference_unknown' };
    return task.assigned_units.includes(`,${ctx.unitCode},`) ? null : { field: 'task_id', problem: 'not_assigned' };
  },
};

/** One live record per key (a county saves again instead of adding a second). */
function onePer(table: 'task_reports' | 'indicator_values', keys: readonly string[]): RowCheck {
  return {
    fields: keys,
    check: (row, ctx) => {
      if (row.deleted === 1) return null;
      const where = keys.map((k) => `${k} = ?`).join(' AND ');
      const other = ctx.ledger
        .stmt(`SELECT 1 FROM ${table} WHERE ${where} AND unit_code = ? AND deleted = 0 AND id <> ?`)
        .get(...keys.map((k) => row[k]), row.unit_code, row.id);
      return other ? { field: keys[keys.length - 1] as string, problem: 'duplicate' } : null;
    },
  };
}

/** A value is reported only for an indicator that is not computed from the ledger, for a period that has begun. */
const reportableValue: RowCheck = {
  fields: ['indicator_id', 'period'],
  check: (row, ctx) => {
    const computed = ctx.ledger.stmt('SELECT computed FROM indicators WHERE id = ?').pluck().get(row.indicator_id) as string | undefined;
    if (computed) return { field: 'indicator_id', problem: 'computed' };
    return String(row.period).slice(0, 4) > ctx.latestFactDate.slice(0, 4) ? { field: 'period', problem: 'future_date' } : null;
  },
};

function exists(field: string, table: 'plans' | 'indicators'): RowCheck {
  return {
    fields: [field],
    check: (row, ctx) => (ctx.ledger.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(row[field]) ? null : { field, problem: 'reference_unknown' }),
  };
}

export const PLAN_RECORD_RULES = {
  plan: {
    columns: {
      doc_number: text(60),
      title: text(200),
      year,
      issuing_unit: text(100),
      issue_date: dateOrEmpty,
      summary_due: dateOrEmpty,
      sections: text(2_100_000),
      copied_from: idOrEmpty,
      notes: text(2000),
    },
    required: ['title', 'year'],
  },
  plan_file: fileLinkRules('plan_id'),
  plan_task: {
    columns: {
      plan_id: id,
      ord: int(0, 10_000),
      section_no: text(20),
      title: text(200),
      description: text(5000),
      lead_units: text(300),
      supporting_units: text(300),
      assigned_units: tags(),
      deadline: dateOrEmpty,
      cadence: choice(CADENCES),
      evidence_required: text(500),
      indicator_codes: tags(),
    },
    required: ['plan_id', 'title'],
  },
  task_report: {
    columns: {
      task_id: id,
      period,
      status: choice(REPORT_STATUSES),
      percent: int(0, 100),
      narrative: text(5000),
      reported_date: date,
    },
    required: ['task_id', 'period', 'reported_date'],
    factDates: ['reported_date'],
    rows: [assignedTask, onePer('task_reports', ['task_id', 'period'])],
  },
  plan_summary: {
    columns: { plan_id: id, submitted_date: date, narrative: text(20_000) },
    required: ['plan_id', 'submitted_date', 'narrative'],
    factDates: ['submitted_date'],
    rows: [exists('plan_id', 'plans')],
  },
  report_file: fileLinkRules('owner_id'),
  indicator: {
    columns: {
      code: z.string().regex(/^[a-z0-9_]{1,40}$/, { message: 'format' }),
      name: text(80),
      unit: text(20),
      formula_notes: text(1000),
      period_rule: choice(PERIOD_RULES),
      unit_rule: choice(UNIT_RULES),
      computed: choice(COMPUTED_KINDS),
      formula: choice(['', ...ON_TIME_FORMULAS] as const),
      ord: int(0, 10_000),
      active: flag,
    },
    required: ['code', 'name'],
  },
  indicator_target: {
    columns: { indicator_id: id, year, target_unit: unitOrEmpty, value: amount, note: text(200) },
    required: ['indicator_id', 'year'],
  },
  indicator_value: {
    columns: { indicator_id: id, period, value: amount, source: text(200), note: text(500) },
    required: ['indicator_id', 'period'],
    rows: [exists('indicator_id', 'indicators'), reportableValue, onePer('indicator_values', ['indicator_id', 'period'])],
  },
} as const satisfies Record<string, RecordRules>;
