import '../../test-utils/polyfills.js';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { indexPacks } from '../../../../domain/engine-packs.js';
import { isTariffError, lookupTariff } from '../../../../domain/tariff/lookup-tariff.js';
import type { TariffAnswer, TariffQuery } from '../../../../domain/tariff/types.js';
import { loadPacks } from '../../../../scripts/cli/load-packs.js';
import i18n, { setLang } from '../../lib/i18n.js';
import { AgreementsSection } from './agreements-section.js';

// Answers from the real engine on the committed packs; figures typed from the raw mirror rows cited.
const index = indexPacks(loadPacks({ dests: ['KR', 'AU', 'JP'], psr: false }).packs);
const look = (q: TariffQuery): TariffAnswer => {
  const r = lookupTariff(index, q);
  if (isTariffError(r)) throw new Error(r.error.reason);
  return r;
};
const show = (a: TariffAnswer) =>
  render(
    <I18nextProvider i18n={i18n}>
      <AgreementsSection tariff={a} />
    </I18nextProvider>,
  );

beforeEach(() => setLang('zh-CN'));

test('KR 8509.80.10.00: CKFTA free (kr-tariff-2026 row 9444, FCN1 0.0) is marked the lowest, with its proof', () => {
  show(look({ dest: 'KR', code: '8509.80.10.00', date: '2026-06-01' }));
  const region = screen.getByRole('region', { name: '中国与韩国的其他自贸协定' });
  const item = within(region).getByRole('listitem');
  expect(item).toHaveTextContent('中韩自由贸易协定（CKFTA）：需办理该协定的原产地证书');
  expect(item).toHaveTextContent('该协定税率：免税');
  expect(within(item).getByText('各方案中税率最低')).toBeInTheDocument();
});

test('AU: ChAFTA named, its rates not in the data, with the MOFCOM portal to consult', () => {
  show(look({ dest: 'AU', code: '6211.33.90.04', date: '2025-06-01' }));
  const item = screen.getByRole('listitem');
  expect(item).toHaveTextContent('中澳自由贸易协定（ChAFTA）');
  expect(item).toHaveTextContent('本系统的数据里没有该协定的税率。');
  expect(within(item).getByRole('link', { name: '到中国自由贸易区服务网（商务部）查询' })).toHaveAttribute(
    'href',
    'https://fta.mofcom.gov.cn/',
  );
});

test('JP: says plainly that there is no other agreement (English too)', () => {
  setLang('en');
  show(look({ dest: 'JP', code: '6109.10-020', date: '2026-11-24' }));
  expect(screen.getByRole('region', { name: 'Other agreements China has with Japan' })).toHaveTextContent(
    'China has no free trade agreement with Japan other than RCEP',
  );
  expect(screen.queryByRole('listitem')).toBeNull();
});
