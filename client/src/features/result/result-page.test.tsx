import '../../test-utils/polyfills.js';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeCheck, renderApp } from '../../test-utils/render-app.js';
import { vnResult } from '../../test-utils/fixtures.js';
import { setLang } from '../../lib/i18n.js';
import { listEnquiries, resetStore } from '../../lib/store/repository.js';
import { encodeAnswers, type WizardAnswers } from '../../../../domain/wizard/index.js';
import type { CheckResult } from '../../../../domain/check/types.js';

const answers: WizardAnswers = {
  product: { code: '85098010' },
  destination: { dest: 'VN' },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 45, wholly: false },
  shipment: { date: '2026-11-24', value: 1000, currency: 'USD' },
};
const url = `/result?${encodeAnswers(answers)}`;

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
  global.fetch = jest.fn(async () => new Response('{}', { status: 503 })) as unknown as typeof fetch;
});

describe('result page', () => {
  test('VN 8509.80.10: RCEP no better than MFN, ACFTA cheaper, figures with sources', async () => {
    const check = fakeCheck(vnResult);
    renderApp(url, { check });
    expect(await screen.findByRole('heading', { level: 1, name: '查询结果' })).toHaveFocus();
    expect(await screen.findByText(/RCEP 税率并不比最惠国税率低/)).toBeInTheDocument();
    expect(screen.getAllByText(/ACFTA 的税率比 RCEP 更低/).length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: 'RCEP 税率与最惠国税率对比' });
    const rcepRow = within(table).getByRole('row', { name: /RCEP 协定税率/ });
    expect(rcepRow).toHaveTextContent('25%');
    expect(rcepRow).toHaveTextContent('未降税');
    expect(rcepRow).toHaveTextContent('Viet Nam import tariff 2026');
    expect(screen.getByTestId('data-details')).toHaveTextContent('位置 8870');
    expect(within(table).getByRole('row', { name: /ACFTA 税率/ })).toHaveTextContent('5%');
    expect(rcepRow).toHaveTextContent('US$250.00');
    expect(screen.getByText('数据日期：2026')).toBeInTheDocument();
    expect(check.calls[0]).toMatchObject({ code: '85098010', dest: 'VN', value: 1000, currency: 'USD' });
  });

  test('origin rule not in data: the honest panel names the official source', async () => {
    renderApp(url, { check: fakeCheck(vnResult) });
    expect((await screen.findAllByText('数据中没有该产品的原产地规则'))[0]).toBeInTheDocument();
    const gaps = screen.getByRole('region', { name: '数据中没有的内容' });
    expect(within(gaps).getByRole('link', { name: /Decree 129\/2022/ })).toBeInTheDocument();
    expect(within(gaps).getByText('现有数据中没有逐年降税表。')).toBeInTheDocument();
  });

  test('what to prepare: proof options and the Annex 3B checklist', async () => {
    renderApp(url, { check: fakeCheck(vnResult) });
    const proof = await screen.findByRole('region', { name: '需要准备什么' });
    expect(within(proof).getByText(/数据中没有该产品的原产地规则，请先向签证机构确认/)).toBeInTheDocument();
    expect(within(proof).getByText('原产地证书（向海关或贸促会申领）')).toBeInTheDocument();
    expect(within(proof).getByRole('heading', { name: /附件 3B 第 1 段/ })).toBeInTheDocument();
    expect(within(proof).getByText(/离岸价（使用区域价值成分标准时）/)).toHaveTextContent('3B.1(k)');
    expect(within(proof).getByText(/12 个月内有效/)).toBeInTheDocument();
  });

  test('year-by-year path chart with the current year marked; conditional rates as conditions', async () => {
    const r: CheckResult = structuredClone(vnResult);
    r.tariff.path = [
      { rcepYear: 4, from: '2025-01-01', rate: { kind: 'adValorem', pct: 10 }, adValorem: 10, current: false },
      { rcepYear: 5, from: '2026-01-01', rate: { kind: 'adValorem', pct: 8 }, adValorem: 8, current: true },
    ];
    r.tariff.rcep.conditions = [
      {
        when: { zh: '带保护性金属包头的', en: 'with protective metal toe-caps' },
        rate: { kind: 'adValorem', pct: 4.8 },
        adValorem: 4.8,
      },
      { when: { zh: '其他', en: 'other' }, rate: { kind: 'adValorem', pct: 5.7 }, adValorem: 5.7 },
    ];
    renderApp(url, { check: fakeCheck(r) });
    const chart = await screen.findByRole('img', { name: /RCEP 税率逐年变化/ });
    expect(within(chart).getByText('当前')).toBeInTheDocument();
    expect(screen.getByText('所选日期属于第 5 年（自 2026-01-01 起）。', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('带保护性金属包头的:', { exact: false })).toHaveTextContent('4.8%');
  });

  test('save puts the enquiry in IndexedDB; English result reads in English', async () => {
    const user = userEvent.setup();
    setLang('en');
    renderApp(url, { check: fakeCheck(vnResult) });
    expect((await screen.findAllByText(/RCEP gives no duty advantage/))[0]).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save this check' }));
    expect(await screen.findByText("Saved to 'My saved checks'.")).toBeInTheDocument();
    const saved = await listEnquiries();
    expect(saved).toHaveLength(1);
    expect(saved[0].summary).toMatchObject({
      code: '85098010',
      dest: 'VN',
      mfn: 25,
      rcep: 25,
      verdict: 'rule-not-in-data',
    });
  });

  test('an engine error is shown as text; incomplete answers link back into the wizard', async () => {
    renderApp(url, { check: fakeCheck({ error: { reason: 'unknown-hs-code', field: 'code' } }) });
    expect(await screen.findByText('数据中找不到这个编码，请核对后重新输入')).toBeInTheDocument();
  });

  test('incomplete answers link back into the wizard', async () => {
    renderApp('/result?p=850980&d=JP');
    expect(await screen.findByText('还有问题没有回答，暂时无法给出结果。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '继续回答' })).toHaveAttribute('href', '/check/line');
  });

  test('offline: the badge is shown', async () => {
    renderApp(url, { check: fakeCheck(vnResult, true) });
    expect(await screen.findByText('离线')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/RCEP 税率并不比最惠国税率低/)).toBeInTheDocument());
  });
});
