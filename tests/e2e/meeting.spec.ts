import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  GEODATA_FILES,
  kelurahanArtifactSchema,
  type MeetingDetail,
  type ProgramSite,
} from '@peta/shared';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, ensureUser, signedInApi, signInThroughForm } from './accounts.ts';
import { trpcMutate, trpcQuery } from './trpc-api.ts';

/** One meeting per run, found again by this title (the e2e database is shared by all specs). */
const TITLE = `Rapat koordinasi e2e ${String(Date.now())}`;
const DECISION = `DLH menuntaskan TPS Merjosari sebelum akhir bulan (${String(Date.now())})`;
const FOLLOW_UP = `Koordinasi lahan TPS dengan BPN (${String(Date.now())})`;
const UPDATE_NOTE = `Lahan TPS Merjosari sudah bersertifikat (${String(Date.now())})`;

const KAUMAN = (() => {
  const artifact = kelurahanArtifactSchema.parse(
    JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../geodata/dist', GEODATA_FILES.kelurahan),
        'utf8',
      ),
    ),
  );
  const found = artifact.kelurahan.find((k) => k.name === 'Kauman');
  if (!found) throw new Error('no kelurahan Kauman');
  return found;
})();

const VIEWER = {
  username: 'pengikut-rapat-e2e',
  password: 'kata-sandi-pengikut-rapat-e2e',
  role: 'viewer',
} as const;

test.use({ viewport: { width: 1600, height: 900 } });

/**
 * Ends meetings other specs (or an earlier attempt) left open, so ours is the running one, and
 * makes the viewer account.
 */
async function prepare(baseURL: string): Promise<void> {
  const admin = await signedInApi(baseURL, 'admin', E2E_ADMIN_PASSWORD);
  await ensureUser(admin, VIEWER);
  const meetings = await trpcQuery<{ id: number; endedAt: string | null }[]>(
    admin,
    'meetings.list',
  );
  for (const m of meetings.filter((x) => x.endedAt === null)) {
    const res = await admin.post('/trpc/meetings.end', { data: { id: m.id } });
    expect(res.ok()).toBe(true);
  }
  // A previous meeting, then an update after it: the "since the last meeting" step lists it.
  const previous = await trpcMutate<{ id: number }>(admin, 'meetings.start', {
    title: `Rapat sebelumnya e2e ${String(Date.now())}`,
  });
  await trpcMutate(admin, 'meetings.end', { id: previous.id });
  const { version } = await trpcQuery<{ version: number }>(admin, 'programs.byId', { id: 'tps' });
  await trpcMutate(admin, 'programs.update', {
    id: 'tps',
    expectedVersion: version,
    note: UPDATE_NOTE,
  });
  await admin.dispose();
}

async function viewerPage(browser: Browser, next: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInThroughForm(page, VIEWER.username, VIEWER.password, next);
  return page;
}

/** The step heading, once the step panel shows `name`. */
async function expectStep(page: Page, position: number, name: string): Promise<void> {
  await expect(page.getByTestId('meeting-position')).toContainText(
    `Langkah ${String(position)} dari 13`,
  );
  await expect(page.locator('#meeting-step-title')).toHaveText(name);
  await expect(page).toHaveURL(new RegExp(`[?&]langkah=${String(position)}(&|$)`));
}

/** Waits for the camera to settle framing every site of the program, centred on them. */
async function expectCameraOn(page: Page, sites: readonly ProgramSite[]): Promise<void> {
  expect(sites.length).toBeGreaterThan(0);
  await expectCameraFraming(
    page,
    sites.map((s) => [s.lon, s.lat]),
  );
}

/** Waits for the camera to settle with every point in view and the centre among them. */
async function expectCameraFraming(page: Page, points: [number, number][]): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((lonLats) => {
          const map = window.__peta?.map;
          if (!map || map.isMoving()) return 'moving';
          const canvas = document.querySelector('[data-testid="map"]');
          if (!canvas) return 'no map';
          const { width, height } = canvas.getBoundingClientRect();
          const inside = lonLats.every((p) => {
            const { x, y } = map.project(p);
            return x > 0 && y > 0 && x < width && y < height;
          });
          const lons = lonLats.map((p) => p[0]);
          const lats = lonLats.map((p) => p[1]);
          const { lng, lat } = map.getCenter();
          const centred =
            lng > Math.min(...lons) - 0.01 &&
            lng < Math.max(...lons) + 0.01 &&
            lat > Math.min(...lats) - 0.01 &&
            lat < Math.max(...lats) + 0.01;
          return inside && centred ? 'framed' : `off: ${String(lng)},${String(lat)}`;
        }, points),
      { timeout: 15_000 },
    )
    .toBe('framed');
}

test('anonymous visitors are sent to the login page', async ({ page }) => {
  await page.goto('/rapat');
  await expect(page).toHaveURL(/\/masuk\?next=%2Frapat$/);
});

test('an admin runs a whole meeting and it is stored', async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  await prepare(baseURL ?? '');
  const allSites = await trpcQuery<ProgramSite[]>(page.request, 'programSites.list');
  const sitesOf = (programId: string) => allSites.filter((s) => s.programId === programId);

  await signInThroughForm(page, 'admin', E2E_ADMIN_PASSWORD, '/rapat');

  // Start screen: title, the default agenda of 11 programs; move program 3 up by keyboard.
  const start = page.getByTestId('meeting-start');
  await expect(start.getByTestId('agenda-step')).toHaveCount(11);
  await start.getByLabel('Judul rapat (opsional)').fill(TITLE);
  // Add a kelurahan step (the map's kelurahan picker) at the end.
  await start.getByLabel('Pilih kelurahan').selectOption({ label: 'Kauman' });
  await start.getByRole('button', { name: 'Tambah kelurahan' }).click();
  await expect(start.getByTestId('agenda-step')).toHaveCount(12);
  await expect(start.getByTestId('agenda-step').last()).toHaveText(/Kelurahan Kauman/);
  await start
    .getByRole('button', { name: 'Naikkan 3. Penanganan banjir Soekarno-Hatta (Suhat)' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(start.getByTestId('agenda-step').nth(1)).toContainText('Penanganan banjir');
  await expect(start.getByTestId('agenda-step').nth(2)).toContainText(
    'Pembangunan / rehabilitasi TPS',
  );
  // Focus stays on the moved step's button, so the keyboard user can keep moving it.
  await expect(
    start.getByRole('button', { name: 'Naikkan 3. Penanganan banjir Soekarno-Hatta (Suhat)' }),
  ).toBeFocused();
  await start.getByRole('button', { name: 'Mulai rapat' }).click();

  // Step 1: since the last meeting.
  const run = page.getByTestId('meeting-run');
  await expect(run.locator('h1')).toHaveText(TITLE);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 30_000,
  });
  await expectStep(page, 1, 'Sejak rapat terakhir');
  await expect(page.getByTestId('meeting-step')).toHaveAttribute('data-step-kind', 'since-last');
  await expect(page.getByText(/^Pembaruan sejak rapat terakhir berakhir/)).toBeVisible();
  await expect(
    page.locator('[data-testid="since-last-program"][data-program-id="tps"]'),
  ).toContainText(UPDATE_NOTE);

  // → and PageDown forward, PageUp back, the on-screen buttons too; the camera follows.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2, 'Revitalisasi Pasar Besar');
  await expectCameraOn(page, sitesOf('pasar-besar'));

  await page.keyboard.press('PageDown');
  await expectStep(page, 3, 'Penanganan banjir Soekarno-Hatta (Suhat)');
  await expectCameraOn(page, sitesOf('banjir-suhat'));

  await page.keyboard.press('PageUp');
  await expectStep(page, 2, 'Revitalisasi Pasar Besar');

  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expectStep(page, 4, 'Pembangunan / rehabilitasi TPS');
  await expectCameraOn(page, sitesOf('tps'));
  await page.getByRole('button', { name: 'Sebelumnya' }).click();
  await expectStep(page, 3, 'Penanganan banjir Soekarno-Hatta (Suhat)');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 4, 'Pembangunan / rehabilitasi TPS');

  // A reload returns to the same step.
  await page.reload();
  await expectStep(page, 4, 'Pembangunan / rehabilitasi TPS');
  await expectCameraOn(page, sitesOf('tps'));

  // A viewer follows on another screen, opened on the same step: read-only.
  const viewer = await viewerPage(browser, '/rapat?langkah=4');
  await expect(viewer.getByTestId('meeting-run').locator('h1')).toHaveText(TITLE);
  await expect(viewer.getByText('Anda mengikuti rapat ini (hanya baca).')).toBeVisible();
  await expect(viewer.locator('#meeting-step-title')).toHaveText('Pembangunan / rehabilitasi TPS');
  await expect(viewer.getByTestId('meeting-decision')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Akhiri rapat' })).toHaveCount(0);
  await expect(viewer.getByText('Catat keputusan')).toHaveCount(0);

  // Record a decision on the TPS step; keys typed in the field do not change the step.
  const step = page.getByTestId('meeting-step');
  await expect(step).toHaveAttribute('data-program-id', 'tps');
  await step.getByText('Catat keputusan').click();
  const decisionForm = step.getByTestId('decision-form');
  await decisionForm.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(decisionForm.getByText(/Isi keputusan wajib diisi/)).toBeVisible();
  const decisionField = decisionForm.getByLabel('Isi keputusan');
  await decisionField.fill(DECISION);
  await decisionField.press('ArrowRight');
  await decisionField.press('PageDown');
  await decisionField.press('Home');
  await expectStep(page, 4, 'Pembangunan / rehabilitasi TPS');
  await decisionForm.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(decisionForm.getByRole('status')).toHaveText('Keputusan tercatat.');
  await expect(step.getByTestId('meeting-decision')).toContainText([DECISION]);

  // And a follow-up with owner OPD and due date: it joins the program's open follow-ups.
  await step.getByText('Tambah tindak lanjut').click();
  const followUpForm = step.getByTestId('follow-up-form');
  await followUpForm.getByLabel('Uraian tindak lanjut').fill(FOLLOW_UP);
  await followUpForm.getByLabel('OPD penanggung jawab').selectOption('DLH');
  await followUpForm.getByLabel('Tenggat (opsional)').fill('2026-12-31');
  await followUpForm.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(followUpForm.getByRole('status')).toHaveText('Tindak lanjut tercatat.');
  await expect(step.getByTestId('follow-up').filter({ hasText: FOLLOW_UP })).toContainText('DLH');

  // The viewer's screen shows both without a reload (live updates).
  await expect(viewer.getByTestId('meeting-decision')).toContainText([DECISION]);
  await expect(viewer.getByTestId('follow-up').filter({ hasText: FOLLOW_UP })).toBeVisible();

  // The admin who opened the meeting presents it; the viewer follows the presenter.
  await expect(page.getByRole('button', { name: 'Sajikan ke semua layar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(viewer.getByTestId('meeting-following')).toHaveText('Mengikuti penyaji');

  // End and End key: the last step, then back to the first with Home.
  await page.locator('body').focus();
  await page.keyboard.press('End');
  await expectStep(page, 13, 'Kauman');
  await expect(page.getByTestId('meeting-step')).toHaveAttribute(
    'data-kelurahan-code',
    KAUMAN.code,
  );
  const [west, south, east, north] = KAUMAN.bbox;
  await expectCameraFraming(page, [
    [west, south],
    [east, north],
  ]);
  await expectStep(viewer, 13, 'Kauman');

  // The viewer looks back by itself and stops following until it asks to follow again.
  await viewer.locator('body').focus();
  await viewer.keyboard.press('ArrowLeft');
  await expectStep(viewer, 12, 'Penyelenggaraan Porprov Jatim IX 2025');
  await page.keyboard.press('Home');
  await expectStep(page, 1, 'Sejak rapat terakhir');
  await expect(viewer.getByTestId('meeting-following')).toHaveCount(0);
  await expectStep(viewer, 12, 'Penyelenggaraan Porprov Jatim IX 2025');
  await viewer.getByRole('button', { name: 'Ikuti penyaji' }).click();
  await expectStep(viewer, 1, 'Sejak rapat terakhir');

  // A new agenda makes the server forget the step; the presenter's screen says it again.
  await page.keyboard.press('ArrowRight');
  await expectStep(viewer, 2, 'Revitalisasi Pasar Besar');
  const runningId = Number(await run.getAttribute('data-meeting-id'));
  const presented = async () =>
    (await trpcQuery<MeetingDetail>(page.request, 'meetings.byId', { id: runningId }))
      .presentedStep;
  const { agenda } = await trpcQuery<MeetingDetail>(page.request, 'meetings.byId', {
    id: runningId,
  });
  await trpcMutate(page.request, 'meetings.setAgenda', { id: runningId, agenda });
  await expect.poll(presented).toBe(1);
  await expectStep(viewer, 2, 'Revitalisasi Pasar Besar');
  await page.keyboard.press('Home');
  await expectStep(viewer, 1, 'Sejak rapat terakhir');

  // End the meeting (asked twice): the stored summary shows the decision and the follow-up.
  const meetingId = Number(await run.getAttribute('data-meeting-id'));
  await page.getByRole('button', { name: 'Akhiri rapat' }).click();
  await page.getByRole('button', { name: 'Ya, akhiri' }).click();
  const summary = page.getByTestId('meeting-summary');
  await expect(summary).toHaveAttribute('data-meeting-id', String(meetingId));
  await expect(summary.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(summary.getByTestId('meeting-decision')).toContainText([DECISION]);
  await expect(summary.getByTestId('meeting-decision')).toContainText([
    'Pembangunan / rehabilitasi TPS',
  ]);
  await expect(summary.getByTestId('meeting-follow-up')).toContainText([FOLLOW_UP]);
  await expect(page).not.toHaveURL(/langkah=/);

  // The viewer's screen turns to the same summary.
  await expect(viewer.getByTestId('meeting-summary')).toHaveAttribute(
    'data-meeting-id',
    String(meetingId),
  );
  await expect(viewer.getByTestId('meeting-summary').getByTestId('meeting-decision')).toContainText(
    [DECISION],
  );
  await viewer.context().close();

  // The API holds the same meeting, read with the browser's session cookie.
  const stored = await trpcQuery<MeetingDetail>(page.request, 'meetings.byId', { id: meetingId });
  expect(stored.title).toBe(TITLE);
  expect(stored.endedAt).not.toBeNull();
  expect(stored.agenda).toHaveLength(12);
  expect(stored.agenda.slice(0, 3)).toEqual([
    { kind: 'program', programId: 'pasar-besar' },
    { kind: 'program', programId: 'banjir-suhat' },
    { kind: 'program', programId: 'tps' },
  ]);
  expect(stored.agenda.at(-1)).toEqual({ kind: 'kelurahan', kelurahanCode: KAUMAN.code });
  expect(stored.decisions).toEqual([expect.objectContaining({ programId: 'tps', text: DECISION })]);
  expect(stored.followUps).toEqual([
    expect.objectContaining({
      programId: 'tps',
      description: FOLLOW_UP,
      ownerOpd: 'DLH',
      dueDate: '2026-12-31',
    }),
  ]);

  // Back on the start screen, the meeting is listed with the earlier ones.
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page.getByTestId('past-meeting').filter({ hasText: TITLE })).toBeVisible();
});
