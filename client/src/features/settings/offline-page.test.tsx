import '../../test-utils/polyfills.js';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeData, renderApp } from '../../test-utils/render-app.js';
import { hsPack, jpPack } from '../../test-utils/fixtures.js';
import { setLang } from '../../lib/i18n.js';
import { putPack, resetStore } from '../../lib/store/repository.js';

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

test('keeps chosen destinations on the device and shows which are there', async () => {
  const user = userEvent.setup();
  await putPack('tariff-vn', { lines: [] });
  const asked: string[] = [];
  const data = {
    ...fakeData,
    enginePacks: async (d: string) => {
      asked.push(d);
      return d === 'JP'
        ? {
            hs: hsPack,
            psr: { _generated: '', sources: [], rows: [], quarantine: [] },
            annex1: { _generated: '', sources: [], lines: [], quarantine: [] },
            tariffs: { JP: jpPack },
          }
        : null;
    },
  } as typeof fakeData;
  renderApp('/offline', { data });
  expect(await screen.findByRole('heading', { level: 1, name: '离线使用' })).toHaveFocus();
  expect(await screen.findByRole('checkbox', { name: /越南\s*已保存/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '保存到本机' })).toBeDisabled();
  await user.click(screen.getByRole('checkbox', { name: /日本/ }));
  await user.click(screen.getByRole('checkbox', { name: /老挝/ }));
  await user.click(screen.getByRole('button', { name: '保存到本机' }));
  expect(await screen.findByText('已保存 1 个国家的数据（共选择 2 个）。')).toBeInTheDocument();
  expect(asked).toEqual(['JP', 'LA']);
});
