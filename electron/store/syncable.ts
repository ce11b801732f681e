/**
 * The registry of syncable entities: which table holds each and which fields its change-log
 * entries may carry. Later features add their entities here; the bundle code reads this list
 * and needs no other change. A test checks this registry against the tables in the schema.
 */
import type { SyncableEntity } from '../../shared/entities';

/** 'any': either role writes records, each owned by the unit that wrote it (unit_code). */
export type Owner = 'county' | 'league' | 'any';

export interface EntitySpec {
  table: string;
  /** Fields that are written through change-log entries (besides unit_code and deleted). */
  fields: readonly string[];
  /** Which role may write records of this entity (enforced on import by the bundle feature). */
  owner: Owner;
  /**
   * Records that belong to another record (a case's parties, a user's inspections): the field
   * naming it and the entities it may be. Only the unit owning that record may write them.
   */
  parent?: { field: string; entities: readonly string[] };
}

export const ENTITIES = {
  bureau: { table: 'bureaus', fields: ['name', 'case_prefix'], owner: 'any' },
  case: {
    table: 'cases',
    fields: [
      'case_number',
      'number_year',
      'number_seq',
      'title',
      'campaigns',
      'category',
      'violation_type',
      'legal_basis',
      'source',
      'goods',
      'goods_category',
      'place_type',
      'township_code',
      'platform',
      'shop_url',
      'flags',
      'amount_involved_fen',
      'fine_fen',
      'confiscated_fen',
      'seized_qty',
      'seized_unit',
      'seized_value_fen',
      'destroyed_qty',
      'destroyed_unit',
      'destroyed_value_fen',
      'police_transfer_date',
      'police_receiver',
      'police_persons',
      'gi_product',
      'handlers',
      'notes',
      'stage',
      'outcome',
      'lead_date',
      'filed_date',
      'decided_date',
      'served_date',
      'published_date',
      'closed_date',
      'decision_number',
      'filing_extended',
      'decision_extended',
      'extension_note',
      'excluded_days',
      'gi_inspection_id',
      'procedure',
      'penalty_kinds',
      'filing_excluded_days',
      'decision_extensions',
      'notice_served_date',
      'rights_waived_date',
      'police_report_date',
      'police_approved_date',
      'recovered_loss_fen',
      'recovered_foreign_loss_fen',
    ],
    owner: 'county',
  },
  case_party: {
    table: 'case_parties',
    fields: ['case_id', 'ord', 'kind', 'name', 'id_type', 'id_number', 'id_override', 'legal_representative', 'address', 'township_code', 'phone'],
    owner: 'county',
    parent: { field: 'case_id', entities: ['case'] },
  },
  case_event: {
    table: 'case_events',
    fields: ['case_id', 'stage', 'date', 'actor', 'doc_type', 'doc_year', 'doc_seq', 'doc_number', 'outcome', 'receiver', 'persons', 'note', 'override_reason'],
    owner: 'county',
    parent: { field: 'case_id', entities: ['case'] },
  },
  case_attachment: {
    table: 'case_attachments',
    fields: ['case_id', 'sha256', 'file_name', 'mime', 'size', 'caption'],
    owner: 'county',
    parent: { field: 'case_id', entities: ['case'] },
  },
  gi: {
    table: 'gis',
    fields: [
      'name',
      'kind',
      'identifier',
      'registered_date',
      'holder',
      'nice_class',
      'area_codes',
      'area_text',
      'product_scope',
      'quality_standard',
      'status',
      'source',
      'confidence',
      'verified',
      'adopted_from',
      'notes',
    ],
    // League entries, and counties' proposals (status 'proposed', owned by the proposing county).
    owner: 'any',
  },
  gi_user: {
    table: 'gi_users',
    fields: [
      'gi_id',
      'enterprise_name',
      'uscc',
      'uscc_override',
      'legal_representative',
      'address',
      'township_code',
      'products',
      'varieties',
      'contact_person',
      'phone',
      'status',
      'applied_date',
      'county_review_date',
      'site_check_date',
      'league_review_date',
      'region_review_date',
      'announced_date',
      'announcement_number',
      'status_date',
      'status_reason',
      'notes',
    ],
    owner: 'county',
  },
  gi_user_event: {
    table: 'gi_user_events',
    fields: ['user_id', 'step', 'date', 'actor', 'announcement_number', 'site_check_date', 'note'],
    owner: 'county',
    parent: { field: 'user_id', entities: ['gi_user'] },
  },
  gi_use_report: {
    table: 'gi_use_reports',
    fields: ['user_id', 'year', 'used', 'quantity', 'quantity_unit', 'value_fen', 'labels_printed', 'reported_date', 'note'],
    owner: 'county',
    parent: { field: 'user_id', entities: ['gi_user'] },
  },
  gi_inspection: {
    table: 'gi_inspections',
    fields: [
      'user_id',
      'date',
      'inspectors',
      'chk_mark_display',
      'chk_uscc_printed',
      'chk_product_scope',
      'chk_producer_area',
      'chk_records_kept',
      'result',
      'findings',
      'follow_up',
      'case_id',
    ],
    owner: 'county',
    parent: { field: 'user_id', entities: ['gi_user'] },
  },
  gi_inspection_photo: {
    table: 'gi_inspection_photos',
    fields: ['inspection_id', 'sha256', 'file_name', 'mime', 'size', 'caption'],
    owner: 'county',
    parent: { field: 'inspection_id', entities: ['gi_inspection'] },
  },
  plan: {
    table: 'plans',
    fields: ['doc_number', 'title', 'year', 'issuing_unit', 'issue_date', 'summary_due', 'sections', 'copied_from', 'notes'],
    owner: 'league',
  },
  plan_file: {
    table: 'plan_files',
    fields: ['plan_id', 'sha256', 'file_name', 'mime', 'size'],
    owner: 'league',
    parent: { field: 'plan_id', entities: ['plan'] },
  },
  plan_task: {
    table: 'plan_tasks',
    fields: [
      'plan_id',
      'ord',
      'section_no',
      'title',
      'description',
      'lead_units',
      'supporting_units',
      'assigned_units',
      'deadline',
      'cadence',
      'evidence_required',
      'indicator_codes',
    ],
    owner: 'league',
    parent: { field: 'plan_id', entities: ['plan'] },
  },
  task_report: { table: 'task_reports', fields: ['task_id', 'period', 'status', 'percent', 'narrative', 'reported_date'], owner: 'county' },
  plan_summary: { table: 'plan_summaries', fields: ['plan_id', 'submitted_date', 'narrative'], owner: 'county' },
  report_file: {
    table: 'report_files',
    fields: ['owner_id', 'sha256', 'file_name', 'mime', 'size'],
    owner: 'county',
    parent: { field: 'owner_id', entities: ['task_report', 'plan_summary'] },
  },
  indicator: {
    table: 'indicators',
    fields: ['code', 'name', 'unit', 'formula_notes', 'period_rule', 'unit_rule', 'computed', 'formula', 'ord', 'active'],
    owner: 'league',
  },
  indicator_target: {
    table: 'indicator_targets',
    fields: ['indicator_id', 'year', 'target_unit', 'value', 'note'],
    owner: 'league',
    parent: { field: 'indicator_id', entities: ['indicator'] },
  },
  // Counties report their own values; the league reports league-wide ones (ratios it alone knows).
  indicator_value: { table: 'indicator_values', fields: ['indicator_id', 'period', 'value', 'source', 'note'], owner: 'any' },
  // 执法行动记录 and the unit's key physical markets (issue 16): county records, each owned by its unit.
  enforcement_action: {
    table: 'enforcement_actions',
    fields: [
      'date',
      'title',
      'campaigns',
      'target',
      'physical_market',
      'market_name',
      'staff',
      'businesses_inspected',
      'markets_inspected',
      'seized_qty',
      'seized_unit',
      'seized_goods',
      'township_code',
      'notes',
    ],
    owner: 'county',
  },
  key_market: { table: 'key_markets', fields: ['name', 'kind', 'township_code', 'active', 'notes'], owner: 'county' },
  reference_item: { table: 'reference_items', fields: ['kind', 'code', 'name', 'name_en', 'active', 'value'], owner: 'any' },
} as const satisfies Record<SyncableEntity, EntitySpec>;

export type EntityName = SyncableEntity;

export function entitySpec(entity: string): EntitySpec {
  const spec = (ENTITIES as Record<string, EntitySpec>)[entity];
  if (!spec) throw new Error(`unknown syncable entity: ${entity}`);
  return spec;
}
