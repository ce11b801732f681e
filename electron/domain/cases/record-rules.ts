/**
 * What a stored case record may hold (cases, parties, stage entries, evidence links): the checks
 * a record arriving in a bundle passes, mirroring the case form's schema (shared/cases/schemas.ts)
 * and the domain's checks (identifiers, townships, no future dates).
 */
import {
  CASE_CATEGORIES,
  CASE_FLAGS,
  CASE_OUTCOMES,
  CASE_SOURCES,
  DOC_TYPES,
  ID_TYPES,
  MAIN_STAGES,
  PARTY_KINDS,
  PENALTY_KINDS,
  STAGE_CODES,
} from '../../../shared/cases/vocabulary';
import { CASE_PROCEDURES } from '../../../shared/cases/deadlines';
import { parseExtensions } from '../../../shared/cases/extensions';
import { hasErrors, hasWarnings } from '../../../shared/identifiers';
import type { IdType } from '../../../shared/cases/vocabulary';
import {
  choice,
  date,
  fen,
  flag,
  id,
  int,
  optChoice,
  optDate,
  optId,
  optInt,
  quantity,
  tags,
  text,
  township,
  year,
  type RecordRules,
  type RowCheck,
  sameUnitReference,
  townshipKnown,
  fileLinkRules,
} from '../core/record-checks';
import { checkPartyIdentifier } from './parties';
import { z } from 'zod';

/** cases.decision_extensions: '' or a valid stored list (shared/cases/extensions.ts). */
const extensionsJson = z
  .string()
  .max(20_000)
  .refine((v) => parseExtensions(v) !== null, { message: 'format' });
/**
 * 挽回外商投资企业经济损失 is the part of 挽回经济损失 recovered for foreign-invested right holders
 * (SAMR form columns 5 and 11, note 4(2)): never more than the whole, and only on a case flagged
 * 外商投资企业被侵权 (the same rule as the case form, electron/domain/cases/write.ts).
 */
const recoveredLosses: RowCheck = {
  fields: ['recovered_loss_fen', 'recovered_foreign_loss_fen', 'flags'],
  check: (row) => {
    const foreign = row.recovered_foreign_loss_fen;
    if (typeof foreign !== 'number' || foreign === 0) return null;
    if (typeof row.recovered_loss_fen !== 'number' || foreign > row.recovered_loss_fen) return { field: 'recovered_foreign_loss_fen', problem: 'range' };
    return String(row.flags ?? '').includes(',foreign_investment,') ? null : { field: 'recovered_foreign_loss_fen', problem: 'range' };
  },
};

const caseRules: RecordRules = {
  columns: {
    case_number: text(60),
    number_year: year.nullable(),
    number_seq: optInt(1, 1e9),
    title: text(120),
    campaigns: tags(),
    category: choice(CASE_CATEGORIES),
    violation_type: text(80),
    legal_basis: text(200),
    source: choice(CASE_SOURCES),
    goods: text(200),
    goods_category: text(40),
    place_type: text(40),
    township_code: township,
    platform: text(80),
    shop_url: text(500),
    flags: tags(CASE_FLAGS),
    amount_involved_fen: fen,
    fine_fen: fen,
    confiscated_fen: fen,
    seized_qty: quantity,
    seized_unit: text(20),
    seized_value_fen: fen,
    destroyed_qty: quantity,
    destroyed_unit: text(20),
    destroyed_value_fen: fen,
    police_transfer_date: optDate,
    police_receiver: text(100),
    police_persons: optInt(0, 10_000),
    gi_product: text(80),
    handlers: text(100),
    notes: text(4000),
    stage: choice(MAIN_STAGES),
    outcome: optChoice(CASE_OUTCOMES),
    lead_date: date,
    filed_date: optDate,
    decided_date: optDate,
    served_date: optDate,
    published_date: optDate,
    closed_date: optDate,
    decision_number: text(60),
    filing_extended: flag,
    decision_extended: flag,
    extension_note: text(400),
    excluded_days: int(0, 3650),
    gi_inspection_id: optId,
    procedure: choice(CASE_PROCEDURES),
    penalty_kinds: tags(PENALTY_KINDS),
    filing_excluded_days: int(0, 3650),
    decision_extensions: extensionsJson,
    notice_served_date: optDate,
    rights_waived_date: optDate,
    police_report_date: optDate,
    police_approved_date: optDate,
    recovered_loss_fen: fen,
    recovered_foreign_loss_fen: fen,
  },
  required: ['title', 'lead_date'],
  factDates: [
    'lead_date',
    'filed_date',
    'decided_date',
    'served_date',
    'published_date',
    'closed_date',
    'police_transfer_date',
    'notice_served_date',
    'rights_waived_date',
    'police_report_date',
    'police_approved_date',
  ],
  // The inspection a case was opened from is one of the same unit's.
  rows: [townshipKnown('township_code'), sameUnitReference('gi_inspection_id', 'gi_inspections'), recoveredLosses],
};

/** ID and USCC numbers: the same checks and the same confirmation rule as the party form. */
const partyIdentifier: RowCheck = {
  fields: ['id_type', 'id_number', 'id_override'],
  check: (row, ctx) => {
    const check = checkPartyIdentifier(ctx.ledger, row.id_type as IdType, String(row.id_number ?? ''), ctx.today, ctx.areaCodes());
    if (!check) return null;
    if (hasErrors(check) || check.value !== row.id_number) return { field: 'id_number', problem: 'identifier_invalid' };
    if (hasWarnings(check) && row.id_override !== 1) return { field: 'id_number', problem: 'identifier_unconfirmed' };
    return null;
  },
};

const partyRules: RecordRules = {
  columns: {
    case_id: id,
    ord: int(0, 1000),
    kind: choice(PARTY_KINDS),
    name: text(100),
    id_type: choice(ID_TYPES),
    id_number: text(40),
    id_override: flag,
    legal_representative: text(40),
    address: text(200),
    township_code: township,
    phone: text(40),
  },
  required: ['case_id', 'name'],
  rows: [partyIdentifier, townshipKnown('township_code')],
};

const eventRules: RecordRules = {
  columns: {
    case_id: id,
    stage: choice(STAGE_CODES as unknown as readonly [string, ...string[]]),
    date,
    actor: text(100),
    doc_type: optChoice(DOC_TYPES),
    doc_year: year.nullable(),
    doc_seq: optInt(1, 1e9),
    doc_number: text(60),
    outcome: optChoice(CASE_OUTCOMES),
    receiver: text(100),
    persons: optInt(0, 10_000),
    note: text(1000),
    override_reason: text(1000),
  },
  required: ['case_id', 'stage', 'date'],
  factDates: ['date'],
};


export const CASE_RECORD_RULES = {
  case: caseRules,
  case_party: partyRules,
  case_event: eventRules,
  case_attachment: fileLinkRules('case_id', { caption: text(200) }),
} as const;
