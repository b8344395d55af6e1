import type { TFunction } from 'i18next';
import type { MatchReason } from '../../../../domain/programmes/match.js';
import type { Condition, FirmProfile, Programme } from '../../../../domain/schemas/programme.js';

/** What the firm or the result said, in words, for one condition of a programme. */
export interface ReasonLine {
  text: string;
  /** the document item the condition is read from */
  source?: string;
  /** the firm-profile question that would decide an unknown condition */
  asks?: boolean;
}

const PROFILE_KINDS: ReadonlySet<Condition['kind']> = new Set([
  'size',
  'firm-type',
  'aeo',
  'export-model',
  'investor',
  'district',
  'direction',
  'credit-insurance',
]);
const QUESTION: Partial<Record<Condition['kind'], string>> = {
  size: 'size',
  'firm-type': 'firmTypes',
  aeo: 'aeo',
  'export-model': 'exportModels',
  investor: 'firmTypes',
  district: 'district',
  direction: 'direction',
  'credit-insurance': 'creditInsurance',
};

function target(c: Extract<Condition, { kind: 'direction' }>): 'any' | 'export' | 'import' {
  const ex = c.in.includes('export');
  const im = c.in.includes('import');
  return ex && im ? 'any' : ex ? 'export' : 'import';
}

function list(t: TFunction, keys: string[]): string {
  return keys.map((k) => t(k)).join(t('common.listSep'));
}

function heldText(c: Condition, profile: FirmProfile, dest: string | undefined, t: TFunction, zh: boolean): string {
  const k = 'result.programmes.held';
  switch (c.kind) {
    case 'direction':
      return t(`${k}.direction.${target(c)}`, { answer: t(`wizard.firm.direction.${profile.direction}`) });
    case 'size':
      return t(`${k}.size.${profile.size}`);
    case 'aeo':
      return t(`${k}.aeo`, { answer: t(`wizard.firm.aeo.${profile.aeo}`) });
    case 'firm-type':
      return t(`${k}.firmType`, {
        answer: list(
          t,
          (profile.firmTypes ?? []).filter((x) => c.anyOf.includes(x)).map((x) => `wizard.firm.firmTypes.${x}`),
        ),
      });
    case 'export-model':
      return t(`${k}.exportModel`, {
        answer: list(
          t,
          (profile.exportModels ?? []).filter((x) => c.anyOf.includes(x)).map((x) => `wizard.firm.exportModels.${x}`),
        ),
      });
    case 'district':
      return t(`${k}.district`, { answer: t(`wizard.firm.district.${profile.district}`) });
    case 'credit-insurance':
      return t(`${k}.creditInsurance.${c.equals ? 'yes' : 'no'}`);
    case 'dest':
      return t(`${k}.dest`, { dest: dest ? t(`parties.${dest}`) : '' });
    case 'confirm':
      return zh ? c.question.zh : c.question.en;
    default:
      return t(`${k}.${c.kind}`);
  }
}

function unknownText(c: Condition, r: MatchReason, t: TFunction, zh: boolean): ReasonLine {
  if (c.kind === 'confirm')
    return { text: t('result.programmes.ask.confirm', { q: zh ? c.question.zh : c.question.en }) };
  if (r.outcome === 'invited')
    return {
      text: t(`result.programmes.ask.invited.${c.kind}`, { defaultValue: t('result.programmes.ask.invited.other') }),
    };
  const q = QUESTION[c.kind];
  if (q && PROFILE_KINDS.has(c.kind))
    return { text: t('result.programmes.ask.question', { q: t(`wizard.firm.${q}.question`) }), asks: true };
  return { text: t(`result.programmes.ask.${c.kind}`, { defaultValue: t('result.programmes.ask.other') }) };
}

const sourceOf = (c: Condition) => (c.citation ? `${c.citation.doc} ${c.citation.item}` : undefined);

/** Why a programme applies (held) or may apply (unknown), one line per condition, in the UI language. */
export function reasonLines(
  p: Programme,
  reasons: MatchReason[],
  profile: FirmProfile,
  dest: string | undefined,
  t: TFunction,
  zh: boolean,
): { held: ReasonLine[]; open: ReasonLine[]; failed: ReasonLine[] } {
  const out = { held: [] as ReasonLine[], open: [] as ReasonLine[], failed: [] as ReasonLine[] };
  for (const r of reasons) {
    const c = p.eligibility.find((x) => x.id === r.condition);
    if (!c) continue;
    if (r.outcome === 'held') out.held.push({ text: heldText(c, profile, dest, t, zh), source: sourceOf(c) });
    else if (r.outcome === 'failed')
      out.failed.push({
        text: t(`result.programmes.failed.${c.kind}`, { defaultValue: t('result.programmes.failed.other') }),
        source: sourceOf(c),
      });
    else out.open.push({ ...unknownText(c, r, t, zh), source: sourceOf(c) });
  }
  return out;
}
