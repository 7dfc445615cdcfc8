import { formatDate, formatNumber } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** The shared strings in Arabic, loaded on demand. */
export const strings: CommonStrings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  dismiss: 'إغلاق',
  cancel: 'إلغاء',
  offline: 'أنت غير متصل. سيُحفظ ما كتبته ويُرسل عند عودة الاتصال.',
  queued: 'بانتظار الإرسال',
  noAdapter: 'هذه الأداة غير متصلة بخادم Confab. أضف <confab-provider> أو وسم meta باسم confab-endpoint.',
  areaMissing: 'هذه الميزة غير متاحة على هذا الخادم.',
  error: 'حدث خطأ ما.',
  errorNotFound: 'هذا العنصر لم يعد موجودًا.',
  errorForbidden: 'غير مسموح لك بهذا الإجراء.',
  errorRestricted: (until) => `يمكنك القراءة ولكن لا يمكنك النشر حتى ${formatDate('ar', until)}.`,
  errorUnauthenticated: 'يرجى تسجيل الدخول للمتابعة.',
  errorUnavailable: 'تعذّر الوصول إلى الخدمة حاليًا.',
  errorRateLimited: (s) => `طلبات كثيرة جدًا. حاول مجددًا بعد ${s} ثانية.`,
  errorConflict: 'تغيّر هذا في الأثناء. أعد التحميل وحاول مجددًا.',
  errorValidation: 'يرجى التحقق من المدخلات.',
  tooLong: (max, length) => `النص طويل جدًا: ${length} من أصل ${max} حرفًا كحد أقصى.`,
  charactersLeft: (n) => `تبقّى ${N(n)} حرفًا`,
  loadOffline: 'أنت غير متصل؛ سيتم التحميل عند عودتك.',
  voteQueued: 'سيُحتسب عند عودتك إلى الاتصال',
  voteCounted: 'تم احتساب صوتك.',
  follow: 'متابعة',
  following: 'تتم المتابعة',
  followed: 'أنت تتابع هذا الآن.',
  unfollowed: 'لم تعد تتابع هذا.',
};
