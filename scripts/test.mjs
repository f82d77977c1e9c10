/**
 * `npm test`: every Vitest project (node unit/server tests and the browser tests in headless Chromium),
 * then one closing line "N passed, N failed" that CI reads. Extra arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`)\n' +
      'or point CHROME_PATH at a Chrome/Chromium binary.',
  );
  process.exit(1);
}

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + (result.numTotalTestSuites && !result.success && !result.numFailedTests ? 1 : 0);
  skipped = result.numPendingTests + result.numTodoTests;
} catch {
  failed = Math.max(1, failed); // no report: the run itself broke
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
