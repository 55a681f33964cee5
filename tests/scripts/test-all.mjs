// The whole test suite, in CI order: format → typecheck → lint → geodata build → unit and
// server tests (PGlite and PostgreSQL) → client builds (production, and e2e with the test
// hook) → the hook only in the e2e build → e2e in headless Chromium.
// On a fresh Debian machine, run as root, it first installs the missing PostgreSQL binaries and
// Chromium with apt-get, as .ci/run does.
// Ends with one "N passed, N failed, N skipped" line counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'tests', '.out');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args, options = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0 && (!options.check || options.check(result.stdout ?? ''));
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (!ok) {
    totals.failed += 1;
    finish();
  }
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

function finish() {
  countVitest(path.join(out, 'vitest.json'));
  countPlaywright(path.join(out, 'playwright.json'));
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

/** Whether `command` is on PATH. */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The places tests/setup/find-postgres.ts looks for initdb. */
function hasPostgresBinaries() {
  if (onPath('initdb') || existsSync('/usr/local/bin/initdb')) return true;
  const debian = '/usr/lib/postgresql';
  return (
    existsSync(debian) &&
    readdirSync(debian).some((version) => existsSync(path.join(debian, version, 'bin', 'initdb')))
  );
}

/**
 * Installs what the tests need and the machine lacks (PostgreSQL binaries for the throwaway
 * test server, Chromium for e2e) with apt-get when running as root; otherwise says what to do.
 */
function provision() {
  const missing = [];
  const postgresWanted =
    !process.env.DATABASE_URL && process.env.PETA_TEST_ALLOW_NO_POSTGRES !== '1';
  if (postgresWanted && !hasPostgresBinaries()) missing.push('postgresql');
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (!chromium.some((c) => c && existsSync(c))) missing.push('chromium');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    console.log(
      `\n! Missing: ${missing.join(', ')}. Install as root: apt-get install -y ${missing.join(' ')}`,
    );
    return;
  }
  console.log(`\n▶ provisioning: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  const aptGet = (args) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  // Debian's postgresql package would start its own cluster; the tests start their own server.
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = existsSync(policy);
  let ok = aptGet(['update', '-q']);
  if (ok) {
    if (!hadPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    ok = aptGet(['install', '-y', '-q', '--no-install-recommends', ...missing]);
    if (!hadPolicy) rmSync(policy, { force: true });
  }
  console.log(`${ok ? '✔' : '✘'} provisioning`);
  if (!ok) {
    totals.failed += 1;
    finish();
  }
}

const pnpm = 'pnpm';
provision();
// A fresh clone has no node_modules; an installed one is checked against the lockfile in seconds.
step('install', pnpm, ['install', '--frozen-lockfile']);
step('format', pnpm, ['exec', 'prettier', '--check', '.']);
step('typecheck', pnpm, ['-r', '--workspace-concurrency=1', 'typecheck']);
step('lint', pnpm, ['exec', 'eslint', '.', '--max-warnings=0']);
step(
  'migrations match the schema',
  pnpm,
  ['--filter', '@peta/server', 'exec', 'drizzle-kit', 'generate'],
  { capture: true, check: (output) => output.includes('No schema changes') },
);
step('geodata build', pnpm, ['--filter', '@peta/geodata', 'build']);
step('unit and server tests', pnpm, [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(out, 'vitest.json')}`,
]);
step('client build', pnpm, ['--filter', '@peta/client', 'build']);
// The same build with the test hook window.__peta, served to the e2e tests only.
step('client build for e2e', pnpm, ['--filter', '@peta/client', 'build:e2e']);
step('test hook only in the e2e build', 'node', ['tests/scripts/check-test-hooks.mjs']);
step('e2e (headless Chromium)', pnpm, [
  '--filter',
  '@peta/tests',
  'exec',
  'playwright',
  'test',
  '--config',
  'e2e/playwright.config.ts',
]);
finish();
