import type { PsrRow, PsrRule } from '../schemas/index.js';
import { evaluateOrigin } from './evaluate.js';
import { findRule, indexPsrRows, resolvePsrUnit } from './find-rule.js';
import type { Bom } from './types.js';

const row = (unit: string, rule: PsrRule): PsrRow => ({ unit, hsVersion: '2022', rule, src: 'test', row: '1' });

describe('resolvePsrUnit / findRule', () => {
  const units = new Set(['85', '8509', '850980']);
  it.each([
    ['8509.80.10', '850980'],
    ['85099000', '8509'],
    ['8501.10', '85'],
    ['9401.10', undefined],
    ['', undefined],
  ])('%s -> %s', (code, unit) => expect(resolvePsrUnit(code, units)).toBe(unit));

  it('findRule returns the most specific row', () => {
    const idx = indexPsrRows([row('85', { kind: 'CC' }), row('8509', { kind: 'CTH' })]);
    expect(findRule(idx, '8509.80')?.unit).toBe('8509');
    expect(findRule(idx, '8501.10')?.unit).toBe('85');
    // a quarantined heading stops the walk: no fallback to the chapter rule
    expect(findRule(idx, '8501.10', new Set(['8501']))).toBeUndefined();
  });

  it('indexes the rows of one HS version: a 2012 row of the same digits neither shadows nor is shadowed', () => {
    const r2012: PsrRow = { ...row('850980', { kind: 'WO' }), hsVersion: '2012' };
    const r2022 = row('850980', { kind: 'CTSH' });
    expect(findRule(indexPsrRows([r2012, r2022]), '8509.80.10')).toBe(r2022);
    expect(findRule(indexPsrRows([r2022, r2012]), '8509.80.10')).toBe(r2022);
    expect(findRule(indexPsrRows([r2012]), '8509.80.10')).toBeUndefined();
    expect(findRule(indexPsrRows([r2012, r2022], '2012'), '8509.80.10')).toBe(r2012);
  });
});

describe('evaluateOrigin rule shapes', () => {
  const bom: Bom = { hs: '2909.60', fob: 100, materials: [{ hs: '2909.50', origin: 'US', value: 50 }] };

  it('cases: selects the case by HS code, else the otherwise case', () => {
    const rule: PsrRule = {
      kind: 'cases',
      cases: [
        { goods: { hs: [{ level: 'subheading', code: '290960' }] }, rule: { kind: 'CTSH' } },
        { goods: { otherwise: true }, rule: { kind: 'CTH' } },
      ],
    };
    const v1 = evaluateOrigin({ code: '2909.60', rule: row('2909', rule), bom });
    expect(v1.caseIndex).toBe(0);
    expect(v1.verdict).toBe('originating'); // 290950 -> 290960 changes subheading
    const v2 = evaluateOrigin({
      code: '2909.50',
      rule: row('2909', rule),
      bom: { ...bom, hs: '2909.50', materials: [{ hs: '2909.60', origin: 'US', value: 50 }] },
    });
    expect(v2.caseIndex).toBe(1);
    expect(v2.verdict).toBe('not-originating'); // same heading 2909, 50 % > 10 %
  });

  it('cases with a goods description: undecidable from the code', () => {
    const rule: PsrRule = {
      kind: 'cases',
      cases: [
        { goods: { text: { en: 'Of insects' } }, rule: { kind: 'CTSH' } },
        { goods: { otherwise: true }, rule: { kind: 'CTH' } },
      ],
    };
    const v = evaluateOrigin({ code: '2909.60', rule: row('2909', rule), bom });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toContain('good-case');
  });

  it('CR needs the declared answer', () => {
    const rule: PsrRule = { kind: 'or', rules: [{ kind: 'CTH' }, { kind: 'CR' }] };
    expect(evaluateOrigin({ code: '2909.60', rule: row('2909', rule), bom }).questions).toEqual(['chemical-reaction']);
    expect(
      evaluateOrigin({ code: '2909.60', rule: row('2909', rule), bom, chemicalReaction: true }).satisfiedBy?.rule,
    ).toEqual({ kind: 'CR' });
  });

  it('and: every part must hold', () => {
    const rule: PsrRule = { kind: 'and', rules: [{ kind: 'CTSH' }, { kind: 'RVC', threshold: 40 }] };
    // CTSH met (290950 -> 290960); RVC = (100 − 50) / 100 = 50 % >= 40
    expect(evaluateOrigin({ code: '2909.60', rule: row('2909', rule), bom }).verdict).toBe('originating');
    const poor: Bom = { ...bom, materials: [{ hs: '2909.50', origin: 'US', value: 70 }] };
    expect(evaluateOrigin({ code: '2909.60', rule: row('2909', rule), bom: poor }).verdict).toBe('not-originating');
  });

  it('a material with a 4-digit code cannot be judged against CTSH', () => {
    const b: Bom = { ...bom, materials: [{ hs: '2909', origin: 'US', value: 50 }] };
    const v = evaluateOrigin({ code: '2909.60', rule: row('2909', { kind: 'CTSH' }), bom: b });
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(['material-hs']);
  });

  it('no data at all: asks for the bill of materials', () => {
    const v = evaluateOrigin({ code: '2909.60', rule: row('2909', { kind: 'CTH' }) });
    expect(v.mode).toBe('none');
    expect(v.verdict).toBe('insufficient-information');
    expect(v.questions).toEqual(['bom']);
  });
});
