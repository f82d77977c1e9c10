/**
 * `npm run sri [-- <base URL>]`: Subresource Integrity for the script-tag build in dist/. Prints the entry's
 * `integrity` value and an import map that gives every chunk it can load a hash too (the `integrity` attribute
 * covers only the file its tag names). Base URL default: jsDelivr for this package version.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { referencedChunks } from '../bench/lib/sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** The entry's URL and hash under `base`, and the import map that gives each chunk its hash. */
export function subresourceIntegrity(base) {
  const entry = resolve(dist, 'hibob-link.js');
  const integrity = Object.fromEntries(
    referencedChunks(entry).map((chunk) => [new URL(relative(dist, chunk), base).href, sri(chunk)]),
  );
  return { src: new URL('hibob-link.js', base).href, integrity: sri(entry), importMap: { integrity } };
}

if (process.argv[1] === import.meta.filename) {
  const base = (process.argv[2] ?? `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`).replace(/\/?$/, '/');
  const { src, integrity, importMap } = subresourceIntegrity(base);
  console.log(`<script type="importmap">\n${JSON.stringify(importMap, null, 2)}\n</script>`);
  console.log(`<script type="module" src="${src}"\n  integrity="${integrity}" crossorigin="anonymous"></script>`);
}
