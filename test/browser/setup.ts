import { afterEach, beforeAll, chai } from 'vitest';
import { cdp } from 'vitest/browser';
import { chaiA11yAxe } from 'chai-a11y-axe';
import { fixtureCleanup } from '@open-wc/testing';

// `await expect(el).to.be.accessible()` runs axe-core against the element, shadow DOM included.
chai.use(chaiA11yAxe);

// No entrance animations while axe measures colour contrast (a half-faded card fails it). Tests that need
// motion emulate `prefers-reduced-motion: no-preference` themselves.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
});

// Each test starts from an empty page: no widget (or open modal) left over from the previous one.
afterEach(() => {
  fixtureCleanup();
  document.body.replaceChildren();
});
