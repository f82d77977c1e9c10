/**
 * The English text of the first screen and the frame around every step (titles, navigation, loading). It ships
 * in the element's first chunk; the rest of the English text (en-flow.ts) arrives with the later steps.
 * `{name}` is a placeholder; `*words*` marks a HiBob UI label, shown in bold.
 */
export const enStart = {
  defaultAppName: 'this app',
  widgetLabel: 'Connect HiBob',
  progress: 'Step {current} of {total}',
  back: 'Back',
  next: 'Next',
  getStarted: 'Get started',

  introTitle: 'Connect HiBob to {app}',
  introLead:
    '{app} reads employee data from HiBob through a *service user*: a dedicated login for integrations that sees only what you allow.',
  introBeforeTitle: 'Before you start',
  introNeedAdmin: 'You need *Administrator* permissions in HiBob.',
  introNeedTime: 'It takes about five minutes. Keep HiBob open in another tab.',
  introPlanTitle: 'What you will do',
  introPlanServiceUser: 'Create a service user in HiBob',
  introPlanPermissions: 'Give it access to the data {app} needs',
  introPlanCredentials: 'Paste its ID and token here',
  introHaveCredentials: 'I already have a service user',
  legacyQuestion: 'Looking for an API token instead?',
  legacyAnswer:
    'HiBob stopped issuing API access tokens in June 2024 and turned them off in May 2025. Service users are now the only way to connect.',

  /** Every step's title is here: a step change is announced before the step's own text may have arrived. */
  serviceUserTitle: 'Create a service user',
  permissionsTitle: 'Give the service user access',
  credentialsTitle: 'Paste the ID and token',
  successTitle: 'HiBob is connected',

  close: 'Close',
  dialogLabel: 'Connect HiBob',
  tryAgain: 'Try again',
  loading: 'Loading…',
  loadFailed: 'This step could not load. Check your connection and try again.',
};
