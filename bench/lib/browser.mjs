/** The browser figures, in headless Debian Chromium driven by Playwright: start-up, typing and memory. */
import { chromium } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { quantile, median, summarize } from './stats.mjs';

export const SUBJECTS = {
  hibob: { tag: 'hibob-link', bundle: '/dist/hibob-link.js', page: '/bench/page/hibob.html' },
  floor: { tag: 'floor-element', bundle: '/bench/.build/floor/floor.js', page: '/bench/page/floor.html' },
};

export async function launchBrowser() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium: install one (apt-get install -y chromium) or set CHROME_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return browser;
}

/** A fresh context (empty HTTP and code caches) and page; errors in the page fail the bench. */
async function freshPage(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(new Error(message.text()));
  });
  await page.goto(`${origin}${path}`);
  const check = () => {
    if (errors.length) throw new Error(`page ${path}: ${errors.map((e) => e.message).join('; ')}`);
  };
  return { page, context, check };
}

/**
 * Start-up, A B A B: each run a fresh context (empty HTTP and code caches) and a cache-busting query. Returns
 * per-run ms (module start → first render done) for both, split at "bundle imported", and the ratio within
 * each adjacent A B pair (the two share the machine's load of the moment).
 */
export async function measureStartup(browser, origin, { runs, warmup }) {
  const samples = { hibob: [], floor: [], hibobImport: [], floorImport: [], hibobRender: [], floorRender: [] };
  const pairRatios = [];
  let isolated = true;
  for (let i = 0; i < warmup + runs; i++) {
    const pair = {};
    for (const name of ['hibob', 'floor']) {
      const { page, context, check } = await freshPage(browser, origin, `${SUBJECTS[name].page}?v=${i}-${name}`);
      await page.waitForFunction(() => window.__bench, undefined, { timeout: 60_000, polling: 10 });
      const result = await page.evaluate(() => window.__bench);
      await context.close();
      if (result.error) throw new Error(`start-up ${name}: ${result.error}`);
      check();
      if (!result.rendered) throw new Error(`start-up ${name}: the element rendered nothing`);
      isolated &&= result.isolated;
      pair[name] = result.end - result.start;
      if (i < warmup) continue;
      samples[name].push(result.end - result.start);
      samples[`${name}Import`].push(result.loaded - result.start);
      samples[`${name}Render`].push(result.end - result.loaded);
    }
    if (i >= warmup) pairRatios.push(pair.hibob / pair.floor);
  }
  return { ...samples, pairRatios, isolated };
}

/**
 * Typing: per keystroke in #token, from dispatching `input` to `updateComplete`, then (separately) the style and
 * layout that follow, forced with a layout read. One fresh page per run, `keystrokes` measured after `warmup`.
 */
export async function measureTyping(browser, origin, { runs, keystrokes, warmup }) {
  const perRun = [];
  for (let run = 0; run < runs; run++) {
    const { page, context, check } = await freshPage(browser, origin, '/bench/page/blank.html');
    const result = await page.evaluate(
      async ({ bundle, keystrokes, warmup }) => {
        await import(bundle);
        const element = document.createElement('hibob-link');
        document.body.append(element);
        await element.updateComplete;
        element.goTo('credentials');
        await element.updateComplete;
        const input = element.shadowRoot.querySelector('#token');
        if (!input) throw new Error('no #token in the credentials step');
        const token = 'Qe8q89RwbzeS7mmhMcAsN1crM73m6MdbjewGCCUY';
        const render = [];
        const layout = [];
        for (let i = 0; i < warmup + keystrokes; i++) {
          // One more character each time, as typed; after 40 the field starts over with one.
          input.value = token.slice(0, (i % token.length) + 1);
          const t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await element.updateComplete;
          const t1 = performance.now();
          void element.getBoundingClientRect().height; // forces the style recalc and layout of the re-render
          const t2 = performance.now();
          if (i >= warmup) {
            render.push(t1 - t0);
            layout.push(t2 - t1);
          }
        }
        const last = token.slice(0, ((warmup + keystrokes - 1) % token.length) + 1);
        // The re-render really happened: the element's state holds what was typed last.
        const state = element._session?.values.token;
        return { render, layout, stateOk: state === last, step: element.step };
      },
      { bundle: SUBJECTS.hibob.bundle, keystrokes, warmup },
    );
    check();
    await context.close();
    if (!result.stateOk || result.step !== 'credentials') throw new Error('typing: the element did not take the input');
    perRun.push({
      median: median(result.render),
      p95: quantile(result.render, 0.95),
      max: Math.max(...result.render),
      layoutMedian: median(result.layout),
      layoutP95: quantile(result.layout, 0.95),
    });
  }
  const pick = (key) => summarize(perRun.map((r) => r[key]));
  return {
    median: pick('median'),
    p95: pick('p95'),
    worst: pick('max'),
    layoutMedian: pick('layoutMedian'),
    layoutP95: pick('layoutP95'),
  };
}

/**
 * Memory: JS heap retained by `cycles` create → connect → first render → disconnect cycles, after forced GC
 * through CDP, against the heap after a warm-up of `warmup` cycles (module code loaded, templates cached, code
 * compiled). One fresh page per run and subject, hibob and floor alternating.
 */
export async function measureMemory(browser, origin, { runs, cycles, warmup }) {
  const retained = { hibob: [], floor: [] };
  const cycleMs = { hibob: [], floor: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of ['hibob', 'floor']) {
      const { page, context, check } = await freshPage(browser, origin, '/bench/page/blank.html');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      const heapAfterGc = async () => {
        // Let pending frames and timers (the element's rAF announcements) run, then collect until it settles.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      };
      await page.evaluate(async ({ bundle, tag }) => {
        await import(bundle);
        window.__cycle = async (count) => {
          const started = performance.now();
          for (let i = 0; i < count; i++) {
            const element = document.createElement(tag);
            document.body.append(element);
            await element.updateComplete;
            element.remove();
          }
          return performance.now() - started;
        };
      }, SUBJECTS[name]);
      await page.evaluate((count) => window.__cycle(count), warmup);
      const before = await heapAfterGc();
      const elapsed = await page.evaluate((count) => window.__cycle(count), cycles);
      const after = await heapAfterGc();
      const leftInDom = await page.evaluate(() => document.body.childElementCount);
      check();
      await cdp.detach();
      await context.close();
      if (leftInDom) throw new Error(`memory: ${leftInDom} elements left in the page`);
      retained[name].push((after - before) / 1024);
      cycleMs[name].push(elapsed / cycles);
    }
  }
  return {
    hibob: summarize(retained.hibob),
    floor: summarize(retained.floor),
    hibobCycleMs: summarize(cycleMs.hibob),
    floorCycleMs: summarize(cycleMs.floor),
  };
}
