/**
 * Brazilian Portuguese UI text ("você"). `*HiBob labels*`, `lifecycleStatus_*` values and the two HiBob breadcrumbs
 * stay in English: HiBob's localized labels cannot be verified, and admins must find these exact words on screen.
 */
import type { Strings } from './en.js';

const strings: Strings = {
  defaultAppName: 'este aplicativo',
  unnamedApp: 'Dados',
  displayName: 'Integração {app}',
  groupName: 'Acesso integração {app}',
  widgetLabel: 'Conectar o HiBob',
  progress: 'Etapa {current} de {total}',
  back: 'Voltar',
  next: 'Próximo',
  getStarted: 'Começar',
  copy: 'Copiar',
  copyLabel: 'Copiar “{value}”',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar. Selecione o texto e copie manualmente.',
  required: 'Obrigatório',
  optional: 'Opcional',
  pathLabel: 'Onde no HiBob',

  introTitle: 'Conectar o HiBob a {app}',
  introLead:
    '{app} lê dados de colaboradores no HiBob por meio de um usuário de serviço (*service user*): um acesso exclusivo para integrações, que só vê o que você permitir.',
  introBeforeTitle: 'Antes de começar',
  introNeedAdmin: 'Você precisa de permissões de *Administrator* no HiBob.',
  introNeedTime: 'Leva cerca de cinco minutos. Mantenha o HiBob aberto em outra aba.',
  introPlanTitle: 'O que você vai fazer',
  introPlanServiceUser: 'Criar um usuário de serviço no HiBob',
  introPlanPermissions: 'Dar acesso aos dados de que {app} precisa',
  introPlanCredentials: 'Colar aqui o ID e o token dele',
  introHaveCredentials: 'Já tenho um usuário de serviço',
  legacyQuestion: 'Procurando um token de API?',
  legacyAnswer:
    'O HiBob parou de emitir tokens de acesso à API em junho de 2024 e os desativou em maio de 2025. Agora, usuários de serviço são a única forma de conectar.',

  serviceUserTitle: 'Criar um usuário de serviço',
  serviceUserOpen:
    'No HiBob, abra *System Settings* e depois *Integrations*. No bloco *Service users*, clique em *Manage*.',
  serviceUserCreate: 'Clique em *Create service user* e insira um *Display name*. Sugerimos:',
  serviceUserSave: 'Clique em *Create*.',
  serviceUserCopy:
    'O HiBob agora mostra o *ID* e o *Token* do novo usuário. Guarde os dois em um lugar seguro pelos próximos minutos.',
  serviceUserTokenOnce:
    'O HiBob mostra o token só uma vez. Se você perdê-lo, abra o usuário de serviço e clique em *Refresh token*; o token antigo para de funcionar na hora.',
  serviceUserContinue: 'Clique em *Go to permission groups*.',

  permissionsTitle: 'Dar acesso ao usuário de serviço',
  permissionsAddGroup: 'Clique em *Add permission group* e escolha *Service user*.',
  permissionsNameGroup: 'Insira um *Group name*. Sugerimos:',
  permissionsPickUser:
    'Em *Select service users*, escolha o usuário que você acabou de criar. Clique em *Create* e depois em *Confirm*.',
  permissionsCondition:
    'Na aba *People’s data*, em *Whose data can members access?*, escolha *Select people by condition* e clique em *Edit*.',
  permissionsStatuses: 'Selecione estes *Lifecycle statuses* e clique duas vezes em *Apply*:',
  permissionsGrant: 'Ainda em *People’s data*, ative estas permissões, e somente estas:',
  permissionsSave: 'Clique em *Save*.',
  readOnlyNote: '{app} só lê dados. Nunca altera nada no HiBob.',
  movedFieldsQuestion: 'Faltam dados depois de conectar?',
  movedFieldsAnswer:
    'O HiBob permite que administradores movam campos para outras categorias. Abra o perfil de um colaborador no HiBob, veja em qual categoria o campo está agora (Personal, Work, About…) e adicione a permissão *View* para essa categoria (e *Edit* para campos especialmente sensíveis).',

  credentialsTitle: 'Colar o ID e o token',
  credentialsLead: 'Copie-os do HiBob. Você pode colar os dois de uma vez em qualquer um dos campos.',
  idLabel: 'ID do usuário de serviço',
  tokenLabel: 'Token',
  showToken: 'Mostrar token',
  hideToken: 'Ocultar token',
  lostToken: 'Perdeu o token? No HiBob, abra o usuário de serviço e clique em *Refresh token*.',
  submit: 'Conectar o HiBob',
  submitting: 'Conectando…',
  tryAgain: 'Tentar novamente',
  errorTitle: 'O HiBob ainda não está conectado',
  pastedBoth: 'O ID e o token foram preenchidos com o texto colado.',

  idRequired: 'Insira o ID do usuário de serviço mostrado no HiBob.',
  idWhitespace: 'O ID não pode ter espaços nem quebras de linha. Copie apenas o ID, por exemplo SERVICE-123456.',
  idColon: 'O ID não pode ter dois-pontos (:). Copie apenas o ID, por exemplo SERVICE-123456.',
  idCharacters:
    'O ID contém caracteres que o HiBob nunca usa (acentos, símbolos ou caracteres invisíveis). Copie-o novamente do HiBob.',
  idTooLong: 'Isso é longo demais para um ID de usuário de serviço (no máximo {max} caracteres). Copie apenas o ID.',
  tokenRequired: 'Insira o token que o HiBob mostrou quando você criou o usuário de serviço.',
  tokenWhitespace: 'O token não pode ter espaços nem quebras de linha. Copie-o novamente por inteiro.',
  tokenCharacters:
    'O token contém caracteres que o HiBob nunca usa (acentos, símbolos ou caracteres invisíveis). Copie-o novamente do HiBob.',
  tokenTooLong: 'Isso é longo demais para um token (no máximo {max} caracteres). Copie apenas o token.',
  idFormat:
    'IDs de usuário de serviço costumam ter o formato SERVICE-123456. Verifique se você copiou o ID, e não o nome de exibição.',
  tokenFormat:
    'Tokens do HiBob costumam ter 40 letras e dígitos; este tem {length} caracteres. Você ainda pode tentar usá-lo.',

  error_invalid_credentials:
    'O HiBob não aceitou este ID e este token. Verifique os dois ou gere um novo token no HiBob e cole-o aqui.',
  error_missing_permissions: 'O usuário de serviço não tem permissões de que {app} precisa.',
  error_rate_limited: 'O HiBob está recebendo solicitações demais. Tente novamente em {seconds} segundos.',
  error_rate_limited_later: 'O HiBob está recebendo solicitações demais. Aguarde um minuto e tente novamente.',
  error_timeout: 'A conexão demorou demais. Verifique sua internet e tente novamente.',
  error_network_error: 'Não foi possível acessar {app}. Verifique sua internet e tente novamente.',
  error_host_error:
    '{app} não conseguiu concluir a conexão com o HiBob. Tente novamente; se o erro continuar, entre em contato com o suporte de {app}.',
  error_not_configured: 'A conexão ainda não está configurada nesta página. Entre em contato com o suporte de {app}.',

  checking: 'Verificando permissões…',
  checkingAnnouncement: 'Verificando o que o usuário de serviço pode ver no HiBob…',
  reviewTitleMissing: 'Faltam algumas permissões',
  reviewTitleNothingVisible: 'O usuário de serviço não vê nenhum colaborador',
  reviewLeadRequired:
    '{app} precisa das permissões marcadas abaixo para se conectar. Adicione-as no HiBob, clique em *Save* e verifique novamente.',
  reviewLeadOptional:
    'O usuário de serviço funciona, mas alguns dados que {app} pode usar não estão compartilhados. Adicione as permissões e verifique novamente, ou continue sem esses dados.',
  reviewNothingVisible:
    'O HiBob não retornou nenhum colaborador para este usuário de serviço. No grupo de permissões dele, em *Whose data can members access?*, confirme que a condição seleciona os status {statuses} e que *View selected employees’ Basic info sections* está ativada. Clique em *Save* e verifique novamente.',
  statusGranted: 'Concedida',
  statusMissing: 'Ausente',
  statusUnknown: 'Não verificada',
  unknownHistory: 'O HiBob não permite que integrações testem esta permissão. Confirme que ela está ativada.',
  unknownNoData: 'Não havia dados de colaboradores para verificar isso.',
  missingWhere: 'Adicionar no HiBob',
  yourGroupCrumb: 'Grupo do usuário de serviço',
  checkAgain: 'Verificar novamente',
  continueWithout: 'Continuar sem esses dados',
  continueAnyway: 'Continuar mesmo assim',
  checkedAt: 'Verificado às {time}',

  successTitle: 'O HiBob está conectado',
  successBody: '{app} agora pode ler dados de colaboradores pelo usuário de serviço {id}.',
  successTokenGone: 'O token foi repassado com segurança e não fica mais guardado nesta janela.',

  sectionWhy_basic: 'Necessária para ver os colaboradores.',
  sectionWhy_lifecycle: 'A permissão View é necessária para ver a situação de emprego de cada colaborador.',
  sectionWhy_personal:
    'O HiBob só compartilha a data de nascimento com a permissão Edit. {app} nunca edita dados de colaboradores.',

  close: 'Fechar',
  done: 'Concluir',
  dialogLabel: 'Conectar o HiBob',
  loading: 'Carregando…',
  loadFailed: 'Não foi possível carregar esta etapa. Verifique sua internet e tente novamente.',
};

export default strings;
