import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import zh from '../../locales/zh-CN.json';
import en from '../../locales/en.json';

type Tree = { [k: string]: string | Tree };

function flat(t: Tree, p = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') out.set(p + k, v);
    else for (const [kk, vv] of flat(v, `${p}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** Source files using the default namespace; a feature with its own locales/ folder keeps its own namespace. */
function sources(dir: string): string[] {
  if (readdirSync(dir).includes('locales') && !dir.endsWith('client')) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !p.includes('test-utils') ? [p] : [];
  });
}

const zhKeys = flat(zh as Tree);
const enKeys = flat(en as Tree);

describe('locales', () => {
  test('zh-CN and en have the same keys', () => {
    const missingEn = [...zhKeys.keys()].filter((k) => !enKeys.has(k));
    const missingZh = [...enKeys.keys()].filter((k) => !zhKeys.has(k));
    expect({ missingEn, missingZh }).toEqual({ missingEn: [], missingZh: [] });
  });

  test('no empty translation; interpolations match between languages', () => {
    for (const [k, v] of zhKeys) {
      expect([k, v.trim().length > 0]).toEqual([k, true]);
      const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect([k, vars(v)]).toEqual([k, vars(enKeys.get(k) ?? '')]);
    }
  });

  test('every literal key used in the client exists in both locales', () => {
    const used = new Set<string>();
    for (const f of sources(join(__dirname, '..'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\b(?:t|zh|en)\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !zhKeys.has(k) || !enKeys.has(k));
    expect(missing).toEqual([]);
  });

  test('every wizard reason code has a message', () => {
    const src = readFileSync(join(__dirname, '../../../domain/wizard/answers.ts'), 'utf8');
    const reasons = new Set([...src.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1]));
    const known = ['origin-method', 'origin-quick', 'origin-bom', 'check-answers'];
    const missing = [...reasons].filter((r) => !known.includes(r) && !zhKeys.has(`errors.${r}`));
    expect(missing).toEqual([]);
  });
});
