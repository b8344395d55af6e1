/**
 * The staff flows for the e2e runner (test/e2e/run.ts adds them): each is
 * `(page, baseUrl) => Promise<void>` and throws on failure. English UI (?lang=en), labels from
 * client/src/features/staff/locales/en.json. Needs the first admin created beforehand with
 *   RCEP_ADMIN_PASSWORD=$E2E_ADMIN_PASSWORD node --import tsx scripts/cli/rcep.ts admin create --username e2e-admin --role admin
 * against the server's data dir; credentials come from E2E_ADMIN_USER / E2E_ADMIN_PASSWORD.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { staffDirectoryEdit } from './staff-directory-flow.js';
import { wizardResult } from './staff-wizard-result.js';
import { staffPsrPublish } from './staff-psr-flow.js';
import { staffSectorBriefing } from './staff-briefing-flow.js';
import { staffStatsRuleFailures } from './staff-stats-flow.js';
import { firmProfilesFlow } from './firm-profiles-flow.js';
import { ADMIN, CLERK, must, root, signInAs, t } from './staff-kit.js';

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('nav.signOut') }).click();
  await page.getByLabel(t('signIn.username')).waitFor();
}

/** admin creates a counter user; the anonymous browser is refused the staff API */
export async function staffAdminCreatesCounter(page: Page, base: string): Promise<void> {
  const anon = await page.request.get(`${base}/api/v1/staff/cases`);
  must(anon.status() === 401, `anonymous staff API answered ${anon.status()}`);
  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/users?lang=en`);
  await page.getByLabel(t('signIn.username')).fill(CLERK.username);
  await page.getByLabel(t('users.password')).fill(CLERK.password);
  await page.getByLabel(t('users.role')).selectOption('counter');
  await page.getByRole('button', { name: t('users.create') }).click();
  await page.getByText(t('users.created', { username: CLERK.username })).waitFor();
  await signOut(page);
}

/** the counter user runs a case with two checks, prints the slip, closes it and clears for the next customer */
export async function staffCounterCase(page: Page, base: string): Promise<void> {
  await signInAs(page, base, CLERK);
  await page.goto(`${base}/staff/counter?lang=en`);
  await page.getByLabel(t('counter.firmName')).fill('E2E Trading Co');
  await page.getByLabel(t('counter.consent')).check();
  await page.getByRole('button', { name: t('counter.start') }).click();
  // the slip names destinations in words, both languages (日本 / Japan), never the bare ISO code
  for (const [code, dest, name] of [
    ['850980', 'JP', '日本 / Japan'],
    ['850980', 'VN', '越南 / Viet Nam'],
  ]) {
    await page.getByLabel(t('counter.code')).fill(code);
    await page.getByLabel(t('counter.dest')).selectOption(dest);
    await page.getByLabel(t('counter.share')).fill('45');
    await page.getByRole('button', { name: t('counter.runCheck') }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor({ timeout: 60_000 });
  }
  await page.emulateMedia({ media: 'print' });
  const slip = await page.locator('body').innerText();
  await page.emulateMedia({ media: null });
  must(slip.includes('E2E Trading Co'), 'the slip does not name the firm');
  must(!/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/.test(slip), 'the slip shows a UUID');
  must(
    !/\b(not-in-data|not-originating|rule-not-in-data|insufficient-information)\b/.test(slip),
    'the slip shows a reason code',
  );
  const pdf = await page.pdf({ format: 'A4' });
  must(pdf.length > 1000, 'slip did not print');
  await page.getByRole('button', { name: t('counter.close') }).click();
  await page.getByRole('button', { name: t('counter.next') }).click();
  await page.getByRole('button', { name: t('counter.start') }).waitFor();
  // the firm's name may still be listed in the case history (staff data), but no case is open on screen
  must(
    !(await page.getByRole('button', { name: t('counter.close') }).isVisible()),
    'a case is still open after next customer',
  );
  const left = await page.evaluate(() => sessionStorage.getItem('rcep-staff-case'));
  must(left === null, 'the previous case is still in session storage');
  await signOut(page);
}

/** a workshop batch of 200 products completes with a progress bar and downloads CSV and XLSX */
export async function staffWorkshopBatch(page: Page, base: string): Promise<void> {
  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/batch?lang=en`);
  const dests = ['JP', 'VN', 'AU', 'TH', 'MY'];
  const csv = [
    'code,dest,share',
    ...Array.from({ length: 200 }, (_, i) => `850980,${dests[i % dests.length]},${30 + (i % 30)}`),
  ].join('\n');
  await page
    .getByLabel(t('batch.file'))
    .setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('progress#batch-progress').waitFor();
  await page.getByText(t('batch.results', { count: 200 })).waitFor({ timeout: 300_000 });
  const [csvDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('batch.downloadCsv') }).click(),
  ]);
  must(csvDl.suggestedFilename() === 'rcep-batch.csv', 'CSV download');
  const [xlsxDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('batch.downloadXlsx') }).click(),
  ]);
  must(xlsxDl.suggestedFilename() === 'rcep-batch.xlsx', 'XLSX download');
}

/** a firm files an obstacle report; admin moves it to resolved; the firm's reference shows resolved */
export async function staffFeedbackResolved(page: Page, base: string): Promise<void> {
  const filed = await page.request.post(`${base}/api/v1/feedback`, {
    data: { topic: 'certificate-of-origin', message: 'e2e: certificate refused at import', consent: false },
  });
  const ref = ((await filed.json()) as { reference: string }).reference;
  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/feedback?lang=en`);
  await page.getByRole('button', { name: `${t('feedback.open')} ${ref}` }).click();
  // new -> in progress -> resolved, with a note at each step (the detail form's select, not the list filter)
  for (const [status, note] of [
    ['in-progress', 'e2e: asked the issuing body'],
    ['resolved', 'e2e: certificate reissued'],
  ] as const) {
    await page.locator('#fb-status').selectOption(status);
    await page.getByLabel(t('feedback.note')).fill(note);
    await page.getByRole('button', { name: t('feedback.move') }).click();
    await page.getByRole('heading', { name: `${ref} · ${t(`feedback.status.${status}`)}` }).waitFor();
  }
  const status = (await (await page.request.get(`${base}/api/v1/feedback/${ref}`)).json()) as { status: string };
  must(status.status === 'resolved', 'public status is not resolved');
}

/**
 * admin uploads a schedule CSV, sees the diff, publishes; the wizard pages then show the new rate, both in a
 * fresh browser and in a firm's browser that cached the old pack (ETag revalidation); then rolls back
 */
export async function staffDataPublish(page: Page, base: string): Promise<void> {
  const before = (await page.request.get(`${base}/api/v1/packs/annex1`)).headers().etag;
  // KH 8509.80.10 (25 Schedule - CA.pdf p.161): RCEP year 5 = calendar 2026 (KH entry into force 2022) prints 23%
  const kh = { dest: 'KH', product: '8509.80', line: /8509\.?80\.?10/ };
  const browser = page.context().browser();
  must(browser, 'no browser behind the page');
  const firm = await browser!.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en' });
  const fresh = await browser!.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en' });
  try {
    const firmPage = await firm.newPage();
    const old = await wizardResult(firmPage, base, kh);
    must(old.rcepRate === '23%', `wizard before publishing: KH RCEP rate ${old.rcepRate}, the schedule prints 23%`);
    // SYNTHETIC edit of the documented example (test/fixtures/operator/annex1-8509.csv, KH row): year 5 23% -> 22%
    const fixture = readFileSync(join(root, 'test/fixtures/operator/annex1-8509.csv'), 'utf8').split('\n');
    const csv = [
      fixture[0],
      ...fixture.filter((l) => l.startsWith('KH,')).map((l) => l.replace('35%,32%,29%,26%,23%', '35%,32%,29%,26%,22%')),
    ].join('\n');
    await signInAs(page, base, ADMIN);
    await page.goto(`${base}/staff/data?lang=en`);
    await page.getByRole('radio', { name: t('dataUpload.kinds.annex1') }).check();
    await page
      .getByLabel(t('data.file'))
      .setInputFiles({ name: 'annex1-kh.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: t('data.examine') }).click();
    await page.getByText(t('data.diff', { added: 0, changed: 1, unchanged: 0 })).waitFor();
    const y5 = (r: string) => `${t('dataUpload.year', { n: 5 })} ${r}`;
    await page.getByText(t('dataUpload.changed', { before: y5('23%'), after: y5('22%') })).waitFor();
    await page.getByRole('button', { name: t('data.publish') }).click();
    await page.getByRole('status').getByText(t('data.published')).waitFor();
    const after = (await page.request.get(`${base}/api/v1/packs/annex1`)).headers().etag;
    must(after !== before, 'the served Annex I pack did not change');
    const published = await kh5(page, base);
    must(published === 22, `served pack: KH 8509.80.10 year 5 is ${published}%, not the published 22%`);
    // the wizard pages: a browser that never cached a pack, then the firm's browser holding the old pack
    const seen = await wizardResult(await fresh.newPage(), base, kh);
    must(seen.rcepRate === '22%', `wizard (fresh browser) after publishing: KH RCEP rate ${seen.rcepRate}, not 22%`);
    const cached = await wizardResult(firmPage, base, kh);
    must(cached.rcepRate === '22%', `wizard (browser with the old pack) after publishing: ${cached.rcepRate}, not 22%`);
    const pack = t('dataUpload.kinds.annex1');
    await page.getByRole('button', { name: t('dataUpload.original', { pack }) }).click();
    await page.getByRole('status').getByText(t('dataUpload.rolledBack', { pack })).waitFor();
    const back = await kh5(page, base);
    must(back === 23, `after rollback the served pack gives KH year 5 ${back}%, not the schedule's 23%`);
  } finally {
    await firm.close();
    await fresh.close();
  }
}

/**
 * A whole schedule at once: a 3 MB Annex I CSV is uploaded from the page, examined and published (the
 * page's request carries it as JSON, so it needs the upload route's own 8 MB body limit), then rolled
 * back. SYNTHETIC volume (mechanism only, never data): the fixture's KH row (25 Schedule - CA.pdf
 * p.161) with its year 5 edited to 22%, plus one row per HS 2022 subheading of the committed HS pack
 * for KH, LA, MM and TH with the same row's rates, so the file has the size of a national schedule. The rows
 * are rolled back at the end and never left in service.
 */
export async function staffDataWholeSchedule(page: Page, base: string): Promise<void> {
  const fixture = readFileSync(join(root, 'test/fixtures/operator/annex1-8509.csv'), 'utf8').split('\n');
  const khRow = fixture.find((l) => l.startsWith('KH,'))!.replace('35%,32%,29%,26%,23%', '35%,32%,29%,26%,22%');
  const hs = JSON.parse(readFileSync(join(root, 'data/packs/hs.json'), 'utf8')) as {
    versions: { '2022': { code: string }[] };
  };
  const subheadings = hs.versions['2022'].map((n) => n.code).filter((c) => c.length === 6 && c !== '850980');
  const rows = [fixture[0], khRow];
  let size = rows.join('\n').length;
  for (const party of ['KH', 'LA', 'MM', 'TH'])
    for (const c of subheadings) {
      if (size > 3 * 1024 * 1024) break;
      const code = `${c.slice(0, 4)}.${c.slice(4)}.90`;
      const row = khRow.replace(/^KH,all,8509\.80\.10,Floor polishers/, `${party},all,${code},SYNTHETIC volume row`);
      rows.push(row);
      size += row.length + 1;
    }
  const csv = rows.join('\n');
  must(csv.length >= 3 * 1024 * 1024, `the schedule is ${csv.length} bytes, not 3 MB`);
  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/data?lang=en`);
  await page.getByRole('radio', { name: t('dataUpload.kinds.annex1') }).check();
  await page
    .getByLabel(t('data.file'))
    .setInputFiles({ name: 'annex1-whole.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: t('data.examine') }).click();
  // the KH 8509.80.10 row changes (23% -> 22%); every other row is new to the pack
  const y5 = (r: string) => `${t('dataUpload.year', { n: 5 })} ${r}`;
  await page.getByText(t('dataUpload.changed', { before: y5('23%'), after: y5('22%') })).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: t('data.publish') }).click();
  await page.getByRole('status').getByText(t('data.published')).waitFor({ timeout: 60_000 });
  const published = await kh5(page, base);
  must(published === 22, `served pack after the 3 MB publish: KH 8509.80.10 year 5 is ${published}%, not 22%`);
  const pack = t('dataUpload.kinds.annex1');
  await page.getByRole('button', { name: t('dataUpload.original', { pack }) }).click();
  await page.getByRole('status').getByText(t('dataUpload.rolledBack', { pack })).waitFor();
  const back = await kh5(page, base);
  must(back === 23, `after rollback the served pack gives KH year 5 ${back}%, not the schedule's 23%`);
}

/** the served Annex I pack (the one the wizard loads): KH 8509.80.10, RCEP year 5 */
async function kh5(page: Page, base: string): Promise<number | undefined> {
  const pack = (await (await page.request.get(`${base}/api/v1/packs/annex1`)).json()) as {
    lines: { party: string; printed: string; years: { rcepYear: number; rate: { pct?: number } }[] }[];
  };
  const line = pack.lines.find((l) => l.party === 'KH' && l.printed === '8509.80.10');
  return line?.years.find((y) => y.rcepYear === 5)?.rate.pct;
}

/** in the order the issue lists them */
export const STAFF_FLOWS: [string, (page: Page, base: string) => Promise<void>][] = [
  ['staff: admin creates a counter user', staffAdminCreatesCounter],
  ['staff: counter case with two checks and a slip', staffCounterCase],
  ['staff: workshop batch of 200', staffWorkshopBatch],
  ['staff: feedback filed and resolved', staffFeedbackResolved],
  ['staff: schedule upload, diff, publish', staffDataPublish],
  ['staff: whole 3 MB schedule upload, examine, publish', staffDataWholeSchedule],
  ['staff: PSR upload, diff, publish', staffPsrPublish],
  ['staff: admin edits a contact unit with its source', staffDirectoryEdit],
  ['staff: statistics show which rule failed', staffStatsRuleFailures],
  ['staff: sector briefing for a chapter range', staffSectorBriefing],
  ['firm: two profiles see different programmes', firmProfilesFlow],
];
