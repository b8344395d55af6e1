import type { EnginePacks } from '../../../../domain/engine-packs.js';
import type { CheckInput, CheckResult } from '../../../../domain/check/types.js';
import { fixtureInput } from '../../../../scripts/data/checks/fixture.js';
import type { DataService } from '../data/service.js';
import { localCheck, REVALIDATE_MS } from './local-check.js';

/** the tiny made-up packs of the data checks (8509.80 'CTSH'); a SYNTHETIC 'RVC40' pack stands in for a publish */
const f = fixtureInput() as unknown as EnginePacks;
const input: CheckInput = {
  code: '8509.80.10',
  dest: 'AU',
  date: '2026-11-24',
  origin: { mode: 'quick', share: 45, wholly: false },
};

test('an open page picks up a pack published after its index was built, and keeps the index while nothing changed', async () => {
  let packs: EnginePacks = { hs: f.hs, psr: f.psr, annex1: f.annex1, tariffs: { AU: f.tariffs.AU } };
  let calls = 0;
  const data = { enginePacks: async () => (calls++, packs) } as unknown as DataService;
  let clock = 1_000_000;
  const run = localCheck(data, () => clock);
  const rule = async () => ((await run(input)) as CheckResult).origin?.rule?.text.code;
  expect(await rule()).toBe('CTSH');
  packs = { ...packs, psr: { ...f.psr, rows: [{ ...f.psr.rows[0], rule: { kind: 'RVC', threshold: 40 } }] } };
  clock += REVALIDATE_MS - 1;
  expect(await rule()).toBe('CTSH'); // within the revalidation window: no request
  expect(calls).toBe(1);
  clock += 2;
  expect(await rule()).toBe('RVC40');
  expect(calls).toBe(2);
});
