import '../../test-utils/polyfills.js';
import { screen, within } from '@testing-library/react';
import { fakeCheck, fakeData, renderApp } from '../../test-utils/render-app.js';
import { vnResult } from '../../test-utils/fixtures.js';
import { setLang } from '../../lib/i18n.js';
import { httpDataService } from '../../lib/data/packs.js';
import { resetStore } from '../../lib/store/repository.js';
import { encodeAnswers, type WizardAnswers } from '../../../../domain/wizard/index.js';
import programmesSeed from '../../../../seeds/programmes.json';
import unitsSeed from '../../../../seeds/contact-units.json';

/**
 * Programme matching offline: the directory pack (what GET /api/v1/packs/directory serves: the seed
 * programmes and contact units, test/api/directory-pack.test.ts) is fetched once through the real
 * network-first/ETag/IndexedDB path, then the result page, offline, matches on this device.
 *
 * Expected (the same case as test/api/directory-pack.test.ts, where GET /api/v1/programmes answers it):
 * VN, 8509.80.10 (chapter 85), origin rule not in data (vnResult). From the conditions in
 * seeds/programmes.json, certificate-of-origin and approved-exporter-declaration need the verdict
 * 'originating' (涪陵方案 第16条), used-car-export needs a vehicle of chapter 87 (107号 外贸 第15条);
 * perishables-6-hour-clearance only "may apply" to chapter 85 (快件 of any chapter, 107号 外贸 第22条);
 * every other programme only has conditions on the firm, which this enquiry did not answer.
 */
const FAILING = ['certificate-of-origin', 'approved-exporter-declaration', 'used-car-export'];
const EXPECTED_NAMES = programmesSeed.programmes
  .filter((p) => !FAILING.includes(p.id))
  .map((p) => p.names.zh)
  .sort();

const answers: WizardAnswers = {
  product: { code: '85098010' },
  destination: { dest: 'VN' },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 45, wholly: false },
  shipment: { date: '2026-11-24', value: 1000, currency: 'USD' },
};
const url = `/result?${encodeAnswers(answers)}`;
const data = { ...fakeData, directory: () => httpDataService.directory() };

/** the parts of a fetch Response the client reads (jsdom has no Response) */
const answer = (status: number, body: unknown, etag?: string) => ({
  status,
  ok: status < 300,
  json: async () => structuredClone(body),
  headers: { get: (k: string) => (k.toLowerCase() === 'etag' ? (etag ?? null) : null) },
});

function setOnline(on: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: on, configurable: true });
}
const programmesRegion = () => screen.findByRole('region', { name: '可申请的扶持政策和办理部门' });

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});
afterEach(() => setOnline(true));

test('offline, the programmes section lists the matches from the directory pack saved on this device', async () => {
  const asked: string[] = [];
  setOnline(true);
  global.fetch = jest.fn(async (u: RequestInfo | URL) => {
    asked.push(String(u));
    return String(u) === '/api/v1/packs/directory'
      ? answer(200, { programmes: programmesSeed.programmes, units: unitsSeed.units }, '"SYNTHETIC-etag"')
      : answer(503, {});
  }) as unknown as typeof fetch;
  expect(await httpDataService.directory()).not.toBeNull(); // online once: saved on the device

  setOnline(false);
  asked.length = 0;
  renderApp(url, { check: fakeCheck(vnResult, true), data });
  const region = await programmesRegion();
  await within(region).findAllByRole('heading', { level: 4 });
  const names = within(region)
    .getAllByRole('heading', { level: 4, hidden: true })
    .map((h) => h.textContent)
    .sort();
  expect(names).toEqual(EXPECTED_NAMES);
  expect(within(region).getByText(/本机上次联网时保存的扶持政策和办理部门清单/)).toBeInTheDocument();
  expect(within(region).queryByText(/本机还没有保存扶持政策清单/)).toBeNull();
  expect(asked).toEqual([]); // nothing asked of the network offline
});

test('offline with nothing saved: says so instead of listing programmes', async () => {
  setOnline(false);
  global.fetch = jest.fn(async () => answer(503, {})) as unknown as typeof fetch;
  renderApp(url, { check: fakeCheck(vnResult, true), data: { ...fakeData, directory: async () => null } });
  const region = await programmesRegion();
  expect(await within(region).findByText(/本机还没有保存扶持政策清单/)).toBeInTheDocument();
  expect(within(region).queryAllByRole('heading', { level: 3, hidden: true })).toEqual([]);
  expect(global.fetch).not.toHaveBeenCalled();
});
