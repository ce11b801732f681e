/** The office profile: which unit this ledger belongs to, its bureau and operator. */
import { DomainError } from '../../../shared/errors';
import type { Profile, ProfileEdit, ProfileSetup } from '../../../shared/profile';
import { roleOfLevel } from '../../../shared/units';
import { insertRecord, updateRecord } from '../../store/change-log';
import { getSetting, setSetting } from './local-settings';
import { findUnit } from './reference-tables';
import { writeContext, type Session } from './session';

export function getProfile(session: Session): Profile | null {
  const { ledger } = session;
  const unitCode = getSetting(ledger, 'unit_code');
  const bureauId = getSetting(ledger, 'bureau_id');
  if (!unitCode || !bureauId) return null;
  const unit = findUnit(ledger, unitCode);
  const bureau = ledger.stmt('SELECT name, case_prefix FROM bureaus WHERE id = ?').get(bureauId) as { name: string; case_prefix: string } | undefined;
  const role = unit ? roleOfLevel(unit.level) : null;
  if (!unit || !bureau || !role) throw new DomainError('internal', `profile refers to unknown unit ${unitCode} or bureau ${bureauId}`);
  return {
    unitCode,
    unitName: unit.name,
    role,
    bureauId,
    bureauName: bureau.name,
    casePrefix: bureau.case_prefix,
    operatorName: getSetting(ledger, 'operator_name') ?? '',
    unitInGbt2260: unit.inGbt2260,
  };
}

export function setupProfile(session: Session, input: ProfileSetup): Profile {
  const { ledger } = session;
  return ledger.write(() => {
    if (getSetting(ledger, 'unit_code')) throw new DomainError('already_set_up', 'this ledger already has an office profile');
    const unit = findUnit(ledger, input.unitCode);
    if (!unit || !roleOfLevel(unit.level))
      throw new DomainError('invalid_input', `unit ${input.unitCode} is not a league or county unit of 兴安盟 / 锡林郭勒盟`);
    setSetting(ledger, 'unit_code', unit.code);
    setSetting(ledger, 'operator_name', input.operatorName);
    const bureauId = insertRecord(writeContext(session), 'bureau', { name: input.bureauName, case_prefix: input.casePrefix });
    setSetting(ledger, 'bureau_id', bureauId);
    return getProfile(session) as Profile;
  });
}

export function updateProfile(session: Session, input: ProfileEdit): Profile {
  const { ledger } = session;
  return ledger.write(() => {
    const current = getProfile(session);
    if (!current) throw new DomainError('not_set_up', 'office profile not set up yet');
    // The operator changes first so the audit trail names the person making the edit.
    setSetting(ledger, 'operator_name', input.operatorName);
    updateRecord(writeContext(session), 'bureau', current.bureauId, { name: input.bureauName, case_prefix: input.casePrefix });
    return getProfile(session) as Profile;
  });
}
