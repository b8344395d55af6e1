import type { Page } from 'playwright-core';
import { ADMIN, must, signInAs, t } from './staff-kit.js';

/**
 * Statistics say where verdicts fail. Two SYNTHETIC quick checks of 87.01 for New Zealand are
 * stored through the public API, each claiming 'originating'; the rule (Annex 3A, KR statute line 1998) is RVC40,
 * so shares 32.5 and 38 fall 7.5 and 2 points short: median (2 + 7.5) / 2 = 4.75, one in 0-5, one in 5-10.
 */
export async function staffStatsRuleFailures(page: Page, base: string): Promise<void> {
  for (const share of [32.5, 38]) {
    const r = await page.request.post(`${base}/api/v1/enquiries`, {
      data: {
        answers: { code: '8701.21', dest: 'NZ', date: '2026-11-24', origin: { mode: 'quick', share, wholly: false } },
        summary: { verdict: 'originating' },
      },
    });
    must(r.status() === 201, `enquiry not stored: ${r.status()}`);
  }
  await signInAs(page, base, ADMIN);
  await page.goto(`${base}/staff/stats?lang=en`);
  const table = page.getByRole('table', { name: t('statsRuleFailures.caption') });
  const row = table
    .getByRole('row')
    .filter({ hasText: t('statsRuleFailures.rule.RVC', { threshold: 40 }) })
    .filter({ hasText: '(NZ)' });
  await row.waitFor();
  const text = await row.innerText();
  for (const want of [
    t('statsRuleFailures.measure.points', { value: 4.75 }),
    t('statsRuleFailures.band.points', { band: '0-5', n: 1 }),
    t('statsRuleFailures.band.points', { band: '5-10', n: 1 }),
  ])
    must(text.includes(want), `stats row lacks "${want}": ${text}`);
  const csv = await page.request.get(`${base}/api/v1/staff/stats-export`);
  const lines = (await csv.text()).split(/\r?\n/);
  must(lines.includes('rule-failed,RVC40/87/NZ,,2'), 'CSV lacks rule-failed,RVC40/87/NZ,,2');
  must(lines.includes('rule-failed-median-short-points,RVC40/87/NZ,,4.75'), 'CSV lacks the median shortfall');
  // a period that starts tomorrow (UTC) holds none of them: the page and its CSV link follow the period
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(t('stats.from')).fill(tomorrow);
  await page.getByRole('button', { name: t('stats.show'), exact: true }).click();
  await page.getByText(t('stats.checks', { count: 0 }), { exact: true }).waitFor();
  await page.getByText(t('statsRuleFailures.none')).waitFor();
  const href = await page.getByRole('link', { name: t('stats.exportCsv') }).getAttribute('href');
  // the link also names the language its labels are written in (lang=…)
  must(new URL(href ?? '', base).searchParams.get('from') === tomorrow, `CSV link does not carry the period: ${href}`);
  // a reversed period is refused with a reason, not queried
  await page.getByLabel(t('stats.to')).fill(new Date().toISOString().slice(0, 10));
  await page.getByRole('button', { name: t('stats.show'), exact: true }).click();
  await page.getByRole('alert').getByText(t('stats.period-reversed')).waitFor();
  must(!(await page.getByText(t('stats.checks', { count: 2 })).isVisible()), 'figures shown for a reversed period');
}
