import { formatNumber } from '../../internal/format.js';
import type { NotificationsStrings } from '../notifications.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-notifications>` strings in Hebrew, loaded on demand. */
export const strings: NotificationsStrings = {
  bell: (n) => `התראות, ${N(n)} שלא נקראו`,
  title: 'התראות',
  markAllRead: 'סימון הכול כנקרא',
  preferences: 'העדפות',
  back: 'חזרה להתראות',
  empty: 'אין עדיין התראות.',
  signIn: 'יש להתחבר כדי לראות את ההתראות שלך.',
  unread: 'לא נקראה',
  showMore: 'הצגת עוד',
  allRead: 'כל ההתראות סומנו כנקראו.',
  arrived: (text) => `התראה חדשה: ${text}`,
  someone: 'מישהו',
  line: {
    'answer.created': (a, t) => `${a} ענה: ${t}`,
    'answer.accepted': (a, t) => `${a} קיבל תשובה: ${t}`,
    'question.routed': (_a, t) => `נשאלת: ${t}`,
    'question.escalated': (_a, t) => `נשאלו מומחים נוספים: ${t}`,
    'idea.status': (a, t) => `${a} שינה את הסטטוס של: ${t}`,
    'comment.created': (a, t) => `${a} הגיב על: ${t}`,
    'idea.review-due': (_a, t) => `ממתין לבדיקה: ${t}`,
    'feedback.responded': (a, t) => `${a} הגיב למשוב שלך על: ${t}`,
    mention: (a, t) => `${a} הזכיר אותך ב: ${t}`,
    'webhook.disabled': (_a, t) => `webhook הושבת: ${t}`,
    'content.moderated': (_a, t) => `בוצעה פעולת ניהול על הפוסט שלך: ${t}`,
  },
  types: {
    'question.routed': 'שאלות שהופנו אליך',
    'answer.created': 'תשובות חדשות',
    'answer.accepted': 'תשובות שהתקבלו',
    'question.escalated': 'שאלות שהועברו למומחים נוספים',
    'idea.status': 'שינויי סטטוס של רעיונות',
    'comment.created': 'תגובות חדשות',
    'idea.review-due': 'רעיונות שממתינים לבדיקה',
    'feedback.responded': 'תגובות למשוב שלך',
    mention: 'אזכורים',
    'webhook.disabled': 'webhooks שהושבתו',
    'content.moderated': 'פעולות ניהול על הפוסטים שלך',
  },
  channels: { page: 'בדף', digest: 'בתקציר הדוא״ל', immediate: 'בדוא״ל מיד', off: 'כבוי' },
  digestLabel: 'תקציר בדוא״ל',
  digest: { daily: 'יומי', weekly: 'שבועי' },
  autoFollowLegend: 'מעקב אוטומטי',
  autoFollow: { write: 'מה שאני כותב', vote: 'מה שאני מצביע עליו', comment: 'מה שאני מגיב עליו' },
  save: 'שמירת העדפות',
  saved: 'ההעדפות נשמרו.',
};
