/**
 * Registering an enterprise as applicant / user of a GI's special mark and editing it. The USCC
 * (printed on the mark) is the natural key within a GI: a second user with the same USCC for
 * the same GI is refused; a USCC whose check fails needs the clerk's explicit confirmation.
 */
import type { GiUserFieldsInput } from '../../../shared/gi/schemas';
import { DomainError } from '../../../shared/errors';
import { checkUscc, hasErrors, hasWarnings } from '../../../shared/identifiers';
import { insertRecord, updateRecord } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { writeContext, type Session } from '../core/session';
import { loadGiRow } from './catalogue';
import { checkNotFuture, currentOffice } from '../core/office';
import { userColumns, type GiUserRow } from './rows';

export function loadUserRow(ledger: Ledger, id: string): GiUserRow {
  const row = ledger.stmt('SELECT * FROM gi_users WHERE id = ? AND deleted = 0').get(id) as GiUserRow | undefined;
  if (!row) throw new DomainError('not_found', `GI user ${id} not found`);
  return row;
}

/** Normalised, checked input; throws the validation code the form shows. */
function validate(session: Session, f: GiUserFieldsInput, exceptId?: string): GiUserFieldsInput {
  const { ledger } = session;
  const gi = loadGiRow(ledger, f.giId);
  if (gi.status === 'revoked') throw new DomainError('validation', 'gi_revoked');
  const check = checkUscc(f.uscc);
  if (hasErrors(check)) throw new DomainError('validation', 'uscc_invalid');
  if (hasWarnings(check) && !f.usccOverride) throw new DomainError('validation', 'uscc_unconfirmed');
  const uscc = check.value;
  const taken = ledger.stmt('SELECT 1 FROM gi_users WHERE gi_id = ? AND uscc = ? AND deleted = 0 AND id <> ?').get(f.giId, uscc, exceptId ?? '');
  if (taken) throw new DomainError('validation', 'gi_user_duplicate');
  if (f.townshipCode && !ledger.stmt('SELECT 1 FROM ref_townships WHERE code = ?').get(f.townshipCode)) throw new DomainError('validation', 'township_unknown');
  checkNotFuture(session, f.appliedDate);
  return { ...f, uscc, usccOverride: hasWarnings(check) };
}

export function createUser(session: Session, input: GiUserFieldsInput): string {
  const ctx = writeContext(session);
  // Users are county records: the county registers them and runs the initial review.
  if (currentOffice(session).role !== 'county') throw new DomainError('validation', 'gi_user_county_only');
  const fields = validate(session, input);
  return session.ledger.write(() => {
    const id = insertRecord(ctx, 'gi_user', { ...userColumns(fields), status: 'applying' });
    insertRecord(ctx, 'gi_user_event', { user_id: id, step: 'applied', date: fields.appliedDate, actor: ctx.user });
    return id;
  });
}

export function updateUser(session: Session, id: string, input: GiUserFieldsInput): void {
  const ctx = writeContext(session);
  const row = loadUserRow(session.ledger, id);
  const fields = validate(session, input, id);
  // The application date cannot move past a step already recorded.
  const later = [row.site_check_date, row.county_review_date, row.league_review_date, row.region_review_date, row.announced_date].filter(
    (d): d is string => !!d,
  );
  if (later.some((d) => d < fields.appliedDate)) throw new DomainError('validation', 'dates_out_of_order');
  session.ledger.write(() => {
    updateRecord(ctx, 'gi_user', id, userColumns(fields));
    const applied = session.ledger.stmt("SELECT id FROM gi_user_events WHERE user_id = ? AND step = 'applied' AND deleted = 0").pluck().get(id) as
      string | undefined;
    if (applied) updateRecord(ctx, 'gi_user_event', applied, { date: fields.appliedDate });
  });
}
