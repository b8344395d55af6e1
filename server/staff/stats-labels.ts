import fs from 'node:fs';
import path from 'node:path';
import type { Programme } from '../../domain/schemas/index.js';

export type StatsLang = 'zh-CN' | 'en';
type Words = Record<string, unknown>;

/**
 * Words for the statistics' keys in the UI's language, for the CSV's `label` column: destinations,
 * RCEP statuses and origin verdicts as the pages say them (client/locales, read as data), programmes by
 * their catalogue names. A key without words keeps an empty label (the id stays in the `key` column).
 */
export function statsLabeller(root: string, programmes: () => readonly Programme[] | null) {
  const cache = new Map<StatsLang, Words>();
  const words = (lang: StatsLang): Words => {
    let w = cache.get(lang);
    if (!w) {
      try {
        w = JSON.parse(fs.readFileSync(path.join(root, 'client', 'locales', `${lang}.json`), 'utf8')) as Words;
      } catch {
        w = {};
      }
      cache.set(lang, w);
    }
    return w;
  };
  const at = (o: unknown, ...keys: string[]): string => {
    let v = o;
    for (const k of keys) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Words)[k] : undefined;
    return typeof v === 'string' ? v : '';
  };
  return (lang: StatsLang, dimension: string, key: string): string => {
    const w = words(lang);
    if (dimension === 'dest') return at(w, 'parties', key);
    if (dimension === 'rcep-status') return at(w, 'result', 'status', key);
    if (dimension === 'verdict') return at(w, 'result', 'origin', 'verdict', key);
    if (dimension === 'programme') {
      const p = programmes()?.find((x) => x.id === key);
      return p ? (lang === 'en' ? p.names.en : p.names.zh) : '';
    }
    if (dimension === 'not-originating') {
      const [chapter, dest] = key.split('/');
      return dest ? `${chapter} → ${at(w, 'parties', dest) || dest}` : '';
    }
    return '';
  };
}
