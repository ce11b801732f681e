/**
 * Every syncable entity's record rules in one map (a test checks it covers the registry in
 * electron/store/syncable.ts field by field). The bundle import checks each received record with
 * them; a test checks that everything the app itself writes passes them.
 */
import { VOCABULARY_KINDS } from '../../../shared/cases/vocabulary';
import type { SyncableEntity } from '../../../shared/entities';
import { ACTION_RECORD_RULES } from '../actions/record-rules';
import { CASE_RECORD_RULES } from '../cases/record-rules';
import { GI_RECORD_RULES } from '../gi/record-rules';
import { PLAN_RECORD_RULES } from '../plans/record-rules';
import { choice, flag, text, type RecordRules } from '../core/record-checks';

const OFFICE_RECORD_RULES = {
  bureau: { columns: { name: text(100), case_prefix: text(40) }, required: ['name', 'case_prefix'] },
  reference_item: {
    columns: { kind: choice(['holiday', ...VOCABULARY_KINDS] as const), code: text(40), name: text(80), name_en: text(80), active: flag, value: text(40) },
    required: ['kind', 'code'],
  },
} as const satisfies Record<string, RecordRules>;

export const RECORD_RULES: Record<SyncableEntity, RecordRules> = {
  ...OFFICE_RECORD_RULES,
  ...CASE_RECORD_RULES,
  ...GI_RECORD_RULES,
  ...PLAN_RECORD_RULES,
  ...ACTION_RECORD_RULES,
};
