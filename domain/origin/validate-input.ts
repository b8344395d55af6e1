import { parseBom } from './bom-schema.js';
import { hsDigits } from './ctc.js';
import type { Bom, OriginInput, OriginInputIssue } from './types.js';

/** Check an origin input; returns the issues (empty when valid) and the parsed bill of materials. */
export function validateOriginInput(input: OriginInput): { issues: OriginInputIssue[]; bom?: Bom } {
  const issues: OriginInputIssue[] = [];
  const text = typeof input?.code === 'string' ? input.code.normalize('NFKC').trim() : undefined; // full-width as ASCII
  const code = text === undefined ? '' : hsDigits(text);
  if (text === undefined || !/^\d[\d .-]*$/.test(text)) issues.push({ reason: 'bad-hs-code', field: 'code' });
  else if (code.length < 6 || code.length > 12) issues.push({ reason: 'hs-code-too-short', field: 'code' });
  if (
    input.share !== undefined &&
    !(typeof input.share === 'number' && Number.isFinite(input.share) && input.share >= 0 && input.share <= 100)
  ) {
    issues.push({ reason: 'share-out-of-range', field: 'share' });
  }
  if (input.psrCase !== undefined && !(Number.isInteger(input.psrCase) && input.psrCase >= 1))
    issues.push({ reason: 'psr-case-invalid', field: 'psrCase' });
  if (input.activeIngredientsOriginating !== undefined && typeof input.activeIngredientsOriginating !== 'boolean')
    issues.push({ reason: 'must-be-boolean', field: 'activeIngredientsOriginating' });
  let bom: Bom | undefined;
  if (input.bom !== undefined) {
    const r = parseBom(input.bom);
    if (!r.ok) issues.push(...r.issues);
    else {
      bom = r.bom;
      const n = Math.min(6, code.length);
      if (code.length >= 6 && hsDigits(bom.hs).slice(0, n) !== code.slice(0, n))
        issues.push({ reason: 'bom-hs-differs-from-code', field: 'bom.hs' });
    }
  }
  return { issues, bom };
}

/** '3.2' < '3.10' < '3A-headnote-4' < '3A-headnote-8' */
export function articleOrder(a: string, b: string): number {
  const key = (x: string) => {
    const m = /^3\.(\d+)$/.exec(x);
    if (m) return [0, Number(m[1])];
    const h = /^3A-headnote-(\d+)$/.exec(x);
    return h ? [1, Number(h[1])] : [2, 0];
  };
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || ka[1] - kb[1] || a.localeCompare(b);
}
