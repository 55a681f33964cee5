import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@peta/server';

export interface ImportBenchResult {
  readonly label: string;
  readonly ms: number;
  /** Peak RSS of the process that ran the preview. */
  readonly maxRssMb: number;
  /** RSS of that process before reading the file (Node, tsx and the server code loaded). */
  readonly baselineRssMb: number;
  readonly rows: number;
  readonly ok: number;
}

const NAMES = ['Sukun', 'Gadang', 'Dinoyo', 'Kasin', 'KEL. ORO-ORO DOWO', 'Bandung Rejosari'];

/** A household extract (made-up rows, `;`, Windows-1252-free) of `n` rows. */
function householdCsv(n: number): string {
  const lines = ['no_kk;nama_kepala;alamat;kelurahan;tahun;anggota;penghasilan'];
  for (let i = 0; i < n; i += 1) {
    lines.push(
      `3573${String(100000000 + i)};Warga ${i};Jl. Contoh ${i % 300} RT ${i % 12};${NAMES[i % NAMES.length] ?? ''};2024;${(i % 6) + 1};${(1_000_000 + (i % 97) * 25_000).toLocaleString('id-ID')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function run(label: string, file: string, mapping: object, kind: string): ImportBenchResult {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'tests', 'bench', 'import-preview-worker.ts'),
      file,
      JSON.stringify(mapping),
      kind,
    ],
    { cwd: path.join(REPO_ROOT, 'tests'), encoding: 'utf8' },
  );
  return { label, ...(JSON.parse(out) as Omit<ImportBenchResult, 'label'>) };
}

/**
 * Import previews, each in its own process: the 57 × 7-year wide workbook fixture, and a
 * 100,000-row household CSV in aggregate mode (count per kelurahan-year).
 */
export function benchImportPreview(): ImportBenchResult[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'peta-import-bench-'));
  const csv = path.join(dir, 'households-100k.csv');
  writeFileSync(csv, householdCsv(100_000));
  return [
    run(
      'wide workbook 57 × 7 years',
      path.join(REPO_ROOT, 'tests', 'fixtures', 'import', 'wide-57x7.xlsx'),
      {},
      'percent',
    ),
    run(
      'household CSV 100,000 rows, aggregate count',
      csv,
      { aggregate: { mode: 'count' } },
      'count',
    ),
  ];
}
