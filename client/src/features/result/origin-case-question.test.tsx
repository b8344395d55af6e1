import '../../test-utils/polyfills.js';
import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test-utils/render-app.js';
import { vnResult } from '../../test-utils/fixtures.js';
import { setLang } from '../../lib/i18n.js';
import { resetStore } from '../../lib/store/repository.js';
import { encodeAnswers, type WizardAnswers } from '../../../../domain/wizard/index.js';
import type { CheckInput, CheckResult } from '../../../../domain/check/types.js';
import { evaluateOrigin } from '../../../../domain/origin/evaluate.js';
import { indexPsrRows, psrInputFor, quarantinedPsrUnits } from '../../../../domain/origin/find-rule.js';
import type { PsrPack } from '../../../../domain/schemas/index.js';
import type { CheckService } from '../../lib/check/check-service.js';

/**
 * The "which case" question on the result, with the real engine and the real PSR pack.
 * 1601.00 (raw mirror psr/rcep-psr-hs2022-ko.tsv line 278): "1. 곤충의 것: 2단위 세번변경기준 또는 … 40퍼센트 이상일 것
 * 2. 그 밖의 모든 상품: 2단위 세번변경기준" = 1. of insects: CC or RVC40; 2. all other goods: CC.
 */
const pack = JSON.parse(readFileSync('data/packs/psr.json', 'utf8')) as PsrPack;
const rows = indexPsrRows(pack.rows);
const quarantined = quarantinedPsrUnits(pack.quarantine);

/** The tariff part is a fixture (not under test); the origin verdict is the engine's. */
function engineCheck(): CheckService & { calls: CheckInput[] } {
  const calls: CheckInput[] = [];
  return {
    calls,
    run: async (input) => {
      calls.push(input);
      const o = input.origin;
      const origin = evaluateOrigin({
        code: input.code,
        ...(o.mode === 'bom' ? { bom: o.bom } : { share: o.share, wholly: o.wholly }),
        ...(o.psrCase ? { psrCase: o.psrCase } : {}),
        ...(o.activeIngredientsOriginating !== undefined
          ? { activeIngredientsOriginating: o.activeIngredientsOriginating }
          : {}),
        ...psrInputFor(rows, quarantined, input.code),
      });
      const outcome: CheckResult = { ...vnResult, input, origin };
      return { outcome, engine: 'local', offline: false };
    },
  };
}

const answers = (value: number, hs: string): WizardAnswers => ({
  product: { code: '16010000' },
  destination: { dest: 'VN' },
  'origin-method': { method: 'bom' },
  'origin-bom': { fob: 100, materials: [{ hs, origin: 'US', value }] },
  shipment: { date: '2026-11-24' },
});

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
  global.fetch = jest.fn(async () => new Response('{}', { status: 503 })) as unknown as typeof fetch;
});

test('the bill leaves the case open (CC not met, RVC 70 %): one plain question, and the answer decides', async () => {
  // a US chapter-16 material of 30: no change of chapter, above the 10 % de minimis; RVC (100 − 30) / 100 = 70 %
  const check = engineCheck();
  renderApp(`/result?${encodeAnswers(answers(30, '160232'))}`, { check });
  const group = await screen.findByRole('group', { name: '您的货物属于以下哪一类？' });
  expect(group).toBeInTheDocument();
  await userEvent.click(screen.getByRole('radio', { name: '用昆虫制成的' }));
  expect(screen.getByRole('radio', { name: '以上都不是（其他货物）' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '确定并更新结果' }));
  expect(await screen.findByText('符合 RCEP 原产地规则')).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: '您的货物属于以下哪一类？' })).not.toBeInTheDocument();
  expect(check.calls.at(-1)?.origin).toMatchObject({ mode: 'bom', psrCase: 1 });
  expect(screen.getByTestId('where').textContent).toContain('k=1.16010000');
  expect(screen.getByText(/您已说明货物属于：用昆虫制成的/)).toBeInTheDocument();
  // changing the answer asks the question again
  await userEvent.click(screen.getByRole('button', { name: '更改' }));
  expect(await screen.findByRole('group', { name: '您的货物属于以下哪一类？' })).toBeInTheDocument();
});

test('the bill decides without the case (CC met: chicken of chapter 02): nothing is asked', async () => {
  renderApp(`/result?${encodeAnswers(answers(50, '020714'))}`, { check: engineCheck() });
  expect(await screen.findByText('符合 RCEP 原产地规则')).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: '您的货物属于以下哪一类？' })).not.toBeInTheDocument();
});

test('choosing nothing says what to do', async () => {
  renderApp(`/result?${encodeAnswers(answers(30, '160232'))}`, { check: engineCheck() });
  await screen.findByRole('group', { name: '您的货物属于以下哪一类？' });
  await userEvent.click(screen.getByRole('button', { name: '确定并更新结果' }));
  expect(screen.getAllByText('请选择您的货物属于哪一类').length).toBeGreaterThan(0);
});

// 38.08 (line 867): "6단위 세번변경기준(다만, 유효성분(들)의 전 중량의 100분의 50 이상이 원산지제품인 경우로 한정한다) 또는 …40퍼센트 이상일 것"
test('3808.61: CTSH met but RVC 30 %, active ingredients not weighed: the proviso is one yes/no question', async () => {
  const check = engineCheck();
  const a: WizardAnswers = { ...answers(70, '291830'), product: { code: '38086100' } };
  renderApp(`/result?${encodeAnswers(a)}`, { check });
  const legend = '有效成分中，原产成分的重量是否至少占有效成分总重量的 50%？';
  await screen.findByRole('group', { name: legend });
  expect(screen.queryByRole('group', { name: '您的货物属于以下哪一类？' })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('radio', { name: '是' }));
  await userEvent.click(screen.getByRole('button', { name: '确定并更新结果' }));
  expect(await screen.findByText('符合 RCEP 原产地规则')).toBeInTheDocument();
  expect(check.calls.at(-1)?.origin).toMatchObject({ activeIngredientsOriginating: true });
});
