import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { E2E_ADMIN_PASSWORD, ensureUser, signedInApi, signInThroughForm } from './accounts.ts';

/** An OPD that does not produce poverty data (Dinsos-P3AP2KB does). */
const OPD = {
  username: 'dinkes-impor-e2e',
  password: 'kata-sandi-dinkes-impor-e2e',
  role: 'opd',
  opd: 'Dinkes',
} as const;

const ORO_ORO_DOWO = '3573021008';
const IMPORTED_VALUE = 3.21;

interface YearData {
  provenance: { isSample: boolean; versionNumber: number } | null;
  values: { kelurahanCode: string; value: number }[];
}

async function byYear(api: APIRequestContext, indicator: string, year: number) {
  const input = encodeURIComponent(JSON.stringify({ indicator, year }));
  const res = await api.get(`/trpc/indicators.byYear?input=${input}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { data: YearData } }).result.data;
}

/**
 * A BPS-style workbook: title rows above the header, variant kelurahan spellings ("KEL.",
 * no hyphens, other case) and a year column.
 */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel 1');
  ws.addRow(['Tabel 4.1.2 Persentase Penduduk Miskin menurut Kelurahan']);
  ws.addRow(['Kota Malang, 2024']);
  ws.addRow([]);
  ws.addRow(['No', 'Kecamatan', 'Kelurahan', 'Tahun', 'Persentase Penduduk Miskin (%)']);
  ws.addRow([1, 'Klojen', 'KEL. ORO-ORO DOWO', 2024, IMPORTED_VALUE]);
  ws.addRow([2, 'Klojen', 'kel. klojen', 2024, 4.5]);
  ws.addRow([3, 'Lowokwaru', 'Tlogomas', 2024, 6.75]);
  ws.addRow([4, 'Sukun', 'bandung rejosari', 2024, 7.25]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function signedInPage(
  browser: Browser,
  username: string,
  password: string,
  width = 1440,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signInThroughForm(page, username, password);
  return page;
}

async function openMap(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 45_000,
  });
}

declare global {
  interface Window {
    /** Set by the test; survives only if the page never reloads. */
    __dataImportSameDocument?: boolean;
  }
}

test.beforeAll(async ({ baseURL }) => {
  const admin = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  await ensureUser(admin, OPD);
  await admin.dispose();
});

test('an admin imports an XLSX through the wizard; an open map follows live; re-activation restores', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const api = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  const before = await byYear(api, 'poverty', 2024);
  expect(before.provenance?.isSample).toBe(true);
  const sampleValue = before.values.find((v) => v.kelurahanCode === ORO_ORO_DOWO)?.value;
  expect(sampleValue).toBeDefined();

  // Another person's map, open before the import.
  const viewer = await signedInPage(browser, 'admin', E2E_ADMIN_PASSWORD, 1280);
  await openMap(viewer, '?layers=poverty&year=2024');
  const legend = viewer.getByTestId('legend-poverty');
  await expect(legend).toContainText(/data contoh/i);
  await viewer.evaluate(() => {
    window.__dataImportSameDocument = true;
  });

  const page = await signedInPage(browser, 'admin', E2E_ADMIN_PASSWORD);
  await page.goto('/data/impor?indicator=poverty');
  await page.getByLabel(/^Berkas/).setInputFiles({
    name: 'kemiskinan-2024.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(),
  });
  await page.getByRole('button', { name: 'Unggah dan pratinjau' }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('[data-count="errors"] dd')).toHaveText('0');
  await expect(page.getByTestId('preview-rows')).toContainText('KEL. ORO-ORO DOWO');
  await expect(page.getByTestId('preview-map')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('wizard-1440.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('wizard-390.png') });
  await page
    .getByTestId('import-summary')
    .screenshot({ path: test.info().outputPath('wizard-390-summary.png') });
  await page
    .getByTestId('preview-rows')
    .screenshot({ path: test.info().outputPath('wizard-390-rows.png') });
  await page
    .getByTestId('preview-map')
    .screenshot({ path: test.info().outputPath('wizard-390-map.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Nothing is written before Simpan.
  expect((await byYear(api, 'poverty', 2024)).provenance?.isSample).toBe(true);
  await page.getByLabel('Sumber').fill('BPS Kota Malang, uji e2e');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByTestId('import-done')).toContainText('2024');

  const after = await byYear(api, 'poverty', 2024);
  expect(after.provenance?.isSample).toBe(false);
  expect(after.values.find((v) => v.kelurahanCode === ORO_ORO_DOWO)?.value).toBe(IMPORTED_VALUE);
  // Kelurahan not in the file have no data, never a sample value mixed in.
  expect(after.values).toHaveLength(4);
  // Only that year left sample data.
  expect((await byYear(api, 'poverty', 2023)).provenance?.isSample).toBe(true);

  // The open map changed without a reload.
  await expect(legend).not.toContainText(/data contoh/i, { timeout: 10_000 });
  expect(await viewer.evaluate(() => window.__dataImportSameDocument)).toBe(true);
  await openMap(viewer, '?layers=poverty&year=2023');
  await expect(viewer.getByTestId('legend-poverty')).toContainText(/data contoh/i);

  // Re-activating the sample version at /data brings the old values back.
  await page.goto('/data');
  const row = page.locator('[data-indicator="poverty"]');
  await row.getByRole('button', { name: 'Versi data' }).click();
  const versions = page.getByTestId('version-table');
  const sampleRow = versions.locator('tr', { hasText: 'Data contoh' }).filter({ hasText: '2024' });
  await sampleRow.getByRole('button', { name: 'Aktifkan' }).click();
  await expect(page.getByText(/Versi 1 tahun 2024 aktif/)).toBeVisible();
  const restored = await byYear(api, 'poverty', 2024);
  expect(restored.provenance?.isSample).toBe(true);
  expect(restored.values.find((v) => v.kelurahanCode === ORO_ORO_DOWO)?.value).toBe(sampleValue);
  await api.dispose();
});

test('an OPD user is not offered, and cannot import, another OPD’s indicator', async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, OPD.username, OPD.password);
  await page.goto('/data/impor');
  const select = page.getByLabel('Indikator');
  await expect(select).toBeVisible();
  const offered = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toContain('stunting');
  expect(offered).not.toContain('poverty');

  const api = await signedInApi(baseURL ?? '', OPD.username, OPD.password);
  const res = await api.post('/api/import/preview', {
    headers: { 'X-Peta-Upload': '1' },
    multipart: {
      indicator: 'poverty',
      file: {
        name: 'kemiskinan.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbook(),
      },
    },
  });
  expect(res.status()).toBe(403);
  // The server's message names the OPD that produces the indicator.
  const body = (await res.json()) as { error: unknown };
  expect(JSON.stringify(body.error)).toContain('Dinsos-P3AP2KB');
  await api.dispose();
});
