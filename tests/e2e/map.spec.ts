import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { GEODATA_FILES, kelurahanArtifactSchema } from '@peta/shared';
import { PNG } from 'pngjs';

const artifact = kelurahanArtifactSchema.parse(
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, '../../geodata/dist', GEODATA_FILES.kelurahan),
      'utf8',
    ),
  ),
);

function labelOf(name: string): [number, number] {
  const found = artifact.kelurahan.find((k) => k.name === name);
  if (!found) throw new Error(`no kelurahan ${name}`);
  return found.label;
}

/** Screen position of a lon/lat on the map, as the map itself projects it. */
async function screenPoint(
  page: Page,
  lonLat: [number, number],
): Promise<{ x: number; y: number }> {
  const map = page.getByTestId('map');
  const box = await map.boundingBox();
  if (!box) throw new Error('map has no box');
  const point = await page.evaluate((ll) => {
    const p = window.__peta?.map.project(ll);
    return p ? { x: p.x, y: p.y } : null;
  }, lonLat);
  if (!point) throw new Error('window.__peta.map missing');
  return { x: box.x + point.x, y: box.y + point.y };
}

async function openMap(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 45_000,
  });
  return errors;
}

test('the map page loads in Bahasa Indonesia and draws the city', async ({ page }) => {
  const errors = await openMap(page);
  await expect(page).toHaveTitle(/Peta Prioritas Kota Malang/);
  expect(await page.locator('html').getAttribute('lang')).toBe('id');
  await expect(page.getByText('Badan Informasi Geospasial', { exact: false })).toBeVisible();

  const shot = PNG.sync.read(await page.getByTestId('map').screenshot());
  const colours = new Map<number, number>();
  for (let i = 0; i + 2 < shot.data.length; i += 4 * 7) {
    const key = shot.data.readUIntBE(i, 3);
    colours.set(key, (colours.get(key) ?? 0) + 1);
  }
  const sorted = [...colours.values()].sort((a, b) => b - a);
  const samples = sorted.reduce((s, n) => s + n, 0);
  // A blank or single-colour canvas has one dominant colour; the city fills a good share of the
  // view with polygons, outlines and labels in other colours.
  expect((sorted[0] ?? samples) / samples).toBeLessThan(0.85);
  expect(colours.size).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('hovering a kelurahan names it with its kecamatan; clicking selects it', async ({ page }) => {
  await openMap(page);
  const point = await screenPoint(page, labelOf('Sumbersari'));
  await page.mouse.move(point.x, point.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Sumbersari');
  await expect(tooltip).toContainText('Lowokwaru');

  await page.mouse.click(point.x, point.y);
  const panel = page.getByRole('region', { name: 'Sumbersari' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Lowokwaru');
  await expect(panel).toContainText('1,30');

  const elsewhere = await screenPoint(page, labelOf('Buring'));
  await page.mouse.move(elsewhere.x, elsewhere.y);
  await expect(tooltip).toContainText('Buring');
  await expect(tooltip).toContainText('Kedungkandang');
});
