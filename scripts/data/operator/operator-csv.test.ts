/** Operator layouts (docs/data-layouts.md) on fixtures typed from the raw mirror (see test/fixtures/operator/). */
import { join } from 'node:path';
import { parseForParties } from '../../../domain/ingest/operator-annex1.js';
import { psrUnit } from '../../../domain/ingest/operator-psr.js';
import { importOperatorAnnex1 } from './annex1-csv.js';
import { importOperator } from './import-operator.js';
import { importOperatorPsr } from './psr-csv.js';

const DIR = join(__dirname, '../../../test/fixtures/operator');
const F = { kind: 'free' };
const av = (pct: number) => (pct === 0 ? F : { kind: 'adValorem', pct });

describe('operator Annex I layout', () => {
  const r = importOperatorAnnex1(DIR, 'annex1-8509.csv');

  it('accepts the AU, KH and TH rows and quarantines the two bad ones with a reason', () => {
    expect(r.lines.map((l) => `${l.party} ${l.code}`)).toEqual(['AU 85098010', 'KH 85098010', 'TH 85099010']);
    expect(r.quarantine.filter((q) => q.reason !== 'annex1-years-elided').map((q) => [q.row, q.reason])).toEqual([
      ['5', 'annex1-party-unknown'],
      ['6', 'annex1-rate-unparsed'],
    ]);
  });

  it('AU 8509.80.10: base 5%, Years 1-20 free (extracts line 2)', () => {
    const au = r.lines[0];
    expect(au.base).toEqual(av(5));
    expect(au.years).toEqual(Array.from({ length: 20 }, (_, i) => ({ rcepYear: i + 1, rate: F })));
    expect(au.forParties).toBe('all');
    expect(au.row).toBe('2: 09 Schedule - AU.pdf p.102');
  });

  it('KH 8509.80.10: base 35% then 35..0 (extracts line 4)', () => {
    const kh = r.lines[1];
    expect(kh.base).toEqual(av(35));
    const printed = [35, 32, 29, 26, 23, 20, 17, 14, 11, 8, 5, 3, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(kh.years).toEqual(printed.map((p, i) => ({ rcepYear: i + 1, rate: av(p) })));
  });

  it('TH 8509.90.10: "Unbound for China" excludes CN; the elided Year 3 is quarantined, not filled (extracts line 17)', () => {
    const th = r.lines[2];
    expect(th.excludedFor).toEqual(['CN']);
    expect(th.years).toEqual([
      { rcepYear: 1, rate: av(28) },
      { rcepYear: 2, rate: av(26) },
    ]);
    expect(r.quarantine).toContainEqual(expect.objectContaining({ row: '4', reason: 'annex1-years-elided' }));
  });

  it('for_parties', () => {
    expect(parseForParties('')).toBe('all');
    expect(parseForParties('NZ AU')).toEqual(['AU', 'NZ']);
    expect(parseForParties('CN;XX')).toBeUndefined();
  });

  it('names a source with the file sha256', () => {
    expect(r.sources[0]).toMatchObject({
      id: 'operator-annex1-8509',
      file: 'annex1-8509.csv',
      asOf: 'Annex I as signed',
    });
    expect(r.sources[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('operator Annex 3A layout', () => {
  const r = importOperatorPsr(DIR, 'psr-8509.csv');

  it('parses the English rule text into rule trees (psr/...with-en-codes.csv lines 1840-1842, 3, 1415)', () => {
    expect(r.rows.map((x) => x.unit)).toEqual(['850940', '850980', '850990', '02', '8407']);
    const k = r.rows.find((x) => x.unit === '850990')!.rule;
    expect(k.kind).toBe('or');
    expect(k.kind === 'or' && k.rules).toEqual(
      expect.arrayContaining([{ kind: 'CTH' }, { kind: 'RVC', threshold: 40 }]),
    );
    expect(r.rows.find((x) => x.unit === '02')!.rule).toEqual({
      kind: 'CC',
      except: [{ level: 'chapter', code: '01' }],
    });
  });

  it('quarantines a malformed code, an unknown version, a duplicate and an unparsed rule', () => {
    expect(r.quarantine.map((q) => [q.row, q.reason])).toEqual([
      ['7', 'psr-code-malformed'],
      ['8', 'psr-hs-version-unknown'],
      ['9', 'psr-unit-duplicate'],
      ['10', 'psr-rule-unparsed'],
    ]);
  });

  it('psrUnit', () => {
    expect(psrUnit('84.07')).toBe('8407');
    expect(psrUnit('8407.10')).toBe('840710');
    expect(psrUnit('8407.1')).toBeUndefined();
  });
});

describe('importOperator (folder)', () => {
  it('loads annex1*.csv and psr*.csv and reports accepted / quarantined per file', async () => {
    const r = await importOperator(DIR);
    expect(r.report).toEqual([
      { file: 'annex1-8509.csv', accepted: 3, quarantined: 3 },
      { file: 'psr-8509.csv', accepted: 5, quarantined: 4 },
    ]);
  });
});
