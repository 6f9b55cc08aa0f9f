import i18n from 'i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

/** A translator over the app's own strings, as a window in `language` has it (for tests). */
export function translator(language: 'en' | 'zh-CN') {
  const instance = i18n.createInstance();
  void instance.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
