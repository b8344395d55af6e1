import type { TFunction } from 'i18next';
import type { CheckInput, CheckResult } from '../../../../domain/check/types.js';
import type { DirectoryPack } from '../../../../domain/programmes/answer.js';
import type { CaseDetail } from '../../../../domain/schemas/staff-cases.js';
import type { HsPack } from '../../../../domain/schemas/index.js';
import { matchFactsFromCheck } from '../../../../domain/programmes/facts.js';
import { programmesAnswer } from '../../../../domain/programmes/answer.js';
import { fmtCode, fmtDate, fmtMoney } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';
import { dataAsOf } from '../../lib/check/enquiry-summary.js';

/** A text in both languages: Chinese first, English under it. */
export interface Both {
  zh: string;
  en: string;
}

interface SlipCheck {
  rows: { label: Both; value: Both }[];
  /** reopens this check's result page (the QR code) */
  link: string;
}

interface SlipUnit {
  name: Both;
  role: Both;
  /** phone / address / url only when an admin published them with a source; else "to be confirmed" */
  contact: Both;
}

interface SlipProgramme {
  name: Both;
  /** applies to any exporter, or may apply depending on the firm */
  applies: Both;
  /** the policy document and item the measure comes from */
  source: string;
  units: SlipUnit[];
}

export interface SlipModel {
  title: Both;
  head: { label: Both; value: string }[];
  checks: SlipCheck[];
  programmes: SlipProgramme[];
  programmesTitle: Both;
  nextTitle: Both;
  /** true when no firm profile was given: the list is the general one for any exporter */
  programmesGeneral: boolean;
  next: Both;
  dataDate: Both;
  sources: string[];
  disclaimer: Both;
}

/** The facts the slip needs from this device: the engine's results of the case's checks, HS names, programmes. */
interface SlipInputs {
  c: CaseDetail;
  clerk?: string;
  results: (CheckResult | null)[];
  hs: HsPack | null;
  directory: DirectoryPack | null;
  origin: string;
  zh: TFunction;
  en: TFunction;
  /** the staff namespace, for the slip's own labels */
  zhS: TFunction;
  enS: TFunction;
}

/** the Chinese (or English) name of the most precise HS 2022 entry the code reaches: subheading, heading, chapter */
function hsName(hs: HsPack | null, digits: string, lang: 'zh' | 'en'): string | undefined {
  const list = (hs?.versions as Record<string, { code: string; en?: string; zh?: string }[]> | undefined)?.['2022'];
  if (!list) return undefined;
  for (const n of [6, 4, 2]) {
    const hit = list.find((e) => e.code === digits.slice(0, n));
    const name = hit?.[lang];
    if (name) return name;
  }
  return undefined;
}

/** the link that reopens the result for these answers (the wizard's URL keys: p, d, m, s, w) */
function resultLink(origin: string, a: CheckInput): string {
  const p = new URLSearchParams({ p: a.code, d: a.dest });
  if (a.origin.mode === 'quick') {
    p.set('m', 'quick');
    p.set('s', String(a.origin.share));
    p.set('w', a.origin.wholly ? '1' : '0');
  }
  return `${origin}/result?${p.toString()}`;
}

/** a rate as a percentage when it is one (free = 0), to say the saving in points when no value was given */
function pctOf(e: { kind: string; pct?: number } | undefined): number | undefined {
  if (!e) return undefined;
  if (e.kind === 'free') return 0;
  return e.kind === 'adValorem' ? e.pct : undefined;
}

function checkRows(r: CheckResult, hs: HsPack | null, zh: TFunction, en: TFunction, zhS: TFunction, enS: TFunction) {
  const tf = r.tariff;
  const both = (f: (t: TFunction, l: 'zh-CN' | 'en') => string): Both => ({ zh: f(zh, 'zh-CN'), en: f(en, 'en') });
  const label = (k: string, staff = false): Both => (staff ? { zh: zhS(k), en: enS(k) } : { zh: zh(k), en: en(k) });
  const digits = (tf.line?.code ?? tf.code).replace(/\D/g, '');
  const rows: { label: Both; value: Both }[] = [];
  const bothS2 = (k: string): Both => ({ zh: zhS(k), en: enS(k) });
  rows.push({
    label: label('print.product'),
    value: {
      zh: hsName(hs, digits, 'zh') ?? zhS('counter.slip.noZhName'),
      en: hsName(hs, digits, 'en') ?? tf.line?.desc ?? '',
    },
  });
  rows.push({ label: label('print.destination'), value: both((t) => t(`parties.${tf.dest}`)) });
  rows.push({
    label: label('counter.slip.line', true),
    value: tf.line
      ? {
          zh: `${tf.line.printed ?? fmtCode(tf.line.code)} ${tf.line.desc}`,
          en: `${tf.line.printed ?? fmtCode(tf.line.code)} ${tf.line.desc}`,
        }
      : { zh: zhS('counter.slip.noLine'), en: enS('counter.slip.noLine') },
  });
  rows.push({
    label: label('print.rcep'),
    value: both((t, l) => {
      const status = t(`result.status.${tf.rcep.status}`);
      if (!tf.rcep.rate) return status;
      const rate = rateText(tf.rcep.rate.expr, t, l);
      // 'free' would only repeat the rate ("Free (Free)")
      return tf.rcep.status === 'free' ? rate : `${rate}（${status}）`;
    }),
  });
  rows.push({
    label: label('print.mfn'),
    value: both((t, l) => (tf.mfn ? rateText(tf.mfn.expr, t, l) : t('rate.notInData'))),
  });
  const mfnPct = pctOf(tf.mfn?.expr);
  const rcepPct = pctOf(tf.rcep.rate?.expr);
  rows.push({
    label: label('print.saving'),
    value:
      tf.saving?.amount != null
        ? both((_t, l) => fmtMoney(tf.saving!.amount!, tf.saving!.currency, l))
        : mfnPct !== undefined && rcepPct !== undefined && mfnPct <= rcepPct
          ? bothS2('counter.slip.noGain')
          : mfnPct !== undefined && rcepPct !== undefined
            ? {
                zh: zhS('counter.slip.points', { n: Math.round((mfnPct - rcepPct) * 100) / 100 }),
                en: enS('counter.slip.points', { n: Math.round((mfnPct - rcepPct) * 100) / 100 }),
              }
            : both((t) => t('print.noSaving')),
  });
  const better = tf.other.find((o) => o.agreement === tf.recommendation && o.rate);
  rows.push({
    label: label('print.better'),
    value: better
      ? both((t, l) => t('print.betterText', { agreement: better.agreement, rate: rateText(better.rate?.expr, t, l) }))
      : tf.recommendation === 'RCEP' || tf.recommendation === 'MFN'
        ? { zh: zhS(`counter.slip.best.${tf.recommendation}`), en: enS(`counter.slip.best.${tf.recommendation}`) }
        : { zh: zhS('counter.slip.best.none'), en: enS('counter.slip.best.none') },
  });
  rows.push({
    label: label('print.origin'),
    value: both((t) => {
      if (!r.origin) return t('result.origin.verdict.insufficient-information');
      const v = t(`result.origin.verdict.${r.origin.verdict}`);
      // the criterion met (wholly obtained, or the rule's alternative such as RVC40), never the rule's text
      const s = r.origin.satisfiedBy;
      if (!s) return v;
      const c = t(`result.origin.criterion.${s.criterion}`);
      return `${v} ${t('print.criterionMet', { criterion: s.criterion === 'PSR' && s.text ? `${c} ${s.text.code}` : c })}`;
    }),
  });
  const usable = r.proof.options.filter((o) => o.available === true);
  rows.push({
    label: label('print.prepare'),
    value:
      r.origin?.verdict === 'originating' && usable.length
        ? both((t) =>
            [
              ...usable.map((o) => t(`result.proof.option.${o.id}`)),
              t('print.prepareChecklist', { n: r.proof.checklist.length }),
            ].join('；'),
          )
        : { zh: zhS('counter.slip.prepareLater'), en: enS('counter.slip.prepareLater') },
  });
  return rows;
}

const MAX_PROGRAMMES = 4;

/** Build the slip in plain words from the case and what this device computed; nothing an engineer alone could read. */
export function slipModel(x: SlipInputs): SlipModel {
  const { c, zh, en, zhS, enS } = x;
  const bothS = (k: string, o?: Record<string, unknown>): Both => ({ zh: zhS(k, o), en: enS(k, o) });
  const when = new Date(c.createdAt);
  const head: SlipModel['head'] = [];
  if (c.consent && c.firmName) head.push({ label: bothS('counter.slip.firm'), value: c.firmName });
  if (!Number.isNaN(when.getTime()))
    head.push({
      label: bothS('counter.slip.date'),
      value: when.toLocaleString('zh-CN', { hour12: false, dateStyle: 'long', timeStyle: 'short' }),
    });
  if (x.clerk) head.push({ label: bothS('counter.slip.clerk'), value: x.clerk });
  const checks: SlipCheck[] = [];
  c.checks.forEach((k, i) => {
    const r = x.results[i];
    if (!r || !k.answers) return;
    checks.push({ rows: checkRows(r, x.hs, zh, en, zhS, enS), link: resultLink(x.origin, k.answers as CheckInput) });
  });
  // the programmes for every check of the case, most relevant first, without repeats; no firm profile at the counter
  const seen = new Set<string>();
  const programmes: SlipProgramme[] = [];
  const units = new Map((x.directory?.units ?? []).map((u) => [u.id, u]));
  for (const r of x.results) {
    if (!r || !x.directory) continue;
    const ans = programmesAnswer(x.directory.programmes, x.directory.units, {
      dest: r.input.dest,
      code: r.input.code,
      verdict: r.origin?.verdict,
      rateGain: matchFactsFromCheck(r).rateGain,
    });
    if (!('matches' in ans)) continue;
    // what applies to any exporter first, then what may apply depending on the firm (no profile at the counter)
    const ordered = [
      ...ans.matches.filter((m) => m.applies === 'yes'),
      ...ans.matches.filter((m) => m.applies === 'maybe'),
    ];
    for (const m of ordered) {
      if (seen.has(m.programme) || !m.detail || programmes.length >= MAX_PROGRAMMES) continue;
      seen.add(m.programme);
      programmes.push({
        name: m.detail.names,
        applies: m.applies === 'yes' ? bothS('counter.slip.appliesYes') : bothS('counter.slip.appliesMaybe'),
        source: m.detail.citations
          .slice(0, 2)
          .map((ct) => `${ct.doc} ${ct.item}`)
          .join('；'),
        units: m.units
          .filter((u) => u.level === 'city' && u.role !== 'cooperating')
          .slice(0, 2)
          .map((ref) => {
            const u = units.get(ref.unit);
            const published = u && u.detailSource && (u.phone || u.address || u.url);
            const detail = published ? [u.phone, u.address, u.url].filter(Boolean).join(' · ') : '';
            return {
              name: u ? u.names : { zh: zh('result.programmes.unknownUnit'), en: en('result.programmes.unknownUnit') },
              role: {
                zh: zh(`result.programmes.roleWords.${ref.role}`),
                en: en(`result.programmes.roleWords.${ref.role}`),
              },
              contact: published
                ? { zh: `${detail}（${u.detailSource!.title}）`, en: `${detail} (${u.detailSource!.title})` }
                : bothS('counter.slip.toConfirm'),
            };
          }),
      });
    }
  }
  const dates = x.results
    .map((r) => (r ? dataAsOf(r) : undefined))
    .filter((d): d is string => !!d)
    .sort();
  const asOf = dates.at(-1);
  const sources = [
    ...new Set(x.results.flatMap((r) => (r ? r.tariff.sources.map((s) => `${s.title}（${s.asOf}）`) : []))),
  ];
  const docs = [...new Set(programmes.flatMap((p) => p.source.split('；').map((d) => d.split(' ')[0])))];
  if (docs.length)
    sources.push(`${zhS('counter.slip.directorySource')} ${enS('counter.slip.directorySource')}：${docs.join('、')}`);
  return {
    title: bothS('counter.slip.title'),
    head,
    checks,
    programmes,
    programmesGeneral: true,
    // no firm profile is asked at the counter: say that the list is the general one, not chosen for this firm
    programmesTitle: bothS('counter.slip.programmesGeneral'),
    nextTitle: bothS('counter.slip.nextTitle'),
    next: bothS('counter.slip.nextSteps'),
    dataDate: {
      zh: zh('result.dataDate', { date: fmtDate(asOf, 'zh-CN') }),
      en: en('result.dataDate', { date: fmtDate(asOf, 'en') }),
    },
    sources,
    disclaimer: { zh: zh('print.disclaimer'), en: en('print.disclaimer') },
  };
}
