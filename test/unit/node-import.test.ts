/**
 * Server-side rendering and Node tooling import the package without a DOM: that must not throw. On Node, Lit's
 * `node` export condition supplies a minimal DOM shim (`@lit-labs/ssr-dom-shim`); the real element runs in the
 * browser. (scripts/consumers.mjs proves the same with the packed tarball.)
 */
import { describe, it, expect } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

describe('importing on Node without a DOM', () => {
  it('has no DOM here', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it('hibob-link, hibob-link/element and hibob-link/react import without throwing', async () => {
    const index = await import('../../src/index.js');
    const element = await import('../../src/element.js');
    const react = await import('../../src/react.js');
    expect(index.HibobLink).toBe(element.HibobLink);
    expect(typeof react.HibobLink).toBe('object'); // a forwardRef component
    await import('../../src/define.js');
    expect(customElements.get('hibob-link')).toBe(index.HibobLink);
  });

  it('server-renders <HibobLink> as a plain <hibob-link> tag that the browser upgrades', async () => {
    const { HibobLink } = await import('../../src/react.js');
    const html = renderToString(createElement(HibobLink, { appName: 'Acme', id: 'link', onSuccess: () => {} }));
    expect(html).toMatch(/^<hibob-link id="link"[^>]*><\/hibob-link>$/);
  });
});
