/**
 * End-to-end browser suite: real headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) against the real server and the built client.
 *   node --import tsx test/e2e/run.ts [--base-url http://host:port] [--chromium /path]
 * Without --base-url it builds nothing: it needs client/dist (npm run build) and starts
 * `server/index.ts` itself on a free port with a throwaway data dir, and stops it at the end.
 * Completes the wizard for JP and VN in zh-CN and en (one run at 360 px wide, one with a bill of
 * materials), prints the result to PDF (A4, one page) and downloads the react-pdf PDF, then cuts
 * the network and completes it again. Then the staff flows (test/e2e/staff-flows.ts) with a
 * first admin created by `rcep admin create` in the throwaway data dir. axe-core on every step;
 * screenshots in test-artifacts/e2e/.
 * Exit code 1 on any failure; the last line is the summary.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { artifactsDir, check, openPage, p95, recordThrown, report, snap } from './checks.js';
import { startServer, type RunningServer } from './server.js';
import { createFirstAdmin, runStaffFlows } from './staff-run.js';
import { completeWizard, texts } from './wizard-flow.js';
import { runJourneys } from './journeys-flow.js';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const exe = arg('--chromium') ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function main(): Promise<number> {
  if (!exe) {
    console.error('e2e: Chromium not found (apt-get install -y chromium); failing rather than skipping');
    return 1;
  }
  const dir = artifactsDir(root);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const t0 = Date.now();
  try {
    // the first admin is created with the real CLI in the server's data dir before the server starts
    const base = arg('--base-url') ?? (server = await startServer(root, (d) => createFirstAdmin(root, d))).url;
    browser = await chromium.launch({ executablePath: exe, args: ARGS });

    // --only <text>: just the staff flows whose name contains <text> (for working on one flow)
    const only = arg('--only');
    if (!only) await runWizardFlows(browser, base, dir);
    // the eight journeys of the catalogue's goods (test/e2e/journeys-flow.ts); --only journeys runs just them
    if (!only || only.startsWith('journeys')) await runJourneys(browser, base, dir, root, only);
    // 5. staff flows (counter, workshop, feedback, data upkeep); with --base-url the admin
    // must exist already (E2E_ADMIN_USER / E2E_ADMIN_PASSWORD)
    await runStaffFlows(browser, base, dir, only);
  } catch (e) {
    report.failures.push(`crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
  return summarise(t0, dir);
}

/** 1–4: the public wizard in Chinese and English, desktop and 360 px */
async function runWizardFlows(browser: Browser, base: string, dir: string): Promise<void> {
  // 1. Japan, Chinese, quick origin; then print, PDF, in-page search timing; then offline.
  const { ctx, page, errors } = await openPage(browser, { width: 1024, height: 900, locale: 'zh-CN', downloads: true });
  try {
    await completeWizard(page, {
      root,
      base,
      dir,
      name: 'jp-zh',
      lang: 'zh-CN',
      dest: 'JP',
      product: '8509.80',
      origin: 'quick',
    });
    await printSaveSearchOffline(page, ctx, base, dir);
  } catch (e) {
    recordThrown('jp-zh', e);
  }
  check(errors.length === 0, `jp-zh: page errors: ${errors.slice(0, 3).join(' | ')}`);
  await ctx.close();

  // 2. Japan, English, bill of materials; 3. Viet Nam, Chinese, at 360 px; 4. Viet Nam, English
  const runs = [
    { name: 'jp-en', lang: 'en', dest: 'JP', origin: 'bom', width: 1024, height: 900 },
    { name: 'vn-zh-360', lang: 'zh-CN', dest: 'VN', origin: 'quick', width: 360, height: 740, isMobile: true },
    { name: 'vn-en', lang: 'en', dest: 'VN', origin: 'quick', width: 1024, height: 900 },
  ] as const;
  for (const r of runs) {
    const {
      ctx: c,
      page: p,
      errors: errs,
    } = await openPage(browser, {
      width: r.width,
      height: r.height,
      locale: r.lang,
      isMobile: 'isMobile' in r ? r.isMobile : undefined,
    });
    try {
      await completeWizard(p, {
        root,
        base,
        dir,
        name: r.name,
        lang: r.lang,
        dest: r.dest,
        product: '8509.80',
        origin: r.origin,
      });
    } catch (e) {
      recordThrown(r.name, e);
    }
    check(errs.length === 0, `${r.name}: page errors: ${errs.slice(0, 3).join(' | ')}`);
    await c.close();
  }
}

/** after the jp-zh result: print to one A4 page, the PDF download, save, in-page search timing, then offline */
async function printSaveSearchOffline(page: Page, ctx: BrowserContext, base: string, dir: string): Promise<void> {
  const printed = join(dir, 'jp-zh-print.pdf');
  await page
    .waitForSelector('.print-sheet img', { state: 'attached', timeout: 10_000 })
    .catch(() => check(false, 'print: no QR code'));
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(dir, 'jp-zh-print.png'), fullPage: true });
  await page.pdf({ path: printed, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: null });
  const pages = (readFileSync(printed, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  check(pages === 1, `print: the printed result has ${pages} pages, not 1`);

  const zh = texts(root, 'zh-CN');
  const dl = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: zh('result.actions.pdf') }).click();
  try {
    const d = await dl;
    const file = join(dir, 'jp-zh-result.pdf');
    await d.saveAs(file);
    const pdf = readFileSync(file, 'latin1');
    check(
      pdf.startsWith('%PDF') && /FontFile2|NotoSansSC/.test(pdf),
      'pdf: download is not a PDF with the embedded Noto Sans SC font',
    );
    report.notes.push(`react-pdf download: ${pdf.length} bytes`);
  } catch (e) {
    const status = await page.getByRole('status').allTextContents();
    check(
      false,
      `pdf: no download (${String(e).split('\n')[0]}; page says: ${status.join(' ').trim()}). react-pdf needs ` +
        `script-src 'wasm-unsafe-eval' and worker-src blob: in the server CSP (server/http/security.ts)`,
    );
  }
  await page.getByRole('button', { name: zh('result.actions.save') }).click();

  // in-page search p95 on the Japan pack (destination known: national lines included)
  await page.goto(`${base}/check/product?change=1`);
  const box = page.getByRole('combobox');
  await box.waitFor();
  // wait until the device's search answers (its index is built) rather than for a fixed time
  await box.fill('8509');
  await page.getByRole('option').first().waitFor({ timeout: 30_000 });
  await page.evaluate(() => performance.clearMeasures('rcep-search'));
  for (const q of [
    '电动器具',
    'vacuum cleaner',
    '8509',
    '6109.10',
    '榨菜',
    'laptop',
    '手持式电动工具',
    'motor cycles',
  ]) {
    await box.fill('');
    await box.pressSequentially(q, { delay: 20 });
  }
  report.searchMs = await page.evaluate(() => performance.getEntriesByName('rcep-search').map((e) => e.duration));
  check(report.searchMs.length > 20, `search timing: only ${report.searchMs.length} searches measured`);

  // saved enquiries page
  await page.goto(`${base}/saved`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await snap(page, dir, 'saved');

  // network cut: the app shell from the service worker, the packs from IndexedDB
  const swReady = await page.evaluate(async () => !!(await navigator.serviceWorker?.ready)?.active);
  check(swReady, 'offline: no active service worker');
  await ctx.setOffline(true);
  await completeWizard(page, {
    root,
    base,
    dir,
    name: 'jp-zh-offline',
    lang: 'zh-CN',
    dest: 'JP',
    product: '8509.80',
    origin: 'quick',
  });
  check(
    await page.getByText(zh('common.offlineBadge'), { exact: true }).first().isVisible(),
    'offline: no offline badge on the result',
  );
  check(await page.getByText(zh('common.offlineNotice')).isVisible(), 'offline: no offline notice');
  // programmes matched on this device from the directory pack cached by the online run above
  const programmes = page.getByRole('region', { name: zh('result.programmes.heading') });
  check(
    await programmes
      .getByRole('heading', { level: 3 })
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false),
    'offline: no support programme listed on the result',
  );
  await ctx.setOffline(false);
}

function summarise(t0: number, dir: string): number {
  const summary = {
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - t0) / 1000),
    steps: report.steps.length,
    axeViolations: report.steps.reduce((n, s) => n + s.violations.length, 0),
    searchP95Ms: Number(p95(report.searchMs).toFixed(2)),
    searches: report.searchMs.length,
    failures: report.failures,
    notes: report.notes,
    perStep: report.steps,
  };
  writeFileSync(join(dir, 'report.json'), JSON.stringify(summary, null, 2) + '\n');
  for (const f of report.failures) console.error(`FAIL ${f}`);
  console.log(
    `e2e: ${summary.steps} pages scanned, ${summary.axeViolations} axe violations, search p95 ${summary.searchP95Ms} ms over ${summary.searches}, ` +
      `${report.failures.length === 0 ? 'all passed' : `${report.failures.length} failed`} (${summary.seconds} s)`,
  );
  // the plain closing line npm test adds to its total
  console.log(`e2e: ${report.passed} passed, ${report.failures.length} failed`);
  return report.failures.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
