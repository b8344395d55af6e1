import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { check, recordThrown, report, snap } from './checks.js';
import { STAFF_FLOWS } from './staff-flows.js';
import { ADMIN } from './staff-kit.js';

/** Create the first admin in `dataDir` with the real CLI (`rcep admin create`), as an operator would. */
export function createFirstAdmin(root: string, dataDir: string): void {
  if (!ADMIN.password) ADMIN.password = `e2e-${randomBytes(12).toString('hex')}`;
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/cli/rcep.ts', 'admin', 'create', '--username', ADMIN.username, '--role', 'admin'],
    {
      cwd: root,
      env: { ...process.env, RCEP_DATA_DIR: dataDir, DATABASE_URL: '', RCEP_ADMIN_PASSWORD: ADMIN.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** Run every staff flow in its own browser context; each flow counts as one check, plus a scanned screenshot. */
export async function runStaffFlows(browser: Browser, base: string, dir: string, only?: string): Promise<void> {
  for (const [name, flow] of STAFF_FLOWS) {
    if (only && !name.includes(only)) continue;
    const ctx = await browser.newContext({
      viewport: { width: 1024, height: 900 },
      locale: 'en',
      acceptDownloads: true,
    });
    // the language a clerk picks is kept in localStorage; ?lang=en alone is lost when a page reloads itself
    await ctx.addInitScript(() => globalThis.localStorage?.setItem('lang', 'en'));
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const slug = name
      .replace(/^staff: /, 'staff-')
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase();
    const t0 = Date.now();
    try {
      await flow(page, base);
      check(true, name);
      await snap(page, dir, slug);
    } catch (e) {
      await page.screenshot({ path: join(dir, `${slug}-failed.png`), fullPage: true }).catch(() => undefined);
      recordThrown(name, e);
    }
    check(errors.length === 0, `${name}: page errors: ${errors.slice(0, 3).join(' | ')}`);
    report.notes.push(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await ctx.close();
  }
}
