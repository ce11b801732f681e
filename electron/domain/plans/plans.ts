/**
 * Plans and their task lists (league records): list, read, edit, create from a shipped
 * template, and copy to a new year (tasks kept with their dates moved by the years between,
 * reports and summaries left behind — they belong to the old year).
 */
import fs from 'node:fs';
import path from 'node:path';
import { carryText, carryTitle, shiftYears, withoutContacts, type Carry } from '../../../shared/plans/plan-text';
import { planFieldsSchema, taskFieldsSchema, type PlanFieldsInput, type PlanHeaderInput, type TaskFieldsInput } from '../../../shared/plans/schemas';
import type { PlanDetail, PlanListItem, PlanTemplateInfo } from '../../../shared/plans/types';
import { DomainError } from '../../../shared/errors';
import { insertRecord, tombstoneRecord, updateRecord, type FieldValue, type WriteContext } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { referenceDir } from '../../store/shipped-reference';
import { acceptUpload } from '../core/blob-store';
import { encodeTags } from '../core/tags';
import { writeContext, type Session } from '../core/session';
import { currentOffice } from '../core/office';
import { getProfile } from '../core/profile';
import { filesOf, planFromRow, taskFromRow, type PlanRow, type TaskRow } from './rows';

export interface PlanTemplate {
  key: string;
  /** The league the template belongs to: only that league is offered it. */
  league: string;
  name: string;
  source: string;
  plan: unknown;
  tasks: unknown[];
}

export function loadTemplates(dir = referenceDir()): PlanTemplate[] {
  const file = path.join(dir, 'plan-templates.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PlanTemplate[]) : [];
}

/** The templates a league may use: its own. */
export function templatesFor(leagueCode: string, dir?: string): PlanTemplate[] {
  return loadTemplates(dir).filter((t) => t.league === leagueCode);
}

export function templateInfos(session: Session): PlanTemplateInfo[] {
  return templatesFor(currentOffice(session).leagueCode).map((t) => {
    const p = planFieldsSchema.parse(t.plan);
    return {
      key: t.key,
      name: t.name,
      source: t.source,
      taskCount: t.tasks.length,
      header: { docNumber: p.docNumber, title: p.title, year: p.year, issuingUnit: p.issuingUnit, issueDate: p.issueDate, summaryDue: p.summaryDue },
    };
  });
}

export function loadPlanRow(ledger: Ledger, id: string): PlanRow {
  const row = ledger.stmt('SELECT * FROM plans WHERE id = ? AND deleted = 0').get(id) as PlanRow | undefined;
  if (!row) throw new DomainError('not_found', `plan ${id} not found`);
  return row;
}

export function loadTaskRow(ledger: Ledger, id: string): TaskRow {
  const row = ledger.stmt('SELECT * FROM plan_tasks WHERE id = ? AND deleted = 0').get(id) as TaskRow | undefined;
  if (!row) throw new DomainError('not_found', `task ${id} not found`);
  return row;
}

export function planTasks(ledger: Ledger, planId: string): TaskRow[] {
  return ledger.stmt('SELECT * FROM plan_tasks WHERE plan_id = ? AND deleted = 0 ORDER BY ord, created_at').all(planId) as TaskRow[];
}

/** Plans of the office's league, newest year first. */
export function listPlans(session: Session): PlanListItem[] {
  const { leagueCode } = currentOffice(session);
  const rows = session.ledger.stmt('SELECT * FROM plans WHERE deleted = 0 AND unit_code = ? ORDER BY year DESC, issue_date DESC').all(leagueCode) as PlanRow[];
  return rows.map((r) => {
    const tasks = planTasks(session.ledger, r.id).map(taskFromRow);
    return { ...planFromRow(r), taskCount: tasks.length, unitCount: new Set(tasks.flatMap((t) => t.assignedUnits)).size };
  });
}

export function getPlan(ledger: Ledger, id: string): PlanDetail {
  return {
    plan: planFromRow(loadPlanRow(ledger, id)),
    tasks: planTasks(ledger, id).map(taskFromRow),
    files: filesOf(ledger, 'plan_files', [id]).get(id) ?? [],
  };
}

function leagueOnly(session: Session): WriteContext {
  const ctx = writeContext(session);
  if (currentOffice(session).role !== 'league') throw new DomainError('validation', 'plan_league_only');
  return ctx;
}

function planColumns(f: PlanFieldsInput): Record<string, FieldValue> {
  return {
    doc_number: f.docNumber,
    title: f.title,
    year: f.year,
    issuing_unit: f.issuingUnit,
    issue_date: f.issueDate,
    summary_due: f.summaryDue,
    sections: f.sections.length ? JSON.stringify(f.sections) : '',
    notes: f.notes,
  };
}

function checkPlan(f: PlanFieldsInput): void {
  checkHeader(f);
}

export function savePlan(session: Session, input: { id?: string; fields: PlanFieldsInput }): string {
  const ctx = leagueOnly(session);
  checkPlan(input.fields);
  if (!input.id) return insertRecord(ctx, 'plan', planColumns(input.fields));
  loadPlanRow(session.ledger, input.id);
  updateRecord(ctx, 'plan', input.id, planColumns(input.fields));
  return input.id;
}

function taskColumns(f: TaskFieldsInput, ord: number): Record<string, FieldValue> {
  return {
    plan_id: f.planId,
    ord,
    section_no: f.sectionNo,
    title: f.title,
    description: f.description,
    lead_units: f.leadUnits,
    supporting_units: f.supportingUnits,
    assigned_units: encodeTags(f.assignedUnits),
    deadline: f.deadline,
    cadence: f.cadence,
    evidence_required: f.evidenceRequired,
    indicator_codes: encodeTags(f.indicatorCodes),
  };
}

/** Tasks are assigned to counties of the plan's league. */
function checkTask(session: Session, f: TaskFieldsInput): void {
  const plan = loadPlanRow(session.ledger, f.planId);
  const counties = new Set(session.ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ?').pluck().all(plan.unit_code) as string[]);
  if (f.assignedUnits.some((u) => !counties.has(u))) throw new DomainError('validation', 'task_unit_unknown');
  if (f.deadline < plan.issue_date) throw new DomainError('validation', 'dates_out_of_order');
}

export function saveTask(session: Session, input: { id?: string; fields: TaskFieldsInput }): string {
  const ctx = leagueOnly(session);
  checkTask(session, input.fields);
  if (input.id) {
    const row = loadTaskRow(session.ledger, input.id);
    updateRecord(ctx, 'plan_task', input.id, taskColumns(input.fields, row.ord));
    return input.id;
  }
  const ord =
    ((session.ledger.stmt('SELECT max(ord) FROM plan_tasks WHERE plan_id = ? AND deleted = 0').pluck().get(input.fields.planId) as number | null) ?? 0) + 1;
  return insertRecord(ctx, 'plan_task', taskColumns(input.fields, ord));
}

export function removeTask(session: Session, id: string): void {
  const ctx = leagueOnly(session);
  loadTaskRow(session.ledger, id);
  tombstoneRecord(ctx, 'plan_task', id);
}

/** All counties of the league: the default assignment of a task. */
export function leagueCounties(ledger: Ledger, leagueCode: string): string[] {
  return ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ? ORDER BY code').pluck().all(leagueCode) as string[];
}

/**
 * A plan carried into a new header (another year, number, issuer, dates): sections and task texts
 * follow the new dates, the old document's contacts are dropped, task deadlines move by the years
 * between (one on the old summary date takes the new one).
 */
function carried(plan: PlanFieldsInput, header: PlanHeaderInput): { plan: PlanFieldsInput; carry: Carry } {
  const carry: Carry = { fromYear: plan.year, toYear: header.year, fromDue: plan.summaryDue, toDue: header.summaryDue };
  return {
    plan: {
      ...header,
      sections: plan.sections.map((sec) => ({ ...sec, text: carryText(sec.text, carry) })),
      notes: withoutContacts(plan.notes),
    },
    carry,
  };
}

function carriedDeadline(deadline: string, carry: Carry): string {
  if (deadline === carry.fromDue) return carry.toDue;
  return shiftYears(deadline, carry.toYear - carry.fromYear);
}

function checkHeader(header: PlanHeaderInput): void {
  if (header.summaryDue < header.issueDate) throw new DomainError('validation', 'dates_out_of_order');
  if (header.issueDate.slice(0, 4) !== String(header.year) && header.summaryDue.slice(0, 4) !== String(header.year))
    throw new DomainError('validation', 'plan_dates_year');
}

export function createPlanFromTemplate(session: Session, input: { template: string; assignTo?: string[]; header?: PlanHeaderInput }, dir?: string): string {
  const ctx = leagueOnly(session);
  const template = loadTemplates(dir).find((t) => t.key === input.template);
  if (!template) throw new DomainError('not_found', `plan template ${input.template} not found`);
  if (template.league !== ctx.unitCode) throw new DomainError('validation', 'plan_template_other_league');
  const source = planFieldsSchema.parse(template.plan);
  const { plan, carry } = input.header ? carried(source, input.header) : { plan: source, carry: null };
  if (input.header) checkHeader(input.header);
  const assigned = input.assignTo?.length ? input.assignTo : leagueCounties(session.ledger, ctx.unitCode);
  return session.ledger.write(() => {
    const planId = insertRecord(ctx, 'plan', planColumns(plan));
    template.tasks.forEach((t, i) => {
      const raw = taskFieldsSchema.parse({ ...(t as object), planId, assignedUnits: assigned });
      const fields = carry ? { ...raw, description: carryText(raw.description, carry), deadline: carriedDeadline(raw.deadline, carry) } : raw;
      checkTask(session, fields);
      insertRecord(ctx, 'plan_task', taskColumns(fields, i + 1));
    });
    return planId;
  });
}

/**
 * Copy to a new year: tasks and assignments kept, reports left behind; the new plan's number,
 * issuer and dates are the ones asked for (without them: no number, this bureau as issuer, dates
 * moved by the years between), and the old document's contacts and dates do not come along.
 */
export function copyPlan(session: Session, input: { planId: string; year: number; header?: PlanHeaderInput }): string {
  const ctx = leagueOnly(session);
  const source = getPlan(session.ledger, input.planId);
  const p = source.plan;
  if (input.year <= p.year || (input.header && input.header.year !== input.year)) throw new DomainError('validation', 'plan_copy_year');
  const years = input.year - p.year;
  const header: PlanHeaderInput = input.header ?? {
    docNumber: '',
    title: carryTitle(p.title, p.year, input.year),
    year: input.year,
    issuingUnit: getProfile(session)?.bureauName ?? '',
    issueDate: shiftYears(p.issueDate, years),
    summaryDue: shiftYears(p.summaryDue, years),
  };
  checkHeader(header);
  const { plan, carry } = carried(p, header);
  return session.ledger.write(() => {
    const planId = insertRecord(ctx, 'plan', { ...planColumns(plan), copied_from: p.id });
    source.tasks.forEach((t, i) =>
      insertRecord(
        ctx,
        'plan_task',
        taskColumns({ ...t, planId, description: carryText(t.description, carry), deadline: carriedDeadline(t.deadline, carry) }, i + 1),
      ),
    );
    return planId;
  });
}

/** The original document (PDF or scan) attached to a plan. */
export function addPlanFile(session: Session, input: { planId: string; fileName: string; uploadId: string }): string {
  const ctx = leagueOnly(session);
  loadPlanRow(session.ledger, input.planId);
  const { sha256, mime, size } = acceptUpload(session, input.uploadId);
  const existing = session.ledger.stmt('SELECT id FROM plan_files WHERE plan_id = ? AND sha256 = ? AND deleted = 0').pluck().get(input.planId, sha256) as
    string | undefined;
  return existing ?? insertRecord(ctx, 'plan_file', { plan_id: input.planId, sha256, file_name: input.fileName, mime, size });
}
