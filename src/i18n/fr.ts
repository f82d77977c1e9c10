/**
 * French UI text (« vous »). `*HiBob labels*` stay in
 * English: HiBob's localized labels cannot be verified, and admins must find these exact words on screen.
 * `\u202F` is the narrow no-break space French typography puts before ; : ! ? and inside « ».
 */
import type { Strings } from './en.js';

const strings: Strings = {
  defaultAppName: 'cette application',
  unnamedApp: 'Données',
  displayName: 'Intégration {app}',
  groupName: 'Accès intégration {app}',
  widgetLabel: 'Connecter HiBob',
  progress: 'Étape {current} sur {total}',
  back: 'Retour',
  next: 'Suivant',
  getStarted: 'Commencer',
  copy: 'Copier',
  copyLabel: 'Copier «\u202F{value}\u202F»',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le vous-même.',
  required: 'Obligatoire',
  optional: 'Facultatif',
  pathLabel: 'Emplacement dans HiBob',

  introTitle: 'Connecter HiBob à {app}',
  introLead:
    '{app} lit les données des collaborateurs dans HiBob via un utilisateur de service (*service user*)\u202F: un accès dédié aux intégrations, qui ne voit que ce que vous autorisez.',
  introBeforeTitle: 'Avant de commencer',
  introNeedAdmin: 'Vous devez disposer des droits *Administrator* dans HiBob.',
  introNeedTime: 'Comptez environ cinq minutes. Gardez HiBob ouvert dans un autre onglet.',
  introPlanTitle: 'Les étapes',
  introPlanServiceUser: 'Créer un utilisateur de service dans HiBob',
  introPlanPermissions: 'Lui donner accès aux données dont {app} a besoin',
  introPlanCredentials: 'Coller ici son ID et son token',
  introHaveCredentials: 'J’ai déjà un utilisateur de service',
  legacyQuestion: 'Vous cherchez plutôt un token d’API\u202F?',
  legacyAnswer:
    'HiBob ne délivre plus de tokens d’accès API depuis juin 2024 et les a désactivés en mai 2025. Les utilisateurs de service sont désormais le seul moyen de connecter HiBob.',

  serviceUserTitle: 'Créer un utilisateur de service',
  serviceUserOpen:
    'Dans HiBob, ouvrez *System Settings*, puis *Integrations*. Sur la vignette *Service users*, cliquez sur *Manage*.',
  serviceUserCreate: 'Cliquez sur *Create service user* et saisissez un *Display name*. Suggestion\u202F:',
  serviceUserSave: 'Cliquez sur *Create*.',
  serviceUserCopy:
    'HiBob affiche alors l’*ID* et le *Token* du nouvel utilisateur. Notez-les en lieu sûr pour les prochaines minutes.',
  serviceUserTokenOnce:
    'HiBob n’affiche le token qu’une seule fois. Si vous le perdez, ouvrez l’utilisateur de service et cliquez sur *Refresh token*\u202F; l’ancien token cesse aussitôt de fonctionner.',
  serviceUserContinue: 'Cliquez sur *Go to permission groups*.',

  permissionsTitle: 'Donner accès à l’utilisateur de service',
  permissionsAddGroup: 'Cliquez sur *Add permission group* et choisissez *Service user*.',
  permissionsNameGroup: 'Saisissez un *Group name*. Suggestion\u202F:',
  permissionsPickUser:
    'Sous *Select service users*, choisissez l’utilisateur que vous venez de créer. Cliquez sur *Create*, puis sur *Confirm*.',
  permissionsCondition:
    'Dans l’onglet *People’s data*, sous *Whose data can members access?*, choisissez *Select people by condition* et cliquez sur *Edit*.',
  permissionsStatuses: 'Sélectionnez ces *Lifecycle statuses*, puis cliquez deux fois sur *Apply*\u202F:',
  permissionsGrant: 'Toujours dans *People’s data*, activez ces autorisations, et uniquement celles-ci\u202F:',
  permissionsSave: 'Cliquez sur *Save*.',
  readOnlyNote: '{app} ne fait que lire les données. Rien n’est jamais modifié dans HiBob.',
  movedFieldsQuestion: 'Des données manquent après la connexion\u202F?',
  movedFieldsAnswer:
    'Dans HiBob, les administrateurs peuvent déplacer des champs vers d’autres catégories. Ouvrez la fiche d’un collaborateur dans HiBob, repérez la catégorie où se trouve désormais le champ (Personal, Work, About…) et ajoutez l’autorisation *View* pour cette catégorie (et *Edit* pour les champs particulièrement sensibles).',

  credentialsTitle: 'Coller l’ID et le token',
  credentialsLead: 'Copiez-les depuis HiBob. Vous pouvez coller les deux d’un coup dans l’un ou l’autre champ.',
  idLabel: 'ID de l’utilisateur de service',
  tokenLabel: 'Token',
  showToken: 'Afficher le token',
  hideToken: 'Masquer le token',
  lostToken: 'Token perdu\u202F? Dans HiBob, ouvrez l’utilisateur de service et cliquez sur *Refresh token*.',
  submit: 'Connecter HiBob',
  submitting: 'Connexion…',
  tryAgain: 'Réessayer',
  errorTitle: 'HiBob n’est pas encore connecté',
  pastedBoth: 'ID et token remplis à partir du texte collé.',

  idRequired: 'Saisissez l’ID de l’utilisateur de service indiqué dans HiBob.',
  idWhitespace:
    'L’ID ne peut contenir ni espaces ni retours à la ligne. Copiez uniquement l’ID, par exemple SERVICE-123456.',
  idColon: 'L’ID ne peut pas contenir de deux-points (:). Copiez uniquement l’ID, par exemple SERVICE-123456.',
  idCharacters:
    'L’ID contient des caractères que HiBob n’utilise jamais (accents, symboles ou caractères invisibles). Copiez-le à nouveau depuis HiBob.',
  idTooLong: 'C’est trop long pour un ID d’utilisateur de service ({max} caractères maximum). Copiez uniquement l’ID.',
  tokenRequired: 'Saisissez le token affiché par HiBob lors de la création de l’utilisateur de service.',
  tokenWhitespace: 'Le token ne peut contenir ni espaces ni retours à la ligne. Copiez-le à nouveau d’un seul tenant.',
  tokenCharacters:
    'Le token contient des caractères que HiBob n’utilise jamais (accents, symboles ou caractères invisibles). Copiez-le à nouveau depuis HiBob.',
  tokenTooLong: 'C’est trop long pour un token ({max} caractères maximum). Copiez uniquement le token.',
  idFormat:
    'Les ID d’utilisateur de service ressemblent généralement à SERVICE-123456. Vérifiez que vous avez copié l’ID et non le nom d’affichage.',
  tokenFormat:
    'Les tokens HiBob comptent généralement 40 lettres et chiffres\u202F; celui-ci a {length} caractères. Vous pouvez quand même l’essayer.',

  error_invalid_credentials:
    'HiBob n’a pas accepté cet ID et ce token. Vérifiez-les, ou régénérez le token dans HiBob et collez le nouveau.',
  error_missing_permissions: 'Il manque à l’utilisateur de service des autorisations dont {app} a besoin.',
  error_rate_limited: 'HiBob reçoit trop de requêtes. Réessayez dans {seconds} secondes.',
  error_rate_limited_later: 'HiBob reçoit trop de requêtes. Patientez une minute, puis réessayez.',
  error_timeout: 'La connexion a pris trop de temps. Vérifiez votre accès à Internet et réessayez.',
  error_network_error: 'Impossible de joindre {app}. Vérifiez votre accès à Internet et réessayez.',
  error_host_error:
    '{app} n’a pas pu finaliser la connexion à HiBob. Réessayez\u202F; si le problème persiste, contactez le support de {app}.',
  error_not_configured: 'La connexion n’est pas encore configurée sur cette page. Contactez le support de {app}.',

  checking: 'Vérification des autorisations…',
  checkingAnnouncement: 'Vérification de ce que l’utilisateur de service voit dans HiBob…',
  reviewTitleMissing: 'Des autorisations manquent',
  reviewTitleNothingVisible: 'L’utilisateur de service ne voit aucun collaborateur',
  reviewLeadRequired:
    '{app} a besoin des autorisations signalées ci-dessous pour se connecter. Ajoutez-les dans HiBob, cliquez sur *Save*, puis vérifiez à nouveau.',
  reviewLeadOptional:
    'L’utilisateur de service fonctionne, mais certaines données utiles à {app} ne sont pas partagées. Ajoutez les autorisations et vérifiez à nouveau, ou continuez sans ces données.',
  reviewNothingVisible:
    'HiBob n’a renvoyé aucun collaborateur pour cet utilisateur de service. Dans son groupe d’autorisations, sous *Whose data can members access?*, vérifiez que la condition sélectionne les statuts {statuses} et que *View selected employees’ Basic info sections* est activé. Cliquez sur *Save*, puis vérifiez à nouveau.',
  statusGranted: 'Accordée',
  statusMissing: 'Manquante',
  statusUnknown: 'Non vérifiée',
  unknownHistory: 'HiBob ne permet pas aux intégrations de tester cette autorisation. Vérifiez qu’elle est activée.',
  unknownNoData: 'Aucune donnée de collaborateur ne permettait de la vérifier.',
  missingWhere: 'À ajouter dans HiBob',
  yourGroupCrumb: 'Groupe de l’utilisateur de service',
  checkAgain: 'Vérifier à nouveau',
  continueWithout: 'Continuer sans ces données',
  continueAnyway: 'Continuer quand même',
  checkedAt: 'Vérifié à {time}',

  successTitle: 'HiBob est connecté',
  successBody: '{app} peut désormais lire les données des collaborateurs via l’utilisateur de service {id}.',
  successTokenGone: 'Le token a été transmis de façon sécurisée et n’est plus conservé dans cette fenêtre.',

  sectionWhy_basic: 'Indispensable pour voir les collaborateurs.',
  sectionWhy_lifecycle: 'L’autorisation View est nécessaire pour voir le statut d’emploi de chaque collaborateur.',
  sectionWhy_personal:
    'HiBob ne partage la date de naissance qu’avec l’autorisation Edit. {app} ne modifie jamais les données des collaborateurs.',

  close: 'Fermer',
  done: 'Terminé',
  dialogLabel: 'Connecter HiBob',
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger cette étape. Vérifiez votre accès à Internet et réessayez.',
};

export default strings;
