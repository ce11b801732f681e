/**
 * Names of the syncable entities. The store's registry (electron/store/syncable.ts) must define
 * exactly these; the renderer uses them for filters and translations (`entities.<name>`).
 */
export const SYNCABLE_ENTITIES = [
  'bureau',
  'case',
  'case_party',
  'case_event',
  'case_attachment',
  'gi',
  'gi_user',
  'gi_user_event',
  'gi_use_report',
  'gi_inspection',
  'gi_inspection_photo',
  'plan',
  'plan_file',
  'plan_task',
  'task_report',
  'plan_summary',
  'report_file',
  'indicator',
  'indicator_target',
  'indicator_value',
  'enforcement_action',
  'key_market',
  'reference_item',
] as const;
export type SyncableEntity = (typeof SYNCABLE_ENTITIES)[number];
