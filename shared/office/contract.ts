/** The office: who this ledger is (about, language, profile) and how much it holds. */
import { z } from 'zod';
import { method, none } from '../contract-kit';
import type { AppAbout, Language, LedgerStats, Profile } from '../profile';
import { languageSchema, profileEditSchema, profileSetupSchema } from '../profile';

export const officeContract = {
  'app.about': method<AppAbout>()(none),
  'settings.get': method<{ language: Language }>()(none),
  'settings.setLanguage': method<{ language: Language }>()(z.object({ language: languageSchema }).strict()),
  'profile.get': method<Profile | null>()(none),
  'profile.setup': method<Profile>()(profileSetupSchema),
  'profile.update': method<Profile>()(profileEditSchema),
  'ledger.stats': method<LedgerStats>()(none),
} as const;
