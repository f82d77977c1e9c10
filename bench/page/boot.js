// Start-up of one element. This is the page's only script, so `start` is taken when the module begins to run;
// the figure then covers fetching, compiling and running the bundle, defining the element, creating it and its
// first render (`updateComplete`). hibob.html and floor.html load this same file, so both sides run identical
// code; the bundle and the tag come from this module's own query string.
const start = performance.now();
try {
  const query = new URL(import.meta.url).searchParams;
  const version = new URLSearchParams(location.search).get('v') ?? '0';
  // A new URL each run keeps V8's in-memory caches cold. It is a path, not a query, so the lazy chunks, which
  // import the entry back by its path, get this same module instead of a second copy.
  await import(`/run/${version}${query.get('bundle')}`);
  const loaded = performance.now();
  const element = document.createElement(query.get('tag'));
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
