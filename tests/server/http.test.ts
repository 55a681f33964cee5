import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, REPO_ROOT } from '@peta/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geodataBuildDir, openPglite, type TestServer } from './harness.ts';

/** The app over real HTTP, on PGlite kept in a data directory. */
describe('HTTP server with PGlite in a data directory', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peta-data-'));
  let server: TestServer;
  let http: Server;
  let base: string;

  beforeAll(async () => {
    server = await openPglite(dataDir);
    const app = createApp(server.deps, {
      clientDistDir: path.join(REPO_ROOT, 'client', 'dist'),
      geodataBuildDir,
    });
    await new Promise<void>((resolve) => {
      http = app.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    const address = http.address();
    if (typeof address !== 'object' || !address) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports health and the database kind', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'pglite' });
  });

  it('serves tRPC queries in the standard wire format', async () => {
    const res = await fetch(`${base}/trpc/kelurahan.list`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: unknown[] } };
    expect(body.result.data).toHaveLength(57);
  });

  it('turns bad input into BAD_REQUEST with the zod field message, not a 500', async () => {
    const input = encodeURIComponent(JSON.stringify({ id: '' }));
    const res = await fetch(`${base}/trpc/programs.byId?input=${input}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { message: string; data: { code: string; zodError: { fieldErrors: object } } };
    };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.message).toBe('id: ID program wajib diisi');
    expect(body.error.data.zodError.fieldErrors).toHaveProperty('id');
  });

  it('serves the map topology and sends security headers', async () => {
    const res = await fetch(`${base}/geodata/kelurahan.topo.json`);
    expect(res.status).toBe(200);
    const topology = (await res.json()) as { type: string; objects: Record<string, unknown> };
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects)).toEqual(
      expect.arrayContaining(['kelurahan', 'kecamatan', 'city']),
    );
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('keeps data across a restart and does not re-seed over edits', async () => {
    await server.deps.db.execute(
      sql`update programs set physical_progress = 42 where id = 'pasar-besar'`,
    );
    await server.deps.database.close();
    const reopened = await openPglite(dataDir);
    try {
      const program = await reopened.caller.programs.byId({ id: 'pasar-besar' });
      expect(program.physicalProgress).toBe(42);
      expect(await reopened.caller.kelurahan.list()).toHaveLength(57);
    } finally {
      server = reopened;
    }
  });
});
