import {
  activeSteps,
  canVisit,
  codeToCheck,
  decodeAnswers,
  encodeAnswers,
  firstIncomplete,
  nextStep,
  previousStep,
  setAnswer,
  stepDef,
  STEPS,
  type WizardAnswers,
} from './index.js';

const base: WizardAnswers = {
  product: { code: '850980' },
  destination: { dest: 'JP' },
  line: { code: '850980000' },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 45, wholly: false },
  shipment: { date: '2026-11-24', value: 1000, currency: 'USD' },
};

describe('wizard flow', () => {
  test('declares each step once with a schema and known invalidations', () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of STEPS) for (const d of s.invalidates) expect(ids).toContain(d);
  });

  test('quick origin skips the bill of materials, and the reverse', () => {
    expect(activeSteps(base)).toEqual([
      'product',
      'destination',
      'line',
      'origin-method',
      'origin-quick',
      'shipment',
      'firm',
      'check-answers',
    ]);
    const bom = setAnswer(base, 'origin-method', { method: 'bom' });
    expect(activeSteps(bom)).toContain('origin-bom');
    expect(activeSteps(bom)).not.toContain('origin-quick');
  });

  test('a national code skips narrowing to a line', () => {
    const a = setAnswer(base, 'product', { code: '850980000' });
    expect(activeSteps(a)).not.toContain('line');
    expect(nextStep(a, 'destination')).toBe('origin-method');
    expect(previousStep(a, 'origin-method')).toBe('destination');
  });

  test('next and previous walk the active steps', () => {
    expect(nextStep(base, 'product')).toBe('destination');
    expect(nextStep(base, 'origin-method')).toBe('origin-quick');
    expect(nextStep(base, 'origin-quick')).toBe('shipment');
    expect(nextStep(base, 'check-answers')).toBeNull();
    expect(previousStep(base, 'shipment')).toBe('origin-quick');
    expect(previousStep(base, 'product')).toBeNull();
    // from a skipped step, back goes to the nearest active one before it
    expect(previousStep(base, 'origin-bom')).toBe('origin-quick');
  });

  test('changing the product drops the national line; the same answer changes nothing', () => {
    const same = setAnswer(base, 'product', { code: '850980' });
    expect(same).toBe(base);
    const changed = setAnswer(base, 'product', { code: '850990' });
    expect(changed.line).toBeUndefined();
    expect(changed.destination).toEqual({ dest: 'JP' });
    expect(firstIncomplete(changed)).toBe('line');
  });

  test('changing the destination drops the line; changing the method drops both origin answers', () => {
    expect(setAnswer(base, 'destination', { dest: 'VN' }).line).toBeUndefined();
    const m = setAnswer(base, 'origin-method', { method: 'bom' });
    expect(m['origin-quick']).toBeUndefined();
    expect(firstIncomplete(m)).toBe('origin-bom');
  });

  test('any change withdraws the confirmation', () => {
    const confirmed = setAnswer(base, 'check-answers', { confirmed: true });
    expect(confirmed['check-answers']).toEqual({ confirmed: true });
    expect(setAnswer(confirmed, 'shipment', { date: '2027-01-01' })['check-answers']).toBeUndefined();
  });

  test('a step can be visited only after the steps before it', () => {
    expect(canVisit({}, 'product')).toBe(true);
    expect(canVisit({}, 'destination')).toBe(false);
    expect(canVisit(base, 'check-answers')).toBe(true);
    expect(canVisit(base, 'origin-bom')).toBe(false); // skipped
    expect(firstIncomplete(base)).toBeNull();
    expect(firstIncomplete({ product: { code: '12' } })).toBe('product');
  });

  test('the code to check is the line when chosen', () => {
    expect(codeToCheck(base)).toBe('850980000');
    expect(codeToCheck({ product: { code: '8509' } })).toBe('8509');
  });
});

describe('step schemas', () => {
  const err = (id: Parameters<typeof stepDef>[0], v: unknown) => {
    const r = stepDef(id).schema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };
  test('reason codes, not prose', () => {
    expect(err('product', {})).toEqual(['code:product-required']);
    expect(err('product', { code: '85' })).toEqual(['code:product-code-invalid']);
    expect(err('destination', { dest: 'CN' })).toEqual(['dest:destination-required']);
    expect(err('origin-quick', { share: 120, wholly: false })).toEqual(['share:share-range']);
    expect(err('shipment', { date: '2026-13-40' })).toEqual(['date:date-invalid']);
    expect(err('shipment', { date: '2026-11-24', value: 10 })).toEqual(['currency:currency-required']);
  });
  test('bill of materials: materials above FOB are refused', () => {
    const bom = { fob: 100, materials: [{ hs: '850140', origin: 'US', value: 130 }] };
    expect(err('origin-bom', bom)).toEqual(['fob:materials-exceed-fob']);
    expect(err('origin-bom', { ...bom, fob: 200 })).toEqual([]);
    expect(err('origin-bom', { fob: 100, materials: [] })).toEqual(['materials:materials-required']);
  });
});

describe('answers in a link', () => {
  test('round trip keeps the effective answers', () => {
    const qs = encodeAnswers(base);
    expect(decodeAnswers(qs)).toEqual(base);
    const bom = setAnswer(base, 'origin-method', { method: 'bom' });
    const withBom = setAnswer(bom, 'origin-bom', {
      fob: 100,
      materials: [{ hs: '850140', origin: 'unknown', value: 30, weightKg: 1.2 }],
      costs: { labour: 10 },
    });
    expect(decodeAnswers(encodeAnswers(withBom))).toEqual(withBom);
  });
  test('bad values are dropped, not trusted', () => {
    expect(decodeAnswers('p=85&d=XX&m=quick&s=abc&b={bad')).toEqual({ 'origin-method': { method: 'quick' } });
  });
});
