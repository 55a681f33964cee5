// `pnpm bench`: speed and size as ratios side by side in one run (not part of the tests).
import { measureBundle } from './bundle-size.ts';
import { benchPageLoad } from './page-load.ts';
import { benchImportPreview } from './import-preview.ts';
import { benchSpatialJoin } from './spatial-join.ts';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

const rows: [string, string, string, string][] = [];

const load = await benchPageLoad(5);
const ratio = median(load.appMs) / median(load.bareMs);
rows.push([
  '(a) navigation → map drawn with poverty layer (median of 5)',
  `app ${ms(median(load.appMs))} / bare ${ms(median(load.bareMs))}`,
  `ratio ${ratio.toFixed(2)}`,
  ratio <= 1.5 ? 'meets ≤ 1.5' : 'MISSES ≤ 1.5',
]);

const bundle = measureBundle(load.firstViewScripts);
rows.push([
  // TOOLCHAIN.md counts the MapLibre worker apart from the page's JS; it is shown beside it.
  '(b) page JS fetched until the map is fully drawn, gzipped',
  `${kb(bundle.fetchedForFirstView)} (of which entry + preloads ${kb(bundle.firstViewJs)}); + MapLibre worker ${kb(bundle.worker)}`,
  `${((bundle.fetchedForFirstView / (800 * 1024)) * 100).toFixed(0)} % of budget`,
  bundle.fetchedForFirstView <= 800 * 1024 ? 'meets ≤ 800 KB' : 'MISSES ≤ 800 KB',
]);

const join = benchSpatialJoin();
rows.push([
  `(c) spatial join, ${join.points.toLocaleString('en')} random points`,
  `indexed ${ms(join.indexedMs)}; brute force ${ms(join.bruteForceMs)} for ${join.bruteForcePoints.toLocaleString('en')}`,
  `speed-up ${join.speedup.toFixed(1)}×${join.agree ? '' : ' (DISAGREE!)'}`,
  join.speedup >= 20 && join.indexedMs < 3000 ? 'meets ≥ 20× and < 3 s' : 'MISSES ≥ 20× / < 3 s',
]);

for (const preview of benchImportPreview()) {
  const grown = preview.maxRssMb - preview.baselineRssMb;
  rows.push([
    `(d) import preview, ${preview.label} (${preview.rows.toLocaleString('en')} values)`,
    `${ms(preview.ms)}; peak RSS ${preview.maxRssMb.toFixed(0)} MB (+${grown.toFixed(0)} MB over ${preview.baselineRssMb.toFixed(0)} MB at start)`,
    `${(preview.ms / 1000).toFixed(2)} s`,
    preview.ms < 10_000 && grown < 200 ? 'meets < 10 s, < +200 MB' : 'MISSES < 10 s / < +200 MB',
  ]);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
console.log(line(['benchmark', 'measured', 'ratio', 'target']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log(
  `\napp runs: ${load.appMs.map(ms).join(', ')}\nbare runs: ${load.bareMs.map(ms).join(', ')}`,
);
console.log(`first-view scripts: ${load.firstViewScripts.join(', ')}`);
