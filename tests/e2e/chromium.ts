import { existsSync } from 'node:fs';

/**
 * Flags for headless Debian Chromium with software WebGL (SwiftShader) and no outside network
 * (TOOLCHAIN.md). Never add --disable-software-rasterizer: it kills WebGL.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** The system Chromium (browser downloads fail on these machines). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c ?? ''));
  if (!found) {
    throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH.');
  }
  return found;
}
