/** Type-level tests of `hibob-link/react` and of `<hibob-link>` in React JSX (no JSX syntax needed to check them). */
import { describe, expectTypeOf, it } from 'vitest';
import type { JSX } from 'react';
import { HibobLink, type HibobLinkElement, type HibobLinkProps } from '../../src/react.js';
import type { HibobLinkErrorDetail, HibobLinkSuccessDetail, SectionId } from '../../src/index.js';

describe('hibob-link/react', () => {
  it('maps the events to onSuccess/onError/onExit/onStep/onCheck with typed details', () => {
    expectTypeOf<HibobLinkProps['onSuccess']>().toEqualTypeOf<
      ((e: CustomEvent<HibobLinkSuccessDetail>) => void) | undefined
    >();
    expectTypeOf<HibobLinkProps['onError']>().toEqualTypeOf<
      ((e: CustomEvent<HibobLinkErrorDetail>) => void) | undefined
    >();
    expectTypeOf<HibobLinkProps>().toHaveProperty('onExit');
    expectTypeOf<HibobLinkProps>().toHaveProperty('onStep');
    expectTypeOf<HibobLinkProps>().toHaveProperty('onCheck');
  });

  it('takes the element properties as props and a ref to the element', () => {
    expectTypeOf<HibobLinkProps['sections']>().toEqualTypeOf<SectionId[] | undefined>();
    expectTypeOf<HibobLinkProps['appName']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<HibobLinkProps['mode']>().toEqualTypeOf<'inline' | 'modal' | undefined>();
    expectTypeOf(HibobLink).parameter(0).toHaveProperty('ref');
    const props: HibobLinkProps = {
      appName: 'Acme',
      sections: ['basic', 'work'],
      submitCredentials: async ({ serviceUserId }) => ({ serviceUserId }),
      onSuccess: (e) => void e.detail.serviceUserId,
      // @ts-expect-error the error detail has no token
      onError: (e: CustomEvent<{ token: string }>) => void e.detail.token,
    };
    void props;
    // @ts-expect-error not a section id
    const wrong: HibobLinkProps = { sections: ['payroll'] };
    void wrong;
    expectTypeOf<HibobLinkElement['step']>().toBeString();
  });

  it('declares <hibob-link> for JSX', () => {
    type Intrinsic = JSX.IntrinsicElements['hibob-link'];
    expectTypeOf<Intrinsic>().toHaveProperty('app-name');
    expectTypeOf<Intrinsic['onhibob-link-success']>().toEqualTypeOf<
      ((event: CustomEvent<HibobLinkSuccessDetail>) => void) | undefined
    >();
  });
});
