import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { BUILT_IN_INDICATOR_METADATA, type IndicatorYearData } from '@peta/shared';

async function byYear(request: APIRequestContext, indicator: string, year: number) {
  const input = encodeURIComponent(JSON.stringify({ indicator, year }));
  const res = await request.get(`/trpc/indicators.byYear?input=${input}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { data: IndicatorYearData } }).result.data.values;
}

/** The layer-panel names of the built-ins: their catalogue names. */
const POVERTY = BUILT_IN_INDICATOR_METADATA.poverty.nameId;
const STUNTING = BUILT_IN_INDICATOR_METADATA.stunting.nameId;
const RTLH = BUILT_IN_INDICATOR_METADATA.rtlh.nameId;

async function openMap(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 45_000,
  });
}

const LAYERS: [name: string, slug: string][] = [
  [POVERTY, 'poverty'],
  [STUNTING, 'stunting'],
  [RTLH, 'rtlh'],
  ['Titik banjir', 'flood-spots'],
  ['Proyek CSR/TSP', 'csr-projects'],
  ['Lokasi program prioritas', 'program-sites'],
  ['Indeks prioritas', 'priority-index'],
];

test('every layer toggles on and off with its legend', async ({ page }) => {
  await openMap(page, '?layers=');
  for (const [name, slug] of LAYERS) {
    const toggle = page.getByRole('checkbox', { name, exact: true });
    await toggle.check();
    const legend = page.getByTestId(`legend-${slug}`);
    await expect(legend).toHaveAttribute('data-state', 'success');
    await expect(legend).toContainText(/data contoh/i);
    await toggle.uncheck();
    await expect(page.getByTestId(`legend-${slug}`)).toHaveCount(0);
  }
});

test('legend classes count the kelurahan the API returns', async ({ page, request }) => {
  await openMap(page, '?layers=poverty&year=2023');
  const rows = await byYear(request, 'poverty', 2023);
  const legend = page.getByTestId('legend-poverty');
  await expect(legend).toHaveAttribute('data-state', 'success');
  const classes = await legend.getByTestId('legend-class').evaluateAll((els) =>
    els.map((el) => ({
      from: el.getAttribute('data-from') ?? '',
      to: el.getAttribute('data-to') ?? '',
      count: Number(el.getAttribute('data-count')),
    })),
  );
  expect(classes.length).toBeGreaterThanOrEqual(3);
  expect(classes.reduce((s, c) => s + c.count, 0)).toBe(57);
  for (const c of classes) {
    const from = c.from === '' ? -Infinity : Number(c.from);
    const to = c.to === '' ? Infinity : Number(c.to);
    const inClass = rows.filter((r) => r.value >= from && r.value < to).length;
    expect(inClass, `class ${c.from}–${c.to}`).toBe(c.count);
  }
});

test('search finds a spelling variant and the panel shows the API numbers', async ({
  page,
  request,
}) => {
  await openMap(page, '?layers=poverty&year=2024');
  const search = page.getByRole('searchbox', { name: /Cari/ });
  await search.fill('oro oro dowo');
  await search.press('Enter');
  const panel = page.getByRole('region', { name: 'Oro-oro Dowo' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Klojen');
  await expect(panel).toContainText('data contoh');
  for (const indicator of ['poverty', 'stunting', 'rtlh'] as const) {
    const row = (await byYear(request, indicator, 2024)).find(
      (r) => r.kelurahanCode === '3573021008',
    );
    const section = panel.getByTestId(`indicator-${indicator}`);
    await expect(section.getByTestId('value')).toHaveAttribute('data-raw', String(row?.value));
    await expect(section.getByTestId('count')).toHaveAttribute('data-raw', String(row?.count));
  }
});

test('a copied link reproduces the view in a new browser', async ({ page, browser }) => {
  await openMap(page);
  await page.getByLabel('Tahun data').selectOption('2021');
  await page.getByRole('checkbox', { name: STUNTING, exact: true }).check();
  const search = page.getByRole('searchbox', { name: /Cari/ });
  await search.fill('Sumbersari');
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Sumbersari' })).toBeVisible();
  await expect(page).toHaveURL(/sel=3573051005/);
  await expect(page).toHaveURL(/year=2021/);
  // The fly-to ends and the address bar takes its final camera.
  await page.waitForFunction(() => {
    const map = window.__peta?.map;
    return (
      map &&
      !map.isMoving() &&
      location.search.includes(`map=${String(Math.round(map.getZoom() * 100) / 100)}/`)
    );
  });
  const url = page.url();
  const camera = await page.evaluate(() => {
    const map = window.__peta?.map;
    return map ? { ...map.getCenter(), zoom: map.getZoom() } : null;
  });

  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const copy = await other.newPage();
  await copy.goto(url);
  await expect(copy.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 45_000,
  });
  await expect(copy.getByLabel('Tahun data')).toHaveValue('2021');
  await expect(copy.getByRole('checkbox', { name: STUNTING, exact: true })).toBeChecked();
  // One choropleth at a time: turning stunting on turned poverty off.
  await expect(copy.getByRole('checkbox', { name: POVERTY, exact: true })).not.toBeChecked();
  await expect(copy.getByTestId('legend-stunting')).toBeVisible();
  await expect(copy.getByRole('region', { name: 'Sumbersari' })).toBeVisible();
  const copied = await copy.evaluate(() => {
    const map = window.__peta?.map;
    return map ? { ...map.getCenter(), zoom: map.getZoom() } : null;
  });
  expect(copied?.zoom).toBeCloseTo(camera?.zoom ?? 0, 1);
  expect(copied?.lng).toBeCloseTo(camera?.lng ?? 0, 3);
  expect(copied?.lat).toBeCloseTo(camera?.lat ?? 0, 3);
  await other.close();
});
