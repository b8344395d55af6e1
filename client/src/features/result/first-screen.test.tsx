import '../../test-utils/polyfills.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexPacks } from '../../../../domain/engine-packs.js';
import { runCheck } from '../../../../domain/check/run-check.js';
import type { CheckInput, CheckResult } from '../../../../domain/check/types.js';
import { encodeAnswers, type WizardAnswers } from '../../../../domain/wizard/index.js';
import { loadPacks } from '../../../../scripts/cli/load-packs.js';
import { fakeCheck, fakeData, renderApp } from '../../test-utils/render-app.js';
import { vnResult } from '../../test-utils/fixtures.js';
import { setLang } from '../../lib/i18n.js';
import { resetStore } from '../../lib/store/repository.js';
import type { CheckService } from '../../lib/check/check-service.js';

// The real engine over the committed packs (data/packs), as the page runs it offline.
const packs = loadPacks().packs;
const index = indexPacks(packs);
const check = (input: CheckInput) => runCheck(index, input) as CheckResult;
const quick = { mode: 'quick', share: 50, wholly: false } as const;
/** the page's check service, backed by the real engine (what the offline page does) */
const engine: CheckService = {
  run: async (input) => ({ outcome: runCheck(index, input), engine: 'local', offline: false }),
};

const answersFor = (code: string, dest: 'JP' | 'VN'): WizardAnswers => ({
  product: { code },
  destination: { dest },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 50, wholly: false },
  shipment: { date: '2026-06-01' },
});

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
  global.fetch = jest.fn(async () => new Response('{}', { status: 503 })) as unknown as typeof fetch;
});

describe('first screen', () => {
  test('no gain: says so once, names the better agreement, and does not push a certificate', async () => {
    // vn/vn_tariff_2026_mfn_acfta_rcep.csv line 8870 (85098010): mfn 25.0, acfta 5.0, rcep 25.0
    renderApp(`/result?${encodeAnswers(answersFor('85098010', 'VN'))}`, { check: fakeCheck(vnResult) });
    const box = await screen.findByTestId('first-answer');
    expect(box).toHaveTextContent('RCEP 25%，最惠国 25%：出口到越南用 RCEP 没有关税上的好处');
    expect(box).toHaveTextContent('中国—东盟自贸协定（ACFTA）为 5%，更优');
    expect(box).toHaveTextContent('原产地仍可能有用');
    // the proof options are folded away behind "only if the importer asks"
    expect(screen.getByText(/只有进口商要求时才需要/).closest('details')).not.toHaveAttribute('open');
    expect(screen.queryByText(/可以享受 RCEP 协定税率/)).toBeNull();
  });

  test('row locators only inside the data details disclosure', async () => {
    renderApp(`/result?${encodeAnswers(answersFor('85098010', 'VN'))}`, { check: fakeCheck(vnResult) });
    const details = await screen.findByTestId('data-details');
    expect(details).toHaveTextContent('位置 8870');
    const table = screen.getByRole('table', { name: 'RCEP 税率与最惠国税率对比' });
    expect(table).not.toHaveTextContent('位置');
  });

  test('gain: the saving on US$10,000 in one sentence', async () => {
    // jp/j_20_tariff_data.json 2005.99-230: WTO協定 12%, EPA_RCEP_中国 5.5%
    const r = check({ code: '200599230', dest: 'JP', date: '2026-06-01', origin: quick });
    renderApp(`/result?${encodeAnswers({ ...answersFor('200599230', 'JP') })}`, { check: fakeCheck(r) });
    const box = await screen.findByTestId('first-answer');
    expect(box).toHaveTextContent('RCEP 5.5%，最惠国 12%：每 US$10,000.00 货值可省 US$650.00');
  });

  test('a line excluded from RCEP cuts: pay the MFN rate, and no certificate pushed', async () => {
    // jp/j_16_tariff_data.json 1601.00-900: WTO協定 10%, EPA_RCEP_中国 "×" (not reduced)
    const r = check({ code: '160100900', dest: 'JP', date: '2026-06-01', origin: quick });
    renderApp(`/result?${encodeAnswers(answersFor('160100900', 'JP'))}`, {
      check: fakeCheck(r),
      data: { ...fakeData, hs: async () => packs.hs },
    });
    const box = await screen.findByTestId('first-answer');
    expect(box).toHaveTextContent('按最惠国税率 10% 缴纳');
    expect(screen.getByText(/只有进口商要求时才需要/).closest('details')).not.toHaveAttribute('open');
    // the product path names the line by its own words, after the Chinese subheading name
    // (the English text stays on the bilingual printed slip only)
    const screenText = [...document.querySelectorAll('p')].filter((p) => !p.closest('.print-sheet'));
    expect(screenText.some((p) => /1601\.00-900/.test(p.textContent ?? ''))).toBe(true);
    expect(screenText.some((p) => /Meat preparations; sausages/.test(p.textContent ?? ''))).toBe(false);
    // the printed slip's Chinese column names the goods in Chinese (data/packs/hs.json 160100 zh), not the code alone
    await waitFor(() =>
      expect(document.querySelector('.print-sheet')).toHaveTextContent(
        '1601.00-900 肉、杂碎、血或昆虫制的香肠及类似产品及其食品',
      ),
    );
  });
});

describe('"not sure" compares the lines', () => {
  test('榨菜 to JP at 2005.99: every national line with its RCEP and MFN rate, and the range first', async () => {
    const user = userEvent.setup();
    renderApp(`/result?${encodeAnswers(answersFor('200599', 'JP'))}`, { check: engine });
    // jp/j_20_tariff_data.json, the 11 lines of 2005.99: EPA_RCEP_中国 5.5 % (230) … 10.6 % (220), none on 119/190/999;
    // MFN (WTO協定, else 基本) 9 % (999) … 23.8 % (119)
    const box = await screen.findByTestId('first-answer');
    expect(box).toHaveTextContent('该编码下有 11 个日本税号：RCEP 5.5%–10.6%，最惠国 9%–23.8%。');
    const table = screen.getByRole('table', { name: /各税号的 RCEP 税率/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toHaveTextContent('2005.99-230');
    expect(rows[0]).toHaveTextContent('5.5%');
    expect(rows[0]).toHaveTextContent('12%');
    const r119 = rows.find((x) => x.textContent?.includes('2005.99-119'))!;
    expect(r119).toHaveTextContent('不降税');
    expect(r119).toHaveTextContent('23.8%');
    await user.click(within(rows[0]).getByRole('button', { name: '选用税号 2005.99-230' }));
    await waitFor(() => expect(screen.getByTestId('first-answer')).toHaveTextContent('RCEP 5.5%，最惠国 12%'));
    // the printed slip carries the same one-sentence answer
    expect(document.querySelector('.print-sheet')).toHaveTextContent('RCEP 5.5%，最惠国 12%：每 US$10,000.00');
  });
});
