/**
 * Hebrew UI text (gender-neutral plural imperative, as modern Israeli SaaS writes). `*HiBob labels*` stay in English: HiBob's localized labels cannot be
 * verified, and admins must find these exact words on screen. `{app}` never takes a prefix letter (ל, ב, ש…) so any
 * name or the fallback reads correctly; HiBob and `{app}` take masculine verbs.
 */
import type { Strings } from './en.js';

const strings: Strings = {
  defaultAppName: 'השירות הזה',
  unnamedApp: 'נתונים',
  displayName: 'אינטגרציית {app}',
  groupName: 'הרשאות אינטגרציית {app}',
  widgetLabel: 'חיבור HiBob',
  progress: 'שלב {current} מתוך {total}',
  back: 'חזרה',
  next: 'הבא',
  getStarted: 'בואו נתחיל',
  copy: 'העתקה',
  copyLabel: 'העתקה "{value}"',
  copied: 'הועתק',
  copyFailed: 'ההעתקה נכשלה. סמנו את הטקסט והעתיקו אותו ידנית.',
  required: 'חובה',
  optional: 'לא חובה',
  pathLabel: 'איפה ב-HiBob',

  introTitle: 'חיבור HiBob אל {app}',
  introLead:
    '{app} קורא נתוני עובדים מ-HiBob דרך משתמש שירות (*service user*): חשבון ייעודי לאינטגרציות, שרואה רק את מה שתאשרו.',
  introBeforeTitle: 'לפני שמתחילים',
  introNeedAdmin: 'נדרשות לכם הרשאות *Administrator* ב-HiBob.',
  introNeedTime: 'זה לוקח כחמש דקות. השאירו את HiBob פתוח בלשונית נוספת.',
  introPlanTitle: 'מה עושים',
  introPlanServiceUser: 'יוצרים משתמש שירות ב-HiBob',
  introPlanPermissions: 'נותנים לו גישה לנתונים שנדרשים עבור {app}',
  introPlanCredentials: 'מדביקים כאן את המזהה והטוקן שלו',
  introHaveCredentials: 'כבר יש לי משתמש שירות',
  legacyQuestion: 'מחפשים טוקן API?',
  legacyAnswer:
    'HiBob הפסיק להנפיק טוקני גישה ל-API ביוני 2024 והשבית אותם במאי 2025. כיום אפשר להתחבר רק דרך משתמשי שירות.',

  serviceUserTitle: 'יצירת משתמש שירות',
  serviceUserOpen: 'ב-HiBob, פתחו את *System Settings* ואז את *Integrations*. באריח *Service users*, לחצו על *Manage*.',
  serviceUserCreate: 'לחצו על *Create service user* והזינו *Display name*. ההצעה שלנו:',
  serviceUserSave: 'לחצו על *Create*.',
  serviceUserCopy: 'HiBob מציג עכשיו את ה-*ID* וה-*Token* של המשתמש החדש. שמרו את שניהם במקום בטוח לדקות הקרובות.',
  serviceUserTokenOnce:
    'HiBob מציג את הטוקן פעם אחת בלבד. אם איבדתם אותו, פתחו את משתמש השירות ולחצו על *Refresh token*; הטוקן הישן יפסיק לעבוד מיד.',
  serviceUserContinue: 'לחצו על *Go to permission groups*.',

  permissionsTitle: 'מתן גישה למשתמש השירות',
  permissionsAddGroup: 'לחצו על *Add permission group* ובחרו *Service user*.',
  permissionsNameGroup: 'הזינו *Group name*. ההצעה שלנו:',
  permissionsPickUser: 'תחת *Select service users*, בחרו את המשתמש שיצרתם. לחצו על *Create* ואז על *Confirm*.',
  permissionsCondition:
    'בלשונית *People’s data*, תחת *Whose data can members access?*, בחרו *Select people by condition* ולחצו על *Edit*.',
  permissionsStatuses: 'בחרו את ה-*Lifecycle statuses* האלה ולחצו פעמיים על *Apply*:',
  permissionsGrant: 'עדיין ב-*People’s data*, הפעילו את ההרשאות האלה, ורק אותן:',
  permissionsSave: 'לחצו על *Save*.',
  readOnlyNote: '{app} רק קורא נתונים, ולעולם לא משנה דבר ב-HiBob.',
  movedFieldsQuestion: 'חסרים נתונים אחרי החיבור?',
  movedFieldsAnswer:
    'ב-HiBob, מנהלי מערכת יכולים להעביר שדות לקטגוריות אחרות. פתחו ב-HiBob פרופיל של עובד לדוגמה, מצאו את הקטגוריה שבה השדה נמצא עכשיו (Personal, Work, About…), והוסיפו לקטגוריה הזו הרשאת *View* (ו-*Edit* לשדות רגישים במיוחד).',

  credentialsTitle: 'הדבקת המזהה והטוקן',
  credentialsLead: 'העתיקו אותם מ-HiBob. אפשר להדביק את שניהם יחד בכל אחד מהשדות.',
  idLabel: 'מזהה משתמש השירות',
  tokenLabel: 'טוקן',
  showToken: 'הצגת הטוקן',
  hideToken: 'הסתרת הטוקן',
  lostToken: 'איבדתם את הטוקן? ב-HiBob, פתחו את משתמש השירות ולחצו על *Refresh token*.',
  submit: 'חיבור HiBob',
  submitting: 'מתחברים…',
  tryAgain: 'לנסות שוב',
  errorTitle: 'HiBob עדיין לא מחובר',
  pastedBoth: 'המזהה והטוקן מולאו מתוך הטקסט שהדבקתם.',

  idRequired: 'הזינו את מזהה משתמש השירות מ-HiBob.',
  idWhitespace: 'המזהה לא יכול להכיל רווחים או מעברי שורה. העתיקו רק את המזהה, לדוגמה SERVICE-123456.',
  idColon: 'המזהה לא יכול להכיל נקודתיים (:). העתיקו רק את המזהה, לדוגמה SERVICE-123456.',
  idCharacters:
    'המזהה מכיל תווים ש-HiBob אף פעם לא משתמש בהם (אותיות עם סימנים, סמלים או תווים בלתי נראים). העתיקו אותו שוב מ-HiBob.',
  idTooLong: 'זה ארוך מדי בשביל מזהה משתמש שירות (עד {max} תווים). העתיקו רק את המזהה.',
  tokenRequired: 'הזינו את הטוקן ש-HiBob הציג כשיצרתם את משתמש השירות.',
  tokenWhitespace: 'הטוקן לא יכול להכיל רווחים או מעברי שורה. העתיקו אותו שוב ברצף אחד.',
  tokenCharacters:
    'הטוקן מכיל תווים ש-HiBob אף פעם לא משתמש בהם (אותיות עם סימנים, סמלים או תווים בלתי נראים). העתיקו אותו שוב מ-HiBob.',
  tokenTooLong: 'זה ארוך מדי בשביל טוקן (עד {max} תווים). העתיקו רק את הטוקן.',
  idFormat: 'מזהי משתמשי שירות נראים בדרך כלל כמו SERVICE-123456. ודאו שהעתקתם את המזהה ולא את שם התצוגה.',
  tokenFormat:
    'טוקנים של HiBob כוללים בדרך כלל 40 אותיות וספרות; בטוקן הזה יש {length} תווים. אפשר לנסות אותו בכל זאת.',

  error_invalid_credentials:
    'HiBob לא קיבל את המזהה והטוקן האלה. בדקו את שניהם, או חדשו את הטוקן ב-HiBob והדביקו את החדש.',
  error_missing_permissions: 'למשתמש השירות חסרות הרשאות שנדרשות עבור {app}.',
  error_rate_limited: 'HiBob מקבל יותר מדי בקשות. נסו שוב בעוד {seconds} שניות.',
  error_rate_limited_later: 'HiBob מקבל יותר מדי בקשות. המתינו דקה ונסו שוב.',
  error_timeout: 'החיבור לקח יותר מדי זמן. בדקו את החיבור לאינטרנט ונסו שוב.',
  error_network_error: 'אין תקשורת עם {app}. בדקו את החיבור לאינטרנט ונסו שוב.',
  error_host_error: '{app} לא הצליח להשלים את החיבור ל-HiBob. נסו שוב; אם הבעיה נמשכת, פנו לתמיכה של {app}.',
  error_not_configured: 'החיבור עדיין לא הוגדר בדף הזה. פנו לתמיכה של {app}.',

  checking: 'בודקים הרשאות…',
  checkingAnnouncement: 'בודקים מה משתמש השירות יכול לראות ב-HiBob…',
  reviewTitleMissing: 'חסרות כמה הרשאות',
  reviewTitleNothingVisible: 'משתמש השירות לא רואה אף עובד',
  reviewLeadRequired: 'כדי להתחבר, {app} צריך את ההרשאות המסומנות למטה. הוסיפו אותן ב-HiBob, לחצו על *Save* ובדקו שוב.',
  reviewLeadOptional:
    'משתמש השירות עובד, אבל {app} לא מקבל חלק מהנתונים שהוא יכול להשתמש בהם. הוסיפו את ההרשאות ובדקו שוב, או המשיכו בלי הנתונים האלה.',
  reviewNothingVisible:
    'HiBob לא החזיר אף עובד עבור משתמש השירות הזה. בקבוצת ההרשאות שלו, תחת *Whose data can members access?*, ודאו שהתנאי בוחר את הסטטוסים {statuses} ושההרשאה *View selected employees’ Basic info sections* מופעלת. לחצו על *Save* ובדקו שוב.',
  statusGranted: 'ניתנה',
  statusMissing: 'חסרה',
  statusUnknown: 'לא נבדקה',
  unknownHistory: 'HiBob לא מאפשר לאינטגרציות לבדוק את ההרשאה הזו. ודאו שהיא מופעלת.',
  unknownNoData: 'לא היו נתוני עובדים שאפשר לבדוק מולם.',
  missingWhere: 'הוספה ב-HiBob',
  yourGroupCrumb: 'הקבוצה של משתמש השירות',
  checkAgain: 'בדיקה חוזרת',
  continueWithout: 'המשך בלי הנתונים האלה',
  continueAnyway: 'המשך בכל זאת',
  checkedAt: 'נבדק בשעה {time}',

  successTitle: 'HiBob מחובר',
  successBody: '{app} יכול עכשיו לקרוא נתוני עובדים דרך משתמש השירות {id}.',
  successTokenGone: 'הטוקן הועבר באופן מאובטח ולא נשמר עוד בחלון הזה.',

  sectionWhy_basic: 'נדרשת כדי לראות עובדים בכלל.',
  sectionWhy_lifecycle: 'הרשאת View נדרשת כדי לראות את סטטוס ההעסקה של כל עובד.',
  sectionWhy_personal: 'HiBob משתף את תאריך הלידה רק עם הרשאת Edit. {app} אף פעם לא עורך נתוני עובדים.',

  close: 'סגירה',
  done: 'סיום',
  dialogLabel: 'חיבור HiBob',
  loading: 'טוען…',
  loadFailed: 'לא ניתן היה לטעון את השלב הזה. בדקו את החיבור לאינטרנט ונסו שוב.',
};

export default strings;
