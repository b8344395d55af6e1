/**
 * Staff flow: an admin uploads a PSR CSV in the operator layout, sees the
 * import report and the diff (the rule before and after), publishes; the wizard's result page, in a
 * firm's browser that cached the old PSR pack, then shows the new rule; rolling back brings the old one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN, must, root, signInAs, t } from './staff-kit.js';
import { wizardResult } from './staff-wizard-result.js';
import { texts } from './wizard-flow.js';

export async function staffPsrPublish(page: Page, base: string): Promise<void> {
  const app = texts(root, 'en'); // the public wizard's texts (root: staff-flows.ts, read once it is loaded)
  // test/fixtures/operator/psr-8509.csv row 3: 8509.80 (HS 2022) 'CTSH or RVC40', the mirror's Annex 3A line 1841;
  // SYNTHETIC edit for this test: RVC40 -> RVC50, so 45 % regional value content no longer meets the RVC limb
  const fixture = readFileSync(join(root, 'test/fixtures/operator/psr-8509.csv'), 'utf8').split('\n');
  const row = fixture.find((l) => l.startsWith('8509.80,2022,CTSH or RVC40'));
  must(row, 'fixture row 8509.80 missing');
  const csv = [fixture[0], row!.replace('RVC40', 'RVC50')].join('\n');
  const kh = { dest: 'KH', product: '8509.80', line: /8509\.?80\.?10/ };
  const browser = page.context().browser();
  must(browser, 'no browser behind the page');
  const firm = await browser!.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en' });
  try {
    const firmPage = await firm.newPage();
    const old = await wizardResult(firmPage, base, kh);
    must(
      old.origin.includes('(RVC40)'),
      `wizard before publishing: origin shows no RVC40 rule: ${old.origin.slice(0, 200)}`,
    );
    must(old.origin.includes(app('result.origin.verdict.originating')), 'wizard before publishing: 45 % meets RVC40');
    const etag = (await page.request.get(`${base}/api/v1/packs/psr`)).headers().etag;

    await signInAs(page, base, ADMIN);
    await page.goto(`${base}/staff/data?lang=en`);
    await page.getByRole('radio', { name: t('dataUpload.kinds.psr') }).check();
    await page
      .getByLabel(t('dataUpload.filePsr'))
      .setInputFiles({ name: 'psr-8509-edit.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: t('data.examine') }).click();
    await page.getByText(t('data.counts', { accepted: 1, quarantined: 0 })).waitFor();
    await page.getByText(t('data.diff', { added: 0, changed: 1, unchanged: 0 })).waitFor();
    await page.getByText(t('dataUpload.changed', { before: 'CTSH or RVC40', after: 'CTSH or RVC50' })).waitFor();
    await page.getByRole('button', { name: t('data.publish') }).click();
    await page.getByRole('status').getByText(t('dataUpload.publishedPsr')).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'psr-8509-edit.csv' }).getByText(t('data.active')).waitFor();
    const now = (await page.request.get(`${base}/api/v1/packs/psr`)).headers().etag;
    must(now && now !== etag, 'the served PSR pack kept its ETag');

    const after = await wizardResult(firmPage, base, kh);
    must(
      after.origin.includes('(RVC50)'),
      `wizard after publishing: origin shows no RVC50 rule: ${after.origin.slice(0, 200)}`,
    );
    must(
      !after.origin.includes(app('result.origin.verdict.originating')),
      'wizard after publishing: 45 % still shown as meeting the rule',
    );

    const pack = t('dataUpload.kinds.psr');
    await page.getByRole('button', { name: t('dataUpload.original', { pack }) }).click();
    await page.getByRole('status').getByText(t('dataUpload.rolledBack', { pack })).waitFor();
    const back = await wizardResult(firmPage, base, kh);
    must(back.origin.includes('(RVC40)'), 'wizard after rollback: origin shows no RVC40 rule');
  } finally {
    await firm.close();
  }
}
