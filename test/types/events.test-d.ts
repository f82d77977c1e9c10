/**
 * Type-level tests (Vitest typecheck mode, also part of `npm run typecheck`): what a host's TypeScript sees.
 * Every `@ts-expect-error` below must stay an error, or tsc fails ("Unused '@ts-expect-error' directive").
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ErrorCode,
  HibobCredentials,
  HibobLink,
  HibobLinkErrorDetail,
  HibobLinkExitDetail,
  HibobLinkSuccessDetail,
  PermissionReport,
  Step,
} from '../../src/index.js';

declare const link: HibobLink;

describe('HTMLElementTagNameMap and the event map', () => {
  it('types document.querySelector("hibob-link") as HibobLink', () => {
    expectTypeOf(document.querySelector('hibob-link')).toEqualTypeOf<HibobLink | null>();
    expectTypeOf(document.createElement('hibob-link')).toEqualTypeOf<HibobLink>();
  });

  it('types addEventListener("hibob-link-success") with its detail', () => {
    link.addEventListener('hibob-link-success', (e) => {
      expectTypeOf(e).toEqualTypeOf<CustomEvent<HibobLinkSuccessDetail>>();
      expectTypeOf(e.detail.serviceUserId).toEqualTypeOf<string>();
      expectTypeOf(e.detail.report).toEqualTypeOf<PermissionReport | undefined>();
      // @ts-expect-error the detail never carries the token
      void e.detail.token;
      // @ts-expect-error not a key of the success detail
      void e.detail.serviceUserID;
    });
    // The same map types listeners on any element or the document, where the event bubbles to.
    document.addEventListener('hibob-link-success', (e) => expectTypeOf(e.detail.result).toBeUnknown());
  });

  it('types the other events', () => {
    link.addEventListener('hibob-link-error', (e) => {
      expectTypeOf(e.detail).toEqualTypeOf<HibobLinkErrorDetail>();
      expectTypeOf(e.detail.code).toEqualTypeOf<ErrorCode>();
      expectTypeOf(e.detail.retryAfter).toEqualTypeOf<number | undefined>();
    });
    link.addEventListener('hibob-link-exit', (e) => expectTypeOf(e.detail).toEqualTypeOf<HibobLinkExitDetail>());
    link.addEventListener('hibob-link-step', (e) => expectTypeOf(e.detail.to).toEqualTypeOf<Step>());
    link.addEventListener('hibob-link-check', (e) => expectTypeOf(e.detail.report).toEqualTypeOf<PermissionReport>());
  });

  it('types the properties and methods of api.md', () => {
    expectTypeOf(link.step).toEqualTypeOf<Step>();
    expectTypeOf(link.mode).toEqualTypeOf<'inline' | 'modal'>();
    expectTypeOf(link.show).toBeFunction();
    expectTypeOf(link.hide).toBeFunction();
    link.submitCredentials = async (credentials, { signal, report }) => {
      expectTypeOf(credentials).toEqualTypeOf<HibobCredentials>();
      expectTypeOf(signal).toEqualTypeOf<AbortSignal>();
      expectTypeOf(report).toEqualTypeOf<PermissionReport | undefined>();
      return { linked: true };
    };
    // @ts-expect-error `step` is read-only
    link.step = 'success';
    // @ts-expect-error not a section id
    link.sections = ['payroll'];
  });
});
