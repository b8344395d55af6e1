import type { Quarantine, RateEntry, SourceInfo, TariffLine } from '../../../domain/schemas/index.js';
import { sourceInfo } from '../lib/source-info.js';
import { crossCheckRcep, type RcepStatus } from './cross-check.js';
import { englishDesc, HS_FILE, readHs6 } from './english-desc.js';
import { mergedMfn, mergedRcep, mergedReference, type SourceRow } from './line-status.js';
import { KCS_JP_FILE, readKcsJp, type KcsJpRow } from './read-kcs-jp.js';
import { conditionText, jpChapterFiles, walkJpChapter, type JpLineNode } from './walk-jp-tree.js';

/** Japan's customs tariff of 2026-07-09 applies RCEP Year 6 (1 April years); KCS April 2025 = Year 5. */
export const JP_AS_OF = '2026-07-09';
export const JP_RCEP_YEAR = 6;
export const KCS_AS_OF = '2025-04';
export const KCS_RCEP_YEAR = 5;
export const KCS_SRC = 'kcs-2025-jp';
const HS_SRC = 'hs-2022-nomenclature';

/** Source id of a chapter file: one SourceInfo per file, each with that file's own sha256. */
export const jpSrcId = (file: string) => `jp-customs-2026-${/j_(\d{2})_/.exec(file)?.[1] ?? file}`;

export interface JapanImport {
  sources: SourceInfo[];
  lines: TariffLine[];
  quarantine: Quarantine[];
}

function jpSources(from: string, files: string[]): SourceInfo[] {
  return files.map((file) =>
    sourceInfo(from, file, {
      id: jpSrcId(file),
      title: `Japan customs tariff (applied) of 2026-07-09, chapter ${/j_(\d{2})_/.exec(file)?.[1]}`,
      asOf: JP_AS_OF,
      publisher: 'Japan Customs (via qlitre/japan-tariff-mcp)',
      url: 'https://github.com/qlitre/japan-tariff-mcp',
      licence: "code MIT (qlitre/japan-tariff-mcp); figures are Japan Customs' published rates",
    }),
  );
}

const jpRow = (n: JpLineNode): SourceRow => ({
  when: { ja: conditionText(n.descJa) },
  mfn: { general: n.cells['基本']?.text, temporary: n.cells['暫定']?.text, wto: n.cells['WTO協定']?.text },
  rcep: n.cells['EPA_RCEP_中国']?.text ?? '',
});

const kcsRow = (r: KcsJpRow): SourceRow => ({
  when: { en: r.en.replace(/^\s*(\(\d+\)|\d+)\s*/, '').trim() },
  mfn: { general: r.general || undefined, temporary: r.temporary || undefined, wto: r.wto || undefined },
  rcep: r.rcepChina,
});

/** Import Japan: the 2026 customs tree (Year 6) cross-checked against the KCS 2025 Japan table (Year 5). */
export async function importJapan(from: string): Promise<JapanImport> {
  const files = jpChapterFiles(from);
  const nodes = files.flatMap((f) => walkJpChapter(from, f));
  const kcs = await readKcsJp(from);
  const hs6 = readHs6(from);
  const sources: SourceInfo[] = [
    ...jpSources(from, files),
    sourceInfo(from, KCS_JP_FILE, {
      id: KCS_SRC,
      title: 'Korea Customs Service partner-country tariff table 2025: JP',
      asOf: '2025',
      publisher: 'Korea Customs Service (관세청)',
      url: 'https://www.data.go.kr/data/15051176/fileData.do',
      licence: 'Korean government public data, reference material without legal force; licence terms not verified',
    }),
    sourceInfo(from, HS_FILE, {
      id: HS_SRC,
      title: 'Harmonized System 2022 nomenclature (English)',
      asOf: 'HS 2022',
      publisher: 'UN Comtrade, via github.com/datasets/harmonized-system',
      licence: 'PDDL',
    }),
  ];
  const quarantine: Quarantine[] = [];
  const byCode = new Map<string, JpLineNode[]>();
  for (const n of nodes) byCode.set(n.code, [...(byCode.get(n.code) ?? []), n]);

  const lines: TariffLine[] = [];
  for (const [code, group] of byCode) {
    const first = group[0]!;
    const src = jpSrcId(first.file);
    const row = group.map((n) => n.ref).join(' | ');
    const kRows = kcs.rows.get(code) ?? [];
    const marks: { src: string; reason: string }[] = [];
    const q = (qSrc: string, file: string, qRow: string, reason: string, detail: string) => {
      quarantine.push({ src: qSrc, file, row: qRow, reason, detail, dest: 'JP', code });
      if (!marks.some((m) => m.reason === reason)) marks.push({ src: qSrc, reason });
    };
    const kFile = KCS_JP_FILE;
    const kRef = kRows.map((r) => `row ${r.row}`).join(' | ');

    const jRows = group.map(jpRow);
    const mfn: RateEntry[] = [];
    const m6 = mergedMfn(jRows, 'ja');
    if (m6.ok) mfn.push({ rate: m6.value, rcepYear: JP_RCEP_YEAR, asOf: JP_AS_OF, src, row, printed: m6.printed });
    else q(src, first.file, row, m6.reason, m6.detail);
    const r6 = mergedRcep(jRows, 'ja', 'jp-rcep-china');
    if (r6.kind === 'failed') q(src, first.file, row, r6.reason, r6.printed);

    let r5: (RcepStatus & { printed: string }) | undefined;
    if (kRows.length) {
      const k = kRows.map(kcsRow);
      const m5 = mergedMfn(k, 'en');
      if (m5.ok)
        mfn.push({
          rate: m5.value,
          rcepYear: KCS_RCEP_YEAR,
          asOf: KCS_AS_OF,
          src: KCS_SRC,
          row: kRef,
          printed: m5.printed,
        });
      else q(KCS_SRC, kFile, kRef, m5.reason.replace(/^jp-/, 'kcs-jp-'), m5.detail);
      r5 = mergedRcep(k, 'en', 'kcs-jp-rcep-china');
      if (r5.kind === 'failed') q(KCS_SRC, kFile, kRef, r5.reason, r5.printed);
    }
    const disagree = crossCheckRcep(r5, r6);
    if (disagree)
      q(
        src,
        first.file,
        `${row} ~ ${kFile} ${kRef}`,
        disagree,
        `2026: ${r6.printed || '(blank)'} / 2025: ${r5?.printed || '(blank)'}`,
      );

    const rcep: RateEntry[] = [];
    const entry = (
      st: RcepStatus & { printed: string },
      year: number,
      asOf: string,
      eSrc: string,
      eRow: string,
    ): void => {
      if (st.kind === 'failed') return;
      rcep.push({
        rate: st.kind === 'blank' ? { kind: 'notConceded' } : st.rate,
        rcepYear: year,
        asOf,
        src: eSrc,
        row: eRow,
        printed: st.printed,
      });
    };
    if (!disagree) {
      entry(r6, JP_RCEP_YEAR, JP_AS_OF, src, row);
      if (r5) entry(r5, KCS_RCEP_YEAR, KCS_AS_OF, KCS_SRC, kRef);
    }

    const referenceOnly: Record<string, RateEntry[]> = {};
    for (const [key, col] of [
      ['rcep-asean-au-nz', 'EPA_RCEP_アセアン豪州NZ'],
      ['rcep-korea', 'EPA_RCEP_韓国'],
    ] as const) {
      const ref = mergedReference(
        jRows,
        group.map((n) => n.cells[col]?.text ?? ''),
        `jp-${key}`,
      );
      if (ref.ok)
        referenceOnly[key] = [
          { rate: ref.value, rcepYear: JP_RCEP_YEAR, asOf: JP_AS_OF, src, row, printed: ref.printed },
        ];
      else quarantine.push({ src, file: first.file, row, reason: ref.reason, detail: ref.detail, dest: 'JP', code });
    }

    const line: TariffLine = {
      code,
      printed: first.printed,
      hsVersion: '2022',
      desc: englishDesc(code, kRows.length === 1 ? [kRows[0]!.en] : [], hs6),
      unit: first.unit,
      mfn,
      rcep,
      referenceOnly,
    };
    if (marks.length) line.quarantined = marks;
    lines.push(line);
  }

  for (const [code, rows] of kcs.rows) {
    if (!byCode.has(code)) {
      for (const r of rows) {
        quarantine.push({
          src: KCS_SRC,
          file: KCS_JP_FILE,
          row: `row ${r.row}`,
          reason: 'kcs-jp-code-not-in-customs-tariff',
          detail: r.en.slice(0, 120),
          dest: 'JP',
          code,
        });
      }
    }
  }
  for (const o of kcs.odd)
    quarantine.push({
      src: KCS_SRC,
      file: KCS_JP_FILE,
      row: `row ${o.row}`,
      reason: 'kcs-jp-code-malformed',
      detail: o.code,
      dest: 'JP',
    });
  lines.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { sources, lines, quarantine };
}
