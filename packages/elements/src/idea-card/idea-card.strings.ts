import type { IdeaStatus } from '@confab/core';
import type { StringTables } from '../internal/localize.js';
import { plural } from '../internal/format.js';

/** Every string `<confab-idea-card>` shows; override any of them with the `strings` property. */
export interface IdeaCardStrings {
  /** Accessible name of the vote toggle. */
  voteFor: (title: string) => string;
  votes: (n: number) => string;
  readMore: string;
  readLess: string;
  proposedBy: string;
  tags: string;
  comments: (n: number) => string;
  noComments: string;
  moreComments: string;
  commentLabel: string;
  comment: string;
  commentRequired: string;
  commentPosted: string;
  commentQueued: string;
  commentsHeading: string;
  status: Record<IdeaStatus, string>;
  statusLabel: string;
  statusSetBy: string;
  changeStatus: string;
  newStatus: string;
  note: string;
  noteHint: string;
  noteRequired: string;
  save: string;
  statusChanged: (status: string) => string;
  voteRefused: (reason: string) => string;
  noIdea: string;
}

/** The idea card's strings in English, German and Arabic. */
export const ideaCardStrings: StringTables<IdeaCardStrings> = {
  en: {
    voteFor: (title) => `Vote for ${title}`,
    votes: (n) => plural('en', n, { one: '1 vote', other: `${n} votes` }),
    readMore: 'Read more',
    readLess: 'Show less',
    proposedBy: 'Proposed by',
    tags: 'Tags',
    comments: (n) => plural('en', n, { one: '1 comment', other: `${n} comments` }),
    noComments: 'No comments yet. Start the conversation.',
    moreComments: 'Show more comments',
    commentLabel: 'Your comment',
    comment: 'Comment',
    commentRequired: 'Write a comment first.',
    commentPosted: 'Your comment was posted.',
    commentQueued: 'You are offline. Your comment is kept and will be posted when you are back online.',
    commentsHeading: 'Comments',
    status: {
      new: 'New',
      'under-review': 'Under review',
      planned: 'Planned',
      'in-progress': 'In progress',
      implemented: 'Implemented',
      declined: 'Declined',
    },
    statusLabel: 'Status',
    statusSetBy: 'Set by',
    changeStatus: 'Change status',
    newStatus: 'New status',
    note: 'Note (required)',
    noteHint: 'Explain the decision: everyone who follows this idea will read it.',
    noteRequired: 'Write a note explaining the change; a status change needs one.',
    save: 'Save',
    statusChanged: (status) => `Status changed to ${status}.`,
    voteRefused: (reason) => `Your vote was not saved and has been undone. ${reason}`,
    noIdea: 'No idea to show: set the idea attribute to an idea id.',
  },
  de: {
    voteFor: (title) => `Für „${title}“ stimmen`,
    votes: (n) => plural('de', n, { one: '1 Stimme', other: `${n} Stimmen` }),
    readMore: 'Weiterlesen',
    readLess: 'Weniger anzeigen',
    proposedBy: 'Vorgeschlagen von',
    tags: 'Schlagwörter',
    comments: (n) => plural('de', n, { one: '1 Kommentar', other: `${n} Kommentare` }),
    noComments: 'Noch keine Kommentare. Beginnen Sie das Gespräch.',
    moreComments: 'Weitere Kommentare anzeigen',
    commentLabel: 'Ihr Kommentar',
    comment: 'Kommentieren',
    commentRequired: 'Schreiben Sie zuerst einen Kommentar.',
    commentPosted: 'Ihr Kommentar wurde veröffentlicht.',
    commentQueued: 'Sie sind offline. Ihr Kommentar bleibt erhalten und wird veröffentlicht, sobald Sie wieder online sind.',
    commentsHeading: 'Kommentare',
    status: {
      new: 'Neu',
      'under-review': 'In Prüfung',
      planned: 'Geplant',
      'in-progress': 'In Umsetzung',
      implemented: 'Umgesetzt',
      declined: 'Abgelehnt',
    },
    statusLabel: 'Status',
    statusSetBy: 'Gesetzt von',
    changeStatus: 'Status ändern',
    newStatus: 'Neuer Status',
    note: 'Begründung (erforderlich)',
    noteHint: 'Erklären Sie die Entscheidung: Alle, die dieser Idee folgen, werden sie lesen.',
    noteRequired: 'Schreiben Sie eine Begründung; eine Statusänderung braucht eine.',
    save: 'Speichern',
    statusChanged: (status) => `Status geändert auf „${status}“.`,
    voteRefused: (reason) => `Ihre Stimme wurde nicht gespeichert und zurückgenommen. ${reason}`,
    noIdea: 'Keine Idee zum Anzeigen: Setzen Sie das Attribut idea auf die Kennung einer Idee.',
  },
  ar: {
    voteFor: (title) => `صوّت لصالح «${title}»`,
    votes: (n) => plural('ar', n, { zero: 'لا أصوات', one: 'صوت واحد', two: 'صوتان', few: `${n} أصوات`, many: `${n} صوتًا`, other: `${n} صوت` }),
    readMore: 'اقرأ المزيد',
    readLess: 'عرض أقل',
    proposedBy: 'اقترحها',
    tags: 'الوسوم',
    comments: (n) => plural('ar', n, { zero: 'لا تعليقات', one: 'تعليق واحد', two: 'تعليقان', few: `${n} تعليقات`, many: `${n} تعليقًا`, other: `${n} تعليق` }),
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
  },
};
