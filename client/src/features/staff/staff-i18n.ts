import i18n from '../../lib/i18n.js';
import zh from './locales/zh-CN.json';
import en from './locales/en.json';

/** the 'staff' i18next namespace (kept in this feature's own locale files) */
export const STAFF_NS = 'staff';
export const staffResources = { 'zh-CN': zh, en } as const;

for (const [lng, res] of Object.entries(staffResources))
  if (!i18n.hasResourceBundle(lng, STAFF_NS)) i18n.addResourceBundle(lng, STAFF_NS, res, true, true);

export default i18n;
