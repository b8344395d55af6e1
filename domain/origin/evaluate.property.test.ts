import fc from 'fast-check';
import type { PsrRow } from '../schemas/index.js';
import { evaluateOrigin } from './evaluate.js';
import { OriginInputError, type Bom } from './types.js';

const origin = fc.constantFrom('CN', 'VN', 'JP', 'US', 'IN', 'DE', 'unknown');
const hs6 = fc
  .integer({ min: 10100, max: 969999 })
  .map((n) => String(n).padStart(6, '0'))
  .filter((c) => c.slice(0, 2) !== '77'); // chapter 77 is reserved in the HS
const material = fc.record({
  hs: hs6,
  origin,
  value: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  weightKg: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }),
});
const bom: fc.Arbitrary<Bom> = fc
  .tuple(hs6, fc.array(material, { maxLength: 20 }), fc.integer({ min: 1, max: 1000 }))
  .map(([hs, materials, extra]) => ({ hs, fob: materials.reduce((s, m) => s + m.value, 0) + extra, materials }));
const rule: PsrRow = {
  unit: '01',
  hsVersion: '2022',
  src: 'test',
  row: '1',
  rule: { kind: 'or', rules: [{ kind: 'CTH' }, { kind: 'RVC', threshold: 40 }] },
};

describe('evaluateOrigin properties', () => {
  it('never throws on arbitrary JSON-like input except with a typed OriginInputError', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), fc.option(fc.double(), { nil: undefined }), (code, b, share) => {
        try {
          evaluateOrigin({ code, bom: b as Bom, share });
        } catch (e) {
          expect(e).toBeInstanceOf(OriginInputError);
          expect((e as OriginInputError).reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('build-down equals (FOB − VNM) / FOB × 100 and a valid BOM always gets a verdict', () => {
    fc.assert(
      fc.property(bom, (b) => {
        const v = evaluateOrigin({ code: b.hs, rule: { ...rule, unit: b.hs.slice(0, 2) }, bom: b });
        const vnm = b.materials.filter((m) => !['CN', 'VN', 'JP'].includes(m.origin)).reduce((s, m) => s + m.value, 0);
        expect(v.rvc?.buildDown).toBeCloseTo(((b.fob - vnm) / b.fob) * 100, 1);
        expect(['originating', 'not-originating', 'insufficient-information']).toContain(v.verdict);
        // RVC40 is an alternative: a build-down of 40 or more always makes the good originating
        if (((b.fob - vnm) / b.fob) * 100 >= 40 + 1e-6) expect(v.verdict).toBe('originating');
      }),
      { numRuns: 500 },
    );
  });
});
