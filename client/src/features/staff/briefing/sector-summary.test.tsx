import '../../../test-utils/polyfills.js';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { summariseBriefing } from '../../../../../domain/briefing/summarise-briefing.js';
import type { BriefingSummary } from '../../../../../domain/briefing/types.js';
import { indexPacks, type EnginePacks } from '../../../../../domain/engine-packs.js';
import type { RateExpr, TariffLine } from '../../../../../domain/schemas/index.js';
import i18n, { setLang } from '../../../lib/i18n.js';
import { renderApp } from '../../../test-utils/render-app.js';
import { readParams, writeParams } from './briefing-params.js';
import { SectorSummary } from './sector-summary.js';

// SYNTHETIC: lines, rates and names written by this test as input; the summary is the real domain's.
const av = (pct: number): RateExpr => (pct === 0 ? { kind: 'free' } : { kind: 'adValorem', pct });
const e = (rate: RateExpr) => ({ rate, rcepYear: 6, asOf: '2026-07-09', src: 'synthetic-jp' });
const line = (code: string, mfn: number, rcep: number | null): TariffLine => ({
  code,
  printed: `${code.slice(0, 4)}.${code.slice(4, 6)}-${code.slice(6)}`,
  hsVersion: '2022',
  desc: `synthetic line ${code}`,
  mfn: [e(av(mfn))],
  rcep: rcep === null ? [] : [e(av(rcep))],
});
const packs = (lines: TariffLine[]): EnginePacks => ({
  hs: {
    _generated: '',
    sources: [],
    sections: [],
    versions: {
      '2022': [
        { code: '8509', en: 'Domestic appliances', zh: '家用电动器具' },
        { code: '8516', en: 'Electric heaters' },
      ],
      '2017': [],
      '2012': [],
    },
    correlation: { '2022-2012': [], '2022-2017': [] },
    synonyms: [],
    quarantine: [],
  },
  psr: { _generated: '', sources: [], rows: [], quarantine: [] },
  annex1: { _generated: '', sources: [], lines: [], quarantine: [] },
  tariffs: {
    JP: {
      _generated: '',
      dest: 'JP',
      chinaColumn: 'china-specific',
      sources: [
        {
          id: 'synthetic-jp',
          title: 'SYNTHETIC tariff',
          file: 'x',
          sha256: '0'.repeat(64),
          asOf: '2026',
          publisher: 'test',
        },
      ],
      lines,
      quarantine: [],
    },
  },
});
const brief = (p: EnginePacks, dest: 'JP' | 'KR' = 'JP') =>
  summariseBriefing(indexPacks(p), {
    dest,
    chapters: { from: '85', to: '85' },
    date: '2026-11-24',
  }) as BriefingSummary;
const show = (b: BriefingSummary) =>
  render(
    <I18nextProvider i18n={i18n}>
      <SectorSummary b={b} />
    </I18nextProvider>,
  );

beforeEach(() => setLang('en'));

test('the heading table has a caption, column and row headers, names in both languages and the top cuts', () => {
  show(brief(packs([line('850940000', 5, 0), line('850980000', 10, 4), line('851610000', 5, null)])));
  const table = screen.getByRole('table', { name: 'Per heading (HS 2022)' });
  expect(within(table).getByRole('columnheader', { name: 'Free under RCEP' })).toBeInTheDocument();
  const row = within(table).getByRole('row', { name: /^8509/ });
  expect(within(row).getByRole('rowheader')).toHaveTextContent('8509');
  expect(row).toHaveTextContent('Domestic appliances');
  expect(within(row).getByText('家用电动器具')).toHaveAttribute('lang', 'zh-CN');
  expect(row).toHaveTextContent('8509.80-000 10% → 4% (−6 points)');
  // the range's largest cut first
  const top = screen.getByRole('table', { name: 'Largest cuts (MFN % minus RCEP %)' });
  expect(
    within(top)
      .getAllByRole('rowheader')
      .map((c) => c.textContent),
  ).toEqual(['8509.80-000', '8509.40-000']);
  // one line without an RCEP rate: the gap and the official schedule
  expect(screen.getByRole('heading', { name: 'Not in the data' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '11 Schedule - JP1' })).toHaveAttribute(
    'href',
    expect.stringContaining('JP1'),
  );
});

test('no tariff data for the destination: an honest empty state and the schedule to consult', () => {
  show(brief(packs([]), 'KR'));
  expect(screen.getByText('The loaded data has no national tariff lines of this country in this range.')).toBeVisible();
  expect(screen.getByText('The tariff of this country is not in the loaded data.')).toBeVisible();
  expect(screen.getByRole('link', { name: '16 Schedules - KR for CN' })).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('a reversed range is explained without asking the server', async () => {
  renderApp('/briefing?mode=sector&dest=JP&chapters=85-84');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The first chapter of the range must not be after the last (e.g. 84-85, not 85-84).',
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('RCEP briefing: Japan, HS chapters 85-84');
});

test('the URL carries the briefing (the QR code opens the same one)', () => {
  const b = readParams(new URLSearchParams('dest=jp&chapters=84–85'));
  expect(b).toMatchObject({ mode: 'sector', dest: 'JP', chapters: '84–85' });
  expect(writeParams(b)).toEqual({ mode: 'sector', dest: 'JP', chapters: '84–85' });
  expect(writeParams({ ...b, mode: 'country', date: '2026-11-24' })).toEqual({
    mode: 'country',
    dest: 'JP',
    date: '2026-11-24',
  });
  expect(readParams(new URLSearchParams('dest=JP&codes=850980,61')).codes).toEqual(['850980']);
});
