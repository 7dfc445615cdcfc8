import { formatNumber, plural } from '../../internal/format.js';
import type { FeedbackInboxStrings } from '../feedback-inbox.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-feedback-inbox>` strings in Hebrew, loaded on demand. */
export const strings: FeedbackInboxStrings = {
  title: 'משוב',
  forSubject: (s) => `משוב על ${s}`,
  notAllowed: 'רק מנהלי תוכן ואחראי הדף יכולים לראות את המשוב הזה.',
  signIn: 'יש להתחבר כמנהל תוכן או כאחראי הדף כדי לראות את המשוב הזה.',
  empty: 'אין כאן משוב.',
  filterLabel: 'הצגה',
  filters: { open: 'פתוח', actioned: 'טופל', dismissed: 'נדחה', all: 'הכול' },
  subjectLabel: 'נושא',
  subjectHint: 'אפשר להשאיר ריק כדי לראות את כל הנושאים.',
  summaryCount: 'משוב',
  summaryOpen: 'פתוח',
  summaryHelpful: 'מצאו שזה עזר',
  helpfulValue: (h, n) => `${N(h)} מתוך ${N(n)}`,
  summaryAverage: 'דירוג ממוצע',
  averageValue: (avg, n) => plural('he', n, { one: `${avg} מתוך 5 (דירוג אחד)`, two: `${avg} מתוך 5 (שני דירוגים)`, other: `${avg} מתוך 5 (${N(n)} דירוגים)` }),
  yes: 'עזר: כן',
  no: 'עזר: לא',
  starsValue: (n) => plural('he', n, { one: 'כוכב אחד מתוך 5', two: 'שני כוכבים מתוך 5', other: `${N(n)} כוכבים מתוך 5` }),
  anonymous: 'אנונימי',
  noComment: 'אין הערה.',
  subject: 'על',
  responseFrom: (name) => `תגובה מאת ${name}`,
  responseLabel: 'התגובה שלך',
  respond: 'מענה',
  markActioned: 'סימון כטופל',
  dismiss: 'דחייה',
  reopen: 'פתיחה מחדש',
  showMore: 'הצגת עוד',
  responseRequired: 'יש לכתוב תגובה קודם.',
  responded: 'התגובה נשלחה.',
  stateChanged: (state) => `סומן כ״${state}״.`,
  newFeedback: 'הגיע משוב חדש.',
  feedbackFrom: (name) => `משוב מאת ${name}`,
  writeResponse: 'כתיבת תגובה',
  itemHeading: (name, rating) => `${name}: ${rating}`,
};
