/**
 * Builds what the bench measures: the package (`npm run build`), the cdn bundle alone (for size.mjs) and the
 * floor, a one-line Lit element built with the cdn build's own Vite settings (vite.config.ts, mode `cdn`) and only
 * its entry and output place changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = resolve(ROOT, 'bench');
export const BUILD_DIR = resolve(BENCH, '.build');
export const FLOOR_ENTRY = resolve(BENCH, 'floor/floor.ts');
export const DIST = resolve(ROOT, 'dist');
/** The floor's build output. */
export const FLOOR_DIR = resolve(BUILD_DIR, 'floor');
/** A copy of dist/ taken right after the build: what the bench measures, whoever rebuilds dist/ meanwhile. */
export const SNAPSHOT = resolve(BUILD_DIR, 'dist');

// Vite picks Lit's `development` export condition whenever NODE_ENV is anything but `production` (a build started
// from inside Vitest inherits NODE_ENV=test), and Lit's dev build is ~4 KB gzip heavier and warns in the console.
// Build the way a release would, whatever the caller's environment says.
const buildEnv = () => ({ ...process.env, NODE_ENV: 'production' });

function run(command, args, what) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: buildEnv(), encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return performance.now() - started;
}

/** `npm run build`: dist/index.js, the other npm entry points, dist/hibob-link.js and the types. */
export const buildPackage = () => run('npm', ['run', 'build'], '`npm run build`');

/** Only dist/hibob-link.js (and its lazy chunks): `vite build --mode cdn`. */
export const buildCdn = () =>
  run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], '`vite build --mode cdn`');

/** bench/.build/floor/floor.js with the cdn build's settings (minified, es2022, one ES module, same conditions). */
export async function buildFloor() {
  const started = performance.now();
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const { build, loadConfigFromFile, mergeConfig } = await import('vite');
  const env = { command: 'build', mode: 'cdn', isSsrBuild: false, isPreview: false };
  const loaded = await loadConfigFromFile(env, resolve(ROOT, 'vite.config.ts'), ROOT, 'silent');
  if (!loaded) throw new Error('vite.config.ts not found');
  const cdn = loaded.config.build ?? {};
  // Only the entry, the file name and the output folder change; whether the cdn build uses lib mode or plain
  // rolldown input, its other settings (minify, target, format, resolve conditions, plugins) are kept as they are.
  const entryOverride = cdn.lib
    ? { lib: { entry: FLOOR_ENTRY, fileName: () => 'floor.js' } }
    : { rolldownOptions: { input: FLOOR_ENTRY, output: { entryFileNames: 'floor.js' } } };
  const config = mergeConfig(loaded.config, {
    root: ROOT,
    build: {
      outDir: FLOOR_DIR,
      emptyOutDir: true,
      ...entryOverride,
    },
  });
  config.build.rolldownOptions = {
    ...config.build.rolldownOptions,
    output: { ...config.build.rolldownOptions?.output, chunkFileNames: 'chunks/floor-[name]-[hash].js' },
  };
  try {
    await build({ ...config, configFile: false, mode: 'cdn', logLevel: 'warn' });
  } finally {
    if (previousEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousEnv;
  }
  return performance.now() - started;
}

/**
 * Copies dist/ (without demo/ and types/) to bench/.build/dist/ and checks that the copy is whole: other work on the
 * machine may rebuild dist/ (`vite build` empties it first) while the bench runs.
 */
export function snapshotDist(needed) {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(DIST, SNAPSHOT, {
    recursive: true,
    filter: (source) => !/[/\\]dist[/\\](demo|types)$/.test(source),
  });
  const missing = needed.filter((file) => !existsSync(resolve(SNAPSHOT, file)));
  if (missing.length) throw new Error(`dist/ is incomplete (${missing.join(', ')}): was it being rebuilt?`);
}

/** True when a bundle carries Lit's development build (see buildEnv). */
export const isLitDevBuild = (file) => readFileSync(file, 'utf8').includes('Lit is in dev mode');
