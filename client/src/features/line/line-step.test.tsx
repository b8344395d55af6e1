import '../../test-utils/polyfills.js';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Party } from '../../../../domain/schemas/index.js';
import { loadPacks } from '../../../../scripts/cli/load-packs.js';
import { fakeData, renderApp } from '../../test-utils/render-app.js';
import type { DataService } from '../../lib/data/service.js';
import { setLang } from '../../lib/i18n.js';
import { resetStore } from '../../lib/store/repository.js';

// the committed packs: Thailand's national lines (kcs/kcs-2025-th.xlsx) and the HS 2022 names
const { packs } = loadPacks({ dests: ['TH'], psr: false, annex1: false });
const data: DataService = {
  ...fakeData,
  hs: async () => packs.hs,
  tariff: async (dest: Party) => packs.tariffs[dest] ?? null,
};
const answers = (code: string) => ({
  product: { code },
  destination: { dest: 'TH' as const },
});

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

describe('line chooser', () => {
  test('TH 8714.91: a tree under the subheading, 10-digit lines under their 8-digit line, each with its rates', async () => {
    renderApp('/check/line', { answers: answers('871491'), data });
    const sub = await screen.findByRole('region', { name: /8714\.91/ });
    // kcs/kcs-2025-th.csv row 18108: 87149110 "- - - For bicycles of subheading 8712.00.20", 기본세율 10%;
    // its RCEP column is the rate granted to Korea, so no RCEP rate for goods of China
    const parent = within(sub).getByRole('radio', { name: /87149110 - - - For bicycles/ });
    const item = parent.closest('li')!;
    expect(item).toHaveTextContent('RCEP 数据中暂无 · 最惠国 10%');
    // row 18109: 8714911050 extends 87149110 and is listed inside it
    expect(within(item).getByRole('radio', { name: /8714911050/ })).toBeInTheDocument();
    // every line is listed (no "only the first 60"), plus "not sure"
    expect(within(sub).getAllByRole('radio')).toHaveLength(10);
    expect(screen.getByRole('radio', { name: /不确定，先按 8714\.91 查询/ })).toBeInTheDocument();
  });

  test('the filter narrows the tree and keeps a child with its parent', async () => {
    const user = userEvent.setup();
    renderApp('/check/line', { answers: answers('8714'), data });
    await screen.findByRole('radio', { name: /^87149110 / });
    await user.type(screen.getByRole('searchbox', { name: '筛选税号：' }), 'racing');
    const radios = screen.getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(radios).toContain('8714919101');
    expect(radios).toContain('87149191'); // its parent line stays as context
    expect(radios).not.toContain('87149110');
  });
});
