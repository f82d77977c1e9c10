/**
 * The emulated tenant's service users, one per documented scenario. `sandboxCredentials` is the public face
 * (ID, token, description); the emulator reads the permission group behind each one.
 */
import { SECTION_IDS, type HibobCredentials, type SectionId } from '../core/types.js';
import type { LifecycleStatus } from './tenant.js';

export interface ServiceUser extends HibobCredentials {
  /** People's-data sections of the service user's permission group */
  sections: readonly SectionId[];
  /** the group's "Whose data can members access?" condition */
  lifecycleStatuses: readonly LifecycleStatus[];
  /** another integration on this service user already spent every minute's people searches */
  quotaExhausted: boolean;
  /** whether a 429 also carries `Retry-After` (HiBob documents only the X-RateLimit-* headers) */
  retryAfterHeader: boolean;
}

type Scenario = { description: string; serviceUserId: string; token: string; user?: Partial<ServiceUser> };

const USUAL_CONDITION: readonly LifecycleStatus[] = ['hired', 'employed', 'terminated'];
const except = (...left: SectionId[]) => SECTION_IDS.filter((id) => !left.includes(id));

const SCENARIOS = {
  allGranted: {
    description: 'Every section granted; sees nine employees, some with empty fields.',
    serviceUserId: 'SERVICE-4101',
    token: 'w0AO5wYQ3ldZLyMFdFC5qMalJsTh2kt218xARtjc',
    user: {},
  },
  lifecycleAndPersonalMissing: {
    description: 'The permission group lacks the Lifecycle and Personal sections.',
    serviceUserId: 'SERVICE-4102',
    token: 'JHIrjTv8sBjrhYTHxD9Hn0SHen2BfSOT29hG7JOJ',
    user: { sections: except('lifecycle', 'personal') },
  },
  onlyBasic: {
    description: 'The permission group grants Basic info only.',
    serviceUserId: 'SERVICE-4103',
    token: 'MkFbjNkqHX5XLBCzawAY5ZLkejTrp38vVzGclWyy',
    user: { sections: ['basic'] },
  },
  noEmployees: {
    description: 'Valid, but its lifecycle-status condition selects only Garden leave, so no employee is visible.',
    serviceUserId: 'SERVICE-4104',
    token: 'BiDnqukFVXQooPDoncV57b9I31ouzfSLGNHb55oe',
    user: { lifecycleStatuses: ['garden leave'] },
  },
  invalidToken: {
    description: 'The all-granted service user with an outdated token: HiBob answers 401.',
    serviceUserId: 'SERVICE-4101',
    token: '65KOJGPLbTo4QMF6tjNdHKaArc6SOJ3TeXXhl5ye',
  },
  rateLimited: {
    description: 'Over its people-search rate limit: 429 with Retry-After and X-RateLimit-* headers.',
    serviceUserId: 'SERVICE-4106',
    token: 'JkWaV4ApFCvMRdJEvR0WbMDmV6KpJTItzTjXUPw1',
    user: { quotaExhausted: true, retryAfterHeader: true },
  },
  rateLimitedResetHeader: {
    description: 'Over its rate limit; the 429 carries only X-RateLimit-Reset, as HiBob documents.',
    serviceUserId: 'SERVICE-4107',
    token: 'BzGaf0a1qHiuktA2aaCQ4k0TjJqSBdmM7i2r3qPh',
    user: { quotaExhausted: true },
  },
  movedFields: {
    description: 'No Personal section; Nationality was moved into Identification, so it still shows.',
    serviceUserId: 'SERVICE-4108',
    token: 'Eeup3JBqwdq636KdmXx7ssidZooLIlOGQS7eiK3j',
    user: { sections: except('personal') },
  },
  fewEmployees: {
    description:
      'Sees only the two terminated employees and lacks Lifecycle and Personal: too few people to prove Personal missing.',
    serviceUserId: 'SERVICE-4109',
    token: 'S0B4lepd82Y9dpLJlceMWvYzbRZSr9fx7TJGkNNF',
    user: { sections: except('lifecycle', 'personal'), lifecycleStatuses: ['terminated'] },
  },
} satisfies Record<string, Scenario>;

export type SandboxScenario = keyof typeof SCENARIOS;

/** Credentials for each scenario of the emulator (`hibobApiHandlers`), with a sentence to show on a demo page. */
export const sandboxCredentials = Object.fromEntries(
  Object.entries(SCENARIOS).map(([key, { description, serviceUserId, token }]) => [
    key,
    { serviceUserId, token, description },
  ]),
) as Record<SandboxScenario, HibobCredentials & { description: string }>;

/** The tenant's service users (the `invalidToken` scenario has none: its token matches nobody). */
export const SERVICE_USERS: readonly ServiceUser[] = Object.values(SCENARIOS as Record<string, Scenario>).flatMap(
  ({ serviceUserId, token, user }) =>
    user
      ? [
          {
            serviceUserId,
            token,
            sections: SECTION_IDS,
            lifecycleStatuses: USUAL_CONDITION,
            quotaExhausted: false,
            retryAfterHeader: false,
            ...user,
          },
        ]
      : [],
);
