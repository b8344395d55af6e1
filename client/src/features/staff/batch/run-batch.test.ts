import type { CheckService } from '../../../lib/check/check-service.js';
import type { BatchItem } from './parse-batch.js';
import { runBatch, type BatchDeps } from './run-batch.js';
import { resultsCsv } from './batch-files.js';

/** a stand-in engine: the figures are placeholders (this tests the loop, not the engine) */
const fakeChecks: CheckService = {
  run: async (input) => {
    if (input.code === '000000')
      return { outcome: { error: { reason: 'unknown-hs-code', field: 'code' } }, engine: 'local', offline: false };
    return {
      outcome: {
        input,
        tariff: {
          code: input.code,
          dest: input.dest,
          mfn: { adValorem: 10 },
          rcep: { adValorem: 0, status: 'free' },
          rcepYear: 5,
          notes: [],
          sources: [],
        },
        origin: {
          verdict: input.origin.mode === 'quick' && input.origin.share >= 40 ? 'originating' : 'not-originating',
        },
        proof: {},
        notes: [],
      } as never,
      engine: 'local',
      offline: false,
    };
  },
};

const deps = (over: Partial<BatchDeps> = {}): BatchDeps => ({
  checks: fakeChecks,
  today: '2026-11-24',
  codeForName: async (name) => (name === 'toaster' ? '851672' : undefined),
  programmes: async () => ['rcep-service-platform'],
  ...over,
});

test('200 products run one by one with progress after each; bad rows carry their reason', async () => {
  const items: BatchItem[] = Array.from({ length: 200 }, (_, i) => ({
    row: i + 2,
    code: i === 7 ? '000000' : '850980',
    dest: 'JP',
    share: 45,
  }));
  items[3] = { row: 5, name: 'toaster', dest: 'VN' };
  items[4] = { row: 6, name: 'no such thing', dest: 'VN' };
  const seen: number[] = [];
  const out = await runBatch(items, deps(), (done, total) => {
    expect(total).toBe(200);
    seen.push(done);
  });
  expect(seen).toEqual(Array.from({ length: 201 }, (_, i) => i));
  expect(out).toHaveLength(200);
  expect(out[0]).toMatchObject({
    row: 2,
    code: '850980',
    rcepStatus: 'free',
    verdict: 'originating',
    programmes: ['rcep-service-platform'],
  });
  expect(out[3]).toMatchObject({ code: '851672', flags: ['matched-by-name'], verdict: 'share-not-given' });
  expect(out[4]).toMatchObject({ error: 'name-not-found' });
  expect(out[7]).toMatchObject({ error: 'unknown-hs-code' });
});

test('stopping ends the loop; the CSV guards formula-like cells', async () => {
  const ctrl = new AbortController();
  const items: BatchItem[] = Array.from({ length: 10 }, (_, i) => ({ row: i + 2, code: '850980', dest: 'JP' }));
  const out = await runBatch(items, deps(), (done) => done === 3 && ctrl.abort(), ctrl.signal);
  expect(out).toHaveLength(3);
  const csv = resultsCsv([{ ...out[0], input: '=cmd|calc' }]);
  expect(csv).toContain("'=cmd|calc");
});

test('a 6-digit code the data holds only as national lines is priced as the range of its lines', async () => {
  // a stand-in engine: the HS6 code is not in the data, its two national lines are (placeholders 5/0 and 10/8)
  const rates: Record<string, [number, number]> = { '08051010': [5, 0], '08051020': [10, 8] };
  const checks: CheckService = {
    run: async (input) => {
      const r = rates[input.code];
      return {
        outcome: {
          input,
          tariff: {
            code: input.code,
            dest: input.dest,
            mfn: r ? { adValorem: r[0] } : null,
            rcep: { adValorem: r ? r[1] : null, status: r ? 'reduced' : 'not-in-data' },
            notes: [],
            sources: [],
          },
          origin: null,
          proof: {},
          notes: [],
        } as never,
        engine: 'local',
        offline: false,
      };
    },
  };
  const out = await runBatch(
    [
      { row: 2, code: '080510', dest: 'VN' },
      { row: 3, code: '08051010', dest: 'VN' },
    ],
    deps({ checks, linesUnder: async (d) => Object.keys(rates).filter((c) => c.startsWith(d)) }),
    () => undefined,
  );
  expect(out[0]).toMatchObject({
    rcepStatus: 'range',
    mfn: 5,
    mfnMax: 10,
    rcep: 0,
    rcepMax: 8,
    lineCount: 2,
    freeLines: 1,
  });
  expect(out[0].lines.map((l) => l.code)).toEqual(['08051010', '08051020']);
  expect(out[1]).toMatchObject({ rcepStatus: 'reduced', mfn: 5, rcep: 0, lineCount: 1 });
});
