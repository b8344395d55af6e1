import type {
  CorrelationRow,
  HsNode,
  HsVersion,
  Quarantine,
  SourceInfo,
  Synonym,
} from '../../../domain/schemas/index.js';
import { sourceInfo } from '../lib/source-info.js';
import { mergeCurated } from './merge-curated.js';
import { NOMENCLATURE_FILE, readNomenclature, SECTIONS_FILE, type Section } from './read-nomenclature.js';
import { correlationFile, readCorrelation } from './read-correlation.js';
import { readUncomtrade, uncomtradeFile } from './read-uncomtrade.js';

export interface HsImport {
  sources: SourceInfo[];
  sections: Section[];
  versions: Record<HsVersion, HsNode[]>;
  correlation: { '2022-2012': CorrelationRow[]; '2022-2017': CorrelationRow[] };
  synonyms: Synonym[];
  quarantine: Quarantine[];
  /** figures for the manifest */
  stats: {
    rowsRead: Record<string, number>;
    counts: Record<HsVersion, { chapters: number; headings: number; subheadings: number }>;
    correlation: Record<string, Record<string, number>>;
    zh: { chapters: number; headings: number; subheadings: number };
    synonyms: number;
    curatedMissing: string[];
  };
}

const UNSD = 'United Nations Statistics Division, via github.com/insongkim/concordance';
const COMTRADE = 'UN Comtrade classification files, via github.com/insongkim/concordance';

const count = (nodes: HsNode[]) => ({
  chapters: nodes.filter((n) => n.code.length === 2).length,
  headings: nodes.filter((n) => n.code.length === 4).length,
  subheadings: nodes.filter((n) => n.code.length === 6).length,
});

/** HS nomenclature 2012 / 2017 / 2022, sections, UNSD correlation tables and the curated zh names/synonyms. */
export async function importHs(from: string, repoRoot: string): Promise<HsImport> {
  const src = {
    nomenclature: 'hs-2022-nomenclature',
    sections: 'hs-2022-sections',
    c2012: 'unsd-hs2022-hs2012',
    c2017: 'unsd-hs2022-hs2017',
  };
  const sources: SourceInfo[] = [
    sourceInfo(from, NOMENCLATURE_FILE, {
      id: src.nomenclature,
      title: 'Harmonized System 2022 nomenclature (English)',
      asOf: 'HS 2022',
      publisher: 'UN Comtrade, via github.com/datasets/harmonized-system',
      licence: 'PDDL',
    }),
    sourceInfo(from, SECTIONS_FILE, {
      id: src.sections,
      title: 'Harmonized System 2022 section names',
      asOf: 'HS 2022',
      publisher: 'UN Comtrade, via github.com/datasets/harmonized-system',
      licence: 'PDDL',
    }),
  ];
  const nomen = readNomenclature(from, src.nomenclature, src.sections);
  const quarantine: Quarantine[] = [...nomen.quarantine];
  const rowsRead: Record<string, number> = { [NOMENCLATURE_FILE]: nomen.rows };
  const versions = { '2022': nomen.nodes } as Record<HsVersion, HsNode[]>;
  for (const v of ['2012', '2017', '2022'] as const) {
    const id = `hs-${v}-uncomtrade`;
    sources.push(
      sourceInfo(from, uncomtradeFile(v), {
        id,
        title: `HS ${v} descriptions (2, 4, 6 digits)`,
        asOf: `HS ${v}`,
        publisher: COMTRADE,
      }),
    );
    const r = readUncomtrade(from, v, id);
    quarantine.push(...r.quarantine);
    rowsRead[uncomtradeFile(v)] = r.rows;
    if (v !== '2022') versions[v] = r.nodes;
    else crossCheck2022(nomen.nodes, r.nodes, id, quarantine);
  }
  const correlation = {} as HsImport['correlation'];
  const relCounts: Record<string, Record<string, number>> = {};
  for (const to of ['2012', '2017'] as const) {
    const id = to === '2012' ? src.c2012 : src.c2017;
    sources.push(
      sourceInfo(from, correlationFile(to), {
        id,
        title: `UNSD correlation HS 2022 -> HS ${to}`,
        asOf: `HS 2022 / HS ${to}`,
        publisher: UNSD,
      }),
    );
    const r = readCorrelation(from, to, id);
    quarantine.push(...r.quarantine);
    rowsRead[correlationFile(to)] = r.read;
    correlation[`2022-${to}`] = r.rows;
    const c: Record<string, number> = {};
    for (const row of r.rows) c[row.rel] = (c[row.rel] ?? 0) + 1;
    relCounts[`2022-${to}`] = c;
  }
  const curated = mergeCurated(repoRoot, versions['2022']);
  sources.push(...curated.sources);
  quarantine.push(...curated.quarantine);
  return {
    sources,
    sections: nomen.sections,
    versions,
    correlation,
    synonyms: curated.synonyms,
    quarantine,
    stats: {
      rowsRead,
      counts: { '2022': count(versions['2022']), '2017': count(versions['2017']), '2012': count(versions['2012']) },
      correlation: relCounts,
      zh: { chapters: curated.zhChapters, headings: curated.zhHeadings, subheadings: curated.zhSubheadings },
      synonyms: curated.synonyms.length,
      curatedMissing: curated.missing,
    },
  };
}

/** The two HS 2022 files must name the same codes; a code in one only is quarantined (kept from the nomenclature). */
function crossCheck2022(nomen: HsNode[], comtrade: HsNode[], src: string, quarantine: Quarantine[]): void {
  const a = new Set(nomen.map((n) => n.code));
  const b = new Set(comtrade.map((n) => n.code));
  for (const c of b)
    if (!a.has(c))
      quarantine.push({
        src,
        file: uncomtradeFile('2022'),
        row: c,
        reason: 'hs2022-code-not-in-nomenclature',
        code: c,
      });
  for (const c of a)
    if (!b.has(c))
      quarantine.push({ src, file: uncomtradeFile('2022'), row: c, reason: 'hs2022-code-not-in-uncomtrade', code: c });
}
