/**
 * Why a received change was quarantined instead of applied. Each code has a message in both
 * languages (`exchange.rejection.<code>`, and `exchange.valueProblem.<problem>` for values); the
 * CLI prints the same facts in its own two-language line.
 */
export const REJECTION_CODES = [
  /** The row belongs to another unit (as this ledger knows it). */
  'foreign_row',
  /** A party, stage entry, attachment … under a record that belongs to another unit. */
  'foreign_parent',
  /** The record it belongs to is not in this ledger (never sent, or itself quarantined). */
  'parent_missing',
  /** The change tries to move the row to another unit. */
  'owner_change',
  /** The row id is already the id of another kind of record here. */
  'id_in_use',
  /** The entity is written only by the other role (a county sending a plan, the league a case). */
  'wrong_role',
  /** The change says it was made by another unit than the sender. */
  'claims_other_unit',
  /** The change claims to have been made on this very installation. */
  'own_installation',
  /** The change claims an installation this ledger does not know for the sender's unit. */
  'unknown_installation',
  'unknown_entity',
  'unknown_field',
  /** A value fails the checks a record saved on the screen passes (field and problem given). */
  'invalid_value',
  /** The ledger refused to store the record although it passed the checks (kept, never half-written). */
  'not_storable',
  /** Quarantined by a version before the ownership rules (no more detail was kept). */
  'authority',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** What is wrong with a value (the field is named with it). */
export const VALUE_PROBLEMS = [
  'required',
  'type',
  'choice',
  'date',
  'future_date',
  'too_long',
  'range',
  'format',
  'identifier_invalid',
  'identifier_unconfirmed',
  'reference_unknown',
  'not_assigned',
  /** A second live record where one per key is kept (one value per indicator, unit and period …). */
  'duplicate',
  /** An indicator the ledger computes itself: no value is reported for it. */
  'computed',
  /** The file's bytes are not of the type the record names, or not an allowed type, or not its size. */
  'file_mismatch',
  /** A file name ending like a program (.exe, .bat …), which no evidence file needs. */
  'file_name',
] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

/** One refused change, as stored in quarantine and shown on 数据交换 and in the import preview. */
export interface Rejection {
  entity: string;
  rowId: string;
  code: RejectionCode;
  /** The sending unit (code and name). */
  sender: string;
  senderName: string;
  /** The unit that owns the row (or its parent record), when that is the problem. */
  owner?: string;
  ownerName?: string;
  /** The unit the change claimed, for claims_other_unit / owner_change. */
  claimed?: string;
  /** The record the row belongs to, for foreign_parent / parent_missing. */
  parentEntity?: string;
  field?: string;
  problem?: ValueProblem;
}
