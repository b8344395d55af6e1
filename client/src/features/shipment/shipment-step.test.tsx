import '../../test-utils/polyfills.js';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test-utils/render-app.js';
import { setLang } from '../../lib/i18n.js';
import { loadDraft, resetStore } from '../../lib/store/repository.js';
import { todayIso } from '../../lib/format.js';
import type { WizardAnswers } from '../../../../domain/wizard/index.js';

const before: WizardAnswers = {
  product: { code: '850980' },
  destination: { dest: 'JP' },
  line: { code: '850980000' },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 45, wholly: false },
};

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

describe('shipment step', () => {
  test('optional: continues with today as the date; no quantity asked for an ad valorem line', async () => {
    const user = userEvent.setup();
    renderApp('/check/shipment', { answers: before });
    const date = await screen.findByLabelText('预计进口日期');
    expect(date).toHaveValue(todayIso());
    // JP 8509.80-000 is free (no specific duty): no quantity question
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '数量' })).toBeNull());
    expect(screen.getByRole('link', { name: /返回/ })).toHaveAttribute('href', '/check/origin-quick');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/check-answers'));
    expect((await loadDraft())?.shipment).toEqual({ date: todayIso() });
  });

  test('a bad value is an error; a value with its currency is kept', async () => {
    const user = userEvent.setup();
    renderApp('/check/shipment', { answers: before });
    const value = await screen.findByRole('textbox', { name: '完税价格' });
    await user.type(value, 'abc');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('货值须为大于 0 的数字');
    await user.clear(value);
    await user.type(value, '12,000');
    await user.selectOptions(screen.getByRole('combobox', { name: '币种' }), 'JPY');
    await user.clear(screen.getByLabelText('预计进口日期'));
    await user.type(screen.getByLabelText('预计进口日期'), '2027-05-01');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/check-answers'));
    expect((await loadDraft())?.shipment).toEqual({ value: 12000, currency: 'JPY', date: '2027-05-01' });
  });
});

describe('check your answers', () => {
  const all: WizardAnswers = { ...before, shipment: { date: '2026-11-24', value: 1000, currency: 'USD' } };

  test('lists every answer with a Change link; a change returns here', async () => {
    const user = userEvent.setup();
    renderApp('/check/check-answers', { answers: all });
    expect(await screen.findByRole('heading', { level: 1, name: '请核对您的回答' })).toHaveFocus();
    expect(screen.getByText('日本')).toBeInTheDocument();
    expect(screen.getByText('8509.80.000')).toBeInTheDocument();
    expect(screen.getByText(/区域价值成分 45%；完全获得：否/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '修改 原产成分' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/origin-quick?change=1'));
    expect(screen.getByRole('link', { name: /返回/ })).toHaveAttribute('href', '/check/check-answers');
    const share = screen.getByRole('textbox', { name: 'RCEP 区域价值成分（%）' });
    await user.clear(share);
    await user.type(share, '60');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent(/^\/check\/check-answers$/));
    expect(screen.getByText(/区域价值成分 60%/)).toBeInTheDocument();
  });

  test('changing the destination asks for the national line again, then comes back', async () => {
    const user = userEvent.setup();
    renderApp('/check/check-answers', { answers: all });
    await user.click(await screen.findByRole('link', { name: '修改 目的国' }));
    await user.click(await screen.findByRole('radio', { name: /越南/ }));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/check/line?change=1'));
    await user.click(await screen.findByRole('radio', { name: /不确定/ }));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent(/^\/check\/check-answers$/));
  });

  test('See the result opens the result URL with the answers encoded', async () => {
    const user = userEvent.setup();
    renderApp('/check/check-answers', { answers: all });
    await user.click(await screen.findByRole('button', { name: '查看结果' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/result?p=850980&d=JP&l=850980000'));
  });
});
