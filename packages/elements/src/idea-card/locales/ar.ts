import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('ar', n);

/** `<confab-idea-card>` strings in Arabic, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `صوّت لصالح «${title}»`,
  votes: (n) => plural('ar', n, { zero: 'لا أصوات', one: 'صوت واحد', two: 'صوتان', few: `${N(n)} أصوات`, many: `${N(n)} صوتًا`, other: `${N(n)} صوت` }),
  readMore: 'اقرأ المزيد',
  readLess: 'عرض أقل',
  proposedBy: 'اقترحها',
  tags: 'الوسوم',
  comments: (n) => plural('ar', n, { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: `${N(n)} تعليقات`, many: `${N(n)} تعليقًا`, other: `${N(n)} تعليق` }),
  noComments: 'لا توجد تعليقات بعد. ابدأ النقاش.',
  moreComments: 'عرض مزيد من التعليقات',
  commentLabel: 'تعليقك',
  comment: 'علّق',
  commentRequired: 'اكتب تعليقًا أولًا.',
  commentPosted: 'نُشر تعليقك.',
  commentQueued: 'أنت غير متصل. سيُحفظ تعليقك ويُنشر عند عودة الاتصال.',
  commentsHeading: 'التعليقات',
  status: {
    new: 'جديدة',
    'under-review': 'قيد المراجعة',
    planned: 'مخطط لها',
    'in-progress': 'قيد التنفيذ',
    implemented: 'نُفّذت',
    declined: 'مرفوضة',
  },
  statusLabel: 'الحالة',
  statusSetBy: 'حدّدها',
  changeStatus: 'تغيير الحالة',
  newStatus: 'الحالة الجديدة',
  note: 'ملاحظة (مطلوبة)',
  noteHint: 'اشرح القرار: سيقرؤه كل من يتابع هذه الفكرة.',
  noteRequired: 'اكتب ملاحظة تشرح التغيير؛ تغيير الحالة يتطلب ملاحظة.',
  save: 'حفظ',
  statusChanged: (status) => `تغيّرت الحالة إلى «${status}».`,
  voteRefused: (reason) => `لم يُحفظ صوتك وتم التراجع عنه. ${reason}`,
  noIdea: 'لا توجد فكرة لعرضها: اضبط السمة idea على معرّف فكرة.',
  ownIdea: 'لا يمكنك التصويت لفكرتك.',
};
