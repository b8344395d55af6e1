import '../../test-utils/polyfills.js';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test-utils/render-app.js';
import { setLang } from '../../lib/i18n.js';
import { listEnquiries, loadDraft, resetStore, saveDraft, saveEnquiry } from '../../lib/store/repository.js';
import { enquiriesCsv } from './saved-page.js';
import type { WizardAnswers } from '../../../../domain/wizard/index.js';

const answers: WizardAnswers = {
  product: { code: '850980' },
  destination: { dest: 'JP' },
  line: { code: '850980000' },
  'origin-method': { method: 'quick' },
  'origin-quick': { share: 45, wholly: false },
  shipment: { date: '2026-11-24' },
};

beforeEach(async () => {
  setLang('zh-CN');
  await resetStore();
});

describe('saved enquiries', () => {
  test('list, reopen, duplicate, delete', async () => {
    const user = userEvent.setup();
    await saveEnquiry(answers, {
      code: '850980000',
      dest: 'JP',
      mfn: 0,
      rcep: 0,
      rcepStatus: 'free',
      date: '2026-11-24',
    });
    renderApp('/saved');
    expect(await screen.findByRole('heading', { level: 2, name: '8509.80.000 → 日本' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '复制一份' }));
    await waitFor(async () => expect(await listEnquiries()).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2));
    await user.click(screen.getAllByRole('button', { name: '删除' })[0]);
    await waitFor(async () => expect(await listEnquiries()).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: '打开' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/result?p=850980&d=JP'));
  });

  test('CSV export has one row per enquiry', async () => {
    await saveEnquiry(answers, { code: '850980000', dest: 'JP', mfn: 0, rcep: 0, rcepStatus: 'free' });
    const csv = enquiriesCsv(await listEnquiries());
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'id,saved,code,dest,date,mfn_pct,rcep_pct,rcep_status,origin_verdict,saving,currency,data_as_of',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',850980000,JP,');
  });
});

describe('an unfinished wizard survives a reload', () => {
  test('the draft is read back and the start page offers to continue', async () => {
    await saveDraft({ product: { code: '850980' } });
    renderApp('/');
    const resume = await screen.findByRole('link', { name: '继续上次的查询' });
    expect(resume).toHaveAttribute('href', '/check/destination');
    expect(await loadDraft()).toEqual({ product: { code: '850980' } });
  });
});
