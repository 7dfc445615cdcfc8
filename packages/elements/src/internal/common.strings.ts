import type { StringTables } from './localize.js';

/** Strings every widget shares: states, errors and the no-adapter message. */
export interface CommonStrings {
  loading: string;
  retry: string;
  dismiss: string;
  cancel: string;
  offline: string;
  queued: string;
  noAdapter: string;
  error: string;
  errorNotFound: string;
  errorForbidden: string;
  errorUnauthenticated: string;
  errorUnavailable: string;
  errorRateLimited: (seconds: number) => string;
  errorConflict: string;
  errorValidation: string;
  tooLong: (max: number, length: number) => string;
  charactersLeft: (n: number) => string;
}

/** The shared strings in English, German and Arabic. */
export const commonStrings: StringTables<CommonStrings> = {
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    offline: 'You are offline. What you wrote is kept and will be sent when you are back online.',
    queued: 'Waiting to send',
    noAdapter: 'This widget is not connected to a Confab backend. Add a <confab-provider> or a confab-endpoint meta tag.',
    error: 'Something went wrong.',
    errorNotFound: 'This item no longer exists.',
    errorForbidden: 'You are not allowed to do this.',
    errorUnauthenticated: 'Please sign in to continue.',
    errorUnavailable: 'The service cannot be reached right now.',
    errorRateLimited: (s) => `Too many requests. Try again in ${s} ${s === 1 ? 'second' : 'seconds'}.`,
    errorConflict: 'This changed in the meantime. Reload and try again.',
    errorValidation: 'Please check your input.',
    tooLong: (max, length) => `Too long: ${length} of at most ${max} characters.`,
    charactersLeft: (n) => (n === 1 ? '1 character left' : `${n} characters left`),
  },
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    dismiss: 'Schließen',
    cancel: 'Abbrechen',
    offline: 'Sie sind offline. Ihr Text bleibt erhalten und wird gesendet, sobald Sie wieder online sind.',
    queued: 'Wartet auf Versand',
    noAdapter: 'Dieses Widget ist mit keinem Confab-Backend verbunden. Fügen Sie einen <confab-provider> oder ein confab-endpoint-Meta-Tag hinzu.',
    error: 'Etwas ist schiefgelaufen.',
    errorNotFound: 'Dieser Eintrag existiert nicht mehr.',
    errorForbidden: 'Dazu sind Sie nicht berechtigt.',
    errorUnauthenticated: 'Bitte melden Sie sich an.',
    errorUnavailable: 'Der Dienst ist gerade nicht erreichbar.',
    errorRateLimited: (s) => `Zu viele Anfragen. Versuchen Sie es in ${s} ${s === 1 ? 'Sekunde' : 'Sekunden'} erneut.`,
    errorConflict: 'Das wurde inzwischen geändert. Bitte neu laden.',
    errorValidation: 'Bitte prüfen Sie Ihre Eingabe.',
    tooLong: (max, length) => `Zu lang: ${length} von höchstens ${max} Zeichen.`,
    charactersLeft: (n) => (n === 1 ? 'Noch 1 Zeichen' : `Noch ${n} Zeichen`),
  },
  ar: {
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    dismiss: 'إغلاق',
    cancel: 'إلغاء',
    offline: 'أنت غير متصل. سيُحفظ ما كتبته ويُرسل عند عودة الاتصال.',
    queued: 'بانتظار الإرسال',
    noAdapter: 'هذه الأداة غير متصلة بخادم Confab. أضف <confab-provider> أو وسم meta باسم confab-endpoint.',
    error: 'حدث خطأ ما.',
    errorNotFound: 'هذا العنصر لم يعد موجودًا.',
    errorForbidden: 'غير مسموح لك بهذا الإجراء.',
    errorUnauthenticated: 'يرجى تسجيل الدخول للمتابعة.',
    errorUnavailable: 'تعذّر الوصول إلى الخدمة حاليًا.',
    errorRateLimited: (s) => `طلبات كثيرة جدًا. حاول مجددًا بعد ${s} ثانية.`,
    errorConflict: 'تغيّر هذا في الأثناء. أعد التحميل وحاول مجددًا.',
    errorValidation: 'يرجى التحقق من المدخلات.',
    tooLong: (max, length) => `النص طويل جدًا: ${length} من أصل ${max} حرفًا كحد أقصى.`,
    charactersLeft: (n) => `تبقّى ${n} حرفًا`,
  },
};
