import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from '../../locales/zh-CN.json';
import en from '../../locales/en.json';

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const resources = { 'zh-CN': { translation: zh }, en: { translation: en } } as const;

function initialLang(): Lang {
  try {
    const q = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
    if (q === 'en' || q === 'zh-CN') return q;
    const saved = globalThis.localStorage?.getItem('lang');
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // storage unavailable: keep the default
  }
  return 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLang(),
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  try {
    globalThis.localStorage?.setItem('lang', lang);
  } catch {
    // ignore
  }
  if (globalThis.document) document.documentElement.lang = lang;
}

export default i18n;
