import { afterEach, chai } from 'vitest';
import { chaiA11yAxe } from 'chai-a11y-axe';
import { fixtureCleanup } from '@open-wc/testing';

// `await expect(el).to.be.accessible()` runs axe-core against the element, shadow DOM included.
chai.use(chaiA11yAxe);

// Each test starts from an empty page: no widget (or open modal) left over from the previous one.
afterEach(() => {
  fixtureCleanup();
  document.body.replaceChildren();
});
