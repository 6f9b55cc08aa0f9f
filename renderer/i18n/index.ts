import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const supportedLanguages = ['zh-CN', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'gleaner.language';

/** A saved choice wins; otherwise follow the system: any Chinese locale gets zh-CN, the rest English. */
export function initialLanguage(
  saved: string | null,
  systemLanguages: readonly string[],
): Language {
  if (saved === 'zh-CN' || saved === 'en') return saved;
  const first = systemLanguages[0] ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function saveLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

const language = initialLanguage(localStorage.getItem(storageKey), navigator.languages);
document.documentElement.lang = language;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: language,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18n;
