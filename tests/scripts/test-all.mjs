// The whole test suite, in CI order: format → typecheck → lint → geodata build → unit and
// server tests (PGlite and PostgreSQL) → client build → e2e in headless Chromium.
// Ends with one "N passed, N failed, N skipped" line counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

const pnpm = 'pnpm';
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
