import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, check, snap } from './checks.js';
import { texts } from './wizard-flow.js';

/**
 * The same product and destination for two firms: a Fuling small-micro exporter using cross-border
 * e-commerce, then (editing the firm answers from the result page) a large importer elsewhere in
 * Chongqing. Expected from the documents: only Fuling firms get Fuling-district units (涪陵方案 units
 * are the district's); import-side measures (83号 第2条 import priorities, 107号 外贸 第4条 encouraged-import
 * catalogue) are for importers; every "apply to you" entry gives its reason.
 */
const root = resolve(import.meta.dirname, '../..');
const t = texts(root, 'zh-CN');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Listed {
  id: string;
  applies: string;
  name: string;
  reasons: string;
  unitLevels: string[];
}

async function listed(page: Page): Promise<Listed[]> {
  return page.locator('li[data-programme]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-programme') ?? '',
      applies: el.getAttribute('data-applies') ?? '',
      name: el.querySelector('h4')?.textContent ?? '',
      reasons: el.textContent ?? '',
      unitLevels: [...el.querySelectorAll('[data-unit-level]')].map((u) => u.getAttribute('data-unit-level') ?? ''),
    })),
  );
}

async function continueOn(page: Page) {
  await page.getByRole('button', { name: t('common.continue') }).click();
}

async function answerFirm(page: Page, a: Record<string, string>, ticks: Record<string, string[]>) {
  for (const [q, v] of Object.entries(a))
    await page
      .getByRole('group', { name: t(`wizard.firm.${q}.question`) })
      .getByRole('radio', { name: t(v === 'unsure' ? 'wizard.firm.unsure' : `wizard.firm.${q}.${v}`), exact: true })
      .check();
  for (const [q, vs] of Object.entries(ticks)) {
    const group = page.getByRole('group', { name: t(`wizard.firm.${q}.question`) });
    for (const v of vs)
      await group
        .getByRole('checkbox', {
          name: t(v === 'none' ? 'wizard.firm.noneOfThese' : `wizard.firm.${q}.${v}`),
          exact: true,
        })
        .check();
  }
}

async function resultAt(page: Page, name: string) {
  await page.waitForURL(/\/result\?/);
  await page.locator('li[data-programme]').first().waitFor({ timeout: 90_000 });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await snap(page, artifactsDir(root), `firm-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return listed(page);
}

export async function firmProfilesFlow(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/?lang=zh-CN`);
  await page
    .getByRole('link', { name: new RegExp(`^(${esc(t('start.button'))}|${esc(t('start.restart'))})$`) })
    .first()
    .click();
  await page.waitForURL(/\/check\/product/);
  const box = page.getByRole('combobox', { name: t('wizard.product.heading') });
  await box.fill('8509.80');
  await page.getByRole('option').first().waitFor({ timeout: 30_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await continueOn(page);
  await page.waitForURL(/\/check\/destination/);
  await page.getByRole('radio', { name: new RegExp(esc(t('parties.JP'))) }).check();
  await continueOn(page);
  await page.waitForURL(/\/check\/line/);
  await page.getByRole('radio').first().check();
  await continueOn(page);
  await page.waitForURL(/\/check\/origin-method/);
  await page.getByRole('radio', { name: new RegExp(esc(t('wizard.originMethod.quick'))) }).check();
  await continueOn(page);
  await page.waitForURL(/\/check\/origin-quick/);
  await page.getByRole('textbox', { name: t('wizard.originQuick.share') }).fill('45');
  await page.getByRole('radio', { name: t('common.no'), exact: true }).check();
  await continueOn(page);
  await page.waitForURL(/\/check\/shipment/);
  await continueOn(page);
  // Continue passes the optional firm step by; its row on 'check your answers' invites it
  await page.waitForURL(/\/check\/check-answers/);
  check(
    await page.getByText(t('wizard.checkAnswers.notGiven')).isVisible(),
    'firm: check-answers does not offer the firm questions',
  );
  await page.getByRole('link', { name: new RegExp(esc(t('wizard.checkAnswers.row.firm'))) }).click();
  await page.waitForURL(/\/check\/firm/);
  await answerFirm(
    page,
    { district: 'fuling', direction: 'export', size: 'small-micro', aeo: 'none', creditInsurance: 'no' },
    { firmTypes: ['none'], exportModels: ['e-commerce'] },
  );
  await snap(page, artifactsDir(root), 'firm-step');
  await continueOn(page);
  await page.waitForURL(/\/check\/check-answers/);
  await page.getByRole('button', { name: t('wizard.checkAnswers.submit') }).click();
  const a = await resultAt(page, 'fuling-exporter');

  await page.getByRole('link', { name: t('result.programmes.editFirm') }).click();
  await page.waitForURL(/\/check\/firm\?from=result/);
  await answerFirm(
    page,
    { district: 'chongqing', direction: 'import', size: 'large', aeo: 'general', creditInsurance: 'unsure' },
    { firmTypes: ['none'], exportModels: ['general-trade'] },
  );
  await continueOn(page);
  const b = await resultAt(page, 'cq-importer');

  const ids = (l: Listed[]) => l.map((x) => x.id);
  const fuling = (l: Listed[]) => l.some((x) => x.unitLevels.includes('district-fuling'));
  if (ids(a).join() === ids(b).join()) throw new Error('firm: both profiles see the same programme list');
  if (!fuling(a)) throw new Error('firm: the Fuling exporter sees no Fuling-district unit');
  if (fuling(b)) throw new Error('firm: the importer elsewhere in Chongqing sees a Fuling-district unit');
  for (const id of ['import-priorities', 'encouraged-import-catalogue']) {
    if (!ids(b).includes(id)) throw new Error(`firm: the importer does not see ${id}`);
    if (ids(a).includes(id)) throw new Error(`firm: the exporter sees the import-only ${id}`);
  }
  for (const x of [...a, ...b].filter((y) => y.applies === 'yes'))
    if (!x.reasons.includes(t('result.programmes.whyLabel'))) throw new Error(`firm: ${x.id} applies with no reason`);
  const side = {
    fulingSmallMicroEcommerceExporter: a.map(({ id, applies, name }) => ({ id, applies, name })),
    largeImporterChongqing: b.map(({ id, applies, name }) => ({ id, applies, name })),
  };
  writeFileSync(join(artifactsDir(root), 'firm-profiles.json'), JSON.stringify(side, null, 2));
}
