/**
 * The app's own state (zustand): its phase, the office profile and the UI language. Where the app is
 * (and whether leaving the screen would lose edits) lives in the route (route.ts); ledger data is
 * fetched per screen.
 */
import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { Language, Profile } from '../../../shared/profile';
import { call, LedgerCallError } from '../api/client';
import { setUiLanguage } from '../i18n';

interface AppState {
  phase: 'loading' | 'failed' | 'setup' | 'ready';
  failure: { code: ErrorCode; detail: string } | null;
  profile: Profile | null;
  language: Language;
  load(): Promise<void>;
  profileSaved(profile: Profile): void;
  changeLanguage(language: Language): Promise<void>;
}

export const useAppStore = create<AppState>((set) => ({
  phase: 'loading',
  failure: null,
  profile: null,
  language: 'zh-CN',
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
  async changeLanguage(language) {
    const saved = await call('settings.setLanguage', { language });
    setUiLanguage(saved.language);
    set({ language: saved.language });
  },
}));
