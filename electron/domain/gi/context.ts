/** What every GI rule needs: who is writing (role, unit, league), today, the calendar and limits. */
import { localIsoDate, type HolidayCalendar } from '../../../shared/calendar';
import { DEFAULT_REGISTER_LIMITS, type RegisterLimits } from '../../../shared/gi/flags';
import { DomainError } from '../../../shared/errors';
import type { Role } from '../../../shared/units';
import type { Ledger } from '../../store/ledger';
import { firstNumber } from '../cases/limits';
import { getProfile } from '../profile';
import { loadCalendar } from '../reference-items';
import type { Session } from '../session';

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

/** Limits from time-limits.csv (editable reference data), defaults where a row is missing. */
export function loadRegisterLimits(ledger: Ledger): RegisterLimits {
  const rows = ledger.stmt('SELECT rule, limit_text FROM ref_time_limits').all() as { rule: string; limit_text: string }[];
  const find = (prefix: string) => firstNumber(rows.find((r) => r.rule.startsWith(prefix))?.limit_text);
  return {
    reviewWorkdays: find('地理标志专用标志使用申请初审') ?? DEFAULT_REGISTER_LIMITS.reviewWorkdays,
    nonUseYears: find('专用标志连续未使用') ?? DEFAULT_REGISTER_LIMITS.nonUseYears,
  };
}

export interface FlagContext {
  today: string;
  calendar: HolidayCalendar;
  limits: RegisterLimits;
}

export function flagContext(session: Session): FlagContext {
  return { today: localIsoDate(session.now()), calendar: loadCalendar(session.ledger), limits: loadRegisterLimits(session.ledger) };
}

export function checkNotFuture(session: Session, ...dates: (string | null | undefined)[]): void {
  const today = localIsoDate(session.now());
  if (dates.some((d) => d && d > today)) throw new DomainError('validation', 'date_in_future');
}
