import { expect, test, type Page } from '@playwright/test';
import type { ImportPreview, IndicatorEntry, IndicatorYearData } from '@peta/shared';
import { E2E_ADMIN_PASSWORD, signedInApi } from './accounts.ts';
import { trpcMutate, trpcQuery } from './trpc-api.ts';

/** An indicator the app has no code for: added by an admin, higher is better, its own unit. */
const SLUG = `akses-air-${Date.now().toString(36)}`;
const NAME = 'Akses air minum layak';
const YEAR = 2025;

async function openMap(page: Page, search: string): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 45_000,
  });
}

test.beforeAll(async ({ baseURL }) => {
  const admin = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  const created = await trpcMutate<IndicatorEntry>(admin, 'indicators.create', {
    slug: SLUG,
    nameId: NAME,
    nameEn: 'Safe drinking water access',
    definitionId: 'Persentase rumah tangga dengan akses air minum layak.',
    definitionEn: 'Share of households with safe drinking water.',
    unit: '%',
    numberKind: 'percent',
    polarity: 'higher-better',
    producerOpd: 'DPUPRPKP',
    walidata: 'Bappeda Kota Malang',
    referenceCode: null,
    periodicity: 'tahunan',
    countUnit: 'kk',
    classification: { method: 'quantile', classes: 5, palette: 'Blues' },
  });
  expect(created.slug).toBe(SLUG);
  await admin.dispose();
});

test('an indicator added to the catalogue is a map layer with no code change', async ({
  page,
  request,
}) => {
  const catalogue = await trpcQuery<IndicatorEntry[]>(request, 'indicators.catalogue', {});
  expect(catalogue.map((entry) => entry.slug)).toContain(SLUG);

  // A fresh map: the layer panel offers it under its catalogue name.
  await openMap(page, `?layers=&year=${String(YEAR)}`);
  const toggle = page.getByRole('checkbox', { name: NAME, exact: true });
  await toggle.check();

  // Its legend: name and year, unit and direction from the entry; no dataset yet.
  const legend = page.getByTestId(`legend-${SLUG}`);
  await expect(legend).toHaveAttribute('data-state', 'success');
  await expect(legend).toContainText(`${NAME} ${String(YEAR)}`);
  await expect(legend).toContainText('satuan %, makin tinggi makin baik');
  await expect(legend).toContainText(`Tidak ada data untuk ${String(YEAR)}.`);
  await expect(legend.getByTestId('legend-no-data')).toHaveAttribute('data-count', '57');
  await expect(legend).not.toContainText('data contoh');

  // The URL names it by its slug, and the link reopens it.
  await expect(page).toHaveURL(new RegExp(`layers=${SLUG}(&|$)`));
  await openMap(page, `?layers=${SLUG}&year=${String(YEAR)}`);
  await expect(page.getByRole('checkbox', { name: NAME, exact: true })).toBeChecked();
  await expect(page.getByTestId(`legend-${SLUG}`)).toHaveAttribute('data-state', 'success');

  // The kelurahan panel lists it, with "tidak ada data" rather than a number.
  const search = page.getByRole('searchbox', { name: /Cari/ });
  await search.fill('Sumbersari');
  await search.press('Enter');
  const section = page.getByRole('region', { name: 'Sumbersari' }).getByTestId(`indicator-${SLUG}`);
  await expect(section).toContainText(NAME);
  await expect(section.getByTestId('no-data')).toHaveText(`Tidak ada data untuk ${String(YEAR)}.`);

  // The index offers it a weight, starting at 0.
  await page.getByRole('checkbox', { name: 'Indeks prioritas', exact: true }).check();
  const weight = page.getByRole('slider', { name: `Bobot ${NAME}` });
  await expect(weight).toHaveValue('0');

  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    await openMap(page, `?layers=${SLUG}&year=${String(YEAR)}`);
    await expect(page.getByTestId(`legend-${SLUG}`)).toHaveAttribute('data-state', 'success');
    await page.screenshot({ path: test.info().outputPath(`new-indicator-${String(width)}.png`) });
  }
});

test('a link naming a layer the catalogue lacks keeps the rest of the view', async ({ page }) => {
  await openMap(page, '?layers=tidak-ada-lapisan,flood-spots&year=2024');
  await expect(page.getByTestId('legend-flood-spots')).toHaveAttribute('data-state', 'success');
  await expect(page.getByTestId('legend-tidak-ada-lapisan')).toHaveCount(0);
  await expect(page).toHaveURL(/layers=flood-spots&/);
  await expect(page).toHaveURL(/year=2024/);
});

test('a new indicator with an imported version shows its values and provenance', async ({
  page,
  baseURL,
  request,
}) => {
  const admin = await signedInApi(baseURL ?? '', 'admin', E2E_ADMIN_PASSWORD);
  // Every kelurahan but the first gets a value; the first must then read "tidak ada data".
  const { values } = await trpcQuery<IndicatorYearData>(request, 'indicators.byYear', {
    indicator: 'poverty',
    year: 2024,
  });
  const codes = values.map((v) => v.kelurahanCode);
  const csv = [
    'kode wilayah,tahun,persentase',
    ...codes.slice(1).map((code, i) => [code, String(YEAR), String(60 + (i % 30))].join(',')),
  ].join('\n');
  const preview = await admin.post('/api/import/preview', {
    headers: { 'X-Peta-Upload': '1' },
    multipart: {
      file: { name: 'akses-air.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      indicator: SLUG,
    },
  });
  expect(preview.status(), await preview.text()).toBe(200);
  const { importId } = (await preview.json()) as ImportPreview;
  const commit = await admin.post(`/api/import/${importId}/commit`, {
    data: { source: 'PDAM Kota Malang, survei 2025', dataDate: '2025-06-30' },
  });
  expect(commit.status(), await commit.text()).toBe(200);
  await admin.dispose();

  await openMap(page, `?layers=${SLUG}&year=${String(YEAR)}`);
  const legend = page.getByTestId(`legend-${SLUG}`);
  await expect(legend).toHaveAttribute('data-state', 'success');
  await expect(legend).toContainText(
    'Sumber: PDAM Kota Malang, survei 2025, DPUPRPKP, data 2025-06-30, versi 1',
  );
  await expect(legend).not.toContainText('data contoh');
  await expect(legend.getByTestId('legend-no-data')).toHaveAttribute('data-count', '1');
  const counts = await legend
    .getByTestId('legend-class')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-count'))));
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(56);
});
