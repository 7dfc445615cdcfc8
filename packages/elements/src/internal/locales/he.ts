import { formatDate, formatNumber, plural } from '../format.js';
import type { CommonStrings } from '../common.strings.js';

const N = (n: number) => formatNumber('he', n);

/** The shared strings in Hebrew (right-to-left; one, two and other plural forms), loaded on demand. */
export const strings: CommonStrings = {
  loading: 'טוען…',
  retry: 'ניסיון חוזר',
  dismiss: 'סגירה',
  cancel: 'ביטול',
  offline: 'אין חיבור לרשת. מה שכתבת נשמר וישלח כשהחיבור יחזור.',
  queued: 'ממתין לשליחה',
  noAdapter: 'הווידג׳ט הזה אינו מחובר לשרת Confab. יש להוסיף <confab-provider> או תג meta בשם confab-endpoint.',
  areaMissing: 'התכונה הזו אינה זמינה בשרת הזה.',
  error: 'משהו השתבש.',
  errorNotFound: 'הפריט הזה כבר לא קיים.',
  errorForbidden: 'אין לך הרשאה לבצע פעולה זו.',
  errorRestricted: (until) => `אפשר לקרוא אך לא לפרסם עד ${formatDate('he', until)}.`,
  errorUnauthenticated: 'יש להתחבר כדי להמשיך.',
  errorUnavailable: 'לא ניתן להתחבר לשירות כרגע.',
  errorRateLimited: (s) => plural('he', s, {
    one: 'יותר מדי בקשות. אפשר לנסות שוב בעוד שנייה.', two: 'יותר מדי בקשות. אפשר לנסות שוב בעוד שתי שניות.',
    other: `יותר מדי בקשות. אפשר לנסות שוב בעוד ${N(s)} שניות.`,
  }),
  errorConflict: 'הפריט השתנה בינתיים. יש לטעון מחדש ולנסות שוב.',
  errorValidation: 'יש לבדוק את הנתונים שהוזנו.',
  tooLong: (max, length) => `ארוך מדי: ${N(length)} תווים מתוך ${N(max)} לכל היותר.`,
  charactersLeft: (n) => plural('he', n, { one: 'נותר תו אחד', two: 'נותרו שני תווים', other: `נותרו ${N(n)} תווים` }),
  loadOffline: 'אין חיבור לרשת; התוכן ייטען כשהחיבור יחזור.',
  voteQueued: 'ייספר כשהחיבור יחזור',
  voteCounted: 'הקול שלך נספר.',
  follow: 'מעקב',
  following: 'במעקב',
  followed: 'את/ה עוקב/ת אחרי זה עכשיו.',
  unfollowed: 'את/ה כבר לא עוקב/ת אחרי זה.',
};
