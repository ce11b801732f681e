/** Row shapes of the plan tables and their mapping to the shared record types. */
import type { PlanRecord, PlanSection, StoredFile, TaskRecord, TaskReport } from '../../../shared/plans/types';
import type { Cadence, ReportStatus } from '../../../shared/plans/vocabulary';
import type { Ledger } from '../../store/ledger';
import { decodeTags } from '../core/tags';

export interface PlanRow {
  id: string;
  unit_code: string;
  doc_number: string;
  title: string;
  year: number;
  issuing_unit: string;
  issue_date: string;
  summary_due: string;
  sections: string;
  copied_from: string;
  notes: string;
  updated_at: string;
}

export interface TaskRow {
  id: string;
  plan_id: string;
  ord: number;
  section_no: string;
  title: string;
  description: string;
  lead_units: string;
  supporting_units: string;
  assigned_units: string;
  deadline: string;
  cadence: string;
  evidence_required: string;
  indicator_codes: string;
}

export interface ReportRow {
  id: string;
  task_id: string;
  unit_code: string;
  period: string;
  status: string;
  percent: number;
  narrative: string;
  reported_date: string;
  updated_by: string;
  updated_at: string;
}

function parseSections(text: string): PlanSection[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as PlanSection[]) : [];
  } catch {
    return [];
  }
}

export function planFromRow(r: PlanRow): PlanRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    docNumber: r.doc_number,
    title: r.title,
    year: r.year,
    issuingUnit: r.issuing_unit,
    issueDate: r.issue_date,
    summaryDue: r.summary_due,
    sections: parseSections(r.sections),
    copiedFrom: r.copied_from,
    notes: r.notes,
    updatedAt: r.updated_at,
  };
}

export function taskFromRow(r: TaskRow): TaskRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    ord: r.ord,
    sectionNo: r.section_no,
    title: r.title,
    description: r.description,
    leadUnits: r.lead_units,
    supportingUnits: r.supporting_units,
    assignedUnits: decodeTags(r.assigned_units),
    deadline: r.deadline,
    cadence: r.cadence as Cadence,
    evidenceRequired: r.evidence_required,
    indicatorCodes: decodeTags(r.indicator_codes),
  };
}

/** Files attached to the given owners (reports, summaries) or plans, by owner id. */
export function filesOf(ledger: Ledger, table: 'report_files' | 'plan_files', ownerIds: string[]): Map<string, StoredFile[]> {
  const column = table === 'report_files' ? 'owner_id' : 'plan_id';
  const out = new Map<string, StoredFile[]>();
  if (ownerIds.length === 0) return out;
  const rows = ledger
    .stmt(
      `SELECT id, ${column} AS owner, sha256, file_name, mime, size FROM ${table} WHERE deleted = 0 AND ${column} IN (SELECT value FROM json_each(?)) ORDER BY created_at`,
    )
    .all(JSON.stringify(ownerIds)) as { id: string; owner: string; sha256: string; file_name: string; mime: string; size: number }[];
  for (const r of rows) {
    const list = out.get(r.owner) ?? [];
    list.push({ id: r.id, sha256: r.sha256, fileName: r.file_name, mime: r.mime, size: r.size });
    out.set(r.owner, list);
  }
  return out;
}

export function reportsFromRows(ledger: Ledger, rows: ReportRow[]): TaskReport[] {
  const files = filesOf(
    ledger,
    'report_files',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    taskId: r.task_id,
    unitCode: r.unit_code,
    period: r.period,
    status: r.status as ReportStatus,
    percent: r.percent,
    narrative: r.narrative,
    reportedDate: r.reported_date,
    reportedBy: r.updated_by,
    updatedAt: r.updated_at,
    files: files.get(r.id) ?? [],
  }));
}
