import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, signedInApi, signInThroughForm } from './accounts.ts';
import { trpcMutate, trpcQuery } from './trpc-api.ts';

const THEMES = ['light', 'dark'] as const;

/** Pages a visitor reaches without an account, and what shows each is drawn. */
const PUBLIC_PAGES = [
  { path: '/?layers=poverty', ready: '[data-testid="map"][data-map-ready="true"]' },
  { path: '/program', ready: '[data-testid="program-card"]' },
  { path: '/program/tps', ready: '[data-testid="program-header"]' },
  { path: '/masuk', ready: 'form.login-form' },
] as const;

/** Pages behind the admin account. */
const ADMIN_PAGES = [{ path: '/admin', ready: '[data-testid="users-table"]' }] as const;

/** Ends the meetings left open, so `/rapat` opens on its start screen. */
async function endOpenMeetings(baseURL: string): Promise<void> {
  const admin = await signedInApi(baseURL, 'admin', E2E_ADMIN_PASSWORD);
  const meetings = await trpcQuery<{ id: number; endedAt: string | null }[]>(
    admin,
    'meetings.list',
  );
  for (const { id } of meetings.filter((m) => m.endedAt === null)) {
    await trpcMutate(admin, 'meetings.end', { id });
  }
  await admin.dispose();
}

/** A display link's token, made by the admin. */
async function displayToken(baseURL: string): Promise<string> {
  const admin = await signedInApi(baseURL, 'admin', E2E_ADMIN_PASSWORD);
  const { token } = await trpcMutate<{ token: string }>(admin, 'displayTokens.create', {
    label: 'Layar uji aksesibilitas (e2e)',
  });
  await admin.dispose();
  return token;
}

/** WCAG 2.1 A and AA findings of axe-core on what the page shows now, one line each. */
async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addInitScript((chosen) => {
        localStorage.setItem('peta.theme', chosen);
      }, theme);
    });

    for (const { path, ready } of PUBLIC_PAGES) {
      test(`${path} meets WCAG 2.1 AA (contrast included)`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator(ready).first()).toBeVisible();
        expect(await wcagViolations(page)).toEqual([]);
      });
    }

    for (const { path, ready } of ADMIN_PAGES) {
      test(`${path} meets WCAG 2.1 AA for the admin`, async ({ page }) => {
        await signInThroughForm(page, 'admin', E2E_ADMIN_PASSWORD);
        await page.goto(path);
        await expect(page.locator(ready).first()).toBeVisible();
        expect(await wcagViolations(page)).toEqual([]);
      });
    }

    test('/rapat meets WCAG 2.1 AA: start screen and a program step', async ({ page, baseURL }) => {
      await endOpenMeetings(baseURL ?? '');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await signInThroughForm(page, 'admin', E2E_ADMIN_PASSWORD, '/rapat');
      await expect(page.getByTestId('meeting-start')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Mulai rapat' }).click();
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('meeting-step')).toHaveAttribute('data-step-kind', 'program');
      expect(await wcagViolations(page)).toEqual([]);
      await endOpenMeetings(baseURL ?? '');
    });

    test('/layar meets WCAG 2.1 AA on the board and a map view', async ({ page, baseURL }) => {
      const token = encodeURIComponent(await displayToken(baseURL ?? ''));
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`/layar?token=${token}&tampilan=board`);
      await expect(page.getByTestId('display-program-tile')).toHaveCount(11);
      expect(await wcagViolations(page)).toEqual([]);

      await page.goto(`/layar?token=${token}&tampilan=poverty`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
      await expect(page.getByTestId('legend-poverty')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
}

test('the theme switch changes the page and the map, and is remembered', async ({ page }) => {
  await page.goto('/?layers=poverty');
  await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-map-ready', 'true');
  const background = () =>
    page.evaluate(() => window.__peta?.map.getPaintProperty('background', 'background-color'));
  const lightBackground = await background();

  await page.getByRole('group', { name: 'Tema' }).getByRole('button', { name: 'Gelap' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toEqual(lightBackground);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(
    page.getByRole('group', { name: 'Tema' }).getByRole('button', { name: 'Gelap' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard focus is always visible in the header and the side panel', async ({ page }) => {
  await page.goto('/?layers=poverty');
  await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-map-ready', 'true');
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return { tag: element.tagName, style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline, `focus ${String(i)}`).not.toBeNull();
    expect(outline?.style, `${outline?.tag ?? ''} outline`).not.toBe('none');
  }
});
