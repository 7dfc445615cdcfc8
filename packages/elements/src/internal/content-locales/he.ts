import { byKind, type ContentStrings } from '../content.strings.js';
import type { ContentFormStrings } from '../content-forms.strings.js';

const words = { question: 'השאלה', answer: 'התשובה', idea: 'הרעיון', comment: 'התגובה', feedback: 'המשוב' };

/** The content lifecycle's labels and buttons in Hebrew, loaded on demand. */
export const strings: ContentStrings = {
  report: byKind(words, (w) => `דיווח על ${w}`),
  edit: byKind(words, (w) => `עריכת ${w}`),
  remove: byKind(words, (w) => `מחיקת ${w}`),
  hide: byKind(words, (w) => `הסתרת ${w}`),
  restore: byKind(words, (w) => `שחזור ${w}`),
  edited: 'נערך',
  removedByAuthor: 'הוסר על ידי הכותב',
  removedByModerator: 'הוסר על ידי מנהל תוכן',
  hidden: 'מוסתר',
  hiddenByCommunity: 'מוסתר עד לבדיקה: דווח על ידי חברים.',
  reason: (reason) => `סיבה: ${reason}`,
  held: 'ממתין לבדיקה',
  earlierVersions: 'גרסאות קודמות',
  restored: 'שוחזר. כולם יכולים לראות אותו שוב.',
};

/** The content forms in Hebrew. */
export const forms: ContentFormStrings = {
  reasonLegend: 'סיבה',
  reasons: { spam: 'ספאם', offensive: 'פוגעני', 'off-topic': 'לא קשור לנושא', other: 'אחר' },
  note: 'הערה',
  noteRequired: 'יש להוסיף הערה כשהסיבה היא „אחר”.',
  sendReport: 'שליחת דיווח',
  cancel: 'ביטול',
  reported: 'תודה. מנהל תוכן יבדוק את זה.',
  alreadyReported: 'כבר דיווחת על זה.',
  moderatorReason: 'סיבה',
  reasonRequired: 'יש לציין סיבה.',
  hide: 'הסתרה',
  remove: 'מחיקה',
  confirmRemove: { question: 'למחוק את השאלה?', answer: 'למחוק את התשובה?', idea: 'למחוק את הרעיון?', comment: 'למחוק את התגובה?', feedback: 'למחוק את הערת המשוב?' },
  title: 'כותרת',
  body: 'טקסט (Markdown)',
  tags: 'תגיות (מופרדות בפסיקים)',
  titleRequired: 'יש לכתוב כותרת.',
  bodyRequired: 'יש לכתוב טקסט.',
  saveChanges: 'שמירת השינויים',
  saved: 'השינויים נשמרו.',
  notSaved: (why) => `השינויים לא נשמרו: ${why} הטקסט שלך עדיין בטופס.`,
  hiddenDone: 'הוסתר. רק הכותב ומנהלי התוכן רואים אותו עכשיו.',
  removedDone: 'נמחק.',
  version: (n, editor) => `גרסה ${n}, מאת ${editor}`,
  noVersions: 'אין גרסאות קודמות.',
};
