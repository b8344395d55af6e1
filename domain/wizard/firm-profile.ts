import type { FirmProfile } from '../schemas/index.js';
import { FIRM_QUESTIONS, type FirmAnswer } from './firm-answer.js';
import type { Summary, SummaryPart } from './step-parts.js';

const known = <T>(v: T | 'unsure' | undefined): T | undefined => (v === 'unsure' ? undefined : v);

/** The firm-profile answer as the matching reads it: 'not sure' becomes "not known". */
export function firmProfileOf(a: FirmAnswer): FirmProfile {
  const p: FirmProfile = {};
  const district = known(a.district);
  if (district) p.district = district;
  const direction = known(a.direction);
  if (direction) p.direction = direction;
  const size = known(a.size);
  if (size) p.size = size;
  const aeo = known(a.aeo);
  if (aeo) p.aeo = aeo;
  const types = known(a.firmTypes);
  if (types) {
    p.firmTypes = [...types];
    p.investor = types.includes('foreign-invested');
  }
  const models = known(a.exportModels);
  if (models) p.exportModels = [...models];
  const ins = known(a.creditInsurance);
  if (ins) p.creditInsurance = ins === 'yes';
  return p;
}

/** One part per answered question, e.g. "注册地：涪陵区"; a question left "not sure" is not listed. */
export function firmSummary(a: FirmAnswer): Summary | null {
  const parts: SummaryPart[] = [];
  for (const q of FIRM_QUESTIONS) {
    const v = a[q];
    if (v === undefined || v === 'unsure') continue;
    const list = Array.isArray(v) ? v : [v];
    const value: SummaryPart = list.length
      ? { kind: 'list', items: list.map((x) => ({ kind: 't', key: `wizard.firm.${q}.${x}` })) }
      : { kind: 't', key: 'wizard.firm.noneOfThese' };
    parts.push({
      kind: 't',
      key: 'wizard.firm.summaryItem',
      values: { q: { kind: 't', key: `wizard.firm.${q}.short` }, a: value },
    });
  }
  if (a.name) parts.unshift({ kind: 'text', value: a.name });
  return parts.length ? { parts, sep: ' · ' } : null;
}
