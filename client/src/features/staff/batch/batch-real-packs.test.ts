/**
 * A workshop sheet of 20 six-digit codes priced on the real packs with the real engine (runCheck,
 * as the wizard runs it). Expected rates typed from the raw sources:
 * - vn/vn_tariff_2026_mfn_acfta_rcep.csv (columns hs8, mfn, rcep; 2026 = VN RCEP Year 5): the csv rows
 *   (file line numbers, header = line 1) of the 8-digit lines under each code are cited per row below;
 * - jp/j_61_tariff_data.json 6109.10-010 (WTO (10.9%) not applied, 基本 10.9%, EPA_RCEP_中国 6.8%) and
 *   6109.10-020 (WTO 7.4%, EPA_RCEP_中国 4.6%); jp/j_85 8509.80-000 (基本 無税, RCEP 中国 無税).
 */
import { indexPacks } from '../../../../../domain/engine-packs';
import { runCheck } from '../../../../../domain/check/run-check';
import { loadPacks } from '../../../../../scripts/cli/load-packs';
import type { CheckService } from '../../../lib/check/check-service';
import i18n from '../staff-i18n';
import { resultsCsv } from './batch-files';
import { rowWords } from './batch-words';
import { parseBatch } from './parse-batch';
import { runBatch } from './run-batch';

const { packs } = loadPacks({ dests: ['VN', 'JP'] });
const index = indexPacks(packs);
const checks: CheckService = {
  run: async (input) => ({ outcome: runCheck(index, input), engine: 'local', offline: false }),
};

// [dest, code, lines, MFN low, MFN high, RCEP low, RCEP high, lines free under RCEP]
const SHEET: [string, string, number, number, number, number, number, number][] = [
  ['VN', '0805.10', 2, 20, 20, 10, 10, 0], // csv lines 819-820
  ['VN', '8509.80', 3, 25, 25, 25, 25, 0], // 8870-8872
  ['VN', '6307.90', 7, 5, 20, 0, 0, 7], // 5816-5822
  ['VN', '7318.15', 2, 12, 12, 8, 8, 0], // 6839-6840
  ['VN', '6203.42', 2, 20, 20, 0, 0, 2], // 5555-5556
  ['VN', '6403.99', 4, 30, 30, 0, 0, 4], // 5859-5862
  ['VN', '8414.51', 3, 25, 30, 25, 30, 0], // 7601-7603
  ['VN', '8528.72', 4, 35, 35, 35, 35, 0], // 9198-9201
  ['VN', '3304.99', 3, 10, 18, 5, 10, 0], // 3014-3016
  ['VN', '9503.00', 15, 10, 20, 0, 10, 6], // 11212-11226
  ['VN', '7323.93', 3, 30, 30, 15, 15, 0], // 6885-6887
  ['VN', '4016.93', 3, 3, 3, 0, 0, 3], // 3952-3954
  ['VN', '4002.80', 2, 3, 3, 0, 0, 2], // 3813-3814
  ['VN', '8521.90', 4, 10, 35, 5, 35, 0], // 9064-9067
  ['VN', '8536.61', 4, 5, 25, 0, 0, 4], // 9312-9315
  ['VN', '8413.30', 5, 3, 3, 0, 0, 5], // 7558-7562
  ['VN', '0904.22', 2, 20, 20, 10, 10, 0], // 909-910
  ['VN', '9004.90', 3, 0, 20, 0, 0, 3], // 10760-10762
  ['JP', '6109.10', 2, 7.4, 10.9, 4.6, 6.8, 0], // j_61 6109.10-010, -020
];

test('a 20-row sheet of 6-digit codes: at least 18 rows priced, ranges from the national lines, in words', async () => {
  const csv = [['code', 'dest', 'share'], ...SHEET.map(([d, c]) => [c, d, '45']), ['8509.80', 'JP', '45']];
  const { items, errors } = parseBatch(csv);
  expect(errors).toEqual([]);
  expect(items).toHaveLength(20);
  const out = await runBatch(
    items,
    { checks, today: '2026-07-09', codeForName: async () => undefined, programmes: async () => [] },
    () => undefined,
  );
  const priced = out.filter((r) => !r.error && r.rcep !== null && r.mfn !== null);
  expect(priced.length).toBeGreaterThanOrEqual(18);
  SHEET.forEach(([, , n, mLo, mHi, rLo, rHi, free], i) => {
    expect([out[i].lines.length, out[i].mfn, out[i].mfnMax, out[i].rcep, out[i].rcepMax, out[i].freeLines]).toEqual([
      n,
      mLo,
      mHi,
      rLo,
      rHi,
      free,
    ]);
  });
  // JP 8509.80 is one national line (8509.80-000): its own rates, free under both
  expect(out[19]).toMatchObject({ lineCount: 1, mfn: 0, rcep: 0, rcepStatus: 'free', lines: [] });

  const en = i18n.getFixedT('en', 'staff');
  const w = rowWords(out[13], en, (id) => id);
  expect(w).toMatchObject({ dest: 'Viet Nam', mfn: '10%–35%', rcep: '5%–35%', lines: '4 lines, 0 free under RCEP' });
  expect(w.verdict).not.toMatch(/originating|insufficient-information/);
  const zh = rowWords(out[2], i18n.getFixedT('zh-CN', 'staff'), (id) => id);
  expect(zh.lines).toBe('7 个税目，其中 7 个 RCEP 零关税');
  expect(zh.rcep).toBe('0%');
  // the CSV in words; reason codes only in the machine columns at the end
  const text = resultsCsv(out, en, (id) => id);
  const [head, ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(head).toContain('RCEP status');
  expect(head.split(',').slice(-5)).toEqual(['rcepStatusId', 'verdictId', 'programmeIds', 'errorId', 'flagIds']);
  for (const row of rows)
    expect(row.split(',').slice(0, -5).join(',')).not.toMatch(
      /\b(range|not-in-data|no-reduction|not-originating|insufficient-information|share-not-given)\b/,
    );
}, 120_000);
