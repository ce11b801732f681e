/** View state shared across screens (zustand). Ledger data itself is fetched per screen. */
import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { Language, Profile } from '../../../shared/profile';
import { call, LedgerCallError } from '../api/client';
import { setUiLanguage } from '../i18n';

import type { Section } from './sections';

interface AppState {
  phase: 'loading' | 'failed' | 'setup' | 'ready';
  failure: { code: ErrorCode; detail: string } | null;
  profile: Profile | null;
  language: Language;
  section: Section;
  /** A form on the current screen has edits that are not saved yet. */
  unsavedChanges: boolean;
  load(): Promise<void>;
  setUnsavedChanges(unsaved: boolean): void;
  profileSaved(profile: Profile): void;
  go(section: Section): void;
  changeLanguage(language: Language): Promise<void>;
}

export const useAppStore = create<AppState>((set) => ({
  phase: 'loading',
  failure: null,
  profile: null,
  language: 'zh-CN',
  section: 'home',
  unsavedChanges: false,
  setUnsavedChanges(unsavedChanges) {
    set({ unsavedChanges });
  },
  async load() {
    set({ phase: 'loading', failure: null });
    try {
      const { language } = await call('settings.get');
      setUiLanguage(language);
      const profile = await call('profile.get');
      set({ language, profile, phase: profile ? 'ready' : 'setup' });
    } catch (error) {
      const code = error instanceof LedgerCallError ? error.code : 'internal';
      set({ phase: 'failed', failure: { code, detail: error instanceof Error ? error.message : String(error) } });
    }
  },
  profileSaved(profile) {
    set({ profile, phase: 'ready' });
  },
  go(section) {
    set({ section, unsavedChanges: false });
  },
  async changeLanguage(language) {
    const saved = await call('settings.setLanguage', { language });
    setUiLanguage(saved.language);
    set({ language: saved.language });
  },
}));
