import {
  decodeAnswers,
  encodeAnswers,
  firstIncomplete,
  nextStep,
  previousStep,
  STEPS,
  stepDef,
  toCheckInput,
  toFirmProfile,
  type WizardAnswers,
} from './index.js';

// Each step carries its link keys, its summary and its share of the engine input; these tests read
// the declarations only through the three generic functions that replaced the hand-written per-step code.
const quick: WizardAnswers = {
  product: { code: '0805', label: '柑橘' },
  destination: { dest: 'JP' },
  line: { code: '080510000' },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 45, wholly: true },
  shipment: { date: '2026-11-24', value: 1000, currency: 'USD' },
};
const firm: WizardAnswers['firm'] = {
  district: 'fuling',
  direction: 'export',
  size: 'small-micro',
  aeo: 'unsure',
  firmTypes: [],
  exportModels: ['e-commerce'],
  creditInsurance: 'no',
  name: '涪陵某榨菜有限公司',
};

describe('step declarations', () => {
  test('every answering step declares link keys, and no two steps share a key', () => {
    const keys = STEPS.flatMap((s) => s.url?.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of STEPS) if (s.id !== 'check-answers') expect(s.url).toBeDefined();
  });

  test('a link round-trips every answer except the firm name, which stays on the device', () => {
    const back = decodeAnswers(encodeAnswers({ ...quick, firm }));
    const { label: _label, ...product } = quick.product!;
    expect(back).toEqual({ ...quick, product, firm: { ...firm, name: undefined } });
    expect(encodeAnswers({ ...quick, firm })).not.toContain(encodeURIComponent('涪陵某'));
  });

  test('the engine input: the national line replaces the product code; the shipment date is used', () => {
    expect(toCheckInput(quick, '2020-01-01')).toEqual({
      code: '080510000',
      dest: 'JP',
      date: '2026-11-24',
      value: 1000,
      currency: 'USD',
      origin: { mode: 'quick', share: 45, wholly: true },
    });
    const { shipment: _s, ...noShipment } = quick;
    expect(toCheckInput(noShipment, '2020-01-01')?.date).toBe('2020-01-01');
    expect(toCheckInput({ product: { code: '0805' } }, '2020-01-01')).toBeNull();
  });

  test('a bill of materials takes the code to check from the line step', () => {
    const bom = { fob: 100, materials: [{ hs: '3926', origin: 'CN', value: 20 }] };
    const a: WizardAnswers = { ...quick, 'origin-method': { method: 'bom' }, 'origin-bom': bom };
    expect(toCheckInput(a, '2026-01-01')?.origin).toEqual({ mode: 'bom', bom: { ...bom, hs: '080510000' } });
  });

  test('the firm answer becomes a profile; "not sure" stays unknown, "none of these" is an empty list', () => {
    expect(toFirmProfile({ ...quick, firm })).toEqual({
      district: 'fuling',
      direction: 'export',
      size: 'small-micro',
      firmTypes: [],
      investor: false,
      exportModels: ['e-commerce'],
      creditInsurance: false,
    });
    expect(toFirmProfile(quick)).toEqual({});
  });

  test('the firm step is offered, not required: Continue passes it by and back goes to check-answers', () => {
    expect(nextStep(quick, 'shipment')).toBe('check-answers');
    expect(firstIncomplete(quick)).toBeNull();
    expect(nextStep(quick, 'firm')).toBe('check-answers');
    expect(previousStep(quick, 'check-answers')).toBe('shipment');
  });

  test('summaries are declared as parts the client formats', () => {
    expect(stepDef('shipment').summary!(quick.shipment as never)).toEqual({
      sep: ' · ',
      parts: [
        { kind: 'date', value: '2026-11-24' },
        { kind: 'money', value: 1000, currency: 'USD' },
      ],
    });
    const s = stepDef('firm').summary!(firm as never)!;
    // "not sure" (aeo) is not listed; the name comes first
    expect(s.parts[0]).toEqual({ kind: 'text', value: '涪陵某榨菜有限公司' });
    expect(JSON.stringify(s)).not.toContain('wizard.firm.aeo');
  });
});
