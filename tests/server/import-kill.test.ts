import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatasetVersionSummary, ImportPreview, IndicatorYearData } from '@peta/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, signIn, startServer } from './process-harness.ts';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const SOURCE = 'Uji kill -9';

/** A tRPC query's data over HTTP. */
async function query<T>(base: string, procedure: string, input: unknown, cookie: string) {
  const url = `${base}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(url, { headers: { cookie } });
  const body = (await res.json()) as { result: { data: T } };
  return body.result.data;
}

/**
 * Sends the commit on a connection of its own and resolves once the whole request has left
 * this process; the answer (if any ever comes) is ignored.
 */
function sendCommit(base: string, importId: string, cookie: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request(`${base}/api/import/${importId}/commit`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', origin: base, cookie },
    });
    req.on('error', () => undefined);
    req.on('response', (res) => res.resume());
    req.end(JSON.stringify({ source: SOURCE }), resolve);
  });
}

describe('an import commit cut by kill -9', { timeout: 300_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'peta-import-kill-'));
  const dataDir = path.join(root, 'data');
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  // The kill lands at different points of the save (before, during or after the transaction);
  // whichever it is, each year must afterwards be wholly the old or wholly the new version.
  it.each([0, 60, 150, 200, 250, 300, 2000])(
    'leaves every year wholly old or wholly new (kill %i ms after the request)',
    async (delayMs) => {
      const server = await startServer(dataDir);
      const cookie = await signIn(server.base, 'admin', ADMIN_PASSWORD);
      const sample = await query<IndicatorYearData>(
        server.base,
        'indicators.byYear',
        { indicator: 'poverty', year: 2024 },
        cookie,
      );
      const codes = sample.values.map((v) => v.kelurahanCode);
      expect(codes).toHaveLength(57);
      const csv = [
        ['kode', ...YEARS.map(String)].join(';'),
        ...codes.map((code, i) =>
          [code, ...YEARS.map((y) => `${String(i % 9)},${y % 10}`)].join(';'),
        ),
      ].join('\n');
      const form = new FormData();
      form.set('indicator', 'poverty');
      form.set('file', new Blob([csv]), 'kemiskinan-57x7.csv');
      const preview = await fetch(`${server.base}/api/import/preview`, {
        method: 'POST',
        body: form,
        headers: { cookie, origin: server.base, 'X-Peta-Upload': '1' },
      });
      expect(preview.status, await preview.clone().text()).toBe(200);
      const { importId, summary } = (await preview.json()) as ImportPreview;
      expect(summary).toMatchObject({ rows: 57 * 7, errors: 0 });

      await sendCommit(server.base, importId, cookie);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      server.child.kill('SIGKILL');
      expect((await server.exited).signal).toBe('SIGKILL');

      const next = await startServer(dataDir);
      try {
        const again = await signIn(next.base, 'admin', ADMIN_PASSWORD);
        const versions = await query<DatasetVersionSummary[]>(
          next.base,
          'datasets.versions',
          { indicator: 'poverty' },
          again,
        );
        const imported = versions.filter((v) => v.source === SOURCE);
        const perYear = YEARS.map((year) => imported.filter((v) => v.year === year).length);
        // One transaction for all seven years: every year has as many imports as the others.
        expect(new Set(perYear).size).toBe(1);
        for (const year of YEARS) {
          const shown = await query<IndicatorYearData>(
            next.base,
            'indicators.byYear',
            { indicator: 'poverty', year },
            again,
          );
          expect(shown.values).toHaveLength(57);
          const active = versions.find((v) => v.year === year && v.active);
          expect(shown.provenance?.versionId).toBe(active?.versionId);
          if (active?.source === SOURCE) expect(active.rowsUsed).toBe(57);
        }
      } finally {
        next.child.kill('SIGTERM');
        await next.exited;
      }
    },
  );
});
