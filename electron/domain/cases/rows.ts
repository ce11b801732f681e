/** Mapping between the `cases` table's columns and the shared CaseRecord / form input shapes. */
import type { CaseFieldsInput } from '../../../shared/cases/schemas';
import type { CaseTimeline } from '../../../shared/cases/deadlines';
import type { CaseRecord } from '../../../shared/cases/types';
import type { CaseCategory, CaseFlag, CaseOutcome, CaseSource, MainStage, PenaltyKind } from '../../../shared/cases/vocabulary';
import { encodeExtensions, parseExtensions } from '../../../shared/cases/extensions';
import type { FieldValue } from '../../store/change-log';
import { decodeTags, encodeTags } from '../core/tags';

export interface CaseRow {
  rowid: number;
  id: string;
  unit_code: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted: number;
  case_number: string;
  number_year: number | null;
  number_seq: number | null;
  title: string;
  campaigns: string;
  category: string;
  violation_type: string;
  legal_basis: string;
  source: string;
  goods: string;
  goods_category: string;
  place_type: string;
  township_code: string | null;
  platform: string;
  shop_url: string;
  flags: string;
  amount_involved_fen: number | null;
  fine_fen: number | null;
  confiscated_fen: number | null;
  seized_qty: number | null;
  seized_unit: string;
  seized_value_fen: number | null;
  destroyed_qty: number | null;
  destroyed_unit: string;
  destroyed_value_fen: number | null;
  recovered_loss_fen: number | null;
  recovered_foreign_loss_fen: number | null;
  police_transfer_date: string | null;
  police_receiver: string;
  police_persons: number | null;
  gi_product: string;
  gi_inspection_id: string | null;
  handlers: string;
  notes: string;
  stage: string;
  outcome: string | null;
  lead_date: string;
  filed_date: string | null;
  decided_date: string | null;
  served_date: string | null;
  published_date: string | null;
  closed_date: string | null;
  decision_number: string;
  filing_extended: number;
  decision_extended: number;
  extension_note: string;
  excluded_days: number;
  procedure: string;
  penalty_kinds: string;
  filing_excluded_days: number;
  decision_extensions: string;
  notice_served_date: string | null;
  rights_waived_date: string | null;
  police_report_date: string | null;
  police_approved_date: string | null;
}

/** The form's editable fields as column values (stage data is written by the stage workflow). */
export function columnsFromInput(input: CaseFieldsInput): Record<string, FieldValue> {
  return {
    title: input.title,
    campaigns: encodeTags(input.campaigns),
    category: input.category,
    violation_type: input.violationType,
    legal_basis: input.legalBasis,
    source: input.source,
    goods: input.goods,
    goods_category: input.goodsCategory,
    place_type: input.placeType,
    township_code: input.townshipCode,
    platform: input.platform,
    shop_url: input.shopUrl,
    flags: encodeTags(input.flags),
    amount_involved_fen: input.amountInvolvedFen,
    fine_fen: input.fineFen,
    confiscated_fen: input.confiscatedFen,
    seized_qty: input.seizedQty,
    seized_unit: input.seizedUnit,
    seized_value_fen: input.seizedValueFen,
    destroyed_qty: input.destroyedQty,
    destroyed_unit: input.destroyedUnit,
    destroyed_value_fen: input.destroyedValueFen,
    recovered_loss_fen: input.recoveredLossFen,
    recovered_foreign_loss_fen: input.recoveredForeignLossFen,
    gi_product: input.giProduct,
    handlers: input.handlers,
    notes: input.notes,
    lead_date: input.leadDate,
    filing_extended: input.filingExtended ? 1 : 0,
    decision_extended: input.decisionExtended ? 1 : 0,
    extension_note: input.extensionNote,
    excluded_days: input.excludedDays,
    // Issue 16 fields: written only when the caller sent them.
    ...(input.procedure !== undefined ? { procedure: input.procedure } : {}),
    ...(input.penaltyKinds !== undefined ? { penalty_kinds: encodeTags(input.penaltyKinds) } : {}),
    ...(input.filingExcludedDays !== undefined ? { filing_excluded_days: input.filingExcludedDays } : {}),
    ...(input.decisionExtensions !== undefined ? { decision_extensions: encodeExtensions(input.decisionExtensions) } : {}),
    ...(input.noticeServedDate !== undefined ? { notice_served_date: input.noticeServedDate } : {}),
    ...(input.rightsWaivedDate !== undefined ? { rights_waived_date: input.rightsWaivedDate } : {}),
    ...(input.policeReportDate !== undefined ? { police_report_date: input.policeReportDate } : {}),
    ...(input.policeApprovedDate !== undefined ? { police_approved_date: input.policeApprovedDate } : {}),
  };
}

export function penaltyTotal(row: Pick<CaseRow, 'fine_fen' | 'confiscated_fen'>): number {
  return (row.fine_fen ?? 0) + (row.confiscated_fen ?? 0);
}

export function recordFromRow(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    caseNumber: r.case_number,
    title: r.title,
    campaigns: decodeTags(r.campaigns),
    category: r.category as CaseCategory,
    violationType: r.violation_type,
    legalBasis: r.legal_basis,
    source: r.source as CaseSource,
    goods: r.goods,
    goodsCategory: r.goods_category,
    placeType: r.place_type,
    townshipCode: r.township_code,
    platform: r.platform,
    shopUrl: r.shop_url,
    flags: decodeTags(r.flags) as CaseFlag[],
    amountInvolvedFen: r.amount_involved_fen,
    fineFen: r.fine_fen,
    confiscatedFen: r.confiscated_fen,
    penaltyTotalFen: penaltyTotal(r),
    seizedQty: r.seized_qty,
    seizedUnit: r.seized_unit,
    seizedValueFen: r.seized_value_fen,
    destroyedQty: r.destroyed_qty,
    destroyedUnit: r.destroyed_unit,
    destroyedValueFen: r.destroyed_value_fen,
    recoveredLossFen: r.recovered_loss_fen,
    recoveredForeignLossFen: r.recovered_foreign_loss_fen,
    policeReceiver: r.police_receiver,
    policePersons: r.police_persons,
    giProduct: r.gi_product,
    giInspectionId: r.gi_inspection_id,
    handlers: r.handlers,
    notes: r.notes,
    stage: r.stage as MainStage,
    ...timelineOf(r),
    decisionNumber: r.decision_number,
    extensionNote: r.extension_note,
    penaltyKinds: decodeTags(r.penalty_kinds) as PenaltyKind[],
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function timelineOf(r: CaseRow): CaseTimeline {
  return {
    leadDate: r.lead_date,
    filedDate: r.filed_date,
    decidedDate: r.decided_date,
    servedDate: r.served_date,
    publishedDate: r.published_date,
    closedDate: r.closed_date,
    outcome: r.outcome as CaseOutcome | null,
    filingExtended: r.filing_extended === 1,
    decisionExtended: r.decision_extended === 1,
    excludedDays: r.excluded_days,
    filingExcludedDays: r.filing_excluded_days ?? 0,
    // A list that does not parse (never written by this app) counts as none; record rules refuse it on import.
    decisionExtensions: parseExtensions(r.decision_extensions ?? '') ?? [],
    procedure: r.procedure === 'simplified' ? 'simplified' : 'ordinary',
    noticeServedDate: r.notice_served_date ?? null,
    hearingDate: null,
    rightsWaivedDate: r.rights_waived_date ?? null,
    policeReportDate: r.police_report_date ?? null,
    policeApprovedDate: r.police_approved_date ?? null,
    policeTransferDate: r.police_transfer_date,
  };
}
