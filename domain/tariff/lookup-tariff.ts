import type { EngineIndex } from '../engine-packs.js';
import { nationalLines } from '../hs/hierarchy.js';
import { isCodeError, normaliseCode } from '../hs/normalise.js';
import { isParty } from '../parties.js';
import type { Party, SourceInfo, TariffLine, TariffPack } from '../schemas/index.js';
import { compareOffers } from './compare-offers.js';
import { evaluateRate } from './evaluate-rate.js';
import { CHINA_AGREEMENTS, FTA_PORTAL, FTA_PORTAL_SOURCE, type ChinaAgreement } from './agreements.js';
import { OFFICIAL_SCHEDULES } from './official-sources.js';
import { pickRcep } from './rcep-rate.js';
import { isIsoDate, rcepYearOf } from './rcep-year.js';
import { annex1For, lineSummary, pathSteps, selectEntry, viewOfSelected } from './select-entry.js';
import type { DomainError, OtherAgreement, TariffAnswer, TariffQuery, TariffResult } from './types.js';

/** National lines listed at most when the code is not a national line (note 'candidates-truncated'). */
export const MAX_CANDIDATES = 200;

const err = (reason: string, field: string): DomainError => ({ error: { reason, field } });

function validate(q: TariffQuery): DomainError | null {
  if (typeof q.dest !== 'string' || !isParty(q.dest) || q.dest === 'CN') return err('unknown-destination', 'dest');
  if (q.origin !== undefined && q.origin !== 'CN') return err('unsupported-origin', 'origin');
  if (!isIsoDate(q.date)) return err('bad-date', 'date');
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (q.value !== undefined && !num(q.value)) return err('bad-value', 'value');
  if (q.quantity !== undefined && !num(q.quantity)) return err('bad-quantity', 'quantity');
  if (q.currency !== undefined && !/^[A-Z]{3}$/.test(q.currency)) return err('bad-currency', 'currency');
  return null;
}

/** Exact national line, else the longest national line the code extends ('8509.80.90.00' -> VN '85098090'). */
function resolveLine(index: EngineIndex, dest: Party, digits: string): { line: TariffLine | null; notes: string[] } {
  const lines = index.lines.get(dest);
  const exact = lines?.get(digits);
  if (exact) return { line: exact, notes: [] };
  if (lines && digits.length >= 7) {
    for (let k = digits.length - 1; k >= 7; k--) {
      const l = lines.get(digits.slice(0, k));
      if (l) return { line: l, notes: ['matched-by-prefix'] };
    }
  }
  return { line: null, notes: [] };
}

/**
 * The duty for goods of China in `dest` on `date`: national line (or candidates to
 * narrow to), MFN and RCEP rate for the RCEP year of the date, status, conditions, path, other
 * agreements, the saving on the shipment, sources and reason-code notes.
 */
export function lookupTariff(index: EngineIndex, q: TariffQuery): TariffResult {
  const bad = validate(q);
  if (bad) return bad;
  const nc = normaliseCode(q.code);
  if (isCodeError(nc)) return nc;
  const dest = q.dest;
  const digits = nc.digits;
  const yr = rcepYearOf(dest, q.date);
  const notes = [...yr.notes];
  const pack = index.packs.tariffs[dest];
  const { line: found, notes: lineNotes } = resolveLine(index, dest, digits);
  notes.push(...lineNotes);
  let line = found;
  let candidates: TariffLine[] = [];
  if (!line && pack) {
    candidates = nationalLines(index, dest, digits, MAX_CANDIDATES + 1);
    if (candidates.length === 1) {
      line = candidates[0];
      candidates = [];
      notes.push('narrowed-to-only-line');
    } else if (candidates.length > MAX_CANDIDATES) {
      candidates = candidates.slice(0, MAX_CANDIDATES);
      notes.push('candidates-truncated');
    }
  }
  const annexCandidates = annex1For(index.annex1.get(dest), line?.code ?? digits);
  if (!line && candidates.length === 0 && annexCandidates.length === 0) {
    const known = index.hs2022.size === 0 || index.hs2022.has(digits.slice(0, Math.min(6, digits.length)));
    if (!known) return err('unknown-hs-code', 'code');
    notes.push(pack ? 'no-national-line-in-data' : 'no-tariff-data-for-destination');
  }
  if (!line && candidates.length > 1) notes.push('choose-national-line');

  const mfnSel = line ? selectEntry(line.mfn, yr.rcepYear, dest) : null;
  const mfn = mfnSel ? viewOfSelected(mfnSel) : null;
  if (mfnSel && !mfnSel.exact && mfn?.shownYear !== undefined) notes.push(`mfn-rate-is-for-year-${mfn.shownYear}`);
  if (line && !mfn) notes.push('mfn-not-in-data');

  const useAnnex = line !== null || candidates.length === 0;
  const pick = pickRcep(line, pack, useAnnex ? annexCandidates : [], yr.rcepYear, mfn);
  notes.push(...pick.notes);
  // nothing to gain where the MFN rate is already free, whatever the RCEP data says
  if (pick.rcep.status === 'not-in-data' && mfn && (mfn.adValorem === 0 || mfn.expr.kind === 'free'))
    notes.push('mfn-already-free');

  const shipment = { value: q.value, currency: q.currency, quantity: q.quantity };
  const other = dest === 'CN' ? [] : otherAgreements(dest, line, pack, yr.rcepYear, q, notes);
  if (pack?.caveats?.length && mfn) notes.push(...pack.caveats);
  const referenceOnly: TariffAnswer['referenceOnly'] = [];
  for (const [partner, entries] of Object.entries(line?.referenceOnly ?? {})) {
    const s = selectEntry(entries, yr.rcepYear, dest);
    if (s) referenceOnly.push({ partner, rate: viewOfSelected(s) });
  }
  if (referenceOnly.length) notes.push('reference-rate-not-for-china');

  let path: TariffAnswer['path'] = null;
  let pathSource: TariffAnswer['pathSource'];
  if (line?.path) {
    path = pathSteps(dest, line.path.years, yr.rcepYear);
    pathSource = { src: line.path.src, ...(line.path.row ? { row: line.path.row } : {}) };
  } else if (pick.annex1 && pick.annex1.years.length) {
    path = pathSteps(dest, pick.annex1.years, yr.rcepYear);
    pathSource = { src: pick.annex1.src, row: pick.annex1.row };
  }

  const offers = compareOffers(mfn, pick.rcep, other, shipment);
  notes.push(...offers.notes);
  const officialSources = pick.rcep.status === 'not-in-data' || !mfn ? OFFICIAL_SCHEDULES[dest] : [];

  const srcIds = new Set<string>();
  [
    mfn?.src,
    pick.rcep.rate?.src,
    pathSource?.src,
    pick.annex1?.src,
    ...other.map((o) => o.source),
    ...referenceOnly.map((r) => r.rate.src),
  ]
    .filter((s): s is string => !!s)
    .forEach((s) => srcIds.add(s));
  const sources = [...srcIds].map((id) => index.sources.get(id)).filter((s): s is SourceInfo => !!s);

  const answer: TariffAnswer = {
    dest,
    origin: 'CN',
    code: line?.code ?? digits,
    date: q.date,
    rcepYear: yr.rcepYear,
    line: line ? lineSummary(line) : null,
    candidates: candidates.map(lineSummary),
    mfn,
    rcep: pick.rcep,
    path,
    other,
    referenceOnly,
    saving: offers.saving,
    recommendation: offers.recommendation,
    officialSources,
    sources,
    notes: [...new Set(notes)],
  };
  if (pathSource) answer.pathSource = pathSource;
  return answer;
}

const columnsCache = new WeakMap<TariffPack, Set<string>>();
/** TariffLine.other keys with at least one rate in the pack (computed once per pack). */
function loadedColumns(pack: TariffPack): Set<string> {
  let s = columnsCache.get(pack);
  if (!s) {
    s = new Set();
    for (const l of pack.lines)
      for (const [k, v] of Object.entries(l.other ?? {})) if (v.length) s.add(k.toLowerCase());
    columnsCache.set(pack, s);
  }
  return s;
}

/**
 * Every agreement China has with `dest` besides RCEP: with its rate for the line where the data holds
 * one (TariffLine.other[column]), else named with why the rate is missing. A rate column in the line
 * that the agreement list does not name is still shown (by its column name), never dropped.
 */
function otherAgreements(
  dest: Exclude<Party, 'CN'>,
  line: TariffLine | null,
  pack: TariffPack | undefined,
  year: number | null,
  q: TariffQuery,
  notes: string[],
): OtherAgreement[] {
  const known = CHINA_AGREEMENTS[dest];
  // the line's column keys, matched without regard to case ('acfta' in the packs, 'ACFTA' from an operator)
  const columns = new Map(Object.keys(line?.other ?? {}).map((k) => [k.toLowerCase(), k] as const));
  const listed = new Set(known.flatMap((a) => (a.column ? [a.column.toLowerCase()] : [])));
  const extra = [...columns.keys()]
    .filter((c) => !listed.has(c))
    .map((c): ChinaAgreement => ({ id: c.toUpperCase(), column: c, proof: 'certificate-of-origin' }));
  const shipment = { value: q.value, currency: q.currency, quantity: q.quantity };
  const out: OtherAgreement[] = [];
  for (const a of [...known, ...extra]) {
    const base = { agreement: a.id, proof: a.proof, portal: FTA_PORTAL };
    const key = a.column && columns.get(a.column.toLowerCase());
    const sel = key ? selectEntry(line?.other?.[key], year, dest) : null;
    if (sel) {
      const o: OtherAgreement = { ...base, loaded: true, rate: viewOfSelected(sel), source: sel.entry.src };
      if (q.value !== undefined || q.quantity !== undefined) o.duty = evaluateRate(sel.entry.rate, shipment);
      if (!sel.exact && o.rate.shownYear !== undefined)
        notes.push(`${a.id.toLowerCase()}-rate-is-for-year-${o.rate.shownYear}`);
      out.push(o);
      continue;
    }
    const columnLoaded = !!a.column && !!pack && loadedColumns(pack).has(a.column.toLowerCase());
    out.push({
      ...base,
      loaded: false,
      rate: null,
      missing: columnLoaded ? 'no-rate-for-line' : 'rates-not-in-data',
      source: FTA_PORTAL_SOURCE,
    });
  }
  if (known.length === 0) notes.push('no-other-agreement-with-china');
  if (out.some((o) => !o.loaded)) notes.push('other-agreement-rates-not-in-data');
  return out;
}

export function isTariffError(r: TariffResult): r is DomainError {
  return 'error' in r;
}
