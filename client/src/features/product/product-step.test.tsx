import '../../test-utils/polyfills.js';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test-utils/render-app.js';
import { setLang } from '../../lib/i18n.js';
import { resetStore } from '../../lib/store/repository.js';

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

describe('product step', () => {
  test('focuses the heading, suggests as you type, picks with the keyboard, continues', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    const h1 = await screen.findByRole('heading', { level: 1, name: '您要出口什么产品？' });
    expect(h1).toHaveFocus();
    const box = screen.getByRole('combobox', { name: '您要出口什么产品？' });
    await user.type(box, '家用');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('8509');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/destination'));
  });

  test('finds a product by its synonym and by code', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    const box = await screen.findByRole('combobox');
    await user.type(box, '料理机');
    expect(await screen.findByRole('option', { name: /料理机/ })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '850980');
    expect(await screen.findByRole('option', { name: /8509\.80/ })).toBeInTheDocument();
  });

  test('an empty answer shows the error summary and an inline error', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    await user.click(await screen.findByRole('button', { name: '继续' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('请输入产品名称或 HS 编码');
    expect(screen.getByRole('link', { name: '请输入产品名称或 HS 编码' })).toHaveAttribute('href', '#product');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('where')).toHaveTextContent('/check/product');
  });

  test('a typed code too short is refused; a dotted code is accepted', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    const box = await screen.findByRole('combobox');
    await user.type(box, '85');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('4 至 12 位');
    await user.clear(box);
    await user.type(box, '8509.80{Escape}');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/destination'));
  });

  test('browses chapter -> heading -> subheading', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    await user.click(await screen.findByText('不知道编码？按章、品目逐级查找'));
    await user.click(screen.getByRole('button', { name: /^85 电机/ }));
    await user.click(screen.getByRole('button', { name: /^8509 家用电动器具/ }));
    await user.click(screen.getByRole('button', { name: /^8509\.80/ }));
    expect(screen.getByRole('combobox')).toHaveValue('8509.80');
  });

  test('English labels when the language is en', async () => {
    setLang('en');
    renderApp('/check/product');
    expect(await screen.findByRole('heading', { level: 1, name: 'What product do you export?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back/ })).toHaveAttribute('href', '/');
  });
});

describe('product step forgives', () => {
  test('a typed "HS 8509.80" is taken as the code', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    const box = await screen.findByRole('combobox');
    await user.type(box, 'HS 8509.80');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/destination'));
  });

  test('words that find nothing say what to do instead of "choose a suggestion"', async () => {
    const user = userEvent.setup();
    renderApp('/check/product');
    const box = await screen.findByRole('combobox');
    await user.type(box, '完全不存在的东西');
    await user.click(screen.getByRole('button', { name: '继续' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('没有找到相符的产品');
    expect(alert).not.toHaveTextContent('请从建议中选择一项');
  });
});
