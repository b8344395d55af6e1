/**
 * The public wizard as a firm uses it (English), for the staff data flows: after an admin publishes,
 * the result page (computed by the local engine on the packs the browser cached, or by the server
 * while they are not cached) must show the published data. Throws on failure like the staff flows.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { texts } from './wizard-flow.js';

const t = texts(resolve(import.meta.dirname, '../..'), 'en');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface WizardAnswer {
  /** the RCEP rate cell of the result table, e.g. '22%' */
  rcepRate: string;
  /** the text of the Origin section (verdict, rule with its unit and source) */
  origin: string;
}

/** product search `product`, destination `dest`, the national line matching `line`, origin share 45 %, value 1000 */
export async function wizardResult(
  page: Page,
  base: string,
  o: { dest: string; product: string; line: RegExp },
): Promise<WizardAnswer> {
  const next = () => page.getByRole('button', { name: t('common.continue') }).click();
  const at = (step: string) => page.waitForURL(new RegExp(`/check/${step}`));
  await page.goto(`${base}/?lang=en`);
  await page
    .getByRole('link', { name: new RegExp(`^(${esc(t('start.button'))}|${esc(t('start.restart'))})$`) })
    .first()
    .click();
  await at('product');
  const box = page.getByRole('combobox', { name: t('wizard.product.heading') });
  await box.fill(o.product);
  await page.getByRole('option').first().waitFor({ timeout: 30_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await next();
  await at('destination');
  await page.getByRole('radio', { name: new RegExp(esc(t(`parties.${o.dest}`))) }).check();
  await next();
  await at('line');
  await page.getByRole('radio', { name: o.line }).first().check();
  await next();
  await at('origin-method');
  await page.getByRole('radio', { name: new RegExp(esc(t('wizard.originMethod.quick'))) }).check();
  await next();
  await at('origin-quick');
  // "wholly obtained" comes first; the share is asked only after "no"
  await page.getByRole('radio', { name: t('common.no'), exact: true }).check();
  await page.getByRole('textbox', { name: t('wizard.originQuick.share') }).fill('45');
  await next();
  await at('shipment');
  await page.getByRole('textbox', { name: t('wizard.shipment.value') }).fill('1000');
  await next();
  await at('check-answers');
  await page.getByRole('button', { name: t('wizard.checkAnswers.submit') }).click();
  await page.waitForURL(/\/result\?/);
  const table = page.getByRole('table', { name: t('result.rate.tableCaption') });
  await table.waitFor({ timeout: 90_000 });
  const rcepRate = (await table.getByRole('row').nth(1).getByRole('cell').first().innerText()).trim();
  const origin = await page
    .locator('section', { has: page.getByRole('heading', { name: t('result.origin.heading'), exact: true }) })
    .innerText();
  return { rcepRate, origin };
}
