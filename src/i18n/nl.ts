/**
 * Dutch UI text ("je", as modern Dutch B2B SaaS writes). `*HiBob labels*`, `lifecycleStatus_*` values and the two
 * HiBob breadcrumbs stay in English: HiBob's localized labels cannot be verified, and admins must find these exact
 * words on screen.
 */
import type { Strings } from './en.js';

const strings: Strings = {
  defaultAppName: 'deze app',
  unnamedApp: 'Data',
  displayName: '{app}-integratie',
  groupName: 'Toegang {app}-integratie',
  widgetLabel: 'HiBob koppelen',
  progress: 'Stap {current} van {total}',
  back: 'Terug',
  next: 'Volgende',
  getStarted: 'Aan de slag',
  copy: 'Kopiëren',
  copyLabel: '‘{value}’ kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren is mislukt. Selecteer de tekst en kopieer hem zelf.',
  required: 'Verplicht',
  optional: 'Optioneel',
  pathLabel: 'Waar in HiBob',

  introTitle: 'HiBob koppelen aan {app}',
  introLead:
    '{app} leest medewerkersgegevens uit HiBob via een servicegebruiker (*service user*): een aparte login voor integraties die alleen ziet wat jij toestaat.',
  introBeforeTitle: 'Voordat je begint',
  introNeedAdmin: 'Je hebt *Administrator*-rechten in HiBob nodig.',
  introNeedTime: 'Het duurt ongeveer vijf minuten. Houd HiBob open in een ander tabblad.',
  introPlanTitle: 'Wat je gaat doen',
  introPlanServiceUser: 'Een servicegebruiker aanmaken in HiBob',
  introPlanPermissions: 'Toegang geven tot de gegevens die {app} nodig heeft',
  introPlanCredentials: 'Het ID en de token hier plakken',
  introHaveCredentials: 'Ik heb al een servicegebruiker',
  legacyQuestion: 'Zoek je een API-token?',
  legacyAnswer:
    'HiBob geeft sinds juni 2024 geen API-toegangstokens meer uit en heeft ze in mei 2025 uitgeschakeld. Koppelen kan nu alleen nog via servicegebruikers.',

  serviceUserTitle: 'Een servicegebruiker aanmaken',
  serviceUserOpen:
    'Open in HiBob *System Settings* en daarna *Integrations*. Klik op de tegel *Service users* op *Manage*.',
  serviceUserCreate: 'Klik op *Create service user* en vul een *Display name* in. Ons voorstel:',
  serviceUserSave: 'Klik op *Create*.',
  serviceUserCopy:
    'HiBob toont nu het *ID* en de *Token* van de nieuwe gebruiker. Bewaar ze allebei op een veilige plek voor de komende minuten.',
  serviceUserTokenOnce:
    'HiBob toont de token maar één keer. Kwijt? Open dan de servicegebruiker en klik op *Refresh token*; de oude token werkt daarna meteen niet meer.',
  serviceUserContinue: 'Klik op *Go to permission groups*.',

  permissionsTitle: 'De servicegebruiker toegang geven',
  permissionsAddGroup: 'Klik op *Add permission group* en kies *Service user*.',
  permissionsNameGroup: 'Vul een *Group name* in. Ons voorstel:',
  permissionsPickUser:
    'Kies onder *Select service users* de gebruiker die je net hebt aangemaakt. Klik op *Create* en daarna op *Confirm*.',
  permissionsCondition:
    'Kies op het tabblad *People’s data*, onder *Whose data can members access?*, voor *Select people by condition* en klik op *Edit*.',
  permissionsStatuses: 'Selecteer deze *Lifecycle statuses* en klik twee keer op *Apply*:',
  permissionsGrant: 'Zet, nog steeds in *People’s data*, deze rechten aan, en alleen deze:',
  permissionsSave: 'Klik op *Save*.',
  readOnlyNote: '{app} leest alleen gegevens en verandert nooit iets in HiBob.',
  movedFieldsQuestion: 'Ontbreken er gegevens na het koppelen?',
  movedFieldsAnswer:
    'In HiBob kunnen beheerders velden naar andere categorieën verplaatsen. Open in HiBob een willekeurige medewerker, zoek de categorie waarin het veld nu staat (Personal, Work, About…) en voeg voor die categorie het recht *View* toe (en *Edit* voor extra gevoelige velden).',

  credentialsTitle: 'Plak het ID en de token',
  credentialsLead: 'Kopieer ze uit HiBob. Je kunt ze ook allebei tegelijk in een van de velden plakken.',
  idLabel: 'Servicegebruiker-ID',
  tokenLabel: 'Token',
  showToken: 'Token tonen',
  hideToken: 'Token verbergen',
  lostToken: 'Token kwijt? Open in HiBob de servicegebruiker en klik op *Refresh token*.',
  submit: 'HiBob koppelen',
  submitting: 'Koppelen…',
  tryAgain: 'Opnieuw proberen',
  errorTitle: 'HiBob is nog niet gekoppeld',
  pastedBoth: 'ID en token ingevuld vanuit de geplakte tekst.',

  idRequired: 'Vul het servicegebruiker-ID uit HiBob in.',
  idWhitespace: 'Het ID mag geen spaties of regeleinden bevatten. Kopieer alleen het ID, bijvoorbeeld SERVICE-123456.',
  idColon: 'Het ID mag geen dubbele punt (:) bevatten. Kopieer alleen het ID, bijvoorbeeld SERVICE-123456.',
  idCharacters:
    'Het ID bevat tekens die HiBob nooit gebruikt (accenten, symbolen of onzichtbare tekens). Kopieer het opnieuw uit HiBob.',
  idTooLong: 'Dit is te lang voor een servicegebruiker-ID (maximaal {max} tekens). Kopieer alleen het ID.',
  tokenRequired: 'Vul de token in die HiBob liet zien toen je de servicegebruiker aanmaakte.',
  tokenWhitespace: 'De token mag geen spaties of regeleinden bevatten. Kopieer hem opnieuw in zijn geheel.',
  tokenCharacters:
    'De token bevat tekens die HiBob nooit gebruikt (accenten, symbolen of onzichtbare tekens). Kopieer hem opnieuw uit HiBob.',
  tokenTooLong: 'Dit is te lang voor een token (maximaal {max} tekens). Kopieer alleen de token.',
  idFormat:
    'Servicegebruiker-ID’s zien er meestal uit als SERVICE-123456. Controleer of je het ID hebt gekopieerd en niet de weergavenaam.',
  tokenFormat:
    'HiBob-tokens bestaan meestal uit 40 letters en cijfers; deze heeft {length} tekens. Je kunt hem toch proberen.',

  error_invalid_credentials:
    'HiBob heeft dit ID en deze token niet geaccepteerd. Controleer beide, of vernieuw de token in HiBob en plak de nieuwe.',
  error_missing_permissions: 'De servicegebruiker mist rechten die {app} nodig heeft.',
  error_rate_limited: 'HiBob krijgt te veel verzoeken. Probeer het over {seconds} seconden opnieuw.',
  error_rate_limited_later: 'HiBob krijgt te veel verzoeken. Wacht een minuut en probeer het dan opnieuw.',
  error_timeout: 'Het koppelen duurde te lang. Controleer je internetverbinding en probeer het opnieuw.',
  error_network_error: '{app} is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
  error_host_error:
    '{app} kon het koppelen van HiBob niet afronden. Probeer het opnieuw; lukt het nog steeds niet, neem dan contact op met de support van {app}.',
  error_not_configured: 'Koppelen is op deze pagina nog niet ingesteld. Neem contact op met de support van {app}.',

  checking: 'Rechten controleren…',
  checkingAnnouncement: 'Controleren wat de servicegebruiker in HiBob kan zien…',
  reviewTitleMissing: 'Er ontbreken rechten',
  reviewTitleNothingVisible: 'De servicegebruiker ziet geen medewerkers',
  reviewLeadRequired:
    '{app} heeft de hieronder gemarkeerde rechten nodig om te kunnen koppelen. Voeg ze toe in HiBob, klik op *Save* en controleer opnieuw.',
  reviewLeadOptional:
    'De servicegebruiker werkt, maar sommige gegevens die {app} kan gebruiken, worden niet gedeeld. Voeg de rechten toe en controleer opnieuw, of ga verder zonder die gegevens.',
  reviewNothingVisible:
    'HiBob gaf geen medewerkers terug voor deze servicegebruiker. Controleer in de rechtengroep, onder *Whose data can members access?*, of de voorwaarde de statussen {statuses} selecteert en of *View selected employees’ Basic info sections* aanstaat. Klik op *Save* en controleer opnieuw.',
  statusGranted: 'Toegekend',
  statusMissing: 'Ontbreekt',
  statusUnknown: 'Niet gecontroleerd',
  unknownHistory: 'HiBob laat integraties dit recht niet testen. Controleer zelf of het aanstaat.',
  unknownNoData: 'Er waren geen medewerkersgegevens om dit mee te controleren.',
  missingWhere: 'Toevoegen in HiBob',
  yourGroupCrumb: 'Groep van de servicegebruiker',
  checkAgain: 'Opnieuw controleren',
  continueWithout: 'Doorgaan zonder die gegevens',
  continueAnyway: 'Toch doorgaan',
  checkedAt: 'Gecontroleerd om {time}',

  successTitle: 'HiBob is gekoppeld',
  successBody: '{app} kan nu medewerkersgegevens lezen via servicegebruiker {id}.',
  successTokenGone: 'De token is veilig doorgegeven en wordt niet meer in dit venster bewaard.',

  sectionWhy_basic: 'Nodig om überhaupt medewerkers te zien.',
  sectionWhy_lifecycle: 'Het recht View is nodig om de dienstverbandstatus van elke medewerker te zien.',
  sectionWhy_personal:
    'HiBob deelt de geboortedatum alleen met het recht Edit. {app} wijzigt nooit medewerkersgegevens.',

  close: 'Sluiten',
  done: 'Klaar',
  dialogLabel: 'HiBob koppelen',
  loading: 'Laden…',
  loadFailed: 'Deze stap kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
};

export default strings;
