import { expect, test } from '@playwright/test';

test('a wrong login answers in the language the UI is switched to', async ({ page }) => {
  await page.goto('/masuk');
  const form = page.locator('form.login-form');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await form.getByLabel('Username').fill('tidak-ada');
  await form.getByLabel('Password').fill('kata-sandi-salah');
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Incorrect username or password');

  // Chromium here sends Accept-Language en-US; the Indonesian UI must still get Indonesian.
  await page.getByRole('button', { name: 'ID', exact: true }).click();
  await form.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah');
});
