/**
 * Staff flow: the presenter opens a sector briefing (JP, HS chapters 84–85), sees the
 * per-heading table and the QR code; the address the QR code carries opens the same briefing without
 * signing in (an attendee's phone); then a whole-country briefing for Korea: the table from the loaded
 * tariff, and for the lines it cannot give the gap and the official schedule. Each page gets a screenshot and an axe scan (snap).
 * The figures shown are compared with GET /api/v1/briefings, which the domain tests check against the
 * raw Japan Customs tariff (test/golden/briefing-japan.test.ts).
 */
import type { Page } from 'playwright-core';
import { artifactsDir, snap } from './checks.js';
import { ADMIN, must, root, signInAs, t } from './staff-kit.js';

interface Summary {
  total: { counts: { lines: number } };
  groups: { code: string; counts: { lines: number; free: number } }[];
}

async function headingTableShown(page: Page): Promise<void> {
  const table = page.getByRole('table', { name: t('briefing.groups.caption.heading') });
  await table.waitFor({ timeout: 60_000 });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '8509', exact: true }) });
  const cells = await row.getByRole('cell').allTextContents();
  const api = (await (
    await page.request.get(`${new URL(page.url()).origin}/api/v1/briefings?dest=JP&chapters=84-85`)
  ).json()) as Summary;
  const h = api.groups.find((g) => g.code === '8509');
  must(h, 'the API has no heading 8509 for JP 84-85');
  // cells: name, lines, free, reduced, no reduction, excluded, not in data, largest cuts
  must(cells[1]?.trim() === String(h!.counts.lines), `8509 lines shown ${cells[1]} != API ${h!.counts.lines}`);
  must(cells[2]?.trim() === String(h!.counts.free), `8509 free shown ${cells[2]} != API ${h!.counts.free}`);
  await page.getByRole('img', { name: t('briefing.qrAlt') }).waitFor();
  // the status region tells a screen-reader user the briefing is there, with the range's line count
  const status = t('briefing.loaded', { n: String(api.total.counts.lines) });
  await page.getByRole('status').filter({ hasText: status }).waitFor({ state: 'attached' });
}

export async function staffSectorBriefing(page: Page, base: string): Promise<void> {
  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/presenter?lang=en`);
  await page.getByRole('radio', { name: new RegExp(`^${t('briefing.mode.sector')}`) }).check();
  await page.getByLabel(t('briefing.dest'), { exact: true }).selectOption('JP');
  await page.getByLabel(t('briefing.chapters'), { exact: true }).fill('84–85');
  await page.getByRole('button', { name: t('briefing.show') }).click();
  await page
    .getByRole('heading', { level: 1, name: t('briefing.title.sector', { country: 'Japan', range: '84–85' }) })
    .waitFor();
  await headingTableShown(page);
  const qrSrc = await page.getByRole('img', { name: t('briefing.qrAlt') }).getAttribute('src');
  must(qrSrc?.startsWith('data:image/png'), 'no QR code image');
  must(/mode=sector/.test(page.url()) && /chapters=84/.test(page.url()), `briefing not in the URL: ${page.url()}`);

  // printed: the form is left out, the table stays
  await page.emulateMedia({ media: 'print' });
  must(!(await page.getByRole('button', { name: t('briefing.show') }).isVisible()), 'the form shows when printed');
  await page.emulateMedia({ media: 'screen' });

  // what an attendee's phone opens from the QR code: the public page, same briefing, no sign-in
  await page.getByRole('button', { name: t('nav.signOut') }).click();
  await page.goto(`${base}/briefing?mode=sector&dest=JP&chapters=84-85&lang=en`);
  await headingTableShown(page);
  await snap(page, artifactsDir(root), 'staff-sector-briefing-jp-84-85');

  // a whole country (Korea, KCS 2026 tariff): figures from the data, and for the lines it cannot give
  // (quarantined in the pack) the gap and the official schedule, no invented figure
  await page.getByRole('radio', { name: new RegExp(`^${t('briefing.mode.country')}`) }).check();
  await page.getByLabel(t('briefing.dest'), { exact: true }).selectOption('KR');
  await page.getByRole('button', { name: t('briefing.show') }).click();
  await page.getByRole('link', { name: '16 Schedules - KR for CN' }).waitFor({ timeout: 60_000 });
  must((await page.getByText(t('briefing.gap.noData')).count()) === 0, 'Korea shown as a country without data');
  must((await page.getByRole('table').count()) > 0, 'no table for Korea, whose tariff is loaded');
  must(/mode=country/.test(page.url()) && /dest=KR/.test(page.url()), `country briefing not in the URL: ${page.url()}`);
}
