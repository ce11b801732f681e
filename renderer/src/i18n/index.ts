import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/profile';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

export function initI18n(language: Language = 'zh-CN') {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function setUiLanguage(language: Language): void {
  void i18next.changeLanguage(language).then(() => {
    document.title = i18next.t('app.title');
  });
  document.documentElement.lang = language;
}
