import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'السؤال', answer: 'الإجابة', idea: 'الفكرة', comment: 'التعليق', feedback: 'الملاحظات' };

/** The content lifecycle's labels and buttons in Arabic, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `الإبلاغ عن ${w}`),
  edit: byKind(words, (w) => `تعديل ${w}`),
  remove: byKind(words, (w) => `حذف ${w}`),
  hide: byKind(words, (w) => `إخفاء ${w}`),
  restore: byKind(words, (w) => `استعادة ${w}`),
  edited: 'عُدّل',
  removedByAuthor: 'حذفه كاتبه',
  removedByModerator: 'حذفه أحد المشرفين',
  hidden: 'مخفي',
  hiddenByCommunity: 'مخفي بانتظار المراجعة: أبلغ عنه أعضاء.',
  reason: (reason) => `السبب: ${reason}`,
  held: 'بانتظار المراجعة',
  earlierVersions: 'الإصدارات السابقة',
  restored: 'تمت الاستعادة. يمكن للجميع رؤيته مجددًا.',
};

/** The content forms in Arabic. */
export const forms: ContentFormStrings = {
  reasonLegend: 'السبب',
  reasons: { spam: 'رسائل مزعجة', offensive: 'مسيء', 'off-topic': 'خارج الموضوع', other: 'آخر' },
  note: 'ملاحظة',
  noteRequired: 'أضف ملاحظة عندما يكون السبب «آخر».',
  sendReport: 'إرسال البلاغ',
  cancel: 'إلغاء',
  reported: 'شكرًا لك. سيطّلع عليه أحد المشرفين.',
  alreadyReported: 'لقد أبلغت عن هذا من قبل.',
  moderatorReason: 'السبب',
  reasonRequired: 'يرجى ذكر السبب.',
  hide: 'إخفاء',
  remove: 'حذف',
  confirmRemove: { question: 'حذف هذا السؤال؟', answer: 'حذف هذه الإجابة؟', idea: 'حذف هذه الفكرة؟', comment: 'حذف هذا التعليق؟', feedback: 'حذف تعليق الملاحظات هذا؟' },
  title: 'العنوان',
  body: 'النص (Markdown)',
  tags: 'الوسوم (مفصولة بفواصل)',
  titleRequired: 'يرجى كتابة عنوان.',
  bodyRequired: 'يرجى كتابة نص.',
  saveChanges: 'حفظ التغييرات',
  saved: 'تم حفظ التغييرات.',
  notSaved: (why) => `لم تُحفظ تغييراتك: ${why} ما زال نصك في النموذج.`,
  hiddenDone: 'تم الإخفاء. لا يراه الآن إلا كاتبه والمشرفون.',
  removedDone: 'تم الحذف.',
  version: (n, editor) => `الإصدار ${n}، بواسطة ${editor}`,
  noVersions: 'لا توجد إصدارات سابقة.',
};
