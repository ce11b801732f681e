/** The office slice: about, language, profile, ledger statistics. */
import type { officeContract } from '../../../shared/office/contract';
import type { Language } from '../../../shared/profile';
import { APP_VERSION } from '../../app-version';
import type { HandlersOf } from '../core/handlers';
import { getSetting, setSetting } from '../core/local-settings';
import type { Session } from '../core/session';
import { getProfile, setupProfile, updateProfile } from '../core/profile';
import { ledgerStats } from './stats';

function language(session: Session): Language {
  return getSetting(session.ledger, 'language') === 'en' ? 'en' : 'zh-CN';
}

export const officeHandlers: HandlersOf<typeof officeContract> = {
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
  'ledger.stats': (s) => ledgerStats(s.ledger),
};
