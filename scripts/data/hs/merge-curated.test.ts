/** mergeCurated: authored subheading names from every data/curated/hs-zh-subheadings-NN-MM.json land on the HS 2022 nodes. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HsNode } from '../../../domain/schemas/index.js';
import { CURATED_DIR, mergeCurated, subheadingFileRange } from './merge-curated.js';

function repoWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'hs-zh-'));
  mkdirSync(join(root, CURATED_DIR), { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, CURATED_DIR, name), JSON.stringify(body));
  return root;
}

const nodes = (): HsNode[] => [
  { code: '01', en: 'Animals; live' },
  { code: '0101', en: 'Horses, asses, mules and hinnies; live' },
  { code: '010121', en: 'Horses; live, pure-bred breeding animals' },
  { code: '010129', en: 'Horses; live, other than pure-bred breeding animals' },
  { code: '850980', en: 'Electro-mechanical domestic appliances' },
];

describe('mergeCurated: subheading files', () => {
  it('reads the chapter range from the file name', () => {
    expect(subheadingFileRange('hs-zh-subheadings-01-53.json')).toEqual({ from: '01', to: '53' });
    expect(subheadingFileRange('hs-zh-subheadings-54-97.json')).toEqual({ from: '54', to: '97' });
    expect(subheadingFileRange('hs-zh-subheadings-53-01.json')).toBeNull();
    expect(subheadingFileRange('hs-zh.json')).toBeNull();
  });

  it('puts zh on the 6-digit nodes of every file, with one source per file', () => {
    const root = repoWith({
      'hs-zh-subheadings-01-53.json': {
        subheadings: { '010121': '改良种用马', '010129': ' 其他活马（改良种用的除外） ' },
      },
      'hs-zh-subheadings-54-97.json': { subheadings: { '850980': '其他家用电动器具' } },
    });
    const list = nodes();
    const r = mergeCurated(root, list);
    expect(list.filter((n) => n.code.length === 6).map((n) => n.zh)).toEqual([
      '改良种用马',
      '其他活马（改良种用的除外）',
      '其他家用电动器具',
    ]);
    expect(r.zhSubheadings).toBe(3);
    expect(r.quarantine).toEqual([]);
    expect(r.sources.map((s) => [s.id, s.file])).toEqual([
      ['curated-hs-zh-subheadings-01-53', 'data/curated/hs-zh-subheadings-01-53.json'],
      ['curated-hs-zh-subheadings-54-97', 'data/curated/hs-zh-subheadings-54-97.json'],
    ]);
  });

  it('quarantines a code outside the file range, an unknown or short code, a blank name and a second name', () => {
    const root = repoWith({
      'hs-zh-subheadings-01-53.json': {
        subheadings: { '850980': '家用电器', '010199': '无此子目', '0101': '马', '010129': '' },
      },
      'hs-zh-subheadings-01-05.json': { subheadings: { '010121': '改良种用马' } },
      'hs-zh-subheadings-01-09.json': { subheadings: { '010121': '种马' } },
    });
    const list = nodes();
    const r = mergeCurated(root, list);
    expect(r.quarantine.map((q) => [q.file.replace('data/curated/hs-zh-subheadings-', ''), q.code, q.reason])).toEqual([
      ['01-09.json', '010121', 'zh-name-duplicate'],
      ['01-53.json', '0101', 'zh-name-unknown-code'],
      ['01-53.json', '010129', 'zh-name-empty'],
      ['01-53.json', '010199', 'zh-name-unknown-code'],
      ['01-53.json', '850980', 'zh-name-outside-file-range'],
    ]);
    // files are read in name order: 01-05 names 010121 first and keeps it
    expect(list.find((n) => n.code === '010121')?.zh).toBe('改良种用马');
    expect(list.find((n) => n.code === '850980')?.zh).toBeUndefined();
  });
});

describe('the committed subheading files', () => {
  const dir = join(process.cwd(), CURATED_DIR);
  const files = readdirSync(dir).filter((f) => subheadingFileRange(f));
  it.each(files)('%s: keys ascending, 6 digits inside the range, no bare 其他', (name) => {
    const range = subheadingFileRange(name)!;
    const raw = readFileSync(join(dir, name), 'utf8');
    const data = JSON.parse(raw) as { _note: string; subheadings: Record<string, string> };
    expect(data._note).toMatch(/Not an official translation/);
    // the order as written (JSON.parse would reorder integer-like keys such as "100111")
    const written = [...raw.matchAll(/^\s*"(\d+)":/gm)].map((m) => m[1]);
    expect(written).toEqual([...written].sort());
    for (const code of written) {
      expect(code).toMatch(/^\d{6}$/);
      expect(code.slice(0, 2) >= range.from && code.slice(0, 2) <= range.to).toBe(true);
    }
    const bare = Object.entries(data.subheadings).filter(([, zh]) => /^\s*其他\s*$/.test(zh) || !zh.trim());
    expect(bare).toEqual([]);
  });
});
