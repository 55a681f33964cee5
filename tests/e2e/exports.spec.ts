import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { FIRST_INDICATOR_YEAR, PROGRAMS } from '@peta/shared';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { pdfText } from '../server/pdf-text.ts';
import { E2E_ADMIN_PASSWORD, signInThroughForm } from './accounts.ts';
import { trpcMutate } from './trpc-api.ts';

/** A download's name carries the date: `…_YYYY-MM-DD[@2x].ext`. */
const DATED = /_\d{4}-\d{2}-\d{2}(@2x)?\.\w+$/;

async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
}

/** Signs in as the admin and opens the map. */
async function signInAsAdmin(page: Page): Promise<void> {
  await signInThroughForm(page, 'admin', E2E_ADMIN_PASSWORD);
  await openMap(page);
}

/** Opens the export menu with the mouse and downloads what the item called `name` gives. */
async function downloadFromMenu(page: Page, name: string | RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Ekspor' }).click();
  const item = page.getByRole('menu').getByRole('menuitem', { name });
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  return download;
}

async function cssSize(locator: Locator): Promise<{ width: number; height: number }> {
  return locator.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

/** Distinct colours and the share of the commonest one, over every 3rd pixel. */
function colourStats(png: PNG): { distinct: number; commonest: number } {
  const counts = new Map<number, number>();
  let sampled = 0;
  for (let i = 0; i + 3 < png.data.length; i += 4 * 3) {
    const key = png.data.readUIntBE(i, 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    sampled += 1;
  }
  return { distinct: counts.size, commonest: Math.max(...counts.values()) / sampled };
}

test('the PNG is the map area at screen size, and twice that for print', async ({ page }) => {
  await openMap(page, '?layers=poverty,flood-spots');
  await expect(page.getByTestId('legend-poverty')).toHaveAttribute('data-state', 'success');
  await expect(page.getByTestId('legend-flood-spots')).toHaveAttribute('data-state', 'success');
  const size = await cssSize(page.getByTestId('map'));

  const screen = await downloadFromMenu(page, 'PNG — ukuran layar');
  expect(screen.suggestedFilename()).toMatch(
    /^peta-titik-banjir-persentase-penduduk-miskin-\d{4}_\d{4}-\d{2}-\d{2}\.png$/,
  );
  const png = PNG.sync.read(await readFile(await screen.path()));
  expect({ width: png.width, height: png.height }).toEqual(size);
  const stats = colourStats(png);
  expect(stats.distinct).toBeGreaterThan(200);
  expect(stats.commonest).toBeLessThan(0.6);
  await expect(page.getByTestId('export-status')).toContainText(screen.suggestedFilename());

  const print = await downloadFromMenu(page, 'PNG — 2× untuk cetak');
  expect(print.suggestedFilename()).toMatch(/@2x\.png$/);
  expect(print.suggestedFilename()).toMatch(DATED);
  const png2 = PNG.sync.read(await readFile(await print.path()));
  expect({ width: png2.width, height: png2.height }).toEqual({
    width: 2 * size.width,
    height: 2 * size.height,
  });
  expect(colourStats(png2).distinct).toBeGreaterThan(200);
  // The map is back at its own pixel ratio afterwards.
  const canvasWidth = await page
    .getByTestId('map')
    .locator('canvas.maplibregl-canvas')
    .evaluate((c: HTMLCanvasElement) => c.width);
  expect(canvasWidth).toBe(size.width);
});

test('keyboard: the menu opens with the keys, moves with arrows and exports', async ({ page }) => {
  await openMap(page);
  const trigger = page.getByRole('button', { name: 'Ekspor' });
  await expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
  await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  await trigger.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  // The open menu is modal: the rest of the page, trigger included, is hidden from the a11y tree.
  await expect(page.getByTestId('export-trigger')).toHaveAttribute('aria-expanded', 'true');
  const first = menu.getByRole('menuitem', { name: 'PNG — ukuran layar' });
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'PNG — 2× untuk cetak' })).toBeFocused();

  // Signed out, the report and data are disabled and the menu says to sign in.
  await expect(menu.getByRole('menuitem', { name: 'PDF — laporan rapat' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(menu).toContainText('hanya untuk pengguna yang sudah masuk');
  await expect(menu.getByRole('menuitem', { name: /^Masuk untuk mengunduh/ })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(DATED);
  await expect(trigger).toBeFocused();
});

test('the meeting report PDF has the 11 programs and the meeting’s decision', async ({ page }) => {
  await signInAsAdmin(page);
  const decision = `Keputusan uji ekspor ${Date.now()}: Dishub menata parkir`;
  const meeting = await trpcMutate<{ id: number }>(page.request, 'meetings.start', {
    title: 'Rapat uji ekspor PDF',
  });
  try {
    await trpcMutate(page.request, 'meetings.recordDecision', {
      meetingId: meeting.id,
      programId: 'parkir-kayutangan',
      text: decision,
    });
    const download = await downloadFromMenu(page, 'PDF — laporan rapat');
    expect(download.suggestedFilename()).toMatch(/^laporan-rapat_\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = await pdfText(new Uint8Array(await readFile(await download.path())));
    for (const program of PROGRAMS) expect(text).toContain(program.name);
    expect(text).toContain(decision);
  } finally {
    await trpcMutate(page.request, 'meetings.end', { id: meeting.id });
  }
});

test('without a map picture the report still comes, and says so', async ({ page }) => {
  // The browser cannot encode the picture (as on a lost WebGL context or low memory).
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback) {
      callback(null);
    };
  });
  await signInAsAdmin(page);
  const download = await downloadFromMenu(page, 'PDF — laporan rapat');
  const text = await pdfText(new Uint8Array(await readFile(await download.path())));
  for (const program of PROGRAMS) expect(text).toContain(program.name);
  await expect(page.getByTestId('export-status')).toContainText(
    'tanpa gambar peta: peta tidak dapat digambar',
  );
});

test('indicators as XLSX and program progress as CSV, dated', async ({ page }) => {
  await signInAsAdmin(page);
  // The indicators follow the map's selected year.
  const year = String(FIRST_INDICATOR_YEAR + 1);
  await page.getByLabel('Tahun data').selectOption(year);

  const xlsx = await downloadFromMenu(page, `XLSX — indikator ${year}`);
  expect(xlsx.suggestedFilename()).toMatch(
    new RegExp(`^indikator-${year}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet(`Indikator ${year}`);
  expect(sheet?.rowCount).toBe(1 + 57);

  const csv = await downloadFromMenu(page, 'CSV — progres program');
  expect(csv.suggestedFilename()).toMatch(/^program-prioritas_\d{4}-\d{2}-\d{2}\.csv$/);
  const fromCsv = new ExcelJS.Workbook();
  const programs = await fromCsv.csv.readFile(await csv.path());
  expect(programs.rowCount).toBe(1 + PROGRAMS.length);
  expect(programs.getColumn(2).values.slice(2)).toEqual(PROGRAMS.map((p) => p.name));
});

test('a refused download says why instead of failing silently', async ({ page }) => {
  await signInAsAdmin(page);
  // Once the live stream is open the page has no reason to ask `auth.me` again. (Before that, a
  // refused stream makes it ask, and the menu then rightly disables the items instead.)
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'live');
  // The session cookie goes (as when a session expires); the page still thinks it is signed in.
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Ekspor' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'CSV — progres program' }).click();
  const error = page.getByRole('alert').filter({ hasText: 'CSV — progres program gagal' });
  await expect(error).toContainText('Silakan masuk terlebih dahulu');
  await error.getByRole('button', { name: 'Tutup pesan' }).click();
  await expect(error).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open menu meets WCAG 2.1 AA in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((chosen) => {
      localStorage.setItem('peta.theme', chosen);
    }, theme);
    await openMap(page);
    await page.getByRole('button', { name: 'Ekspor' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page })
      .include('[data-testid="export-menu"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
}
