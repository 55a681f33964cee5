// The e2e test hook `window.__peta` (client/src/map/test-hooks.ts) must be in the e2e build
// (client/dist-e2e) and nowhere in the production build (client/dist). Exits non-zero otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client');
const HOOK = '__peta';

/** The JavaScript files of a build's assets, with their text. */
function bundle(dir) {
  const assets = path.join(client, dir, 'assets');
  if (!existsSync(assets)) throw new Error(`${dir} is not built: no ${assets}`);
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  if (files.length === 0) throw new Error(`${dir} has no JavaScript in ${assets}`);
  return files.map((f) => ({
    file: `${dir}/assets/${f}`,
    text: readFileSync(path.join(assets, f), 'utf8'),
  }));
}

const leaks = bundle('dist').filter((b) => b.text.includes(HOOK));
const hooked = bundle('dist-e2e').some((b) => b.text.includes(HOOK));
if (leaks.length > 0)
  console.error(`✘ the production build contains ${HOOK}: ${leaks.map((b) => b.file).join(', ')}`);
if (!hooked) console.error(`✘ the e2e build lacks ${HOOK}: the e2e tests could not reach the map`);
if (leaks.length > 0 || !hooked) process.exit(1);
console.log(`✔ ${HOOK} is in the e2e build only`);
