/** The English text of the steps after the intro; loaded with them (see en-start.ts). */
export const enFlow = {
  /** Stands in for the app's name in the suggested HiBob names when the host sets no `app-name`. */
  unnamedApp: 'Data',
  displayName: '{app} integration',
  groupName: '{app} integration access',
  copy: 'Copy',
  copyLabel: 'Copy “{value}”',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  required: 'Required',
  optional: 'Optional',
  pathLabel: 'Where in HiBob',

  serviceUserOpen:
    'In HiBob, open *System Settings*, then *Integrations*. On the *Service users* tile, click *Manage*.',
  serviceUserCreate: 'Click *Create service user* and enter a *Display name*. We suggest:',
  serviceUserSave: 'Click *Create*.',
  serviceUserCopy:
    'HiBob now shows the new user’s *ID* and *Token*. Copy both somewhere safe for the next few minutes.',
  serviceUserTokenOnce:
    'HiBob shows the token only once. If you lose it, open the service user and click *Refresh token*; the old token stops working at once.',
  serviceUserContinue: 'Click *Go to permission groups*.',

  permissionsAddGroup: 'Click *Add permission group* and choose *Service user*.',
  permissionsNameGroup: 'Enter a *Group name*. We suggest:',
  permissionsPickUser: 'Under *Select service users*, pick the user you just created. Click *Create*, then *Confirm*.',
  permissionsCondition:
    'On the *People’s data* tab, under *Whose data can members access?*, choose *Select people by condition* and click *Edit*.',
  permissionsStatuses: 'Select these *Lifecycle statuses*, then click *Apply* twice:',
  permissionsGrant: 'Still on *People’s data*, turn on these permissions, and only these:',
  permissionsSave: 'Click *Save*.',
  readOnlyNote: '{app} only reads data. It never changes anything in HiBob.',
  movedFieldsQuestion: 'Data missing after you connect?',
  movedFieldsAnswer:
    'HiBob lets admins move fields into other categories. Open a sample employee in HiBob, find the category the field now lives in (Personal, Work, About…), and add *View* permission for that category (and *Edit* for especially sensitive fields).',

  credentialsLead: 'Copy them from HiBob. You can paste both at once into either field.',
  idLabel: 'Service user ID',
  tokenLabel: 'Token',
  showToken: 'Show token',
  hideToken: 'Hide token',
  lostToken: 'Lost the token? In HiBob, open the service user and click *Refresh token*.',
  submit: 'Connect HiBob',
  submitting: 'Connecting…',
  errorTitle: 'HiBob is not connected yet',
  pastedBoth: 'Filled in the ID and token you pasted.',

  idRequired: 'Enter the service user ID from HiBob.',
  idWhitespace: 'The ID cannot contain spaces or line breaks. Copy only the ID, for example SERVICE-123456.',
  idColon: 'The ID cannot contain a colon (:). Copy only the ID, for example SERVICE-123456.',
  idCharacters:
    'The ID contains characters HiBob never uses (accents, symbols or invisible characters). Copy it again from HiBob.',
  idTooLong: 'This is too long to be a service user ID (at most {max} characters). Copy only the ID.',
  tokenRequired: 'Enter the token HiBob showed when you created the service user.',
  tokenWhitespace: 'The token cannot contain spaces or line breaks. Copy it again in one piece.',
  tokenCharacters:
    'The token contains characters HiBob never uses (accents, symbols or invisible characters). Copy it again from HiBob.',
  tokenTooLong: 'This is too long to be a token (at most {max} characters). Copy only the token.',
  idFormat: 'Service user IDs usually look like SERVICE-123456. Check that you copied the ID, not the display name.',
  tokenFormat:
    'HiBob tokens are usually 40 letters and digits; this one has {length} characters. You can still try it.',

  error_invalid_credentials:
    'HiBob did not accept this ID and token. Check both, or refresh the token in HiBob and paste the new one.',
  error_missing_permissions: 'The service user is missing permissions {app} needs.',
  error_rate_limited: 'HiBob is receiving too many requests. Try again in {seconds} seconds.',
  error_rate_limited_later: 'HiBob is receiving too many requests. Wait a minute, then try again.',
  error_timeout: 'Connecting took too long. Check your connection and try again.',
  error_network_error: 'Could not reach {app}. Check your connection and try again.',
  error_host_error: '{app} could not finish connecting HiBob. Try again; if it keeps failing, contact {app} support.',
  error_not_configured: 'Connecting is not set up on this page yet. Contact {app} support.',

  checking: 'Checking permissions…',
  checkingAnnouncement: 'Checking what the service user can see in HiBob…',
  reviewTitleMissing: 'Some permissions are missing',
  reviewTitleNothingVisible: 'The service user cannot see any employees',
  reviewLeadRequired:
    '{app} needs the permissions marked below before it can connect. Add them in HiBob, click *Save*, then check again.',
  reviewLeadOptional:
    'The service user works, but some data {app} can use is not shared. Add the permissions and check again, or continue without that data.',
  reviewNothingVisible:
    'HiBob returned no employees for this service user. In its permission group, under *Whose data can members access?*, make sure the condition selects the lifecycle statuses {statuses} and that *View selected employees’ Basic info sections* is on. Click *Save*, then check again.',
  statusGranted: 'Granted',
  statusMissing: 'Missing',
  statusUnknown: 'Not checked',
  unknownHistory: 'HiBob does not let integrations test this permission. Make sure it is turned on.',
  unknownNoData: 'There was no employee data to check this against.',
  missingWhere: 'Add in HiBob',
  yourGroupCrumb: 'The service user’s group',
  checkAgain: 'Check again',
  continueWithout: 'Continue without them',
  continueAnyway: 'Continue anyway',
  checkedAt: 'Checked at {time}',

  successBody: '{app} can now read employee data through service user {id}.',
  successTokenGone: 'The token was passed on securely and is no longer kept in this window.',

  /** Why a section is needed; keys follow SECTIONS ids (only sections with a reason have one). */
  sectionWhy_basic: 'Required to see employees at all.',
  sectionWhy_lifecycle: 'View is needed to see each employee’s employment status.',
  sectionWhy_personal: 'HiBob only shares date of birth with Edit. {app} never edits employee data.',

  done: 'Done',
};
