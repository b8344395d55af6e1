/** One describe per data check: a clean fixture passes, a broken one is reported with actual/expected. */
import { chinaColumn } from './china-column.js';
import { codesWellFormed } from './codes-well-formed.js';
import { fixtureInput } from './fixture.js';
import { CHECKS } from './index.js';
import { manifestMatches } from './manifest-matches.js';
import { noReplacementChar } from './no-replacement-char.js';
import { notAboveBase } from './not-above-base.js';
import { quarantineListed } from './quarantine-listed.js';
import { schemaValid } from './schema-valid.js';
import { sourcesPresent } from './sources-present.js';
import { runChecks, type DataCheck } from './types.js';
import { yearsMonotone } from './years-monotone.js';

const errors = (c: DataCheck, input = fixtureInput()) => runChecks([c], input).filter((f) => f.level === 'error');

it('a clean fixture passes every check without errors', () => {
  expect(runChecks(CHECKS, fixtureInput()).filter((f) => f.level === 'error')).toEqual([]);
});

describe('schema-valid', () => {
  it('reports a pack that breaks its schema', () => {
    const input = fixtureInput(({ au }) => ((au.lines[0] as { hsVersion: string }).hsVersion = '2007'));
    expect(errors(schemaValid, input)[0]).toMatchObject({
      message: 'schema-invalid',
      where: expect.stringContaining('tariff-au.json lines.0.hsVersion'),
    });
  });
});

describe('codes-well-formed', () => {
  it('reports malformed and unsorted codes', () => {
    const input = fixtureInput(({ au }) =>
      au.lines.push({ ...au.lines[0], code: '85a9' }, { ...au.lines[0], code: '1234' }),
    );
    expect(errors(codesWellFormed, input).map((f) => f.message)).toEqual([
      'line-code-malformed',
      'line-codes-not-sorted-or-duplicate',
    ]);
  });
  it('warns on a national line outside the HS subheadings', () => {
    const input = fixtureInput(({ au }) => (au.lines[0].code = '8509991010'));
    expect(runChecks([codesWellFormed], input)).toContainEqual(
      expect.objectContaining({ level: 'warning', message: 'line-not-under-hs-subheading', actual: 1 }),
    );
  });
});

describe('years-monotone', () => {
  it('reports an Annex I rate that rises', () => {
    const input = fixtureInput(({ annex1 }) => (annex1.lines[0].years[1].rate = { kind: 'adValorem', pct: 33 }));
    expect(errors(yearsMonotone, input)[0]).toMatchObject({
      message: 'path-rate-rises',
      actual: 33,
      expected: '<= 32',
    });
  });
  it('reports an AU path whose years do not increase', () => {
    const input = fixtureInput(({ au }) => (au.lines[0].path!.years[1].rcepYear = 1));
    expect(errors(yearsMonotone, input)[0]).toMatchObject({ message: 'path-years-not-increasing' });
  });
});

describe('not-above-base', () => {
  it('reports a year rate above the base rate', () => {
    const input = fixtureInput(({ annex1 }) => (annex1.lines[0].years[0].rate = { kind: 'adValorem', pct: 40 }));
    expect(errors(notAboveBase, input)[0]).toMatchObject({ message: 'rate-above-base', actual: 40, expected: '<= 35' });
  });
  it('accepts it when the source says so in the note', () => {
    const input = fixtureInput(({ annex1 }) => {
      annex1.lines[0].years[0].rate = { kind: 'adValorem', pct: 40 };
      annex1.lines[0].note = 'source: rate above base in Year 1';
    });
    expect(errors(notAboveBase, input)).toEqual([]);
  });
});

describe('sources-present', () => {
  it('reports a record citing a source its pack does not list', () => {
    const input = fixtureInput(({ au }) => (au.lines[0].mfn[0].src = 'nowhere'));
    expect(errors(sourcesPresent, input)[0]).toMatchObject({ message: 'source-missing', actual: 'nowhere' });
  });
  it('a line without any entry is an error unless it cites the row that prints it', () => {
    const input = fixtureInput(({ au }) => {
      au.lines[0].mfn = [];
      au.lines[0].rcep = [];
      delete au.lines[0].path;
    });
    expect(errors(sourcesPresent, input)[0]).toMatchObject({ message: 'line-without-source', actual: 1 });
    const au = input.tariffs.AU!;
    au.lines[0].src = au.sources[0].id;
    au.lines[0].row = '3';
    expect(errors(sourcesPresent, input)).toEqual([]);
  });
});

describe('china-column', () => {
  it("reports an RCEP-for-China rate in a pack that holds only Korea's rate", () => {
    const input = fixtureInput(({ au }) => (au.chinaColumn = 'korea-only'));
    expect(errors(chinaColumn, input)[0]).toMatchObject({ message: 'rcep-for-china-without-china-column', actual: 1 });
  });
});

describe('manifest-matches', () => {
  it('reports a pack edited after the build', () => {
    const input = fixtureInput();
    input.texts['psr.json'] += ' ';
    input.psr!.rows.push({ ...input.psr!.rows[0], unit: '85' });
    expect(errors(manifestMatches, input).map((f) => f.message)).toEqual([
      'pack-sha256-differs',
      'record-count-differs',
    ]);
  });
  it('reports coverage that no longer matches', () => {
    const input = fixtureInput();
    input.tariffs.AU!.lines[0].rcep = [];
    expect(errors(manifestMatches, input)[0]).toMatchObject({ message: 'coverage-differs', where: 'AU' });
  });
});

describe('quarantine-listed', () => {
  it('lists quarantine per pack and reason and warns about incomplete zh names', () => {
    const f = runChecks([quarantineListed], fixtureInput());
    expect(f).toContainEqual(
      expect.objectContaining({ level: 'info', where: 'annex1.json annex1-years-elided', actual: 1 }),
    );
    expect(f).toContainEqual(
      expect.objectContaining({ level: 'warning', message: 'hs-zh-chapters-incomplete', actual: 0, expected: 97 }),
    );
  });
  it('reports a manifest total that differs from the packs', () => {
    const input = fixtureInput();
    (input.manifest!.quarantine as { total: number }).total = 5;
    expect(errors(quarantineListed, input)[0]).toMatchObject({
      message: 'manifest-quarantine-total-differs',
      actual: 1,
      expected: 5,
    });
  });
});

describe('no-replacement-char', () => {
  it('fails on a pack holding U+FFFD and says where', () => {
    // the corruption seen when a streaming reader split a full-width character: 'WTO (Ｆｒｅｅ)' -> 'WTO (Ｆｒ\uFFFD\uFFFDｅ)'
    const input = fixtureInput(({ au }) => (au.lines[0].desc = 'WTO (Ｆｒ\uFFFD\uFFFDｅ)'));
    const found = errors(noReplacementChar, input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      message: 'replacement-character',
      where: expect.stringMatching(/^tariff-au\.json line \d+$/),
    });
    expect(String(found[0]!.actual)).toContain('WTO (Ｆｒ\uFFFD\uFFFDｅ)');
  });
  it('passes the same text decoded correctly', () => {
    expect(
      errors(
        noReplacementChar,
        fixtureInput(({ au }) => (au.lines[0].desc = 'WTO (Ｆｒｅｅ)')),
      ),
    ).toEqual([]);
  });
});
