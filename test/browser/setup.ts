import { chai } from 'vitest';
import { chaiA11yAxe } from 'chai-a11y-axe';

// `await expect(el).to.be.accessible()` runs axe-core against the element, shadow DOM included.
chai.use(chaiA11yAxe);
