/**
 * The Custom Elements Manifest, generated from src/hibob-link.ts by @custom-elements-manifest/analyzer with
 * custom-elements-manifest.config.mjs. `node scripts/manifest.mjs` (part of `npm run build`) writes
 * dist/custom-elements.json; tests and scripts/api-docs.mjs call `generateManifest()` and need no build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const manifestPath = resolve(root, 'dist/custom-elements.json');

/** The manifest as an object, computed from the sources (nothing is written). */
export async function generateManifest() {
  return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
}

/** The `<hibob-link>` class declaration of a manifest. */
export function elementDeclaration(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === 'hibob-link') return declaration;
    }
  }
  throw new Error('the manifest describes no <hibob-link>');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = await generateManifest();
  elementDeclaration(manifest);
  mkdirSync(dirname(manifestPath), { recursive: true });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`custom elements manifest: ${manifestPath.slice(root.length + 1)}`);
}
