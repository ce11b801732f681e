/**
 * Inspections of mark use, their photos, and the enforcement case a failed one opens. The case
 * is created pre-filled (category 地理标志, the enterprise as party, the GI as product) and the
 * two records point at each other: inspection.case_id and case.gi_inspection_id.
 */
import { caseFieldsSchema, type CaseFieldsInput } from '../../../shared/cases/schemas';
import type { InspectionInput } from '../../../shared/gi/schemas';
import { CHECK_ITEMS } from '../../../shared/gi/vocabulary';
import { DomainError } from '../../../shared/errors';
import { insertRecord, tombstoneRecord, updateRecord, type FieldValue } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { acceptUpload } from '../core/blob-store';
import { decodeTags } from '../core/tags';
import { writeContext, type Session } from '../core/session';
import { loadGiRow } from './catalogue';
import { checkNotFuture } from '../core/office';
import { loadUserRow } from './users';

export interface InspectionRow {
  id: string;
  user_id: string;
  date: string;
  inspectors: string;
  chk_mark_display: string;
  chk_uscc_printed: string;
  chk_product_scope: string;
  chk_producer_area: string;
  chk_records_kept: string;
  result: string;
  findings: string;
  follow_up: string;
  case_id: string | null;
  created_at: string;
  created_by: string;
}

export function loadInspectionRow(ledger: Ledger, id: string): InspectionRow {
  const row = ledger.stmt('SELECT * FROM gi_inspections WHERE id = ? AND deleted = 0').get(id) as InspectionRow | undefined;
  if (!row) throw new DomainError('not_found', `inspection ${id} not found`);
  return row;
}

export function saveInspection(session: Session, input: InspectionInput): string {
  const ctx = writeContext(session);
  const user = loadUserRow(session.ledger, input.userId);
  checkNotFuture(session, input.date);
  if (input.date < user.applied_date) throw new DomainError('validation', 'dates_out_of_order');
  // A failed checklist item cannot end in 合格.
  if (input.result === 'pass' && CHECK_ITEMS.some((c) => input.checklist[c] === 'fail')) throw new DomainError('validation', 'gi_inspection_result_mismatch');
  const fields: Record<string, FieldValue> = {
    user_id: user.id,
    date: input.date,
    inspectors: input.inspectors,
    ...Object.fromEntries(CHECK_ITEMS.map((c) => [`chk_${c}`, input.checklist[c]])),
    result: input.result,
    findings: input.findings,
    follow_up: input.followUp,
  };
  if (!input.id) return insertRecord(ctx, 'gi_inspection', fields);
  const existing = loadInspectionRow(session.ledger, input.id);
  if (existing.user_id !== user.id) throw new DomainError('not_found', `inspection ${input.id} belongs to another user`);
  updateRecord(ctx, 'gi_inspection', input.id, fields);
  return input.id;
}

/**
 * The case a failed inspection opens: the one already opened, or the pre-filled fields of a new one
 * (category 地理标志, the violation from the failed items, the enterprise as party). The case log
 * writes it; electron/api/workflows.ts runs both in one transaction.
 */
export function caseForInspection(session: Session, inspectionId: string): { caseId: string } | { fields: CaseFieldsInput } {
  const { ledger } = session;
  const inspection = loadInspectionRow(ledger, inspectionId);
  if (inspection.case_id) return { caseId: inspection.case_id };
  if (inspection.result === 'pass') throw new DomainError('validation', 'gi_inspection_passed');
  const user = loadUserRow(ledger, inspection.user_id);
  const gi = loadGiRow(ledger, user.gi_id);
  const outsideScopeOrArea = inspection.chk_product_scope === 'fail' || inspection.chk_producer_area === 'fail';
  const fields = caseFieldsSchema.parse({
    title: `${user.enterprise_name}涉嫌违规使用“${gi.name}”地理标志专用标志`.slice(0, 120),
    category: 'gi',
    violationType: outsideScopeOrArea ? 'gi_outside_scope' : 'gi_unauthorised',
    source: 'inspection',
    goods: decodeTags(user.products).join('、').slice(0, 200),
    townshipCode: user.township_code,
    giProduct: gi.name,
    handlers: inspection.inspectors.slice(0, 100),
    notes: [inspection.findings, inspection.follow_up].filter(Boolean).join('\n').slice(0, 2000),
    leadDate: inspection.date,
    parties: [
      {
        kind: 'organisation',
        name: user.enterprise_name,
        idType: 'uscc',
        idNumber: user.uscc,
        idOverride: user.uscc_override === 1,
        legalRepresentative: user.legal_representative,
        address: user.address,
        townshipCode: user.township_code,
        phone: user.phone,
      },
    ],
  });
  return { fields };
}

/** The inspection's side of the link to the case it opened. */
export function linkInspectionToCase(session: Session, inspectionId: string, caseId: string): void {
  updateRecord(writeContext(session), 'gi_inspection', inspectionId, { case_id: caseId });
}

export function addInspectionPhoto(session: Session, input: { inspectionId: string; fileName: string; caption: string; uploadId: string }): string {
  const ctx = writeContext(session);
  loadInspectionRow(session.ledger, input.inspectionId);
  const { sha256, mime, size } = acceptUpload(session, input.uploadId);
  const existing = session.ledger
    .stmt('SELECT id FROM gi_inspection_photos WHERE inspection_id = ? AND sha256 = ? AND deleted = 0')
    .pluck()
    .get(input.inspectionId, sha256) as string | undefined;
  if (existing) return existing;
  return insertRecord(ctx, 'gi_inspection_photo', {
    inspection_id: input.inspectionId,
    sha256,
    file_name: input.fileName,
    mime,
    size,
    caption: input.caption,
  });
}

export function removeInspectionPhoto(session: Session, id: string): void {
  tombstoneRecord(writeContext(session), 'gi_inspection_photo', id);
}
