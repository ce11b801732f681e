/** What the GI flags need: today, the holiday calendar and the register's limits. */
import { localIsoDate, type HolidayCalendar } from '../../../shared/calendar';
import { DEFAULT_REGISTER_LIMITS, type RegisterLimits } from '../../../shared/gi/flags';
import type { Ledger } from '../../store/ledger';
import { firstNumber } from '../cases/limits';
import { loadCalendar } from '../reference-items';
import type { Session } from '../session';

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
