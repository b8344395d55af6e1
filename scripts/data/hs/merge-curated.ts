import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synonymSchema } from '../../../domain/schemas/index.js';
import type { HsNode, Quarantine, SourceInfo, Synonym } from '../../../domain/schemas/index.js';
import { sourceInfo } from '../lib/source-info.js';

export const HS_ZH_FILE = 'data/curated/hs-zh.json';
export const SYNONYMS_FILE = 'data/curated/synonyms.json';
export const CURATED_DIR = 'data/curated';
/** Subheading names are authored in chapter ranges, one file per range: hs-zh-subheadings-01-53.json holds chapters 01 to 53. */
const SUBHEADINGS_FILE = /^hs-zh-subheadings-(\d{2})-(\d{2})\.json$/;

/** The chapter range a subheading file holds, read from its name (hs-zh-subheadings-01-53.json -> 01..53); null when the name does not follow it. */
export function subheadingFileRange(name: string): { from: string; to: string } | null {
  const m = SUBHEADINGS_FILE.exec(name);
  return m && m[1] <= m[2] ? { from: m[1], to: m[2] } : null;
}

/** Source id of a subheading file: one source per file, because each file is authored and versioned on its own. */
export function subheadingSourceId(range: { from: string; to: string }): string {
  return `curated-hs-zh-subheadings-${range.from}-${range.to}`;
}

export interface CuratedResult {
  sources: SourceInfo[];
  synonyms: Synonym[];
  quarantine: Quarantine[];
  /** how many HS 2022 chapters / headings / subheadings carry an authored zh name after the merge */
  zhChapters: number;
  zhHeadings: number;
  zhSubheadings: number;
  missing: string[];
}

/**
 * Merge the authored Chinese names (data/curated/hs-zh.json: { chapters: {"01": ".."}, headings: {"0101": ".."} })
 * into the HS 2022 nodes (mutates `nodes2022`) and read the synonym list. Absent files are reported, not fatal.
 */
export function mergeCurated(repoRoot: string, nodes2022: HsNode[]): CuratedResult {
  const out: CuratedResult = {
    sources: [],
    synonyms: [],
    quarantine: [],
    zhChapters: 0,
    zhHeadings: 0,
    zhSubheadings: 0,
    missing: [],
  };
  const byCode = new Map(nodes2022.map((n) => [n.code, n]));
  if (existsSync(join(repoRoot, HS_ZH_FILE))) {
    const src = 'curated-hs-zh';
    out.sources.push(
      sourceInfo(repoRoot, HS_ZH_FILE, {
        id: src,
        title: 'Authored Chinese names of HS 2022 chapters and headings',
        asOf: 'HS 2022',
        publisher: 'RCEP Navigator project (authored)',
      }),
    );
    const data = JSON.parse(readFileSync(join(repoRoot, HS_ZH_FILE), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    for (const [group, len] of [
      ['chapters', 2],
      ['headings', 4],
    ] as const) {
      for (const [code, zh] of Object.entries(data[group] ?? {}).sort()) {
        const node = byCode.get(code);
        const q = (reason: string) =>
          out.quarantine.push({ src, file: HS_ZH_FILE, row: `${group}.${code}`, reason, code });
        if (code.length !== len || !node) q('zh-name-unknown-code');
        else if (typeof zh !== 'string' || !zh.trim()) q('zh-name-empty');
        else node.zh = zh.trim();
      }
    }
  } else out.missing.push(HS_ZH_FILE);
  mergeSubheadings(repoRoot, byCode, out);
  for (const n of nodes2022) {
    if (n.zh && n.code.length === 2) out.zhChapters++;
    if (n.zh && n.code.length === 4) out.zhHeadings++;
    if (n.zh && n.code.length === 6) out.zhSubheadings++;
  }
  if (existsSync(join(repoRoot, SYNONYMS_FILE))) {
    const src = 'curated-synonyms';
    out.sources.push(
      sourceInfo(repoRoot, SYNONYMS_FILE, {
        id: src,
        title: 'Authored zh/en product synonyms mapped to HS 2022 headings',
        asOf: 'HS 2022',
        publisher: 'RCEP Navigator project (authored)',
      }),
    );
    const data = JSON.parse(readFileSync(join(repoRoot, SYNONYMS_FILE), 'utf8')) as unknown;
    (Array.isArray(data) ? data : []).forEach((raw, i) => {
      const parsed = synonymSchema.safeParse(raw);
      const q = (reason: string, detail?: string) =>
        out.quarantine.push({ src, file: SYNONYMS_FILE, row: String(i), reason, detail });
      if (!parsed.success) return q('synonym-invalid', parsed.error.issues[0]?.message);
      const unknown = parsed.data.headings.filter((h) => !byCode.has(h));
      if (unknown.length) return q('synonym-unknown-heading', unknown.join(' '));
      out.synonyms.push(parsed.data);
    });
    out.synonyms.sort((a, b) => (a.term === b.term ? (a.lang < b.lang ? -1 : 1) : a.term < b.term ? -1 : 1));
  } else out.missing.push(SYNONYMS_FILE);
  return out;
}

/**
 * Merge every data/curated/hs-zh-subheadings-NN-MM.json ({ subheadings: {"010121": ".."} }) into the 6-digit HS 2022 nodes.
 * A code outside the file's chapter range, unknown, not 6 digits, empty, or already named by another file is quarantined
 * rather than merged, so two files can never silently disagree about one subheading.
 */
function mergeSubheadings(repoRoot: string, byCode: Map<string, HsNode>, out: CuratedResult): void {
  const dir = join(repoRoot, CURATED_DIR);
  if (!existsSync(dir)) return;
  const named = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const range = subheadingFileRange(name);
    if (!range) continue;
    const file = `${CURATED_DIR}/${name}`;
    const src = subheadingSourceId(range);
    out.sources.push(
      sourceInfo(repoRoot, file, {
        id: src,
        title: `Authored Chinese names of HS 2022 subheadings, chapters ${range.from}-${range.to}`,
        asOf: 'HS 2022',
        publisher: 'RCEP Navigator project (authored)',
      }),
    );
    const data = JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as { subheadings?: Record<string, unknown> };
    for (const [code, zh] of Object.entries(data.subheadings ?? {}).sort()) {
      const q = (reason: string, detail?: string) =>
        out.quarantine.push({ src, file, row: `subheadings.${code}`, reason, code, detail });
      const node = byCode.get(code);
      const chapter = code.slice(0, 2);
      if (code.length !== 6 || !node) q('zh-name-unknown-code');
      else if (chapter < range.from || chapter > range.to) q('zh-name-outside-file-range', `${range.from}-${range.to}`);
      else if (typeof zh !== 'string' || !zh.trim()) q('zh-name-empty');
      else if (named.has(code)) q('zh-name-duplicate', named.get(code));
      else {
        node.zh = zh.trim();
        named.set(code, file);
      }
    }
  }
}
