import { REPO_ROOT } from '@peta/server';
import { expect } from 'vitest';

/** Words of SQL, query parameters, password hashes and file paths, lower case. */
const LEAK_MARKERS = [
  'select ',
  'insert ',
  'update "',
  'from "',
  'scrypt',
  '$1',
  'params:',
  '/work/',
];

/**
 * Asserts that `text`, a response body, holds nothing a client must never see: SQL, its
 * parameters, password hashes, stack frames or file paths of the server.
 */
export function expectNoLeak(text: string, label: string): void {
  const lower = text.toLowerCase();
  for (const marker of LEAK_MARKERS) {
    expect(lower.includes(marker), `${label}: contains ${marker}`).toBe(false);
  }
  expect(text.includes(REPO_ROOT), `${label}: contains the repository path`).toBe(false);
  expect(text, label).not.toMatch(/\bat \S.*:\d+:\d+/);
  expect(text, label).not.toMatch(/node_modules|\.ts\b|\.js\b/);
}
