import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaCardStrings } from '../idea-card.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-idea-card>` strings in Hebrew, loaded on demand. */
export const strings: IdeaCardStrings = {
  voteFor: (title) => `הצבעה בעד ״${title}״`,
  votes: (n) => plural('he', n, { one: 'קול אחד', two: 'שני קולות', other: `${N(n)} קולות` }),
  readMore: 'להמשך קריאה',
  readLess: 'הצגת פחות',
  proposedBy: 'הוצע על ידי',
  tags: 'תגיות',
  comments: (n) => plural('he', n, { one: 'תגובה אחת', two: 'שתי תגובות', other: `${N(n)} תגובות` }),
  noComments: 'אין עדיין תגובות. אפשר לפתוח את הדיון.',
  moreComments: 'הצגת תגובות נוספות',
  commentLabel: 'התגובה שלך',
  comment: 'תגובה',
  commentRequired: 'יש לכתוב תגובה קודם.',
  commentPosted: 'התגובה שלך פורסמה.',
  commentQueued: 'אין חיבור לרשת. התגובה שלך נשמרה ותפורסם כשהחיבור יחזור.',
  commentsHeading: 'תגובות',
  status: {
    new: 'חדש',
    'under-review': 'בבדיקה',
    planned: 'מתוכנן',
    'in-progress': 'בביצוע',
    implemented: 'יושם',
    declined: 'נדחה',
  },
  statusLabel: 'סטטוס',
  statusSetBy: 'נקבע על ידי',
  changeStatus: 'שינוי סטטוס',
  newStatus: 'סטטוס חדש',
  note: 'הסבר (חובה)',
  noteHint: 'יש להסביר את ההחלטה: כל מי שעוקב אחרי הרעיון הזה יקרא אותה.',
  noteRequired: 'יש לכתוב הסבר לשינוי; כל שינוי סטטוס מחייב הסבר.',
  save: 'שמירה',
  statusChanged: (status) => `הסטטוס שונה ל״${status}״.`,
  voteRefused: (reason) => `הקול שלך לא נשמר ובוטל. ${reason}`,
  noIdea: 'אין רעיון להצגה: יש להגדיר במאפיין idea מזהה של רעיון.',
  ownIdea: 'אי אפשר להצביע בעד רעיון שהצעת.',
};
