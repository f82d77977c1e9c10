// Start-up of the floor (bench/floor/floor.ts). This is the page's only script, so `start` is taken when the module
// begins to run; the figure then covers fetching, compiling and running the bundle, defining the element, creating
// it and its first render (`updateComplete`). boot-hibob.js is the same file for <hibob-link>.
const start = performance.now();
try {
  const version = new URLSearchParams(location.search).get('v') ?? '0';
  await import(`/bench/.build/floor/floor.js?v=${version}`);
  const loaded = performance.now();
  const element = document.createElement('floor-element');
  document.body.append(element);
  await element.updateComplete;
  const end = performance.now();
  window.__bench = {
    start,
    loaded,
    end,
    rendered: element.shadowRoot?.childElementCount ?? 0,
    isolated: globalThis.crossOriginIsolated,
  };
} catch (error) {
  window.__bench = { error: String(error?.stack ?? error) };
}
