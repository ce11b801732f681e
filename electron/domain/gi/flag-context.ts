/** What the GI flags need: today, the holiday calendar and the register's limits. */
import { localIsoDate, type HolidayCalendar } from '../../../shared/calendar';
import type { RegisterLimits } from '../../../shared/gi/flags';
import { loadRegisterLimits } from '../core/time-limits';
import { loadCalendar } from '../core/reference-overlay';
import type { Session } from '../core/session';


export interface FlagContext {
  today: string;
  calendar: HolidayCalendar;
  limits: RegisterLimits;
}

export function flagContext(session: Session): FlagContext {
  return { today: localIsoDate(session.now()), calendar: loadCalendar(session.ledger), limits: loadRegisterLimits(session.ledger) };
}
