import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Report {
  steps: { name: string; violations: { id: string; impact?: string | null; nodes: number }[] }[];
  failures: string[];
  searchMs: number[];
  notes: string[];
  /** checks that held (each check() and each page scanned clean) */
  passed: number;
}

export const report: Report = { steps: [], failures: [], searchMs: [], notes: [], passed: 0 };

export function artifactsDir(root: string): string {
  const d = join(root, 'test-artifacts/e2e');
  mkdirSync(d, { recursive: true });
  return d;
}

/** Screenshot + axe-core scan of the current page; violations are recorded as failures. */
export async function snap(page: Page, dir: string, name: string): Promise<void> {
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  const res = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const v = res.violations.map((x) => ({ id: x.id, impact: x.impact, nodes: x.nodes.length }));
  report.steps.push({ name, violations: v });
  if (v.length === 0) report.passed++;
  for (const x of res.violations)
    report.failures.push(
      `${name}: axe ${x.id} (${x.impact}) on ${x.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
    );
}

/**
 * The one way e2e flows assert: every check is counted in the report. `check` records and lets the flow
 * go on (later steps do not depend on it); `must` records and stops the flow, for a step the rest needs.
 * The runner catches the stop without recording it twice.
 */
export function check(cond: unknown, what: string): boolean {
  if (cond) report.passed++;
  else report.failures.push(what);
  return !!cond;
}

export class FlowStopped extends Error {}

export function must(cond: unknown, what: string): void {
  if (!check(cond, what)) throw new FlowStopped(what);
}

/** a flow's thrown error as a failure line, unless `must` has recorded it already */
export function recordThrown(flow: string, e: unknown): void {
  if (e instanceof FlowStopped) return;
  report.failures.push(`${flow}: ${e instanceof Error ? e.message.split('\n').slice(0, 4).join(' ') : String(e)}`);
}

/** a browser context and page for one flow, with the page's script errors collected */
export async function openPage(
  browser: Browser,
  opts: { width: number; height: number; locale: 'zh-CN' | 'en'; isMobile?: boolean; downloads?: boolean },
): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    locale: opts.locale,
    isMobile: opts.isMobile,
    acceptDownloads: opts.downloads,
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { ctx, page, errors };
}

export function p95(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}
