// One import preview in its own process, so its peak RSS is the engine's alone (run by
// import-preview.ts). Prints JSON: { ms, maxRssMb, baselineRssMb, rows, values }.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPreview, readImportFile, REPO_ROOT, type KelurahanRef } from '@peta/server';
import { GEODATA_FILES, importMappingSchema, type KelurahanArtifact } from '@peta/shared';

const [file = '', mappingJson = '{}', kind = 'percent'] = process.argv.slice(2);
const artifact = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'geodata', 'dist', GEODATA_FILES.kelurahan), 'utf8'),
) as KelurahanArtifact;
const kelurahan: KelurahanRef[] = artifact.kelurahan.map(({ code, name, kecamatan }) => ({
  code,
  name,
  kecamatan,
}));
const bytes = readFileSync(file);
const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
const mapping = importMappingSchema.parse(JSON.parse(mappingJson));
const started = performance.now();
const table = await readImportFile(bytes, path.basename(file), mapping);
const preview = buildPreview({
  table,
  mapping,
  importId: 'bench',
  fileName: path.basename(file),
  fileSha256: '',
  indicator: { slug: 'bench', numberKind: kind as 'percent' | 'count' },
  kelurahan,
  active: new Map(),
  language: 'id',
  now: new Date(),
  expiresAt: new Date(),
});
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb,
    rows: preview.summary.rows,
    ok: preview.summary.ok,
  }),
);
