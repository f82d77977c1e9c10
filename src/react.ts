/**
 * `hibob-link/react`: `<HibobLink>` for React, made with `@lit/react`. Props set the element's properties
 * (`appName`, `sections`, `submitCredentials`, …); `onSuccess`, `onError`, `onExit`, `onStep` and `onCheck`
 * listen to the `hibob-link-*` events. Importing it registers `<hibob-link>` (in the browser) and is safe during
 * server-side rendering: on Node, Lit supplies a DOM shim, and the element renders in the browser after hydration.
 */
import * as React from 'react';
import { createComponent, type EventName, type WebComponentProps } from '@lit/react';
import { HibobLink as HibobLinkElement } from './hibob-link.js';
import './define.js';
import type {
  HibobLinkCheckDetail,
  HibobLinkErrorDetail,
  HibobLinkExitDetail,
  HibobLinkStepDetail,
  HibobLinkSuccessDetail,
  StartStep,
} from './core/types.js';

/** React prop → the element event it listens to. */
const events = {
  onSuccess: 'hibob-link-success' as EventName<CustomEvent<HibobLinkSuccessDetail>>,
  onError: 'hibob-link-error' as EventName<CustomEvent<HibobLinkErrorDetail>>,
  onExit: 'hibob-link-exit' as EventName<CustomEvent<HibobLinkExitDetail>>,
  onStep: 'hibob-link-step' as EventName<CustomEvent<HibobLinkStepDetail>>,
  onCheck: 'hibob-link-check' as EventName<CustomEvent<HibobLinkCheckDetail>>,
};

/**
 * `<hibob-link>` as a React component.
 *
 * ```tsx
 * <HibobLink appName="Acme" sections={['basic', 'work']} submitUrl="/api/hibob/link"
 *   onSuccess={(e) => save(e.detail.serviceUserId)} />
 * ```
 */
export const HibobLink = createComponent({
  react: React,
  tagName: 'hibob-link',
  elementClass: HibobLinkElement,
  events,
  displayName: 'HibobLink',
});

/** Props of the `HibobLink` React component. */
export type HibobLinkProps = React.ComponentProps<typeof HibobLink>;

/** The element instance a `ref` on `<HibobLink>` receives. */
export type { HibobLinkElement };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      /**
       * `<hibob-link>` used directly in JSX (React 19 sets known properties; listen to events with
       * `onhibob-link-success` etc. or use the `HibobLink` component's `onSuccess`).
       */
      'hibob-link': WebComponentProps<HibobLinkElement> & {
        'app-name'?: string;
        'start-step'?: StartStep;
        'required-sections'?: string;
        'lifecycle-statuses'?: string;
        'submit-url'?: string;
        'check-url'?: string;
        'onhibob-link-success'?: (event: CustomEvent<HibobLinkSuccessDetail>) => void;
        'onhibob-link-error'?: (event: CustomEvent<HibobLinkErrorDetail>) => void;
        'onhibob-link-exit'?: (event: CustomEvent<HibobLinkExitDetail>) => void;
        'onhibob-link-step'?: (event: CustomEvent<HibobLinkStepDetail>) => void;
        'onhibob-link-check'?: (event: CustomEvent<HibobLinkCheckDetail>) => void;
      };
    }
  }
}
