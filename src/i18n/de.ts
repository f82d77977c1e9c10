/**
 * German UI text (formal „Sie“). `*HiBob labels*` stay
 * in English: HiBob's localized labels cannot be verified, and admins must find these exact words on screen.
 * `{app}` is kept in nominative/accusative positions so the fallback „diese App“ stays grammatical.
 */
import type { Strings } from './en.js';

const strings: Strings = {
  defaultAppName: 'diese App',
  unnamedApp: 'Daten',
  displayName: '{app}-Integration',
  groupName: '{app}-Integrationszugriff',
  widgetLabel: 'HiBob verbinden',
  progress: 'Schritt {current} von {total}',
  back: 'Zurück',
  next: 'Weiter',
  getStarted: 'Jetzt starten',
  copy: 'Kopieren',
  copyLabel: '„{value}“ kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
  required: 'Erforderlich',
  optional: 'Optional',
  pathLabel: 'Wo in HiBob',

  introTitle: '{app} mit HiBob verbinden',
  introLead:
    '{app} liest Mitarbeiterdaten aus HiBob über einen Servicebenutzer (*service user*): einen eigenen Zugang für Integrationen, der nur sieht, was Sie freigeben.',
  introBeforeTitle: 'Bevor Sie beginnen',
  introNeedAdmin: 'Sie benötigen *Administrator*-Rechte in HiBob.',
  introNeedTime: 'Das dauert etwa fünf Minuten. Lassen Sie HiBob in einem anderen Tab geöffnet.',
  introPlanTitle: 'Ihre Schritte',
  introPlanServiceUser: 'Servicebenutzer in HiBob anlegen',
  introPlanPermissions: 'Zugriff auf die Daten geben, die {app} braucht',
  introPlanCredentials: 'ID und Token hier einfügen',
  introHaveCredentials: 'Ich habe schon einen Servicebenutzer',
  legacyQuestion: 'Suchen Sie stattdessen ein API-Token?',
  legacyAnswer:
    'HiBob stellt seit Juni 2024 keine API-Zugriffstokens mehr aus und hat sie im Mai 2025 abgeschaltet. Verbinden lässt sich HiBob jetzt nur noch über Servicebenutzer.',

  serviceUserTitle: 'Servicebenutzer anlegen',
  serviceUserOpen:
    'Öffnen Sie in HiBob *System Settings* und dann *Integrations*. Klicken Sie auf der Kachel *Service users* auf *Manage*.',
  serviceUserCreate: 'Klicken Sie auf *Create service user* und geben Sie einen *Display name* ein. Unser Vorschlag:',
  serviceUserSave: 'Klicken Sie auf *Create*.',
  serviceUserCopy:
    'HiBob zeigt jetzt *ID* und *Token* des neuen Benutzers. Bewahren Sie beides für die nächsten Minuten sicher auf.',
  serviceUserTokenOnce:
    'HiBob zeigt das Token nur einmal. Falls es verloren geht, öffnen Sie den Servicebenutzer und klicken Sie auf *Refresh token*; das alte Token ist dann sofort ungültig.',
  serviceUserContinue: 'Klicken Sie auf *Go to permission groups*.',

  permissionsTitle: 'Dem Servicebenutzer Zugriff geben',
  permissionsAddGroup: 'Klicken Sie auf *Add permission group* und wählen Sie *Service user*.',
  permissionsNameGroup: 'Geben Sie einen *Group name* ein. Unser Vorschlag:',
  permissionsPickUser:
    'Wählen Sie unter *Select service users* den eben angelegten Benutzer. Klicken Sie auf *Create* und dann auf *Confirm*.',
  permissionsCondition:
    'Wählen Sie im Tab *People’s data* unter *Whose data can members access?* die Option *Select people by condition* und klicken Sie auf *Edit*.',
  permissionsStatuses: 'Wählen Sie diese *Lifecycle statuses* aus und klicken Sie zweimal auf *Apply*:',
  permissionsGrant: 'Aktivieren Sie, weiterhin unter *People’s data*, genau diese Berechtigungen:',
  permissionsSave: 'Klicken Sie auf *Save*.',
  readOnlyNote: '{app} liest Daten nur und ändert nie etwas in HiBob.',
  movedFieldsQuestion: 'Fehlen nach dem Verbinden Daten?',
  movedFieldsAnswer:
    'In HiBob können Admins Felder in andere Kategorien verschieben. Öffnen Sie in HiBob das Profil einer Person, suchen Sie die Kategorie, in der das Feld jetzt liegt (Personal, Work, About…), und fügen Sie dafür die Berechtigung *View* hinzu (bei besonders sensiblen Feldern auch *Edit*).',

  credentialsTitle: 'ID und Token einfügen',
  credentialsLead: 'Kopieren Sie beides aus HiBob. Sie können auch beides auf einmal in eines der Felder einfügen.',
  idLabel: 'Servicebenutzer-ID',
  tokenLabel: 'Token',
  showToken: 'Token anzeigen',
  hideToken: 'Token verbergen',
  lostToken: 'Token verloren? Öffnen Sie in HiBob den Servicebenutzer und klicken Sie auf *Refresh token*.',
  submit: 'HiBob verbinden',
  submitting: 'Wird verbunden…',
  tryAgain: 'Erneut versuchen',
  errorTitle: 'HiBob ist noch nicht verbunden',
  pastedBoth: 'ID und Token aus dem eingefügten Text übernommen.',

  idRequired: 'Geben Sie die Servicebenutzer-ID aus HiBob ein.',
  idWhitespace:
    'Die ID darf keine Leerzeichen oder Zeilenumbrüche enthalten. Kopieren Sie nur die ID, zum Beispiel SERVICE-123456.',
  idColon: 'Die ID darf keinen Doppelpunkt (:) enthalten. Kopieren Sie nur die ID, zum Beispiel SERVICE-123456.',
  idCharacters:
    'Die ID enthält Zeichen, die HiBob nie verwendet (Akzente, Symbole oder unsichtbare Zeichen). Kopieren Sie sie erneut aus HiBob.',
  idTooLong: 'Das ist zu lang für eine Servicebenutzer-ID (höchstens {max} Zeichen). Kopieren Sie nur die ID.',
  tokenRequired: 'Geben Sie das Token ein, das HiBob beim Anlegen des Servicebenutzers angezeigt hat.',
  tokenWhitespace:
    'Das Token darf keine Leerzeichen oder Zeilenumbrüche enthalten. Kopieren Sie es erneut in einem Stück.',
  tokenCharacters:
    'Das Token enthält Zeichen, die HiBob nie verwendet (Akzente, Symbole oder unsichtbare Zeichen). Kopieren Sie es erneut aus HiBob.',
  tokenTooLong: 'Das ist zu lang für ein Token (höchstens {max} Zeichen). Kopieren Sie nur das Token.',
  idFormat:
    'Servicebenutzer-IDs sehen meist so aus: SERVICE-123456. Prüfen Sie, ob Sie die ID kopiert haben und nicht den Anzeigenamen.',
  tokenFormat:
    'HiBob-Tokens bestehen meist aus 40 Buchstaben und Ziffern; dieses hat {length} Zeichen. Sie können es trotzdem versuchen.',

  error_invalid_credentials:
    'HiBob hat diese ID und dieses Token nicht akzeptiert. Prüfen Sie beides oder erneuern Sie das Token in HiBob und fügen Sie das neue ein.',
  error_missing_permissions: 'Dem Servicebenutzer fehlen Berechtigungen, die {app} benötigt.',
  error_rate_limited: 'HiBob erhält zu viele Anfragen. Versuchen Sie es in {seconds} Sekunden erneut.',
  error_rate_limited_later: 'HiBob erhält zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  error_timeout: 'Das Verbinden hat zu lange gedauert. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  error_network_error: '{app} ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  error_host_error:
    '{app} konnte die Verbindung mit HiBob nicht abschließen. Versuchen Sie es erneut; falls es weiter fehlschlägt, wenden Sie sich an den Support für {app}.',
  error_not_configured:
    'Das Verbinden ist auf dieser Seite noch nicht eingerichtet. Wenden Sie sich an den Support für {app}.',

  checking: 'Berechtigungen werden geprüft…',
  checkingAnnouncement: 'Es wird geprüft, was der Servicebenutzer in HiBob sehen kann…',
  reviewTitleMissing: 'Einige Berechtigungen fehlen',
  reviewTitleNothingVisible: 'Der Servicebenutzer sieht keine Mitarbeitenden',
  reviewLeadRequired:
    '{app} benötigt die unten markierten Berechtigungen, bevor die Verbindung möglich ist. Fügen Sie sie in HiBob hinzu, klicken Sie auf *Save* und prüfen Sie erneut.',
  reviewLeadOptional:
    'Der Servicebenutzer funktioniert, aber einige Daten, die {app} nutzen kann, sind nicht freigegeben. Fügen Sie die Berechtigungen hinzu und prüfen Sie erneut, oder fahren Sie ohne diese Daten fort.',
  reviewNothingVisible:
    'HiBob hat für diesen Servicebenutzer keine Mitarbeitenden geliefert. Stellen Sie in seiner Berechtigungsgruppe unter *Whose data can members access?* sicher, dass die Bedingung die Status {statuses} auswählt und *View selected employees’ Basic info sections* aktiviert ist. Klicken Sie auf *Save* und prüfen Sie erneut.',
  statusGranted: 'Erteilt',
  statusMissing: 'Fehlt',
  statusUnknown: 'Nicht geprüft',
  unknownHistory:
    'HiBob lässt Integrationen diese Berechtigung nicht testen. Stellen Sie sicher, dass sie aktiviert ist.',
  unknownNoData: 'Es gab keine Mitarbeiterdaten, um dies zu prüfen.',
  missingWhere: 'In HiBob hinzufügen',
  yourGroupCrumb: 'Gruppe des Servicebenutzers',
  checkAgain: 'Erneut prüfen',
  continueWithout: 'Ohne diese Daten fortfahren',
  continueAnyway: 'Trotzdem fortfahren',
  checkedAt: 'Geprüft um {time}',

  successTitle: 'HiBob ist verbunden',
  successBody: '{app} kann jetzt über den Servicebenutzer {id} Mitarbeiterdaten lesen.',
  successTokenGone: 'Das Token wurde sicher übergeben und wird in diesem Fenster nicht mehr gespeichert.',

  sectionWhy_basic: 'Nötig, damit überhaupt Mitarbeitende sichtbar sind.',
  sectionWhy_lifecycle: 'Die View-Berechtigung ist nötig, um den Beschäftigungsstatus jeder Person zu sehen.',
  sectionWhy_personal:
    'HiBob gibt das Geburtsdatum nur mit der Edit-Berechtigung frei. {app} bearbeitet nie Mitarbeiterdaten.',

  close: 'Schließen',
  done: 'Fertig',
  dialogLabel: 'HiBob verbinden',
  loading: 'Wird geladen…',
  loadFailed: 'Dieser Schritt konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};

export default strings;
