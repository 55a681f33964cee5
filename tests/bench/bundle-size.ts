import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '@peta/server';

export interface BundleResult {
  /**
   * Gzipped bytes of the page scripts the browser fetched before the map was fully drawn
   * (entry, preloads and the lazy chunks the first view pulls in), without the MapLibre worker.
   */
  readonly fetchedForFirstView: number;
  /** Gzipped bytes of the entry script and every module it preloads (the first view). */
  readonly firstViewJs: number;
  /** Gzipped bytes of the MapLibre worker, fetched at map start. */
  readonly worker: number;
  /** Gzipped bytes of every other JS chunk (loaded on demand). */
  readonly lazyJs: number;
  readonly firstViewFiles: readonly string[];
}

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Sizes of the built client's JS, from what `client/dist/index.html` loads up front. */
export function measureBundle(
  fetched: readonly string[],
  distDir = path.join(REPO_ROOT, 'client', 'dist'),
): BundleResult {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const firstView = new Set<string>();
  for (const match of html.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
  )) {
    if (match[1]) firstView.add(match[1].replace(/^\//, ''));
  }
  const assets = readdirSync(path.join(distDir, 'assets')).filter(
    (f) => f.endsWith('.js') || f.endsWith('.mjs'),
  );
  let worker = 0;
  let lazyJs = 0;
  for (const file of assets) {
    const rel = `assets/${file}`;
    if (firstView.has(rel)) continue;
    if (file.includes('worker')) worker += gzipped(path.join(distDir, rel));
    else lazyJs += gzipped(path.join(distDir, rel));
  }
  const firstViewJs = [...firstView].reduce(
    (sum, rel) => sum + gzipped(path.join(distDir, rel)),
    0,
  );
  const fetchedForFirstView = fetched
    .filter((pathname) => !pathname.includes('worker'))
    .reduce((sum, pathname) => sum + gzipped(path.join(distDir, pathname.replace(/^\//, ''))), 0);
  return { fetchedForFirstView, firstViewJs, worker, lazyJs, firstViewFiles: [...firstView] };
}
