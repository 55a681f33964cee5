import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@peta/server';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium.ts';

export interface LoadResult {
  /** Every JS file the app fetched until its map was fully drawn (paths under the site root). */
  readonly firstViewScripts: readonly string[];
  readonly runs: number;
  readonly appMs: readonly number[];
  readonly bareMs: readonly number[];
}

const APP_PORT = 3310;
const BARE_PORT = 3311;
const bareDir = path.join(REPO_ROOT, 'tests', '.out', 'bench-bare');

async function startApp(): Promise<ChildProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peta-bench-'));
  const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(REPO_ROOT, 'server'),
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${APP_PORT}/healthz`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the app server did not start');
}

/** Serves the bare page and forwards /trpc and /geodata to the app, so both fetch the same. */
function startBare(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/trpc') || url.startsWith('/geodata')) {
      void fetch(`http://127.0.0.1:${APP_PORT}${url}`).then(async (upstream) => {
        res.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? '',
        });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      });
      return;
    }
    const file = path.join(bareDir, url === '/' ? 'index.html' : (url.split('?')[0] ?? ''));
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/javascript';
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(BARE_PORT, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/** Milliseconds from navigation start to the performance mark `mark`, in a fresh context. */
async function timeTo(
  browser: Browser,
  url: string,
  mark: string,
  scripts?: Set<string>,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (/\.m?js$/.test(pathname)) scripts?.add(pathname);
  });
  await page.goto(url);
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
    mark,
    { timeout: 60_000, polling: 50 },
  );
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}

/**
 * Time from navigation to a fully drawn map with the poverty layer: the built app against a
 * bare MapLibre + deck.gl page drawing the same polygons, alternating, in fresh contexts.
 */
export async function benchPageLoad(runs = 5): Promise<LoadResult> {
  await build({
    root: path.join(REPO_ROOT, 'tests', 'bench', 'bare'),
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, target: 'es2022' },
  });
  const app = await startApp();
  const bare = await startBare();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const appMs: number[] = [];
    const bareMs: number[] = [];
    // One unmeasured round warms the server and the OS file cache for both, and records which
    // scripts the app needs for its first fully drawn view.
    const firstViewScripts = new Set<string>();
    await timeTo(
      browser,
      `http://127.0.0.1:${APP_PORT}/?layers=poverty&year=2025`,
      'peta:map-ready',
      firstViewScripts,
    );
    await timeTo(browser, `http://127.0.0.1:${BARE_PORT}/`, 'bare:ready');
    for (let i = 0; i < runs; i++) {
      appMs.push(
        await timeTo(
          browser,
          `http://127.0.0.1:${APP_PORT}/?layers=poverty&year=2025`,
          'peta:map-ready',
        ),
      );
      bareMs.push(await timeTo(browser, `http://127.0.0.1:${BARE_PORT}/`, 'bare:ready'));
    }
    return { firstViewScripts: [...firstViewScripts], runs, appMs, bareMs };
  } finally {
    await browser.close();
    bare.close();
    app.kill();
  }
}
