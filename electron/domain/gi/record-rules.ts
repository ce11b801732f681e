/**
 * What a stored GI record may hold (catalogue entries, authorised users, their timeline, use
 * reports, inspections and photos): the checks a record arriving in a bundle passes, mirroring
 * shared/gi/schemas.ts and the GI domain (USCC check and confirmation, existing GI, no future dates).
 */
import { checkUscc, hasErrors, hasWarnings } from '../../../shared/identifiers';
import { CHECK_RESULTS, CONFIDENCES, GI_KINDS, GI_STATUSES, INSPECTION_RESULTS, TIMELINE_STEPS, USER_STATUSES } from '../../../shared/gi/vocabulary';
import { z } from 'zod';
import {
  choice,
  date,
  fen,
  flag,
  id,
  idOrEmpty,
  int,
  optDate,
  optId,
  quantity,
  tags,
  text,
  township,
  year,
  type RecordRules,
  type RowCheck,
  sameUnitReference,
} from '../core/record-checks';
import { fileLinkRules, townshipKnown } from '../core/record-checks';

/** A GI's date may be known only to the year (seed entries): '', YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, { message: 'date' });

/**
 * A county's catalogue entry is a proposal until the league adopts it (saveGi forces this): never
 * active, verified or "adopted from" anything. The league's entries are never proposals.
 */
const proposalOnly: RowCheck = {
  fields: ['status', 'verified', 'adopted_from'],
  check: (row, ctx) => {
    if (ctx.role === 'league') return row.status === 'proposed' ? { field: 'status', problem: 'choice' } : null;
    if (row.status !== 'proposed') return { field: 'status', problem: 'choice' };
    if (row.verified !== 0) return { field: 'verified', problem: 'choice' };
    if (row.adopted_from !== '') return { field: 'adopted_from', problem: 'choice' };
    return null;
  },
};

/** An adopted proposal is one of the catalogue's proposals (any county's): the league adopts, counties propose. */
const adoptedProposal: RowCheck = {
  fields: ['adopted_from'],
  check: (row, ctx) =>
    row.adopted_from === '' || ctx.ledger.stmt("SELECT 1 FROM gis WHERE id = ? AND status = 'proposed'").get(row.adopted_from)
      ? null
      : { field: 'adopted_from', problem: 'reference_unknown' },
};

const giRules: RecordRules = {
  columns: {
    name: text(60),
    kind: choice(GI_KINDS),
    identifier: text(120),
    registered_date: partialDate,
    holder: text(120),
    nice_class: text(40),
    area_codes: tags(),
    area_text: text(500),
    product_scope: tags(),
    quality_standard: text(200),
    status: choice(GI_STATUSES),
    source: text(500),
    confidence: choice(CONFIDENCES),
    verified: flag,
    adopted_from: idOrEmpty,
    notes: text(1000),
  },
  required: ['name'],
  rows: [proposalOnly, adoptedProposal],
};

const usccCheck: RowCheck = {
  fields: ['uscc', 'uscc_override'],
  check: (row) => {
    const check = checkUscc(String(row.uscc ?? ''));
    if (hasErrors(check) || check.value !== row.uscc) return { field: 'uscc', problem: 'identifier_invalid' };
    if (hasWarnings(check) && row.uscc_override !== 1) return { field: 'uscc', problem: 'identifier_unconfirmed' };
    return null;
  },
};

/** A user is registered for a GI of the league's catalogue or one of the county's own proposals. */
const giExists: RowCheck = {
  fields: ['gi_id'],
  check: (row, ctx) => {
    const owner = ctx.ledger.stmt('SELECT unit_code FROM gis WHERE id = ?').pluck().get(row.gi_id) as string | undefined;
    if (owner === undefined) return { field: 'gi_id', problem: 'reference_unknown' };
    const league = ctx.ledger.stmt('SELECT parent_code FROM ref_regions WHERE code = ?').pluck().get(ctx.unitCode) as string | null;
    return owner === ctx.unitCode || owner === league ? null : { field: 'gi_id', problem: 'reference_unknown' };
  },
};

/** An inspection's case (one it opened) is a case of the same unit. */
const ownCase = sameUnitReference('case_id', 'cases');

const userRules: RecordRules = {
  columns: {
    gi_id: id,
    enterprise_name: text(100),
    uscc: text(40),
    uscc_override: flag,
    legal_representative: text(40),
    address: text(200),
    township_code: township,
    products: tags(),
    varieties: text(200),
    contact_person: text(40),
    phone: text(40),
    status: choice(USER_STATUSES),
    applied_date: date,
    county_review_date: optDate,
    site_check_date: optDate,
    league_review_date: optDate,
    region_review_date: optDate,
    announced_date: optDate,
    announcement_number: text(80),
    status_date: optDate,
    status_reason: text(500),
    notes: text(1000),
  },
  required: ['gi_id', 'enterprise_name', 'uscc', 'products', 'applied_date'],
  factDates: ['applied_date', 'county_review_date', 'site_check_date', 'league_review_date', 'region_review_date', 'announced_date', 'status_date'],
  rows: [usccCheck, giExists, townshipKnown('township_code')],
};

const userEventRules: RecordRules = {
  columns: {
    user_id: id,
    step: choice(TIMELINE_STEPS),
    date,
    actor: text(100),
    announcement_number: text(80),
    site_check_date: optDate,
    note: text(500),
  },
  required: ['user_id', 'step', 'date'],
  factDates: ['date', 'site_check_date'],
};

const useReportRules: RecordRules = {
  columns: {
    user_id: id,
    year,
    used: flag,
    quantity,
    quantity_unit: text(20),
    value_fen: fen,
    labels_printed: int(0, 1e12).nullable(),
    reported_date: date,
    note: text(500),
  },
  required: ['user_id', 'year', 'reported_date'],
  factDates: ['reported_date'],
  rows: [
    {
      // One report per user and year: a county saves again instead of adding a second.
      fields: ['user_id', 'year'],
      check: (row, ctx) =>
        row.deleted !== 1 &&
        ctx.ledger.stmt('SELECT 1 FROM gi_use_reports WHERE user_id = ? AND year = ? AND deleted = 0 AND id <> ?').get(row.user_id, row.year, row.id)
          ? { field: 'year', problem: 'duplicate' }
          : null,
    },
  ],
};

const checkResult = choice(CHECK_RESULTS);
const inspectionRules: RecordRules = {
  columns: {
    user_id: id,
    date,
    inspectors: text(100),
    chk_mark_display: checkResult,
    chk_uscc_printed: checkResult,
    chk_product_scope: checkResult,
    chk_producer_area: checkResult,
    chk_records_kept: checkResult,
    result: choice(INSPECTION_RESULTS),
    findings: text(1000),
    follow_up: text(1000),
    case_id: optId,
  },
  required: ['user_id', 'date', 'inspectors'],
  factDates: ['date'],
  rows: [ownCase],
};

export const GI_RECORD_RULES = {
  gi: giRules,
  gi_user: userRules,
  gi_user_event: userEventRules,
  gi_use_report: useReportRules,
  gi_inspection: inspectionRules,
  gi_inspection_photo: fileLinkRules('inspection_id', { caption: text(200) }),
} as const;
