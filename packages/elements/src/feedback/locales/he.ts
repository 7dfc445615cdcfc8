import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackStrings } from '../feedback.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-feedback>` strings in Hebrew, loaded on demand. */
export const strings: FeedbackStrings = {
  question: 'האם הדף הזה עזר לך?',
  starsQuestion: 'איך היית מדרג את הדף הזה?',
  yes: 'כן',
  no: 'לא',
  stars: (n) => plural('he', n, { one: 'כוכב אחד', two: 'שני כוכבים', other: `${N(n)} כוכבים` }),
  starsValue: (n) => plural('he', n, { one: 'כוכב אחד מתוך 5', two: 'שני כוכבים מתוך 5', other: `${N(n)} כוכבים מתוך 5` }),
  reasonsYes: ['קל להבנה', 'פתר את הבעיה שלי', 'מעודכן'],
  reasonsNo: ['לא מעודכן', 'לא ברור', 'חסר מידע', 'שגוי'],
  reasonLabel: 'מה הסיבה העיקרית?',
  commentLabel: 'הוספת הערה (לא חובה)',
  send: 'שליחה',
  skip: 'דילוג',
  sending: 'שולח…',
  sendNow: 'שליחה עכשיו',
  anonymousNote: 'נשלח באופן אנונימי: האחראי על הדף לא יראה את שמך.',
  thanks: 'תודה על המשוב!',
  answered: (when) => `נתת משוב ${when}.`,
  yourAnswer: 'התשובה שלך',
  reason: 'סיבה',
  comment: 'הערה',
  responseFrom: (name) => `תגובה מאת ${name}`,
  noResponse: 'האחראי על הדף עדיין לא הגיב.',
  again: 'מתן משוב חדש',
  summaryHelpful: (h, n) => `${N(h)} מתוך ${N(n)} מצאו שהדף עזר`,
  summaryStars: (avg, n) => plural('he', n, { one: `דירוג ${avg} מתוך 5 (דירוג אחד)`, two: `דירוג ${avg} מתוך 5 (שני דירוגים)`, other: `דירוג ${avg} מתוך 5 (${N(n)} דירוגים)` }),
  summaryNone: 'אין עדיין משוב.',
};
