/**
 * `npm run size`: the fast CI check. Builds only dist/hibob-link.js (`vite build --mode cdn`, NODE_ENV=production)
 * — or, with --no-build, takes the one already there — and exits 1 when its gzip size (level 9) is over the budget
 * in bench/budget.json (or the file after --budget). A size budget, not a timing: it does not depend on the machine.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH, DIST, ROOT, buildCdn, isLitDevBuild } from './lib/build.mjs';
import { bundleSizes } from './lib/sizes.mjs';

process.chdir(ROOT);
if (!process.argv.includes('--no-build')) buildCdn();

const budgetAt = process.argv.indexOf('--budget');
const budgetFile = budgetAt > 0 ? resolve(process.argv[budgetAt + 1]) : resolve(BENCH, 'budget.json');
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
const entry = resolve(DIST, 'hibob-link.js');
const { entry: sizes, chunks } = bundleSizes(entry, ROOT);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

let over = false;
for (const { file, raw, gzip, brotli } of [sizes, ...chunks]) {
  const limit = budget[file.replace(/^dist\//, '')]?.gzip;
  const verdict = limit === undefined ? '' : gzip <= limit ? '  OK' : `  OVER by ${gzip - limit} B`;
  over ||= limit !== undefined && gzip > limit;
  console.log(
    `${file}: gzip ${gzip} B (${kb(gzip)})${limit === undefined ? '' : `, budget ${limit} B (${kb(limit)})`}` +
      `${verdict}; brotli ${brotli} B, raw ${raw} B`,
  );
}
if (isLitDevBuild(entry)) {
  console.warn("warning: dist/hibob-link.js carries Lit's development build (built with NODE_ENV≠production)");
}
process.exit(over ? 1 : 0);
