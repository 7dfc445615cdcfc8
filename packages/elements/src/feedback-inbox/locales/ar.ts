import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-feedback-inbox>` strings in Arabic, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'الملاحظات',
  forSubject: (s) => `ملاحظات حول ${s}`,
  notAllowed: 'لا يمكن إلا للمشرفين ومسؤولي الصفحة رؤية هذه الملاحظات.',
  signIn: 'سجّل الدخول بصفتك مشرفًا أو مسؤولًا عن الصفحة لرؤية هذه الملاحظات.',
  empty: 'لا توجد ملاحظات هنا.',
  filterLabel: 'عرض',
  filters: { open: 'مفتوحة', actioned: 'تمت معالجتها', dismissed: 'مستبعدة', all: 'الكل' },
  subjectLabel: 'الموضوع',
  subjectHint: 'اتركه فارغًا لعرض كل المواضيع.',
  summaryCount: 'الملاحظات',
  summaryOpen: 'مفتوحة',
  summaryHelpful: 'وجدوها مفيدة',
  helpfulValue: (h, n) => `${N(h)} من أصل ${N(n)}`,
  summaryAverage: 'متوسط التقييم',
  averageValue: (avg, n) => plural('ar', n, { one: `${avg} من 5 (تقييم واحد)`, two: `${avg} من 5 (تقييمان)`, few: `${avg} من 5 (${N(n)} تقييمات)`, other: `${avg} من 5 (${N(n)} تقييمًا)` }),
  yes: 'مفيدة: نعم',
  no: 'مفيدة: لا',
  starsValue: (n) => `${N(n)} من 5 نجوم`,
  anonymous: 'مجهول الهوية',
  noComment: 'لا يوجد تعليق.',
  subject: 'حول',
  responseFrom: (name) => `ردّ من ${name}`,
  responseLabel: 'ردّك',
  respond: 'ردّ',
  markActioned: 'تعليم كمعالجة',
  dismiss: 'استبعاد',
  reopen: 'إعادة فتح',
  showMore: 'عرض المزيد',
  responseRequired: 'اكتب ردًّا أولًا.',
  responded: 'أُرسل الرد.',
  stateChanged: (state) => `عُلّمت بأنها: ${state}.`,
  newFeedback: 'وصلت ملاحظات جديدة.',
  feedbackFrom: (name) => `ملاحظات من ${name}`,
  writeResponse: 'اكتب ردًا',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
