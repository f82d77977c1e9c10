/**
 * Builds dist/ once per Vitest run for every e2e file that needs it. The e2e files run in parallel workers, and
 * `npm run build` empties dist/ first: two builds at once (or one while another file's server imports dist/)
 * would break each other. A directory lock serialises them and a stamp keyed by the Vitest process skips the
 * rebuild for the files after the first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

const LOCK = 'test-results/.e2e-build.lock';
const STAMP = 'test-results/.e2e-build.json';

/** The Vitest run: workers are forks of its main process (the default `forks` pool). */
function runKey(): string {
  let started = '';
  try {
    started = readFileSync(`/proc/${process.ppid}/stat`, 'utf8').split(' ')[21] ?? '';
  } catch {
    // not Linux: the parent's pid alone
  }
  return `${process.ppid}:${started}`;
}

function run(args: string[]) {
  // Vitest sets NODE_ENV=test, which would bundle Lit's development build into dist/.
  const built = spawnSync('npm', args, {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${built.stdout}\n${built.stderr}`);
}

/** `npm run build` (and the demo page with `demo: true`) unless this Vitest run already did it. */
export async function ensureBuilt({ demo = false }: { demo?: boolean } = {}): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than five minutes belongs to a run that died mid-build.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // gone already
      }
      if (Date.now() - started > 600_000) throw new Error(`waited 10 minutes for ${LOCK}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    const key = runKey();
    let stamp: { key?: string; demo?: boolean } = {};
    try {
      stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    } catch {
      // first build
    }
    if (stamp.key !== key) {
      run(['run', 'build']);
      stamp = { key, demo: false };
      writeFileSync(STAMP, JSON.stringify(stamp));
    }
    if (demo && !stamp.demo) {
      run(['exec', '--', 'vite', 'build', '--mode', 'demo', '--logLevel', 'error']);
      writeFileSync(STAMP, JSON.stringify({ ...stamp, demo: true }));
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
