import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

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

export function check(cond: unknown, what: string): void {
  if (cond) report.passed++;
  else report.failures.push(what);
}

export function p95(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}
