import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-feedback>` strings in Arabic, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'هل كانت هذه الصفحة مفيدة؟',
  starsQuestion: 'كيف تقيّم هذه الصفحة؟',
  yes: 'نعم',
  no: 'لا',
  stars: (n) => plural('ar', n, { one: 'نجمة واحدة', two: 'نجمتان', few: `${N(n)} نجمات`, other: `${N(n)} نجمة` }),
  starsValue: (n) => `${N(n)} من 5 نجوم`,
  reasonsYes: ['سهلة الفهم', 'حلّت مشكلتي', 'محدّثة'],
  reasonsNo: ['قديمة', 'غير واضحة', 'معلومات ناقصة', 'غير صحيحة'],
  reasonLabel: 'ما السبب الرئيسي؟',
  commentLabel: 'أضف تعليقًا (اختياري)',
  send: 'إرسال',
  skip: 'تخطي',
  sending: 'جارٍ الإرسال…',
  sendNow: 'أرسل الآن',
  anonymousNote: 'أُرسل دون اسم: لن يرى مسؤول الصفحة اسمك.',
  thanks: 'شكرًا على ملاحظاتك!',
  answered: (when) => `أرسلت ملاحظاتك ${when}.`,
  yourAnswer: 'إجابتك',
  reason: 'السبب',
  comment: 'التعليق',
  responseFrom: (name) => `ردّ من ${name}`,
  noResponse: 'لم يردّ مسؤول الصفحة بعد.',
  again: 'أرسل ملاحظات جديدة',
  summaryHelpful: (h, n) => `${N(h)} من أصل ${N(n)} وجدوا هذه الصفحة مفيدة`,
  summaryStars: (avg, n) => plural('ar', n, { one: `التقييم ${avg} من 5 (تقييم واحد)`, two: `التقييم ${avg} من 5 (تقييمان)`, few: `التقييم ${avg} من 5 (${N(n)} تقييمات)`, other: `التقييم ${avg} من 5 (${N(n)} تقييمًا)` }),
  summaryNone: 'لا توجد ملاحظات بعد.',
};
