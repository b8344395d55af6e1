/**
 * The eight journeys a Chongqing firm makes (the catalogue of 渝府办发〔2022〕83号 第1条: motorcycle
 * parts, household appliances, zhacai, citrus, aluminium alloy bars, LCD panels, hand-held power
 * tools, cars), each in Chinese at 1280 px through the whole wizard, and in English at 390 px from
 * the result link. On each result: the one-sentence answer is on the first screen, says what the
 * sources say, no internal locator is visible outside the data-details disclosure, no horizontal
 * scroll, and axe-core finds nothing (snap). Run alone: `node --import tsx test/e2e/run.ts --only journeys`.
 */
import type { Browser, Page } from 'playwright-core';
import { encodeAnswers, type WizardAnswers } from '../../domain/wizard/index.js';
import { check, snap } from './checks.js';
import { texts } from './wizard-flow.js';

type Origin =
  { wholly: true } | { wholly: false; share: number } | { bom: { hs: string; origin: string; value: string }[] };

interface Journey {
  name: string;
  /** what the firm types, and the heading the first suggestion must be */
  query: string;
  heading: string;
  dest: 'TH' | 'JP' | 'VN' | 'KR' | 'AU' | 'ID';
  /** the national line to pick, or the HS code to keep ("not sure") */
  line: string;
  origin: Origin;
  /** texts the first-screen answer must hold (zh, en), from the sources cited */
  zh: string[];
  en: string[];
  /** the typed product code when the search term is not what we pick (榨菜 -> 2005.99) */
  code?: string;
}

const JOURNEYS: Journey[] = [
  {
    // kcs/kcs-2025-th.csv row 18092: 87141010 Saddles, 기본세율 30%; its RCEP column (30%) is the rate
    // granted to Korea, so Thailand's RCEP rate for goods of China is not in the data
    name: 'motorcycle-parts-TH',
    query: '摩托车零件',
    heading: '8714',
    dest: 'TH',
    line: '87141010',
    origin: { wholly: false, share: 45 },
    zh: ['泰国对中国货物的 RCEP 税率不在现有数据中（最惠国税率 30%）', '预裁定'],
    en: ['The RCEP rate of Thailand for goods of China is not in the data (MFN rate 30%)', 'advance ruling'],
  },
  {
    // jp/j_85_tariff_data.json 8508.11 (基本 無税, WTO協定 (無税)); 8508.11-010 EPA_RCEP_中国 無税
    name: 'vacuum-cleaner-JP',
    query: '吸尘器',
    heading: '8508',
    dest: 'JP',
    line: '850811010',
    origin: {
      bom: [
        { hs: '8501.40', origin: 'JP', value: '30' },
        { hs: '3926.90', origin: 'CN', value: '20' },
        { hs: '8421.39', origin: 'US', value: '10' },
      ],
    },
    zh: ['RCEP 免税，最惠国 免税', '出口到日本用 RCEP 没有关税上的好处'],
    en: ['RCEP Free, MFN Free', 'RCEP brings no tariff gain in Japan'],
  },
  {
    // jp/j_20_tariff_data.json, the 11 lines of 2005.99: EPA_RCEP_中国 5.5 % (230) … 10.6 % (220);
    // MFN (WTO協定, else 基本) 9 % (999) … 23.8 % (119)
    name: 'zhacai-JP-not-sure',
    query: '榨菜',
    heading: '2005',
    code: '2005.99',
    dest: 'JP',
    line: '200599',
    origin: { wholly: false, share: 60 },
    zh: ['该编码下有 11 个日本税号：RCEP 5.5%–10.6%，最惠国 9%–23.8%'],
    en: ['This code has 11 national lines in Japan: RCEP 5.5%–10.6%, MFN 9%–23.8%'],
  },
  {
    // vn/vn_tariff_2026_mfn_acfta_rcep.csv line 819: 08051010 fresh, mfn 20.0, acfta 0.0, rcep 10.0
    name: 'citrus-VN-wholly',
    query: '柑橘',
    heading: '0805',
    dest: 'VN',
    line: '08051010',
    origin: { wholly: true },
    zh: ['RCEP 10%，最惠国 20%', '中国—东盟自贸协定（ACFTA）为 免税，更优'],
    en: ['RCEP 10%, MFN 20%', 'the China–ASEAN FTA (ACFTA) gives Free, which is better'],
  },
  {
    // vn/vn_tariff_2026_mfn_acfta_rcep.csv line 7030: 76042910 extruded bars and rods, mfn 5.0, acfta 0.0, rcep 0.0
    name: 'aluminium-bars-VN',
    query: '铝合金棒',
    heading: '7604',
    dest: 'VN',
    line: '76042910',
    origin: { wholly: false, share: 45 },
    zh: ['RCEP 免税，最惠国 5%'],
    en: ['RCEP Free, MFN 5%'],
  },
  {
    // kr/kr-tariff-2026.tsv line 9640: 8524111000 flat panel modules for portable computers,
    // basic 8.0 (C 13.0, the lower applies), RCEP 4.0 -> on US$10,000: 800 - 400 = US$400
    name: 'lcd-panel-KR',
    query: '液晶面板',
    heading: '8524',
    dest: 'KR',
    line: '8524111000',
    origin: { wholly: false, share: 45 },
    zh: ['RCEP 4%，最惠国 8%：这票货可少缴关税 US$400.00'],
    en: ['RCEP 4%, MFN 8%: you pay $400.00 less duty on this shipment'],
  },
  {
    // kcs/kcs-2025-au.csv row 9320: 84672100 drills of all kinds, 기본세율 5%; no RCEP rate for China in the data
    name: 'power-tools-AU',
    query: '手持电动工具',
    heading: '8467',
    dest: 'AU',
    line: '84672100',
    origin: { wholly: false, share: 45 },
    zh: ['澳大利亚对中国货物的 RCEP 税率不在现有数据中（最惠国税率 5%）'],
    en: ['The RCEP rate of Australia for goods of China is not in the data (MFN rate 5%)'],
  },
  {
    // kcs/kcs-2025-id.csv row 14344: 87032112, 기본세율 10%; the RCEP column (6%) is Korea's
    name: 'car-ID',
    query: '汽车',
    heading: '8703',
    dest: 'ID',
    line: '87032112',
    origin: { wholly: false, share: 45 },
    zh: ['印度尼西亚对中国货物的 RCEP 税率不在现有数据中（最惠国税率 10%）'],
    en: ['The RCEP rate of Indonesia for goods of China is not in the data (MFN rate 10%)'],
  },
];

const LOCATOR = /@\d+\/\d+|kr-rcep-psr|row \d+/;

async function checkResult(page: Page, name: string, expected: string[], dir: string, heading: string) {
  const box = page.getByTestId('first-answer');
  await box.waitFor({ timeout: 90_000 });
  const text = (await box.textContent()) ?? '';
  for (const e of expected) check(text.includes(e), `${name}: first answer lacks "${e}" (has "${text}")`);
  const bb = await box.boundingBox();
  const vh = page.viewportSize()?.height ?? 0;
  check(
    bb && bb.y + bb.height <= vh,
    `${name}: the one-sentence answer is not on the first screen (${bb?.y}+${bb?.height} > ${vh})`,
  );
  // innerText leaves out what is not rendered: closed <details> and the print-only slip
  const visible = await page.evaluate(() => document.body.innerText);
  const m = LOCATOR.exec(visible);
  check(!m, `${name}: internal locator visible outside the data details: "${m?.[0]}"`);
  check(!/Rate\s*\|\s*Rate/.test(visible), `${name}: header reads "Rate | Rate"`);
  const vw = page.viewportSize()?.width ?? 0;
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  check(sw <= vw + 1, `${name}: page is ${sw}px wide at ${vw}px`);
  await page.screenshot({ path: `${dir}/journey-${name}-first-screen.png` });
  await snap(page, dir, `journey-${name}`);
  void heading;
}

async function wizard(page: Page, base: string, j: Journey, root: string, dir: string) {
  const t = texts(root, 'zh-CN');
  const go = () => page.getByRole('button', { name: t('common.continue') }).click();
  await page.goto(`${base}/check/product?lang=zh-CN`);
  const box = page.getByRole('combobox', { name: t('wizard.product.heading') });
  await box.fill(j.query);
  const first = page.getByRole('option').first();
  await first.waitFor({ timeout: 30_000 });
  const firstText = (await first.textContent()) ?? '';
  check(
    firstText.startsWith(j.heading),
    `${j.name}: first suggestion for ${j.query} is "${firstText.slice(0, 40)}", not ${j.heading}`,
  );
  await snap(page, dir, `journey-${j.name}-search`);
  if (j.code) await box.fill(j.code);
  else await first.click();
  await go();
  await page.waitForURL(/\/check\/destination/);
  await page.getByRole('radio', { name: new RegExp(t(`parties.${j.dest}`)) }).check();
  await go();
  await page.waitForURL(/\/check\/line/);
  const radio = page.locator(`input[type=radio][value="${j.line}"]`);
  await radio.waitFor({ timeout: 30_000 });
  await snap(page, dir, `journey-${j.name}-line`);
  await radio.check();
  await go();
  await page.waitForURL(/\/check\/origin-method/);
  const bom = 'bom' in j.origin;
  await page.getByRole('radio', { name: new RegExp(t(`wizard.originMethod.${bom ? 'bom' : 'quick'}`)) }).check();
  await go();
  if ('bom' in j.origin) {
    await page.waitForURL(/\/check\/origin-bom/);
    await page.getByRole('textbox', { name: t('wizard.originBom.fob') }).fill('100');
    for (const [i, m] of j.origin.bom.entries()) {
      if (i > 0) await page.getByRole('button', { name: t('wizard.originBom.addRow') }).click();
      await page
        .getByRole('textbox', { name: t('wizard.originBom.hs') })
        .nth(i)
        .fill(m.hs);
      await page
        .getByRole('combobox', { name: t('wizard.originBom.origin') })
        .nth(i)
        .fill(m.origin);
      await page
        .getByRole('textbox', { name: t('wizard.originBom.value'), exact: true })
        .nth(i)
        .fill(m.value);
    }
  } else {
    await page.waitForURL(/\/check\/origin-quick/);
    await page.getByRole('radio', { name: t(j.origin.wholly ? 'common.yes' : 'common.no'), exact: true }).check();
    if (!j.origin.wholly) {
      check(
        !(await page.getByRole('textbox', { name: t('wizard.originQuick.share') }).isHidden()),
        `${j.name}: no share field after "no"`,
      );
      await page.getByRole('textbox', { name: t('wizard.originQuick.share') }).fill(String(j.origin.share));
    } else {
      check(
        (await page.getByRole('textbox', { name: t('wizard.originQuick.share') }).count()) === 0,
        `${j.name}: a share is still asked after "wholly obtained = yes"`,
      );
    }
    await snap(page, dir, `journey-${j.name}-origin`);
  }
  await go();
  await page.waitForURL(/\/check\/shipment/);
  await page.getByRole('textbox', { name: t('wizard.shipment.value') }).fill('10000');
  await go();
  await page.waitForURL(/\/check\/check-answers/);
  await page.getByRole('button', { name: t('wizard.checkAnswers.submit') }).click();
  await page.waitForURL(/\/result\?/);
}

function answersOf(j: Journey): WizardAnswers {
  const o = j.origin;
  return {
    product: { code: (j.code ?? j.heading).replace(/\D/g, '') },
    destination: { dest: j.dest },
    line: { code: j.line },
    ...('bom' in o
      ? {
          'origin-method': { method: 'bom' as const },
          'origin-bom': {
            fob: 100,
            materials: o.bom.map((m) => ({ hs: m.hs.replace(/\D/g, ''), origin: m.origin, value: Number(m.value) })),
          },
        }
      : {
          'origin-method': { method: 'quick' as const },
          'origin-quick': o.wholly ? { share: 100, wholly: true } : { share: o.share, wholly: false },
        }),
    shipment: { date: new Date().toISOString().slice(0, 10), value: 10000, currency: 'USD' },
  } as WizardAnswers;
}

export async function runJourneys(browser: Browser, base: string, dir: string, root: string, only?: string) {
  for (const j of JOURNEYS) {
    if (only && !`journeys ${j.name}`.includes(only)) continue;
    {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      const page = await ctx.newPage();
      try {
        await wizard(page, base, j, root, dir);
        await checkResult(page, `${j.name}-zh-1280`, j.zh, dir, j.heading);
      } catch (e) {
        check(false, `${j.name} zh: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      await ctx.close();
    }
    {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en' });
      const page = await ctx.newPage();
      try {
        await page.goto(`${base}/result?${encodeAnswers(answersOf(j))}&lang=en`);
        await checkResult(page, `${j.name}-en-390`, j.en, dir, j.heading);
      } catch (e) {
        check(false, `${j.name} en: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      await ctx.close();
    }
  }
}
