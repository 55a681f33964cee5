import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './harness.ts';
import { userAdd } from './process-harness.ts';

// Each run starts tsx and opens PGlite (the first creates the data directory): slow on 2 cores.
describe('pnpm user:add (CLI against a PGlite data directory)', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'peta-cli-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains wrong options clearly and exits 2 without touching the database', async () => {
    const display = await userAdd(dataDir, ['--username', 'layar', '--role', 'display']);
    expect(display.code).toBe(2);
    expect(display.stderr).toContain('display is not an account role');
    const role = await userAdd(dataDir, ['--username', 'x-user', '--role', 'bos']);
    expect(role.stderr).toContain('--role must be one of admin, opd, viewer (got "bos")');
    const noOpd = await userAdd(dataDir, ['--username', 'staf', '--role', 'opd']);
    expect(noOpd.stderr).toContain('--opd is required for role opd');
    expect(noOpd.stderr).toContain('DLH');
    const badOpd = await userAdd(dataDir, [
      '--username',
      'staf',
      '--role',
      'opd',
      '--opd',
      'Dinas X',
    ]);
    expect(badOpd.stderr).toContain('Unknown OPD "Dinas X"');
    const opdForViewer = await userAdd(dataDir, [
      '--username',
      'lihat',
      '--role',
      'viewer',
      '--opd',
      'DLH',
    ]);
    expect(opdForViewer.stderr).toContain('--opd applies only to role opd');
    const badName = await userAdd(dataDir, ['--username', 'A', '--role', 'viewer']);
    expect(badName.stderr).toContain('--username: Nama pengguna 3–32 karakter');
    const short = await userAdd(
      dataDir,
      ['--username', 'pendek', '--role', 'viewer', '--password-stdin'],
      'pendek\n',
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('Kata sandi minimal 10 karakter');
    for (const run of [role, noOpd, badOpd, opdForViewer, badName]) expect(run.code).toBe(2);
  });

  it('adds users with a password from stdin or a generated one printed once', async () => {
    const fromStdin = await userAdd(
      dataDir,
      [
        '--username',
        'staf-dlh',
        '--role',
        'opd',
        '--opd',
        'dlh',
        '--display-name',
        'Staf DLH',
        '--password-stdin',
      ],
      'sandi-dari-stdin\n',
    );
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toMatch(/Created opd account "staf-dlh" \(id \d+, OPD DLH\)/);
    expect(fromStdin.stdout).not.toContain('sandi-dari-stdin');

    const generated = await userAdd(dataDir, ['--username', 'pimpinan', '--role', 'viewer']);
    expect(generated.code).toBe(0);
    const password = /Password \(shown only this once\): (\S+)/.exec(generated.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[\w-]{24}$/);

    const duplicate = await userAdd(dataDir, ['--username', 'pimpinan', '--role', 'viewer']);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('sudah dipakai');
    expect(duplicate.stdout).not.toContain('Password');

    const server = await openPglite(dataDir);
    try {
      expect(
        await server.caller.auth.login({ username: 'staf-dlh', password: 'sandi-dari-stdin' }),
      ).toMatchObject({ role: 'opd', opd: 'DLH', name: 'Staf DLH' });
      expect(await server.caller.auth.login({ username: 'pimpinan', password })).toMatchObject({
        role: 'viewer',
      });
      const admin = await server.callerAs('admin');
      const audit = await admin.caller.audit.list({ limit: 200 });
      expect(audit.items.filter((a) => a.action === 'user:add').map((a) => a.actorName)).toEqual([
        'cli',
        'cli',
      ]);
    } finally {
      await server.close();
    }
  });
});
