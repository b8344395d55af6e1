import type { EngineIndex } from '../engine-packs.js';
import { nationalLines } from '../hs/hierarchy.js';
import { isParty } from '../parties.js';
import type { SourceInfo } from '../schemas/index.js';
import { lookupTariff, isTariffError } from '../tariff/lookup-tariff.js';
import { OFFICIAL_SCHEDULES } from '../tariff/official-sources.js';
import { isIsoDate, rcepYearOf } from '../tariff/rcep-year.js';
import type { DomainError } from '../tariff/types.js';
import { isChapterRange, parseChapterRange } from './chapter-range.js';
import { emptyCounts, keepTop, tally } from './tally.js';
import type { BriefingGroup, BriefingQuery, BriefingSummary, LineCut, StatusCounts } from './types.js';

const err = (reason: string, field: string): DomainError => ({ error: { reason, field } });

/** Sources of the HS names: the HS 2022 nomenclature (English) and the authored Chinese names. */
const NAME_SOURCES = ['hs-2022-nomenclature', 'curated-hs-zh'];

function validate(q: BriefingQuery): DomainError | null {
  if (typeof q.dest !== 'string' || !isParty(q.dest) || q.dest === 'CN') return err('unknown-destination', 'dest');
  if (!isIsoDate(q.date)) return err('bad-date', 'date');
  const r = parseChapterRange(`${q.chapters?.from}-${q.chapters?.to}`);
  if (!isChapterRange(r)) return r;
  return null;
}

/** HS 2022 codes of one level (2 or 4 digits) between the chapters, from the nomenclature. */
function hsCodesInRange(index: EngineIndex, len: number, from: string, to: string): string[] {
  const out: string[] = [];
  for (const code of index.hs2022.keys())
    if (code.length === len && code.slice(0, 2) >= from && code.slice(0, 2) <= to) out.push(code);
  return out;
}

/**
 * Workshop briefing for a destination and a range of HS chapters ("by country, sector and
 * product"): per heading (or per chapter for a whole country, 01–97) the number of national lines in
 * the loaded data and how many are free / reduced / no reduction / excluded / not in data for goods of
 * China on the date, with the largest ad-valorem cuts. Every line goes through lookupTariff, so the
 * statuses are exactly the ones a single check shows (RCEP year of the date, Art. 2.4.2 "MFN lower
 * applies", Annex I exclusions); nothing is recomputed here. Pure.
 */
export function summariseBriefing(index: EngineIndex, q: BriefingQuery): BriefingSummary | DomainError {
  const bad = validate(q);
  if (bad) return bad;
  const { dest, date } = q;
  const by = q.by ?? 'heading';
  const { from, to } = parseChapterRange(`${q.chapters.from}-${q.chapters.to}`) as { from: string; to: string };
  const topPerGroup = q.topPerGroup ?? 3;
  const topTotal = q.topTotal ?? 10;
  const yr = rcepYearOf(dest, date);
  const notes = [...yr.notes];
  const pack = index.packs.tariffs[dest];
  const groupLen = by === 'heading' ? 4 : 2;

  const groups = new Map<string, { counts: StatusCounts; topCuts: LineCut[] }>();
  const group = (code: string) => {
    let g = groups.get(code);
    if (!g) groups.set(code, (g = { counts: emptyCounts(), topCuts: [] }));
    return g;
  };
  const total = { counts: emptyCounts(), topCuts: [] as LineCut[] };
  const srcIds = new Set<string>();
  const lineNotes = new Set<string>();

  if (pack) {
    // every HS node of the range is listed, also those with no national line in the data (an honest 0)
    for (const code of hsCodesInRange(index, groupLen, from, to)) group(code);
    for (let ch = Number(from); ch <= Number(to); ch++) {
      for (const line of nationalLines(index, dest, String(ch).padStart(2, '0'))) {
        const a = lookupTariff(index, { dest, code: line.code, date, origin: 'CN' });
        if (isTariffError(a)) continue; // cannot happen for a line of the pack; never counted as a status
        const g = group(line.code.slice(0, groupLen));
        tally(total.counts, a);
        const cut = tally(g.counts, a);
        if (cut) {
          keepTop(g.topCuts, cut, topPerGroup);
          keepTop(total.topCuts, cut, topTotal);
        }
        for (const s of a.sources) srcIds.add(s.id);
        for (const n of a.notes)
          if (/^rate-is-for-year-\d+$|^mfn-rate-is-for-year-\d+$|^rcep-for-china-not-in-data$|^no-rcep-column/.test(n))
            lineNotes.add(n);
      }
    }
  } else notes.push('no-tariff-data-for-destination');
  notes.push(...[...lineNotes].sort());
  if (pack && total.counts.lines === 0) notes.push('no-lines-in-range');

  const gap = !pack || total.counts.notInData > 0;
  const node = (code: string) => index.hs2022.get(code);
  const out: BriefingGroup[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, g]) => ({ code, en: node(code)?.en ?? null, zh: node(code)?.zh ?? null, ...g }));
  const sourceList = (ids: Iterable<string>) =>
    [...ids].map((id) => index.sources.get(id)).filter((s): s is SourceInfo => !!s);

  return {
    dest,
    date,
    rcepYear: yr.rcepYear,
    chapters: { from, to },
    by,
    chinaColumn: pack?.chinaColumn ?? null,
    total,
    groups: out,
    sources: sourceList([...srcIds].sort()),
    nameSources: sourceList(NAME_SOURCES),
    officialSources: gap ? OFFICIAL_SCHEDULES[dest] : [],
    notes: [...new Set(notes)],
    working: {
      statusFrom: 'lookupTariff',
      cut: 'mfn-ad-valorem-minus-rcep-ad-valorem',
      linesLookedUp: total.counts.lines,
    },
  };
}
