import path from 'node:path';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The client build the e2e servers serve: `pnpm --filter @peta/client build:e2e`, which has the
 * test hook `window.__peta` that the production build (client/dist) leaves out.
 */
export const E2E_CLIENT_DIST_DIR = path.resolve(import.meta.dirname, '../../client/dist-e2e');

/** The password the e2e server's first-start admin gets (a test-only server, fresh each run). */
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-only-for-tests';

/** An API client signed in as `username`, sending the app's own Origin as a browser does. */
export async function signedInApi(
  baseURL: string,
  username: string,
  password: string,
): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const res = await api.post('/trpc/auth.login', { data: { username, password } });
  if (!res.ok()) throw new Error(`login as ${username}: ${res.status()} ${await res.text()}`);
  return api;
}

/** Creates a user through the admin API (idempotent across retries: an existing name is kept). */
export async function ensureUser(
  admin: APIRequestContext,
  user: { username: string; password: string; role: 'admin' | 'opd' | 'viewer'; opd?: string },
): Promise<void> {
  const res = await admin.post('/trpc/users.create', { data: user });
  if (!res.ok() && res.status() !== 409) {
    throw new Error(`create ${user.username}: ${res.status()} ${await res.text()}`);
  }
}

/**
 * Signs the page in through the login form as a person does, landing on `next` (default: the
 * login page's own default) once the session is there.
 */
export async function signInThroughForm(
  page: Page,
  username: string,
  password: string,
  next?: string,
): Promise<void> {
  await page.goto(next ? `/masuk?next=${encodeURIComponent(next)}` : '/masuk');
  const form = page.locator('form.login-form');
  await form.getByLabel('Nama pengguna').fill(username);
  await form.getByLabel('Kata sandi').fill(password);
  await form.getByRole('button', { name: 'Masuk', exact: true }).click();
  if (next) await expect(page).toHaveURL(new RegExp(`${escapeRegExp(next)}$`));
  else await expect(page.getByTestId('user-menu')).toContainText(username, { ignoreCase: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
