import { formatNumber, plural } from '../../internal/format.js';
import type { IdeaBoardStrings } from '../idea-board.strings.js';

const N = (n: number) => formatNumber('he', n);

/** `<confab-idea-board>` strings in Hebrew, loaded on demand. */
export const strings: IdeaBoardStrings = {
  defaultTitle: 'רעיונות',
  whyWeAsk: 'למה אנחנו שואלים',
  open: 'פתוח לרעיונות',
  closed: 'סגור',
  closedMessage: 'הקמפיין הזה סגור ואינו מקבל רעיונות חדשים. עדיין אפשר לקרוא, להצביע ולהגיב.',
  formHeading: 'הצעת רעיון',
  titleLabel: 'כותרת הרעיון',
  descriptionLabel: 'תיאור',
  descriptionHint: 'לא חובה. אפשר להשתמש ב־Markdown: **מודגש**, רשימות, קישורים.',
  tagsLabel: 'תגיות',
  tagsHint: 'לא חובה. יש להפריד בין התגיות בפסיקים.',
  submit: 'שליחת הרעיון',
  titleRequired: 'יש לתת לרעיון כותרת.',
  tooManyTags: (max) => `${N(max)} תגיות לכל היותר.`,
  submitted: 'הרעיון שלך נשלח.',
  queued: 'אין חיבור לרשת. הרעיון שלך נשמר ויישלח כשהחיבור יחזור.',
  pendingHeading: 'ממתין לשליחה',
  similarHeading: 'רעיונות דומים',
  similarHint: 'הרעיון שלך ביניהם? כדאי להצביע בעדו במקום לפרסם אותו פעמיים.',
  similarFound: (n) => plural('he', n, { one: 'נמצא רעיון דומה אחד.', two: 'נמצאו שני רעיונות דומים.', other: `נמצאו ${N(n)} רעיונות דומים.` }),
  voteFor: (title) => `הצבעה בעד ״${title}״`,
  votes: (n) => plural('he', n, { one: 'קול אחד', two: 'שני קולות', other: `${N(n)} קולות` }),
  sortLabel: 'מיון לפי',
  sortTop: 'המובילים',
  sortNew: 'החדשים ביותר',
  sortTrending: 'במגמת עלייה',
  statusFilter: 'סטטוס',
  allStatuses: 'כל הסטטוסים',
  listHeading: 'רעיונות',
  empty: 'אין עדיין רעיונות. אפשר להציע את הראשון.',
  emptyFiltered: 'אין רעיונות בסטטוס הזה.',
  showMore: 'הצגת רעיונות נוספים',
  newIdeas: (n) => plural('he', n, { one: 'רעיון חדש אחד — להצגה', two: 'שני רעיונות חדשים — להצגה', other: `${N(n)} רעיונות חדשים — להצגה` }),
  shown: (n) => plural('he', n, { one: 'מוצג רעיון אחד', two: 'מוצגים שני רעיונות', other: `מוצגים ${N(n)} רעיונות` }),
  voteRefused: (reason) => `הקול שלך לא נשמר ובוטל. ${reason}`,
  skipIdeas: 'דילוג על רשימת הרעיונות',
};
