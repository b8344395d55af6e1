import '../../test-utils/polyfills.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test-utils/render-app.js';
import { setLang } from '../../lib/i18n.js';
import { resetStore } from '../../lib/store/repository.js';

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

describe('destination step', () => {
  test('14 parties grouped ASEAN / others with their data status', async () => {
    renderApp('/check/destination', { answers: { product: { code: '850980' } } });
    expect(await screen.findByRole('heading', { level: 1, name: '出口到哪个国家？' })).toHaveFocus();
    const asean = screen.getByRole('group', { name: '东盟国家' });
    const others = screen.getByRole('group', { name: '其他成员国' });
    expect(within(asean).getAllByRole('radio')).toHaveLength(10);
    expect(within(others).getAllByRole('radio')).toHaveLength(4);
    expect(screen.queryByRole('radio', { name: /中国/ })).toBeNull();
    // meta coverage (fixture): JP loaded, TH lines without RCEP for China = partly, MM absent = not loaded
    expect(await screen.findByRole('radio', { name: /日本\s*税率已载入/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /泰国\s*部分载入/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /缅甸\s*未载入/ })).toBeInTheDocument();
  });

  test('no choice: error; a choice: on to the national line; back goes to product', async () => {
    const user = userEvent.setup();
    renderApp('/check/destination', { answers: { product: { code: '850980' } } });
    expect(await screen.findByRole('link', { name: /返回/ })).toHaveAttribute('href', '/check/product');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('请选择出口目的国');
    await user.click(screen.getByRole('radio', { name: /日本/ }));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/line'));
  });

  test('cannot be opened before the product is answered', async () => {
    renderApp('/check/destination', { answers: {} });
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/product'));
  });
});

describe('national line step', () => {
  test('skips the choice when every line under the code has the same rates and rule', async () => {
    // the fixture's two Japanese lines under 8509 (8509.80-000, 8509.90-000) are both free under MFN and RCEP
    const user = userEvent.setup();
    renderApp('/check/line', { answers: { product: { code: '8509' }, destination: { dest: 'JP' } } });
    expect(await screen.findByRole('heading', { level: 1, name: '请选择日本税则中对应的税号' })).toBeInTheDocument();
    expect(await screen.findByTestId('line-all-same')).toHaveTextContent(
      '该编码下 2 个税号的税率和原产地规则都相同（RCEP 免税，最惠国 免税），不用选择，按 8509 继续即可。',
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/origin-method'));
  });

  test('says so when the destination has no lines in the data', async () => {
    renderApp('/check/line', { answers: { product: { code: '8509' }, destination: { dest: 'MM' } } });
    expect(await screen.findByText('现有数据中没有缅甸在该编码下的税号，可先按 HS 编码继续。')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /不确定，先按 8509 查询/ })).toBeInTheDocument();
  });
});
