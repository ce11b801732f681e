/**
 * The implementation of every contract method, as plain functions of (session, parsed input).
 * Hosts never call these directly: they go through `dispatch`, which validates first.
 */
import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/contract';
import { APP_VERSION } from '../app-version';
import { listChanges } from '../domain/change-history';
import { getSetting, setSetting } from '../domain/local-settings';
import { getProfile, setupProfile, updateProfile } from '../domain/profile';
import { listCaseStages, listHolidays, listTimeLimits, listTownships, listUnits } from '../domain/reference';
import type { Session } from '../domain/session';
import { ledgerStats } from '../domain/stats';
import type { Language } from '../../shared/profile';

export type Handlers = {
  [M in MethodName]: (session: Session, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

function language(session: Session): Language {
  return getSetting(session.ledger, 'language') === 'en' ? 'en' : 'zh-CN';
}

export const handlers: Handlers = {
  'app.about': (s) => ({
    appVersion: APP_VERSION,
    schemaVersion: s.ledger.schemaVersion,
    installationId: s.installation.id,
    keyFingerprint: s.installation.fingerprint,
    installedAt: s.installation.createdAt,
  }),
  'settings.get': (s) => ({ language: language(s) }),
  'settings.setLanguage': (s, input) => {
    setSetting(s.ledger, 'language', input.language);
    return { language: language(s) };
  },
  'profile.get': (s) => getProfile(s),
  'profile.setup': (s, input) => setupProfile(s, input),
  'profile.update': (s, input) => updateProfile(s, input),
  'reference.units': (s) => listUnits(s.ledger),
  'reference.townships': (s, input) => listTownships(s.ledger, input.countyCode),
  'reference.caseStages': (s) => listCaseStages(s.ledger),
  'reference.timeLimits': (s) => listTimeLimits(s.ledger),
  'reference.holidays': (s, input) => listHolidays(s.ledger, input.year),
  'ledger.stats': (s) => ledgerStats(s.ledger),
  'changes.list': (s, input) => listChanges(s.ledger, input),
};
