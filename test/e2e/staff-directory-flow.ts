/**
 * Staff flow: an admin sets a contact unit's phone with the source it was read from;
 * the wizard's result page shows the phone with that source; the admin rolls back to the seed data so
 * later flows see the seeds. Every value typed here is SYNTHETIC (not a real unit's phone or page).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, snap } from './checks.js';
import { ADMIN, signInAs } from './staff-kit.js';

const root = resolve(import.meta.dirname, '../..');
type Tree = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Tree;
const staffEn = read('client/src/features/staff/locales/en.json');
const mainEn = read('client/locales/en.json');
const lookup =
  (tree: Tree) =>
  (key: string, vars: Record<string, string | number> = {}) =>
    String(key.split('.').reduce<unknown>((o, k) => (o as Tree)[k], tree)).replace(/\{\{(\w+)\}\}/g, (_, v: string) =>
      String(vars[v]),
    );
const t = lookup(staffEn);
const tMain = lookup(mainEn);
const must = (cond: unknown, what: string) => {
  if (!cond) throw new Error(`staff e2e: ${what}`);
};

/** 市商务委: a unit named by most programmes (seeds/contact-units.json), phone empty in the seeds */
const UNIT = 'cq-commerce';
/** SYNTHETIC test input, not a real number or page */
const SYNTHETIC = {
  phone: '023-0000 0000',
  title: 'SYNTHETIC e2e source page',
  reference: 'https://example.org/synthetic-e2e-contact',
};

interface Unit {
  id: string;
  names: { en: string };
  phone: string;
  detailSource?: { title: string; reference: string; asOf: string };
}

export async function staffDirectoryEdit(page: Page, base: string): Promise<void> {
  const units = async () =>
    ((await (await page.request.get(`${base}/api/v1/contacts`)).json()) as { units: Unit[] }).units;
  const before = (await units()).find((u) => u.id === UNIT);
  must(before && before.phone === '', `${UNIT} has a phone before the edit`);
  const name = `${before!.names.en} (${UNIT})`;

  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/directory?lang=en`);
  await page.getByRole('heading', { name: t('directory.heading') }).waitFor();
  await page.getByLabel(t('directory.search')).fill(UNIT);
  await page.locator('#dir-record').selectOption(UNIT);
  // saving without a source is refused with the reason, next to the field
  await page.getByLabel(t('directory.field.phone')).fill(SYNTHETIC.phone);
  await page.getByRole('button', { name: t('directory.save') }).click();
  await page.getByRole('alert').getByText(t('directory.errors.source-title-required')).waitFor();
  await snap(page, artifactsDir(root), 'staff-directory-unit-errors'); // axe on the form with its error summary
  await page.getByLabel(t('directory.field.source.title')).fill(SYNTHETIC.title);
  await page.getByLabel(t('directory.field.source.reference')).fill(SYNTHETIC.reference);
  const asOf = await page.getByLabel(t('directory.field.source.asOf')).inputValue();
  await page.getByRole('button', { name: t('directory.save') }).click();
  await page.getByRole('status').getByText(t('directory.saved', { name })).waitFor();
  const history = page.locator('section[aria-labelledby="dir-history"] li').first();
  await history.getByText(`· ${ADMIN.username} · ${before!.names.en}`).waitFor();
  must((await history.textContent())?.includes(t('directory.active')), 'the edit is not the one in use');

  const served = (await units()).find((u) => u.id === UNIT)!;
  must(served.phone === SYNTHETIC.phone, `public API phone is '${served.phone}'`);
  must(served.detailSource?.title === SYNTHETIC.title, 'public API has no source for the phone');

  // the wizard's result page (KH 8509.80.10, quick origin check) lists the unit with the phone and its source
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`${base}/result?p=85098010&d=KH&m=quick&s=45&w=0&t=${today}&v=1000&lang=en`);
  await page.getByRole('heading', { name: tMain('result.programmes.heading') }).waitFor({ timeout: 90_000 });
  await page.getByText(SYNTHETIC.phone).first().waitFor({ timeout: 30_000 });
  const source = tMain('result.programmes.detailSource', {
    title: SYNTHETIC.title,
    reference: SYNTHETIC.reference,
    asOf,
  });
  await page.getByText(source).first().waitFor();

  // back to the seeds, so later flows and runs see the committed data
  await page.goto(`${base}/staff/directory?lang=en`);
  await page.getByRole('button', { name: t('directory.original') }).click();
  await page.getByRole('status').getByText(t('directory.rolledBack')).waitFor();
  const after = (await units()).find((u) => u.id === UNIT)!;
  must(after.phone === '' && !after.detailSource, 'rollback did not restore the seed contact unit');
  // the programme form (unit lists, steps, documents, a policy source) is on screen for the runner's axe scan
  await page.getByLabel(t('directory.kind')).selectOption('programmes');
  await page.locator('#dir-record').selectOption('certificate-of-origin');
  await page.getByText(t('directory.fixedNote')).waitFor();
  await page.getByRole('radio', { name: t('directory.sourcePolicy') }).check();
  await page.getByLabel(t('directory.field.source.doc'), { exact: true }).first().waitFor();
}
