import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, signedInApi } from './accounts.ts';
import { trpcMutate, trpcQuery } from './trpc-api.ts';
import { startServer } from './server-process.ts';

declare global {
  interface Window {
    /** Set by the recovery test; survives only if the page never reloads. */
    __displaySameDocument?: boolean;
  }
}

/** The port of the server the recovery test starts, stops and starts again itself. */
const OWN_SERVER_PORT = 3212;

const WALL = { width: 1920, height: 1080 };

/** A new display token, made by the admin as on the admin page. */
async function createDisplayToken(admin: APIRequestContext): Promise<string> {
  const created = await trpcMutate<{ token: string }>(admin, 'displayTokens.create', {
    label: 'Layar lobi Balai Kota (e2e)',
  });
  return created.token;
}

/** The progress bars of one program's tile on the display board. */
const tileBars = (page: Page, id: string) =>
  page
    .locator(`[data-testid="display-program-tile"][data-program-id="${id}"]`)
    .getByRole('progressbar');

/** Anything that would interrupt a wall display: alerts and dialogs. */
const interruptions = (page: Page) =>
  page.locator('[role="alert"], [role="alertdialog"], [role="dialog"]').filter({ visible: true });

test('a display link opens the program board without a login', async ({ browser, baseURL }) => {
  const admin = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  const token = await createDisplayToken(admin);
  await admin.dispose();

  const context = await browser.newContext({ viewport: WALL });
  const page = await context.newPage();
  await page.goto(`/layar?token=${encodeURIComponent(token)}&tampilan=board`);

  await expect(page.getByTestId('display-program-tile')).toHaveCount(11);
  await expect(page.getByTestId('display-program-tile').first()).toContainText(
    'Revitalisasi Pasar Besar',
  );
  await expect(page.getByTestId('display-clock')).toContainText(/\d{2}\.\d{2} WIB/);
  await expect(page.getByTestId('display-data-as-of')).toHaveText(/^Data per \d{2}\.\d{2} WIB$/);
  await expect(page.getByTestId('display-connection')).toHaveAttribute('data-state', 'live');
  await expect(page.locator('form.login-form')).toHaveCount(0);
  await expect(page.getByLabel('Kata sandi')).toHaveCount(0);
  await expect(interruptions(page)).toHaveCount(0);

  // Space pauses the rotation and resumes it; it is never a page scroll.
  const rotation = page.getByTestId('display-rotation');
  await page.keyboard.press('Space');
  await expect(rotation).toHaveAttribute('data-paused', 'true');
  await page.keyboard.press('Space');
  await expect(rotation).toHaveAttribute('data-paused', 'false');
  await context.close();
});

test('the display comes back after a server restart and shows a later update', async ({
  browser,
}) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peta-e2e-display-'));
  let server = await startServer(OWN_SERVER_PORT, dataDir);
  const { origin } = server;
  try {
    const admin = await signedInApi(origin, 'admin', E2E_ADMIN_PASSWORD);
    const token = await createDisplayToken(admin);

    const context = await browser.newContext({ baseURL: origin, viewport: WALL });
    const page = await context.newPage();
    await page.goto(`/layar?token=${encodeURIComponent(token)}&tampilan=board`);
    await expect(page.getByTestId('display-program-tile')).toHaveCount(11);
    await expect(page.getByTestId('display-connection')).toHaveAttribute('data-state', 'live');
    await page.evaluate(() => {
      window.__displaySameDocument = true;
    });

    await server.stop();
    await expect(page.getByTestId('display-connection')).toHaveAttribute('data-state', 'lost');
    // The board stays up with the last data while the server is away.
    await expect(page.getByTestId('display-program-tile')).toHaveCount(11);

    server = await startServer(OWN_SERVER_PORT, dataDir);
    // The session (and the admin's) lives in the database, which the restart kept.
    const { version } = await trpcQuery<{ version: number }>(admin, 'programs.byId', { id: 'tps' });
    await trpcMutate(admin, 'programs.update', {
      id: 'tps',
      expectedVersion: version,
      physicalProgress: 87,
      note: 'Uji layar setelah server dinyalakan ulang',
    });
    await admin.dispose();

    await expect(tileBars(page, 'tps').first()).toHaveAttribute('aria-valuenow', '87', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('display-connection')).toHaveAttribute('data-state', 'live');
    await expect(page.getByTestId('display-data-as-of')).toHaveAttribute('data-stale', 'false');
    await expect(interruptions(page)).toHaveCount(0);
    await expect(page.locator('form.login-form')).toHaveCount(0);
    // Recovered in place: the page was never reloaded.
    expect(await page.evaluate(() => window.__displaySameDocument)).toBe(true);
    await context.close();
  } finally {
    await server.stop();
  }
});

test('the views rotate on the timer; revoking the token ends in the calm message', async ({
  browser,
  baseURL,
}) => {
  const admin = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  const created = await trpcMutate<{ id: number; token: string }>(admin, 'displayTokens.create', {
    label: 'Layar rotasi (e2e)',
  });
  const context = await browser.newContext({ viewport: WALL });
  const page = await context.newPage();
  await page.goto(
    `/layar?token=${encodeURIComponent(created.token)}&tampilan=board,poverty,program:tps&detik=5`,
  );
  const stage = page.getByTestId('display-stage');
  await expect(stage).toHaveAttribute('data-view', 'board');
  await expect(page.getByTestId('display-program-tile')).toHaveCount(11);
  // Each view after 5 s, then round again to the first.
  await expect(stage).toHaveAttribute('data-view', 'layer:poverty', { timeout: 10_000 });
  await expect(page.getByTestId('display-map')).toHaveAttribute('data-layer', 'poverty');
  await expect(stage).toHaveAttribute('data-view', 'program:tps', { timeout: 10_000 });
  await expect(page.getByTestId('display-program-view')).toHaveAttribute('data-program-id', 'tps');
  await expect(stage).toHaveAttribute('data-view', 'board', { timeout: 10_000 });

  await trpcMutate(admin, 'displayTokens.revoke', { id: created.id });
  await admin.dispose();
  await expect(page.getByTestId('display-message')).toContainText(
    'Tautan layar ini tidak berlaku lagi',
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('display-program-tile')).toHaveCount(0);
  await expect(interruptions(page)).toHaveCount(0);
  await context.close();
});

test('a link with a wrong or missing token shows one calm message', async ({ browser }) => {
  const context = await browser.newContext({ viewport: WALL });
  const page = await context.newPage();
  await page.goto('/layar?token=bukan-token-yang-benar&tampilan=board');
  const message = page.getByTestId('display-message');
  await expect(message).toContainText('Tautan layar ini tidak berlaku lagi');
  await expect(message).toContainText('Bappeda');
  await expect(page.getByTestId('display-clock')).toBeVisible();
  await expect(page.locator('form.login-form')).toHaveCount(0);
  await expect(interruptions(page)).toHaveCount(0);

  await page.goto('/layar');
  await expect(message).toContainText('Tautan layar ini tidak lengkap');
  await expect(interruptions(page)).toHaveCount(0);

  // `bahasa=en` shows the screen in English without changing the device's language.
  await page.goto('/layar?token=bukan-token-yang-benar&bahasa=en');
  await expect(message).toContainText('This display link is no longer valid');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/layar?token=bukan-token-yang-benar');
  await expect(message).toContainText('Tautan layar ini tidak berlaku lagi');
  await context.close();
});
