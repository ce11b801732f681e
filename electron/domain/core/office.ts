/** Who this ledger writes as: its role, unit and league (from the office profile), and the no-future-dates rule. */
import { localIsoDate } from '../../../shared/calendar';
import { DomainError } from '../../../shared/errors';
import type { Role } from '../../../shared/units';
import { getProfile } from '../core/profile';
import type { Session } from './session';

export interface Office {
  role: Role;
  unitCode: string;
  /** The league of a county, or the league itself. */
  leagueCode: string;
}

export function currentOffice(session: Session): Office {
  const profile = getProfile(session);
  if (!profile) throw new DomainError('not_set_up', 'office profile not set up yet');
  const leagueCode =
    profile.role === 'league'
      ? profile.unitCode
      : (session.ledger.stmt('SELECT parent_code FROM ref_regions WHERE code = ?').pluck().get(profile.unitCode) as string);
  return { role: profile.role, unitCode: profile.unitCode, leagueCode };
}

/** Dates a clerk records (steps, reports, inspections) are never after today on this PC. */
export function checkNotFuture(session: Session, ...dates: (string | null | undefined)[]): void {
  const today = localIsoDate(session.now());
  if (dates.some((d) => d && d > today)) throw new DomainError('validation', 'date_in_future');
}
