/**
 * Spanish UI text (neutral, "usted"). `*HiBob labels*`, `lifecycleStatus_*` values and the two HiBob breadcrumbs
 * stay in English: HiBob's localized labels cannot be verified, and admins must find these exact words on screen.
 */
import type { Strings } from './en.js';

const strings: Strings = {
  defaultAppName: 'esta aplicación',
  unnamedApp: 'Datos',
  displayName: 'Integración {app}',
  groupName: 'Acceso integración {app}',
  widgetLabel: 'Conectar HiBob',
  progress: 'Paso {current} de {total}',
  back: 'Atrás',
  next: 'Siguiente',
  getStarted: 'Empezar',
  copy: 'Copiar',
  copyLabel: 'Copiar «{value}»',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar. Seleccione el texto y cópielo manualmente.',
  required: 'Obligatorio',
  optional: 'Opcional',
  pathLabel: 'Ubicación en HiBob',

  introTitle: 'Conectar HiBob con {app}',
  introLead:
    '{app} lee los datos de los empleados en HiBob mediante un usuario de servicio (*service user*): un acceso exclusivo para integraciones que solo ve lo que usted permita.',
  introBeforeTitle: 'Antes de empezar',
  introNeedAdmin: 'Necesita permisos de *Administrator* en HiBob.',
  introNeedTime: 'Se tarda unos cinco minutos. Mantenga HiBob abierto en otra pestaña.',
  introPlanTitle: 'Qué va a hacer',
  introPlanServiceUser: 'Crear un usuario de servicio en HiBob',
  introPlanPermissions: 'Darle acceso a los datos que necesita {app}',
  introPlanCredentials: 'Pegar aquí su ID y su token',
  introHaveCredentials: 'Ya tengo un usuario de servicio',
  legacyQuestion: '¿Busca un token de API?',
  legacyAnswer:
    'HiBob dejó de emitir tokens de acceso a la API en junio de 2024 y los desactivó en mayo de 2025. Ahora los usuarios de servicio son la única forma de conectarse.',

  serviceUserTitle: 'Crear un usuario de servicio',
  serviceUserOpen:
    'En HiBob, abra *System Settings* y luego *Integrations*. En el recuadro *Service users*, haga clic en *Manage*.',
  serviceUserCreate: 'Haga clic en *Create service user* e introduzca un *Display name*. Le sugerimos:',
  serviceUserSave: 'Haga clic en *Create*.',
  serviceUserCopy:
    'HiBob muestra ahora el *ID* y el *Token* del nuevo usuario. Guárdelos en un lugar seguro durante los próximos minutos.',
  serviceUserTokenOnce:
    'HiBob muestra el token una sola vez. Si lo pierde, abra el usuario de servicio y haga clic en *Refresh token*; el token anterior deja de funcionar de inmediato.',
  serviceUserContinue: 'Haga clic en *Go to permission groups*.',

  permissionsTitle: 'Dar acceso al usuario de servicio',
  permissionsAddGroup: 'Haga clic en *Add permission group* y elija *Service user*.',
  permissionsNameGroup: 'Introduzca un *Group name*. Le sugerimos:',
  permissionsPickUser:
    'En *Select service users*, elija el usuario que acaba de crear. Haga clic en *Create* y luego en *Confirm*.',
  permissionsCondition:
    'En la pestaña *People’s data*, en *Whose data can members access?*, elija *Select people by condition* y haga clic en *Edit*.',
  permissionsStatuses: 'Seleccione estos *Lifecycle statuses* y haga clic dos veces en *Apply*:',
  permissionsGrant: 'Aún en *People’s data*, active estos permisos y solo estos:',
  permissionsSave: 'Haga clic en *Save*.',
  readOnlyNote: '{app} solo lee datos. Nunca cambia nada en HiBob.',
  movedFieldsQuestion: '¿Faltan datos después de conectar?',
  movedFieldsAnswer:
    'HiBob permite a los administradores mover campos a otras categorías. Abra la ficha de un empleado en HiBob, busque la categoría en la que está ahora el campo (Personal, Work, About…) y añada el permiso *View* para esa categoría (y *Edit* para los campos especialmente sensibles).',

  credentialsTitle: 'Pegar el ID y el token',
  credentialsLead: 'Cópielos de HiBob. Puede pegar ambos a la vez en cualquiera de los dos campos.',
  idLabel: 'ID del usuario de servicio',
  tokenLabel: 'Token',
  showToken: 'Mostrar token',
  hideToken: 'Ocultar token',
  lostToken: '¿Perdió el token? En HiBob, abra el usuario de servicio y haga clic en *Refresh token*.',
  submit: 'Conectar HiBob',
  submitting: 'Conectando…',
  tryAgain: 'Reintentar',
  errorTitle: 'HiBob aún no está conectado',
  pastedBoth: 'Se completaron el ID y el token con el texto pegado.',

  idRequired: 'Introduzca el ID del usuario de servicio de HiBob.',
  idWhitespace: 'El ID no puede contener espacios ni saltos de línea. Copie solo el ID, por ejemplo SERVICE-123456.',
  idColon: 'El ID no puede contener dos puntos (:). Copie solo el ID, por ejemplo SERVICE-123456.',
  idCharacters:
    'El ID contiene caracteres que HiBob nunca usa (acentos, símbolos o caracteres invisibles). Vuelva a copiarlo de HiBob.',
  idTooLong: 'Es demasiado largo para ser un ID de usuario de servicio (máximo {max} caracteres). Copie solo el ID.',
  tokenRequired: 'Introduzca el token que HiBob mostró al crear el usuario de servicio.',
  tokenWhitespace: 'El token no puede contener espacios ni saltos de línea. Vuelva a copiarlo completo.',
  tokenCharacters:
    'El token contiene caracteres que HiBob nunca usa (acentos, símbolos o caracteres invisibles). Vuelva a copiarlo de HiBob.',
  tokenTooLong: 'Es demasiado largo para ser un token (máximo {max} caracteres). Copie solo el token.',
  idFormat:
    'Los ID de usuario de servicio suelen tener el formato SERVICE-123456. Compruebe que copió el ID y no el nombre visible.',
  tokenFormat:
    'Los tokens de HiBob suelen tener 40 letras y dígitos; este tiene {length} caracteres. Aun así, puede probarlo.',

  error_invalid_credentials:
    'HiBob no aceptó este ID y este token. Compruebe ambos, o regenere el token en HiBob y pegue el nuevo.',
  error_missing_permissions: 'Al usuario de servicio le faltan permisos que {app} necesita.',
  error_rate_limited: 'HiBob está recibiendo demasiadas solicitudes. Vuelva a intentarlo en {seconds} segundos.',
  error_rate_limited_later: 'HiBob está recibiendo demasiadas solicitudes. Espere un minuto y vuelva a intentarlo.',
  error_timeout: 'La conexión tardó demasiado. Compruebe su conexión a internet y vuelva a intentarlo.',
  error_network_error: 'No se pudo contactar con {app}. Compruebe su conexión a internet y vuelva a intentarlo.',
  error_host_error:
    '{app} no pudo completar la conexión con HiBob. Vuelva a intentarlo; si el error persiste, contacte con el soporte de {app}.',
  error_not_configured: 'La conexión aún no está configurada en esta página. Contacte con el soporte de {app}.',

  checking: 'Comprobando permisos…',
  checkingAnnouncement: 'Comprobando qué puede ver el usuario de servicio en HiBob…',
  reviewTitleMissing: 'Faltan algunos permisos',
  reviewTitleNothingVisible: 'El usuario de servicio no puede ver a ningún empleado',
  reviewLeadRequired:
    '{app} necesita los permisos marcados abajo para poder conectarse. Añádalos en HiBob, haga clic en *Save* y vuelva a comprobar.',
  reviewLeadOptional:
    'El usuario de servicio funciona, pero algunos datos que {app} puede usar no se comparten. Añada los permisos y vuelva a comprobar, o continúe sin esos datos.',
  reviewNothingVisible:
    'HiBob no devolvió ningún empleado para este usuario de servicio. En su grupo de permisos, en *Whose data can members access?*, asegúrese de que la condición seleccione los estados {statuses} y de que *View selected employees’ Basic info sections* esté activado. Haga clic en *Save* y vuelva a comprobar.',
  statusGranted: 'Concedido',
  statusMissing: 'Falta',
  statusUnknown: 'Sin comprobar',
  unknownHistory: 'HiBob no permite que las integraciones prueben este permiso. Asegúrese de que esté activado.',
  unknownNoData: 'No había datos de empleados con los que comprobarlo.',
  missingWhere: 'Añadir en HiBob',
  yourGroupCrumb: 'Grupo del usuario de servicio',
  checkAgain: 'Volver a comprobar',
  continueWithout: 'Continuar sin esos datos',
  continueAnyway: 'Continuar de todos modos',
  checkedAt: 'Comprobado a las {time}',

  successTitle: 'HiBob está conectado',
  successBody: '{app} ya puede leer los datos de los empleados mediante el usuario de servicio {id}.',
  successTokenGone: 'El token se transmitió de forma segura y ya no se conserva en esta ventana.',

  sectionWhy_basic: 'Necesario para poder ver a los empleados.',
  sectionWhy_lifecycle: 'El permiso View es necesario para ver la situación laboral de cada empleado.',
  sectionWhy_personal:
    'HiBob solo comparte la fecha de nacimiento con el permiso Edit. {app} nunca modifica los datos de los empleados.',

  close: 'Cerrar',
  done: 'Listo',
  dialogLabel: 'Conectar HiBob',
  loading: 'Cargando…',
  loadFailed: 'No se pudo cargar este paso. Compruebe su conexión a internet y vuelva a intentarlo.',
};

export default strings;
