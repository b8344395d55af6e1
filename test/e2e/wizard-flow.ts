import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { check, snap } from './checks.js';

type Tree = { [k: string]: string | Tree };
const load = (root: string, lang: string) =>
  JSON.parse(readFileSync(join(root, `client/locales/${lang}.json`), 'utf8')) as Tree;

export function texts(root: string, lang: 'zh-CN' | 'en') {
  const tree = load(root, lang);
  return (key: string): string => {
    const v = key
      .split('.')
      .reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), tree);
    if (typeof v !== 'string') throw new Error(`missing locale key ${key}`);
    return v;
  };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface FlowOptions {
  root: string;
  base: string;
  dir: string;
  name: string;
  lang: 'zh-CN' | 'en';
  dest: 'JP' | 'VN';
  product: string;
  origin: 'quick' | 'bom';
  narrow?: boolean;
}

async function noHorizontalScroll(page: Page, name: string) {
  const vw = page.viewportSize()?.width ?? 0;
  if (vw > 400) return;
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  check(sw <= vw + 1, `${name}: page is ${sw}px wide at a ${vw}px viewport`);
}

async function step(page: Page, o: FlowOptions, id: string, t: (k: string) => string) {
  await page.waitForURL(new RegExp(`/check/${id}`));
  const h1 = page.locator('h1');
  await h1.waitFor();
  // focus moves to the h1 in an effect after the render: give it a moment
  await page
    .waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 3000 })
    .catch(() => undefined);
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  check(focused === 'H1', `${o.name} ${id}: focus is on ${focused}, not the h1`);
  await noHorizontalScroll(page, `${o.name} ${id}`);
  await snap(page, o.dir, `${o.name}-${id}`);
  void t;
}

/** Complete the wizard with the keyboard where it matters; screenshot and axe-scan every step. */
export async function completeWizard(page: Page, o: FlowOptions): Promise<void> {
  const t = texts(o.root, o.lang);
  await page.goto(`${o.base}/?lang=${o.lang}`);
  await page.locator('h1').waitFor();
  await snap(page, o.dir, `${o.name}-start`);
  const start = page.getByRole('link', {
    name: new RegExp(`^(${esc(t('start.button'))}|${esc(t('start.restart'))})$`),
  });
  await start.first().click();

  await step(page, o, 'product', t);
  const box = page.getByRole('combobox', { name: t('wizard.product.heading') });
  // an empty Continue shows the error summary first
  await page.getByRole('button', { name: t('common.continue') }).click();
  await page.getByRole('alert').waitFor();
  await snap(page, o.dir, `${o.name}-product-error`);
  await box.fill(o.product);
  await page.getByRole('option').first().waitFor({ timeout: 30_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await page.getByRole('button', { name: t('common.continue') }).press('Enter');

  await step(page, o, 'destination', t);
  await page.getByRole('radio', { name: new RegExp(esc(t(`parties.${o.dest}`))) }).check();
  await page.getByRole('button', { name: t('common.continue') }).click();

  await step(page, o, 'line', t);
  // a choice among the national lines, or the note that every line has the same rates and rule
  await page.locator('[data-testid="line-all-same"], input[type="radio"]').first().waitFor();
  if (await page.getByRole('radio').count()) await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: t('common.continue') }).click();

  await step(page, o, 'origin-method', t);
  await page.getByRole('radio', { name: new RegExp(esc(t(`wizard.originMethod.${o.origin}`))) }).check();
  await page.getByRole('button', { name: t('common.continue') }).click();

  if (o.origin === 'quick') {
    await step(page, o, 'origin-quick', t);
    // "wholly obtained" comes first; the share is asked only after "no"
    await page.getByRole('radio', { name: t('common.no'), exact: true }).check();
    await page.getByRole('textbox', { name: t('wizard.originQuick.share') }).fill('45');
  } else {
    await step(page, o, 'origin-bom', t);
    await page.getByRole('textbox', { name: t('wizard.originBom.fob') }).fill('100');
    await page.getByRole('textbox', { name: t('wizard.originBom.hs') }).fill('8501.40');
    await page.getByRole('combobox', { name: t('wizard.originBom.origin') }).fill('US');
    await page.getByRole('textbox', { name: t('wizard.originBom.value'), exact: true }).fill('30');
    await page.getByRole('button', { name: t('wizard.originBom.addRow') }).click();
    await page
      .getByRole('textbox', { name: t('wizard.originBom.hs') })
      .nth(1)
      .fill('3926.90');
    await page
      .getByRole('combobox', { name: t('wizard.originBom.origin') })
      .nth(1)
      .fill('CN');
    await page
      .getByRole('textbox', { name: t('wizard.originBom.value'), exact: true })
      .nth(1)
      .fill('20');
    await page.getByRole('textbox', { name: t('wizard.originBom.cost.labour') }).fill('15');
  }
  await page.getByRole('button', { name: t('common.continue') }).click();

  await step(page, o, 'shipment', t);
  await page.getByRole('textbox', { name: t('wizard.shipment.value') }).fill('1000');
  await page.getByRole('button', { name: t('common.continue') }).click();

  await step(page, o, 'check-answers', t);
  await page.getByRole('button', { name: t('wizard.checkAnswers.submit') }).click();

  await page.waitForURL(/\/result\?/);
  // one national line: its rate section; a code whose lines the firm did not need to choose between
  // (the same rates and rule on each): the list of those lines
  const compared = new RegExp(esc(t('result.compare.heading')).replace('\\{\\{count\\}\\}', '\\d+'));
  const rate = page
    .getByRole('heading', { name: t('result.rate.heading') })
    .or(page.getByRole('heading', { name: compared }));
  const failed = page.getByRole('alert');
  await Promise.race([rate.first().waitFor({ timeout: 90_000 }), failed.waitFor({ timeout: 90_000 })]).catch(
    () => undefined,
  );
  check(
    await rate.first().isVisible(),
    `${o.name}: result page shows no rate section (${(await failed.allTextContents()).join(' ')})`,
  );
  await noHorizontalScroll(page, `${o.name} result`);
  await snap(page, o.dir, `${o.name}-result`);
}
