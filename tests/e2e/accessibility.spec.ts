import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './accounts.ts';

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

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/masuk');
  const form = page.locator('form.login-form');
  await form.getByLabel('Nama pengguna').fill('admin');
  await form.getByLabel('Kata sandi').fill(E2E_ADMIN_PASSWORD);
  await form.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
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
        await signInAsAdmin(page);
        await page.goto(path);
        await expect(page.locator(ready).first()).toBeVisible();
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
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
