import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, ensureUser, signedInApi, signInThroughForm } from './accounts.ts';

const OPD = {
  username: 'dlh-e2e',
  password: 'kata-sandi-dlh-e2e',
  role: 'opd',
  opd: 'DLH',
} as const;
const VIEWER = {
  username: 'pembaca-e2e',
  password: 'kata-sandi-pembaca-e2e',
  role: 'viewer',
} as const;

declare global {
  interface Window {
    /** Set by the test; survives only if the page never reloads. */
    __sameDocument?: boolean;
  }
}

async function signedInPage(browser: Browser, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInThroughForm(page, username, password);
  return page;
}

test.beforeAll(async ({ baseURL }) => {
  const admin = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  await ensureUser(admin, OPD);
  await ensureUser(admin, VIEWER);
  await admin.dispose();
});

test('an OPD update reaches a viewer’s open board without a reload', async ({ browser }) => {
  const viewer = await signedInPage(browser, VIEWER.username, VIEWER.password);
  await viewer.goto('/program');
  const card = viewer.locator('[data-testid="program-card"][data-program-id="tps"]');
  await expect(card).toBeVisible();
  await expect(viewer.getByTestId('program-card')).toHaveCount(11);
  await expect(viewer.getByTestId('live-status')).toHaveAttribute('data-state', 'live');
  await viewer.evaluate(() => {
    window.__sameDocument = true;
  });

  const opd = await signedInPage(browser, OPD.username, OPD.password);
  await opd.goto('/program/tps');
  const form = opd.getByTestId('update-form');
  await form.getByLabel('Progres fisik (%)').fill('73');
  await form.getByLabel('Catatan').fill('TPS Merjosari rampung; uji e2e');
  await form.getByRole('button', { name: 'Simpan pembaruan' }).click();
  await expect(form).toContainText('Pembaruan tersimpan');
  await expect(opd.getByTestId('history-entry').first()).toContainText('TPS Merjosari rampung');

  await expect(card.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', '73', {
    timeout: 5_000,
  });
  expect(await viewer.evaluate(() => window.__sameDocument)).toBe(true);
});

test('a viewer sees programs read-only', async ({ browser }) => {
  const viewer = await signedInPage(browser, VIEWER.username, VIEWER.password);
  await viewer.goto('/program/pasar-besar');
  await expect(viewer.getByTestId('program-header')).toContainText('Revitalisasi Pasar Besar');
  await expect(viewer.getByTestId('update-form')).toHaveCount(0);
});
