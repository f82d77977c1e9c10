/** gzip (level 9) and brotli (quality 11) sizes with node:zlib. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** The lazy chunks an entry loads, directly or through other chunks: every `./chunks/*.js` its code names. */
export function referencedChunks(entry) {
  const found = new Set();
  const visit = (file) => {
    const code = readFileSync(file, 'utf8');
    for (const [, name] of code.matchAll(/["'`](?:\.\/|\.\.\/)*chunks\/([^"'`/]+\.js)["'`]/g)) {
      const chunk = join(entry, '..', 'chunks', name);
      if (found.has(chunk)) continue;
      if (!existsSync(chunk)) throw new Error(`${file} loads chunks/${name}, which is not there`);
      found.add(chunk);
      visit(chunk);
    }
  };
  visit(entry);
  return [...found].sort();
}

/**
 * Sizes of a bundle's entry and of the lazy chunks it loads (not of stale files a previous build left in
 * chunks/), paths relative to `root`.
 */
export function bundleSizes(entry, root) {
  const describe = (file) => ({ file: relative(root, file), ...compressedSizes(readFileSync(file)) });
  return { entry: describe(entry), chunks: referencedChunks(entry).map(describe) };
}
