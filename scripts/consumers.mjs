/**
 * `npm run consumers`: proof in real consumers. Builds and `npm pack`s the package, installs the tarball into
 * copies of examples/ in a temporary folder, and checks each the way a host would use it:
 *
 *   script-tag   plain HTML + <script type="module"> with Subresource Integrity, under a strict CSP → link in Chromium
 *   react-vite   Vite + React app on hibob-link/react: tsc, vite build, SSR import on Node → link in Chromium
 *   node-server  hibob-link/server + hibob-link/testing/node: permission check against the emulator on loopback
 *
 * Ends with "consumers: N passed, N failed"; exit code 1 if any failed. `--keep` keeps the temporary folder.
 * Installs use `--prefer-offline`: after `npm ci` every dependency is in the npm cache (same versions as ours).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'hibob-link-consumers-'));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CREDENTIALS = { serviceUserId: 'SERVICE-4242', token: 'a1B2'.repeat(10) };
// The policy api.md promises hosts can keep: no inline scripts or styles, no third-party origins.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const log = (message) => console.log(`[consumers] ${message}`);
const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)}s`;

/** Runs a command; resolves its output, rejects with the output's tail when it fails. */
function run(command, args, { cwd = root, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** A static file server for `dir` on a loopback port, with the strict CSP. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Copies an example into the work folder and points its `hibob-link` dependency at the tarball. */
function prepare(example, tarball) {
  const dir = join(work, example);
  cpSync(join(root, 'examples', example), dir, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
  });
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(pkg[field] ?? {})) {
      // Our own versions of react, vite, msw…: already in the npm cache after `npm ci`.
      const ours = rootPackage.devDependencies[name] ?? rootPackage.dependencies[name];
      pkg[field][name] = name === 'hibob-link' ? `file:${tarball}` : (ours ?? pkg[field][name]);
    }
  }
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

const install = (dir) =>
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });

/** Opens `url` in Chromium and links a service user through the widget's own fields and button. */
async function linkInBrowser(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  try {
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`GET ${url}: ${response?.status()}`);
    const widget = page.locator('hibob-link').first();
    await widget.getByLabel('Service user ID').fill(CREDENTIALS.serviceUserId);
    await widget.getByLabel('Token', { exact: true }).fill(CREDENTIALS.token);
    await widget.getByRole('button', { name: 'Connect HiBob' }).click();
    await widget.getByRole('heading', { name: 'HiBob is connected' }).waitFor({ timeout: 15_000 });
    const status = (await page.locator('#status').textContent())?.trim();
    if (!status?.startsWith(`linked ${CREDENTIALS.serviceUserId}`)) throw new Error(`host status: "${status}"`);
    if (problems.length) throw new Error(problems.join('\n'));
    return status;
  } finally {
    await page.close();
  }
}

const results = [];
async function consumer(name, check) {
  const start = Date.now();
  try {
    const detail = await check();
    results.push({ name, ok: true });
    log(`PASS ${name} (${seconds(start)}): ${detail}`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`FAIL ${name} (${seconds(start)}): ${error.stack ?? error}`);
  }
}

const started = Date.now();
let browser;
try {
  log(`work folder ${work}`);
  if (!process.argv.includes('--no-build')) {
    await run('npm', ['run', 'build']);
    log('built the package');
  }
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error']));
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  const expected = ['dist/hibob-link.js', 'dist/index.js', 'dist/react.js', 'dist/custom-elements.json'];
  const missing = expected.filter((f) => !files.has(f));
  if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}`);
  if ([...files].some((f) => f.startsWith('dist/demo/'))) throw new Error('the tarball ships dist/demo');
  log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB`);

  const dirs = Object.fromEntries(
    ['script-tag', 'react-vite', 'node-server'].map((example) => [example, prepare(example, tarball)]),
  );
  const installStart = Date.now();
  await Promise.all(Object.values(dirs).map(install));
  log(`installed the tarball into 3 consumers (${seconds(installStart)})`);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

  await consumer('node-server: hibob-link/server permission check against the emulator', async () => {
    const output = await run('node', ['check.mjs'], { cwd: dirs['node-server'] });
    return output.trim().split('\n').at(-1);
  });

  await consumer('script-tag: <script type="module"> with SRI under a strict CSP, linked in Chromium', async () => {
    const dir = dirs['script-tag'];
    const script = readFileSync(join(dir, 'node_modules/hibob-link/dist/hibob-link.js'));
    // = openssl dgst -sha384 -binary dist/hibob-link.js | openssl base64 -A
    const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
    const page = join(dir, 'index.html');
    const tag = '<script type="module" src="./node_modules/hibob-link/dist/hibob-link.js"></script>';
    const html = readFileSync(page, 'utf8');
    if (!html.includes(tag)) throw new Error('index.html lost its script tag');
    const withIntegrity = (hash) =>
      html.replace(tag, tag.replace('></script>', ` integrity="${hash}" crossorigin></script>`));
    writeFileSync(page, withIntegrity(integrity));
    // The same page with the hash of other content: the browser must refuse the script (SRI is really enforced).
    writeFileSync(
      join(dir, 'tampered.html'),
      withIntegrity(`sha384-${createHash('sha384').update('x').digest('base64')}`),
    );
    if (existsSync(join(dir, 'node_modules/react'))) throw new Error('react was installed: it must stay optional');
    const server = await serve(dir);
    try {
      const linked = await linkInBrowser(browser, `${server.url}/index.html`);
      const tampered = await browser.newPage();
      await tampered.goto(`${server.url}/tampered.html`, { waitUntil: 'load' });
      const registered = await tampered.evaluate(() => Boolean(customElements.get('hibob-link')));
      await tampered.close();
      if (registered) throw new Error('a script with the wrong integrity hash ran');
      return `${linked}; ${integrity.slice(0, 20)}…; a wrong hash is refused`;
    } finally {
      server.close();
    }
  });

  await consumer('react-vite: hibob-link/react in a Vite + React build (tsc, SSR), linked in Chromium', async () => {
    const dir = dirs['react-vite'];
    await run('npm', ['run', 'build', '--silent'], { cwd: dir });
    const ssr = (await run('node', ['ssr.mjs'], { cwd: dir })).trim().split('\n').at(-1);
    const server = await serve(join(dir, 'dist'));
    try {
      return `tsc + vite build ok; ${ssr}; ${await linkInBrowser(browser, `${server.url}/`)}`;
    } finally {
      server.close();
    }
  });
} catch (error) {
  results.push({ name: 'setup', ok: false });
  log(`FAIL setup: ${error.stack ?? error}`);
} finally {
  await browser?.close();
  if (keep || results.some((r) => !r.ok)) log(`kept ${work} for inspection`);
  else rmSync(work, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\nconsumers: ${passed} passed, ${failed} failed (${seconds(started)})`);
process.exit(failed === 0 && passed === 3 ? 0 : 1);
