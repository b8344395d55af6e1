/** What every staff flow needs: the repository root, the staff locale, the accounts and signing in. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
const en = JSON.parse(readFileSync(join(root, 'client/src/features/staff/locales/en.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;
export const t = (key: string, vars: Record<string, string | number> = {}) =>
  String(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en)).replace(
    /\{\{(\w+)\}\}/g,
    (_, v: string) => String(vars[v]),
  );
export { must } from './checks.js';

export const ADMIN = {
  username: process.env.E2E_ADMIN_USER ?? 'e2e-admin',
  password: process.env.E2E_ADMIN_PASSWORD ?? '',
};
export const CLERK = { username: 'e2e-clerk', password: 'counter clerk password 1' };

export async function signInAs(page: Page, base: string, who: { username: string; password: string }): Promise<void> {
  await page.goto(`${base}/staff/sign-in?lang=en`);
  await page.getByLabel(t('signIn.username')).fill(who.username);
  await page.getByLabel(t('signIn.password')).fill(who.password);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await page.getByRole('button', { name: t('nav.signOut') }).waitFor();
}
