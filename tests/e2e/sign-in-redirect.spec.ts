import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './accounts.ts';

test('signing in with a disguised off-site next= stays on this site', async ({ page, baseURL }) => {
  const offSite: string[] = [];
  await page.route(
    (url) => url.hostname === 'evil.example',
    async (route) => {
      offSite.push(route.request().url());
      await route.abort();
    },
  );
  // "/\t/evil.example": browsers drop the tab and read "//evil.example" as another host.
  const hostile = '/masuk?next=%2F%09%2Fevil.example';
  await page.goto(hostile);
  const form = page.locator('form.login-form');
  await form.getByLabel('Nama pengguna').fill('admin');
  await form.getByLabel('Kata sandi').fill(E2E_ADMIN_PASSWORD);
  await form.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL ?? ''}/program`);

  // Signed in, the login page offers a "continue" link to the same place, never off-site.
  await page.goto(hostile);
  await expect(page.getByRole('link', { name: 'Lanjutkan' })).toHaveAttribute('href', '/program');
  expect(offSite).toEqual([]);
});
